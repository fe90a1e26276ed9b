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
  uploadedAt: string;
}

/** A page of the newest-first catalogue listing. */
export interface PhotoPage {
  items: Photo[];
  nextCursor: string | null;
}

/** The stored renditions of a photo the content endpoint serves. */
export type PhotoVariant = 'thumb' | 'original';

export const PHOTO_PAGE_SIZE = 100;

export const photoKeys = {
  all: ['photos'] as const,
  list: () => [...photoKeys.all, 'list', { limit: PHOTO_PAGE_SIZE }] as const,
  content: (id: string, variant: PhotoVariant) =>
    [...photoKeys.all, 'content', id, variant] as const,
};

export function getPhotos(
  cursor: string | null,
  signal?: AbortSignal,
): Promise<PhotoPage> {
  const params = new URLSearchParams({ limit: String(PHOTO_PAGE_SIZE) });
  if (cursor) {
    params.set('cursor', cursor);
  }
  return apiClient.getJson(`/api/photos?${params}`, signal);
}

export function photosQueryOptions() {
  return infiniteQueryOptions({
    queryKey: photoKeys.list(),
    queryFn: ({ pageParam, signal }) => getPhotos(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

export function uploadPhoto(
  file: File,
  onProgress: UploadProgress,
): Promise<Photo> {
  const body = new FormData();
  body.append('file', file, file.name);
  return apiClient.upload('/api/photos', body, onProgress);
}

export function deletePhoto(id: string): Promise<void> {
  return apiClient.delete(`/api/photos/${encodeURIComponent(id)}`);
}

export function getPhotoContent(
  id: string,
  variant: PhotoVariant,
  signal?: AbortSignal,
): Promise<Blob> {
  const path = `/api/photos/${encodeURIComponent(id)}/content?variant=${variant}`;
  return apiClient.getBlob(path, signal);
}

// Thumbnails are small and immutable, so they stay cached while the person
// scrolls away and back; originals are dropped soon after the viewer moves on.
export function photoContentQueryOptions(id: string, variant: PhotoVariant) {
  return queryOptions({
    queryKey: photoKeys.content(id, variant),
    queryFn: ({ signal }) => getPhotoContent(id, variant, signal),
    staleTime: Infinity,
    gcTime: variant === 'thumb' ? 10 * 60_000 : 30_000,
  });
}
