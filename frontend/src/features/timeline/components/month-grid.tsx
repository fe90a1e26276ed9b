import type { CSSProperties, ReactNode } from 'react';
import { useWindowVirtualizer } from '../hooks/use-window-virtualizer';
import type { MonthCount, TimelineRow } from '../utils/month-layout';
import { Scrubber } from './scrubber';

interface MonthGridProps {
  months: MonthCount[];
  /** A row of tiles; `skimming` while the window jumps past it. */
  renderTiles: (
    row: TimelineRow & { kind: 'tiles' },
    skimming: boolean,
  ) => ReactNode;
  /** Whether to offer the month scrubber at the window's right edge. */
  scrubber?: boolean;
}

// Rows are placed with transforms computed at run time; React sets them
// through the CSSOM, which a Content-Security-Policy without
// 'unsafe-inline' styles still allows.
export function MonthGrid({ months, renderTiles, scrubber }: MonthGridProps) {
  const {
    containerRef,
    layout,
    sections,
    rows,
    height,
    viewport,
    current,
    scrollToOffset,
  } = useWindowVirtualizer(months);
  const withScrubber = scrubber === true && sections.length > 1;
  const style = {
    height,
    '--tile-columns': layout.columns,
  } as CSSProperties;

  return (
    <>
      <section
        ref={containerRef}
        className={withScrubber ? 'timeline has-scrubber' : 'timeline'}
        aria-label="Your photos"
        style={style}
      >
        {rows.map((row) => (
          <div
            key={row.key}
            className="timeline-row"
            style={{
              transform: `translateY(${row.top}px)`,
              height: row.kind === 'header' ? layout.headerHeight : '',
            }}
          >
            {row.kind === 'header' ? (
              <h2 className="timeline-month">{row.label}</h2>
            ) : (
              renderTiles(row, viewport.skimming)
            )}
          </div>
        ))}
      </section>
      {withScrubber && (
        <Scrubber
          sections={sections}
          height={height}
          current={current}
          viewport={viewport}
          onScroll={scrollToOffset}
        />
      )}
    </>
  );
}
