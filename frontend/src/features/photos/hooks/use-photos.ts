import { useQuery } from '@tanstack/react-query';
import { photosQueryOptions } from '../api/photos-api';

export function usePhotos() {
  return useQuery(photosQueryOptions());
}
