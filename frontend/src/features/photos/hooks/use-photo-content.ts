import { useQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import { objectUrlFor, retainObjectUrl } from '../../../lib/object-urls';
import { photoContentQueryOptions, type PhotoVariant } from '../api/photos-api';

/** An object URL for one rendition of a photo, or whether loading it failed. */
export interface PhotoContentState {
  url?: string;
  blob?: Blob;
  failed: boolean;
}

// An <img src> cannot send the bearer token, so the bytes are fetched with it
// and shown through an object URL that is revoked when the image goes away.
// A rendition that does not exist is not asked for (enabled: false).
export function usePhotoContent(
  id: string,
  variant: PhotoVariant,
  enabled = true,
): PhotoContentState {
  const query = useQuery({
    ...photoContentQueryOptions(id, variant),
    enabled,
  });
  const url = useObjectUrl(query.data);
  return { url, blob: query.data, failed: query.isError };
}

function useObjectUrl(blob: Blob | undefined): string | undefined {
  useEffect(() => (blob ? retainObjectUrl(blob) : undefined), [blob]);
  return blob && objectUrlFor(blob);
}
