import { infiniteQueryOptions } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';
import type { PhotoPage } from '../../photos/api/photos-api';

/** How long a photo stays in the trash before it is deleted for good. */
export const TRASH_RETENTION_DAYS = 30;

const TRASH_PAGE_SIZE = 100;

export const trashKeys = {
  all: ['trash'] as const,
  list: () => [...trashKeys.all, 'list', { limit: TRASH_PAGE_SIZE }] as const,
};

export function getTrash(
  cursor: string | null,
  signal?: AbortSignal,
): Promise<PhotoPage> {
  const params = new URLSearchParams({ limit: String(TRASH_PAGE_SIZE) });
  if (cursor) {
    params.set('cursor', cursor);
  }
  return apiClient.getJson(`/api/trash?${params}`, signal);
}

export function trashQueryOptions() {
  return infiniteQueryOptions({
    queryKey: trashKeys.list(),
    queryFn: ({ pageParam, signal }) => getTrash(pageParam, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (page) => page.nextCursor,
  });
}

/** Deletes one trashed photo for good. */
export function purgePhoto(id: string): Promise<void> {
  return apiClient.delete(`/api/trash/${encodeURIComponent(id)}`);
}

/** Deletes every trashed photo for good; answers how many went. */
export async function emptyTrash(): Promise<number> {
  const answer = await apiClient.sendJson<{ purged: number }>(
    'DELETE',
    '/api/trash',
  );
  return answer.purged;
}
