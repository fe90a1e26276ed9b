import { useEffect, useState } from 'react';
import { getThumbnail } from '../api/photos-api';

/** An object URL for a photo's thumbnail, or whether loading it failed. */
export interface ThumbnailState {
  url?: string;
  failed: boolean;
}

// An <img src> cannot send the bearer token, so the thumbnail is fetched with
// it and shown through an object URL that is revoked when the tile goes away.
export function useThumbnailUrl(photoId: string): ThumbnailState {
  const [state, setState] = useState<ThumbnailState>({ failed: false });

  useEffect(() => {
    const controller = new AbortController();
    let objectUrl: string | undefined;
    getThumbnail(photoId, controller.signal).then(
      (blob) => {
        if (!controller.signal.aborted) {
          objectUrl = URL.createObjectURL(blob);
          setState({ url: objectUrl, failed: false });
        }
      },
      () => {
        if (!controller.signal.aborted) {
          setState({ failed: true });
        }
      },
    );
    return () => {
      controller.abort();
      if (objectUrl) {
        URL.revokeObjectURL(objectUrl);
      }
    };
  }, [photoId]);

  return state;
}
