import { apiClient, type UploadProgress } from '../../../lib/api-client';
import type { UploadedPhoto } from '../../photos/api/photos-api';

/** A declared resumable upload, as storage-service reports it. */
export interface UploadStatus {
  id: string;
  fileName: string;
  sizeBytes: number;
  chunkSize: number;
  chunkCount: number;
  /** The chunk numbers stored so far, ascending. */
  receivedChunks: number[];
  expiresAt: string;
}

/** What POST /api/uploads takes: the whole file's size and SHA-256. */
export interface UploadDeclaration {
  fileName: string;
  sizeBytes: number;
  sha256: string;
  chunkSize?: number;
}

/** The calls a resumable upload makes, apart so tests can count them. */
export interface UploadsApi {
  declare: (declaration: UploadDeclaration) => Promise<UploadStatus>;
  status: (id: string) => Promise<UploadStatus>;
  sendChunk: (
    id: string,
    index: number,
    bytes: Blob,
    onProgress: UploadProgress,
  ) => Promise<void>;
  complete: (id: string) => Promise<UploadedPhoto>;
  abort: (id: string) => Promise<void>;
}

const uploadPath = (id: string) => `/api/uploads/${encodeURIComponent(id)}`;

export const uploadsApi: UploadsApi = {
  declare: (declaration) =>
    apiClient.sendJson('POST', '/api/uploads', declaration),
  status: (id) => apiClient.getJson(uploadPath(id)),
  sendChunk: (id, index, bytes, onProgress) =>
    apiClient.putBytes(`${uploadPath(id)}/chunks/${index}`, bytes, onProgress),
  complete: (id) => apiClient.sendJson('POST', `${uploadPath(id)}/complete`),
  abort: (id) => apiClient.delete(uploadPath(id)),
};
