import type { Photo } from '../../photos/api/photos-api';
import { formatMonth } from './month-layout';

/** The photos of one calendar month, in the order the catalogue lists them. */
export interface MonthGroup {
  month: string;
  label: string;
  photos: Photo[];
}

/**
 * The UTC month (yyyy-MM) the timeline files a photo under: when it was taken
 * if the camera said so, else when it arrived. The server counts the same way.
 */
export function photoMonth(photo: Photo): string {
  return new Date(photo.takenAt ?? photo.uploadedAt).toISOString().slice(0, 7);
}

// The listing is ordered by upload, so a photo taken long ago can arrive
// after newer ones; groups are therefore sorted, not just split on change.
export function groupByMonth(photos: Photo[]): MonthGroup[] {
  const groups = new Map<string, MonthGroup>();
  for (const photo of photos) {
    const month = photoMonth(photo);
    let group = groups.get(month);
    if (!group) {
      group = { month, label: formatMonth(month), photos: [] };
      groups.set(month, group);
    }
    group.photos.push(photo);
  }
  return [...groups.values()].sort((a, b) => b.month.localeCompare(a.month));
}
