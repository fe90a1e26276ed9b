import { queryOptions } from '@tanstack/react-query';
import { apiClient } from '../../../lib/api-client';

/** The signed-in person's profile, as GET /api/users/me returns it. */
export interface Me {
  id: string;
  displayName: string;
  email: string | null;
  quotaBytes: number;
  createdAt: string;
}

export const userKeys = {
  me: () => ['users', 'me'] as const,
};

export function getMe(signal?: AbortSignal): Promise<Me> {
  return apiClient.getJson('/api/users/me', signal);
}

export function meQueryOptions() {
  return queryOptions({
    queryKey: userKeys.me(),
    queryFn: ({ signal }) => getMe(signal),
    staleTime: 5 * 60_000,
  });
}

/** Deletes the account; every photo and file follows through events. */
export function deleteMe(): Promise<void> {
  return apiClient.delete('/api/users/me');
}
