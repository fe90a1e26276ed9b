import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useToast } from '../../../components/toast';
import { errorMessage } from '../../../lib/api-client';
import { removeFromTrash } from '../../trash/api/trash-cache';
import { addToLibraries } from '../api/photo-cache';
import { restorePhoto } from '../api/photos-api';

/** Takes a photo out of the trash and back into the timeline. */
export function useRestorePhoto() {
  const queryClient = useQueryClient();
  const showToast = useToast();
  return useMutation({
    mutationFn: restorePhoto,
    onSuccess: (photo) => {
      removeFromTrash(queryClient, photo.id);
      addToLibraries(queryClient, photo);
    },
    onError: (error) => showToast({ message: errorMessage(error) }),
  });
}
