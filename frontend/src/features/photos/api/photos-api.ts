import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** One photo of the catalogue, as GET /api/photos lists it. */
export interface Photo {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  takenAt: string | null;
  uploadedAt: string;
}

/** A page of the newest-first catalogue listing. */
export interface PhotoPage {
  items: Photo[];
  nextCursor: string | null;
}

export const PHOTO_PAGE_SIZE = 100;

export const photoKeys = {
  all: ['photos'] as const,
  list: () => [...photoKeys.all, 'list', { limit: PHOTO_PAGE_SIZE }] as const,
};

export function getPhotos(signal?: AbortSignal): Promise<PhotoPage> {
  return apiClient.getJson(`/api/photos?limit=${PHOTO_PAGE_SIZE}`, signal);
}

export function photosQueryOptions() {
  return queryOptions({
    queryKey: photoKeys.list(),
    queryFn: ({ signal }) => getPhotos(signal),
  });
}

export function uploadPhoto(file: File): Promise<void> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiClient.postForm('/api/photos', body);
}

export function deletePhoto(id: string): Promise<void> {
  return apiClient.delete(`/api/photos/${encodeURIComponent(id)}`);
}

export function getThumbnail(id: string, signal?: AbortSignal): Promise<Blob> {
  const path = `/api/photos/${encodeURIComponent(id)}/content?variant=thumb`;
  return apiClient.getBlob(path, signal);
}
