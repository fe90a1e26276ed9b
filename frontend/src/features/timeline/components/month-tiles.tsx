import { useMonthPhotos } from '../hooks/use-month-photos';
import { formatMonth, type TimelineRow } from '../utils/month-layout';
import { PhotoTile, type TileActions } from './photo-tile';

type MonthTilesProps = TileActions & { row: TimelineRow & { kind: 'tiles' } };

/** One row of a month: its photos once loaded, placeholders until then. */
export function MonthTiles({ row, ...tileActions }: MonthTilesProps) {
  const month = useMonthPhotos(row.month, row.first + row.length);
  const settled = month.isSuccess && !month.hasNextPage;
  const slots = Array.from({ length: row.length }, (_, i) => row.first + i);

  if (month.isError && row.first === 0) {
    return (
      <div role="alert" className="timeline-error">
        <p>{formatMonth(row.month)} could not be loaded.</p>
        <button
          type="button"
          className="button button-small"
          onClick={() => month.refetch()}
        >
          Try again
        </button>
      </div>
    );
  }
  return (
    <ul className="timeline-tiles">
      {slots.map((slot) => {
        const photo = month.photos[slot];
        if (photo) {
          return <PhotoTile key={photo.id} photo={photo} {...tileActions} />;
        }
        // A month that holds fewer photos than counted waits for the count.
        return settled ? null : <TileSlot key={`slot-${slot}`} />;
      })}
    </ul>
  );
}

/** A row passed over in a jump: it asks for neither photos nor thumbnails. */
export function PlaceholderTiles({ length }: { length: number }) {
  return (
    <ul className="timeline-tiles">
      {Array.from({ length }, (_, slot) => (
        <TileSlot key={slot} />
      ))}
    </ul>
  );
}

function TileSlot() {
  return (
    <li className="photo-tile" aria-hidden="true">
      <span className="photo-placeholder loading" />
    </li>
  );
}
