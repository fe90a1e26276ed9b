import { useMemo, type CSSProperties } from 'react';
import { useScrubber, type ScrubberOptions } from '../hooks/use-scrubber';
import type { MonthSection } from '../utils/month-layout';
import { monthFractions, yearMarks } from '../utils/scrubber-marks';

type ScrubberProps = Omit<ScrubberOptions, 'viewTop'> & {
  viewport: { top: number; height: number; headerBottom: number };
};

const YEAR_LABEL_GAP = 22;

/**
 * A strip at the window's right edge with the years and months laid out as
 * the timeline lays them out: press, drag or use the keys to go anywhere.
 */
export function Scrubber({
  sections,
  height,
  current,
  viewport,
  onScroll,
}: ScrubberProps) {
  const { trackRef, index, pointer, pointed, handlers } = useScrubber({
    sections,
    height,
    current,
    viewTop: viewport.top,
    onScroll,
  });
  const trackHeight = viewport.height - viewport.headerBottom;
  const years = useMemo(
    () => yearMarks(sections, height, trackHeight, YEAR_LABEL_GAP),
    [sections, height, trackHeight],
  );
  const ticks = useMemo(
    () => monthFractions(sections, height),
    [sections, height],
  );
  const shown = sections[index];
  const thumbAt = clamp((viewport.top + viewport.headerBottom) / height);

  return (
    <div className="scrubber" style={{ top: viewport.headerBottom }}>
      <div
        ref={trackRef}
        className="scrubber-track"
        role="slider"
        tabIndex={0}
        aria-label="Go to month"
        aria-orientation="vertical"
        aria-valuemin={0}
        aria-valuemax={sections.length - 1}
        aria-valuenow={sections.length - 1 - index}
        aria-valuetext={shown?.label}
        data-dragging={pointer?.dragging || undefined}
        {...handlers}
      >
        {ticks.map((at, i) => (
          <span key={i} className="scrubber-tick" style={place(at)} />
        ))}
        {years.map(({ year, at }) => (
          <span key={year} className="scrubber-year" style={place(at)}>
            {year}
          </span>
        ))}
        <span className="scrubber-thumb" style={place(thumbAt)}>
          <span className="scrubber-label">{shown?.label}</span>
        </span>
        {pointer && pointed && <Bubble section={pointed} at={pointer.at} />}
      </div>
    </div>
  );
}

function Bubble({ section, at }: { section: MonthSection; at: number }) {
  return (
    <span className="scrubber-bubble" style={place(at)}>
      {section.label}
    </span>
  );
}

function place(at: number): CSSProperties {
  return { top: `${(at * 100).toFixed(3)}%` };
}

function clamp(fraction: number): number {
  return Number.isFinite(fraction) ? Math.max(0, Math.min(1, fraction)) : 0;
}
