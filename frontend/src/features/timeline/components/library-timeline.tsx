import { useQuery } from '@tanstack/react-query';
import { monthCountsQueryOptions } from '../api/timeline-api';
import { ListingState } from './listing-state';
import { MonthGrid } from './month-grid';
import { MonthTiles, PlaceholderTiles } from './month-tiles';
import type { TileActions } from './photo-tile';

type LibraryTimelineProps = TileActions & {
  empty: { title: string; hint: string };
};

/**
 * The whole library laid out from the month counts, each month loaded when
 * it comes near the window, with the scrubber to reach any of them.
 */
export function LibraryTimeline({
  empty,
  ...tileActions
}: LibraryTimelineProps) {
  const counts = useQuery(monthCountsQueryOptions());
  const months = counts.data ?? [];

  if (counts.isPending || counts.isError || months.length === 0) {
    return (
      <ListingState
        state={counts}
        isEmpty={months.length === 0}
        onRetry={() => counts.refetch()}
        empty={empty}
      />
    );
  }
  return (
    <MonthGrid
      months={months}
      scrubber
      renderTiles={(row, skimming) =>
        skimming ? (
          <PlaceholderTiles length={row.length} />
        ) : (
          <MonthTiles row={row} {...tileActions} />
        )
      }
    />
  );
}
