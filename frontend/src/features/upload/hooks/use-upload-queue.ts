import { useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { addToLibrary } from '../../photos/api/photo-cache';
import { uploadPhoto } from '../../photos/api/photos-api';
import { UploadQueue } from '../utils/upload-queue';

/** The session's upload queue; each finished photo joins the timeline. */
export function useUploadQueue() {
  const queryClient = useQueryClient();
  const [queue] = useState(
    () =>
      new UploadQueue(uploadPhoto, (photo) => addToLibrary(queryClient, photo)),
  );
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot);
  return { queue, snapshot };
}
