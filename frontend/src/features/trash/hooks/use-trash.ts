import {
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import { useMemo } from 'react';
import { useToast } from '../../../components/toast';
import type { Photo } from '../../photos/api/photos-api';
import { emptyTrash, purgePhoto, trashQueryOptions } from '../api/trash-api';
import { clearTrash, removeFromTrash } from '../api/trash-cache';

/** The trashed photos loaded so far, newest trashed first. */
export function useTrash() {
  const query = useInfiniteQuery(trashQueryOptions());
  const photos = useMemo<Photo[]>(
    () => query.data?.pages.flatMap((page) => page.items) ?? [],
    [query.data],
  );
  return { ...query, photos };
}

export function usePurgePhoto() {
  const queryClient = useQueryClient();
  const showToast = useToast();
  return useMutation({
    mutationFn: (photo: Photo) => purgePhoto(photo.id),
    onSuccess: (_, photo) => {
      removeFromTrash(queryClient, photo.id);
      showToast({ message: `${photo.fileName} was deleted forever` });
    },
  });
}

export function useEmptyTrash() {
  const queryClient = useQueryClient();
  const showToast = useToast();
  return useMutation({
    mutationFn: emptyTrash,
    onSuccess: (purged) => {
      clearTrash(queryClient);
      showToast({ message: `${photoCount(purged)} deleted forever` });
    },
  });
}

export function photoCount(count: number): string {
  return `${count} ${count === 1 ? 'photo' : 'photos'}`;
}
