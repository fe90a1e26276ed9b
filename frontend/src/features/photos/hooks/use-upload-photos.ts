import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { errorMessage } from '../../../lib/api-client';
import { photoKeys, uploadPhoto } from '../api/photos-api';

/** A file the server refused, with the reason to show. */
export interface UploadFailure {
  fileName: string;
  message: string;
}

export function useUploadPhotos() {
  const queryClient = useQueryClient();
  const [failures, setFailures] = useState<UploadFailure[]>([]);
  const refreshList = useCallback(
    () => queryClient.invalidateQueries({ queryKey: photoKeys.all }),
    [queryClient],
  );
  const { mutate, isPending } = useMutation({
    mutationFn: (files: File[]) => uploadEach(files, refreshList),
    onSuccess: setFailures,
  });

  const upload = useCallback(
    (files: File[]) => {
      setFailures([]);
      mutate(files);
    },
    [mutate],
  );
  const clearFailures = useCallback(() => setFailures([]), []);

  return { upload, isUploading: isPending, failures, clearFailures };
}

// One file at a time keeps a large selection from saturating the uplink and
// lets each finished photo appear while the rest are still on their way.
async function uploadEach(
  files: File[],
  onUploaded: () => void,
): Promise<UploadFailure[]> {
  const failures: UploadFailure[] = [];
  for (const file of files) {
    try {
      await uploadPhoto(file);
      onUploaded();
    } catch (error) {
      failures.push({ fileName: file.name, message: errorMessage(error) });
    }
  }
  return failures;
}
