import { useMemo } from 'react';
import type { Photo } from '../../photos/api/photos-api';
import { groupByMonth } from '../utils/group-by-month';
import { MonthGrid } from './month-grid';
import { PhotoTile, type TileActions } from './photo-tile';

type TimelineProps = TileActions & { photos: Photo[] };

/** Photos already loaded, under their months, with only nearby rows mounted. */
export function Timeline({ photos, ...tileActions }: TimelineProps) {
  const groups = useMemo(() => groupByMonth(photos), [photos]);
  const months = useMemo(
    () => groups.map(({ month, photos }) => ({ month, count: photos.length })),
    [groups],
  );
  const byMonth = useMemo(
    () => new Map(groups.map((group) => [group.month, group.photos])),
    [groups],
  );

  return (
    <MonthGrid
      months={months}
      renderTiles={(row) => (
        <ul className="timeline-tiles">
          {byMonth
            .get(row.month)
            ?.slice(row.first, row.first + row.length)
            .map((photo) => (
              <PhotoTile key={photo.id} photo={photo} {...tileActions} />
            ))}
        </ul>
      )}
    />
  );
}
