import type { InfiniteData, QueryClient } from '@tanstack/react-query';
import type { PhotoPage } from '../../photos/api/photos-api';
import { usageKeys } from '../../usage/api/usage-api';
import { trashKeys } from './trash-api';

type Trash = InfiniteData<PhotoPage, string | null>;

/** A photo moved into the trash: the listing there is reloaded when shown. */
export function trashChanged(queryClient: QueryClient): void {
  void queryClient.invalidateQueries({ queryKey: trashKeys.all });
  void queryClient.invalidateQueries({ queryKey: usageKeys.all });
}

export function removeFromTrash(queryClient: QueryClient, id: string): void {
  queryClient.setQueryData<Trash>(
    trashKeys.list(),
    (trash) =>
      trash && {
        ...trash,
        pages: trash.pages.map((page) => ({
          ...page,
          items: page.items.filter((photo) => photo.id !== id),
        })),
      },
  );
  void queryClient.invalidateQueries({ queryKey: usageKeys.all });
}

export function clearTrash(queryClient: QueryClient): void {
  queryClient.setQueryData<Trash>(
    trashKeys.list(),
    (trash) =>
      trash && {
        pages: [{ items: [], nextCursor: null }],
        pageParams: [null],
      },
  );
  void queryClient.invalidateQueries({ queryKey: usageKeys.all });
}
