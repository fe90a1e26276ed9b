import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** Storage used by the signed-in person; the trash counts until purged. */
export interface Usage {
  usedBytes: number;
  photoCount: number;
  trashedBytes: number;
  trashedCount: number;
  quotaBytes: number;
}

export const usageKeys = {
  all: ['usage'] as const,
};

export function getUsage(signal?: AbortSignal): Promise<Usage> {
  return apiClient.getJson('/api/usage', signal);
}

export function usageQueryOptions() {
  return queryOptions({
    queryKey: usageKeys.all,
    queryFn: ({ signal }) => getUsage(signal),
  });
}
