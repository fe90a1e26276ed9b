import type { Photo } from '../../photos/api/photos-api';

/** The photos of one calendar month, in the order the catalogue lists them. */
export interface MonthGroup {
  key: string;
  label: string;
  photos: Photo[];
}

const monthLabel = new Intl.DateTimeFormat('en-GB', {
  month: 'long',
  year: 'numeric',
});

/** When the photo was taken if the camera said so, else when it arrived. */
export function photoDate(photo: Photo): Date {
  return new Date(photo.takenAt ?? photo.uploadedAt);
}

// The listing is ordered by upload, so a photo taken long ago can arrive
// after newer ones; groups are therefore sorted, not just split on change.
export function groupByMonth(photos: Photo[]): MonthGroup[] {
  const groups = new Map<string, MonthGroup>();
  for (const photo of photos) {
    const date = photoDate(photo);
    const key = monthKey(date);
    let group = groups.get(key);
    if (!group) {
      group = { key, label: monthLabel.format(date), photos: [] };
      groups.set(key, group);
    }
    group.photos.push(photo);
  }
  return [...groups.values()].sort((a, b) => b.key.localeCompare(a.key));
}

function monthKey(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  return `${date.getFullYear()}-${month}`;
}
