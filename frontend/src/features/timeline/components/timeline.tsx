import { useMemo, type CSSProperties } from 'react';
import type { Photo } from '../../photos/api/photos-api';
import { useWindowVirtualizer } from '../hooks/use-window-virtualizer';
import { groupByMonth } from '../utils/group-by-month';
import type { TimelineRow } from '../utils/virtual-rows';
import { PhotoTile, type TileActions } from './photo-tile';

type TimelineProps = TileActions & { photos: Photo[] };

// Rows are placed with transforms computed at run time; React sets them
// through the CSSOM, which a Content-Security-Policy without
// 'unsafe-inline' styles still allows.
export function Timeline({ photos, ...tileProps }: TimelineProps) {
  const groups = useMemo(() => groupByMonth(photos), [photos]);
  const { containerRef, layout, visibleRows, height } =
    useWindowVirtualizer(groups);

  return (
    <section
      ref={containerRef}
      className="timeline"
      aria-label="Your photos"
      style={{ height, '--tile-columns': layout.columns } as CSSProperties}
    >
      {visibleRows.map((row) => (
        <div
          key={row.key}
          className="timeline-row"
          style={{ transform: `translateY(${row.top}px)`, height: row.height }}
        >
          <RowContent row={row} {...tileProps} />
        </div>
      ))}
    </section>
  );
}

type RowContentProps = Omit<TimelineProps, 'photos'> & { row: TimelineRow };

function RowContent({ row, ...tileActions }: RowContentProps) {
  if (row.kind === 'header') {
    return <h2 className="timeline-month">{row.label}</h2>;
  }
  return (
    <ul className="timeline-tiles">
      {row.photos.map((photo) => (
        <PhotoTile key={photo.id} photo={photo} {...tileActions} />
      ))}
    </ul>
  );
}
