import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { apiClient, type UploadProgress } from '../../../lib/api-client';

/** One photo of the catalogue, as GET /api/photos lists it. */
export interface Photo {
  id: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  width: number | null;
  height: number | null;
  takenAt: string | null;
  takenAtOffset?: string | null;
  uploadedAt: string;
  cameraMake?: string | null;
  cameraModel?: string | null;
  location?: { latitude: number; longitude: number } | null;
  favourite?: boolean;
  trashedAt?: string | null;
  /** False for formats kept as originals only, which have no thumb or preview. */
  derivatives?: boolean;
}

/** What POST /api/photos answers: the photo, flagged if it was already there. */
export type UploadedPhoto = Photo & { duplicate?: boolean };

/** A page of a newest-first listing. */
export interface PhotoPage {
  items: Photo[];
  nextCursor: string | null;
}

/** The stored renditions of a photo the content endpoint serves. */
export type PhotoVariant = 'thumb' | 'preview' | 'original';

/** Which photos a listing holds: all of them, or the favourites alone. */
export type PhotoFilter = 'all' | 'favourites';

export const PHOTO_PAGE_SIZE = 100;

export const photoKeys = {
  all: ['photos'] as const,
  lists: () => [...photoKeys.all, 'list'] as const,
  list: (filter: PhotoFilter = 'all') =>
    [...photoKeys.lists(), { limit: PHOTO_PAGE_SIZE, filter }] as const,
  content: (id: string, variant: PhotoVariant) =>
    [...photoKeys.all, 'content', id, variant] as const,
};

export function getPhotos(
  filter: PhotoFilter,
  cursor: string | null,
  signal?: AbortSignal,
): Promise<PhotoPage> {
  const params = new URLSearchParams({ limit: String(PHOTO_PAGE_SIZE) });
  if (cursor) {
    params.set('cursor', cursor);
  }
  if (filter === 'favourites') {
    params.set('favourite', 'true');
  }
  return apiClient.getJson(`/api/photos?${params}`, signal);
}

export function photosQueryOptions(filter: PhotoFilter = 'all') {
  return infiniteQueryOptions({
    queryKey: photoKeys.list(filter),
    queryFn: ({ pageParam, signal }) => getPhotos(filter, pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function uploadPhoto(
  file: File,
  onProgress: UploadProgress,
): Promise<UploadedPhoto> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiClient.upload('/api/photos', body, onProgress);
}

export function getPhoto(id: string): Promise<Photo> {
  return apiClient.getJson(photoPath(id));
}

/** Moves a photo to the trash. */
export function deletePhoto(id: string): Promise<void> {
  return apiClient.delete(photoPath(id));
}

export function restorePhoto(id: string): Promise<Photo> {
  return apiClient.sendJson('POST', `${photoPath(id)}/restore`);
}

/** The changes PATCH /api/photos/{id} accepts; absent fields stay as they are. */
export interface PhotoChange {
  fileName?: string;
  favourite?: boolean;
}

export function updatePhoto(id: string, change: PhotoChange): Promise<Photo> {
  return apiClient.sendJson('PATCH', photoPath(id), change);
}

/**
 * Which of these SHA-256 hashes (64 lower-case hex digits, 1000 at most) the
 * library holds, trash included, each with the id of that photo.
 */
export async function checkHashes(
  hashes: string[],
): Promise<Map<string, string>> {
  const answer = await apiClient.sendJson<{
    known: { sha256: string; photoId: string }[];
  }>('POST', '/api/photos/check', { sha256: hashes });
  return new Map(answer.known.map((entry) => [entry.sha256, entry.photoId]));
}

export function getPhotoContent(
  id: string,
  variant: PhotoVariant,
  signal?: AbortSignal,
): Promise<Blob> {
  const path = `${photoPath(id)}/content?variant=${variant}`;
  return apiClient.getBlob(path, signal);
}

// Thumbnails are small and immutable, so they stay cached while the person
// scrolls away and back; larger renditions are dropped soon after the viewer
// moves on.
export function photoContentQueryOptions(id: string, variant: PhotoVariant) {
  return queryOptions({
    queryKey: photoKeys.content(id, variant),
    queryFn: ({ signal }) => getPhotoContent(id, variant, signal),
    staleTime: Infinity,
    gcTime: variant === 'thumb' ? 10 * 60_000 : 30_000,
  });
}

/** Whether the photo has a thumbnail and a preview to show. */
export function hasDerivatives(photo: Photo): boolean {
  return photo.derivatives !== false;
}

function photoPath(id: string): string {
  return `/api/photos/${encodeURIComponent(id)}`;
}
