import { useQueryClient } from '@tanstack/react-query';
import { useState, useSyncExternalStore } from 'react';
import { isProblem } from '../../../lib/api-client';
import { useAuth } from '../../auth/hooks/use-auth';
import { addToLibraries } from '../../photos/api/photo-cache';
import {
  checkHashes,
  getPhoto,
  restorePhoto,
  uploadPhoto,
  type UploadedPhoto,
} from '../../photos/api/photos-api';
import { removeFromTrash } from '../../trash/api/trash-cache';
import { usageKeys } from '../../usage/api/usage-api';
import { uploadsApi } from '../api/uploads-api';
import {
  checkHash,
  knownFileFinder,
  type FindKnown,
  type HashFile,
} from '../utils/find-duplicates';
import { PendingUploads } from '../utils/pending-uploads';
import { resumableSender, sendBySize } from '../utils/resumable-upload';
import { UploadQueue } from '../utils/upload-queue';

/**
 * The session's upload queue; each finished photo joins the timeline. Also
 * the resumable uploads a reload left unfinished, to resume or cancel.
 */
export function useUploadQueue() {
  const queryClient = useQueryClient();
  const { user } = useAuth();
  const [{ queue, pending }] = useState(() => {
    // One list per person: another account in this browser has other uploads.
    const pending = new PendingUploads(
      `photoapp.uploads.${user?.profile.sub ?? 'anonymous'}`,
    );
    // A file resumed after a reload is not read again for its hash.
    const hashOf: HashFile = async (file) =>
      pending.match(file)?.sha256 ?? checkHash(file);
    const finder = knownFileFinder(checkHashes, hashOf);
    const findKnown: FindKnown = async (files) => {
      const known = await finder(files);
      // A known file needs no upload, so an unfinished one for it goes.
      for (const file of known.keys()) {
        const saved = pending.match(file);
        if (saved) {
          pending.remove(saved.uploadId);
          void uploadsApi.abort(saved.uploadId).catch(() => {});
        }
      }
      return known;
    };
    const findPhoto = async (sha256: string) => {
      const photoId = (await checkHashes([sha256])).get(sha256);
      return photoId ? getPhoto(photoId) : undefined;
    };
    const onUploaded = (photo: UploadedPhoto) => {
      const { duplicate, ...stored } = photo;
      addToLibraries(queryClient, stored);
      // A duplicate of a trashed photo brings that photo back.
      if (duplicate) {
        removeFromTrash(queryClient, photo.id);
      }
      void queryClient.invalidateQueries({ queryKey: usageKeys.all });
    };
    const send = sendBySize(
      uploadPhoto,
      resumableSender({ api: uploadsApi, pending, hashOf, findPhoto }),
    );
    const queue = new UploadQueue(send, onUploaded, {
      findKnown,
      restore: restorePhoto,
    });
    return { queue, pending };
  });
  const snapshot = useSyncExternalStore(queue.subscribe, queue.getSnapshot);
  const unfinished = useSyncExternalStore(
    pending.subscribe,
    pending.getSnapshot,
  );

  /** Discards an unfinished upload on the server and here. */
  const cancel = async (uploadId: string): Promise<void> => {
    try {
      await uploadsApi.abort(uploadId);
    } catch (error) {
      if (
        !isProblem(error, 'upload-not-found') &&
        !isProblem(error, 'upload-expired')
      ) {
        throw error;
      }
    }
    pending.remove(uploadId);
  };

  return { queue, snapshot, unfinished, cancel };
}
