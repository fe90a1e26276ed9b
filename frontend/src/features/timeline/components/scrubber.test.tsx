import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { expectNoAxeViolations } from '../../../test/axe';
import { fakeCatalogue } from '../../../test/fake-catalogue';
import { aPhoto } from '../../../test/photos';
import { renderWithProviders } from '../../../test/render';
import { LibraryTimeline } from './library-timeline';

// Ten photos in each of 36 months, December 2026 back to January 2024.
const library = Array.from({ length: 360 }, (_, i) => {
  const month = Math.floor(i / 10);
  const takenAt = Date.UTC(2026, 11 - month, 15) - (i % 10) * 60_000;
  return aPhoto({ id: `p${i}`, takenAt: new Date(takenAt).toISOString() });
});

function renderTimeline() {
  const scrollTo = vi.spyOn(window, 'scrollTo').mockImplementation(() => {});
  renderWithProviders(
    <LibraryTimeline
      empty={{ title: 'No photos yet', hint: '' }}
      onOpen={vi.fn()}
      onDelete={vi.fn()}
      onToggleFavourite={vi.fn()}
    />,
  );
  return scrollTo;
}

function scrolledTo(scrollTo: ReturnType<typeof renderTimeline>): number {
  const [options] = scrollTo.mock.lastCall ?? [];
  return (options as ScrollToOptions).top ?? NaN;
}

describe('scrubber', () => {
  beforeEach(() => {
    configureApiClient({
      getAccessToken: async () => 'token',
      onUnauthorized: () => {},
    });
  });

  it('is a slider over the months, showing the month at the top', async () => {
    fakeCatalogue(library);
    renderTimeline();

    const scrubber = await screen.findByRole('slider', { name: 'Go to month' });

    expect(scrubber).toHaveAttribute('aria-orientation', 'vertical');
    expect(scrubber).toHaveAttribute('aria-valuetext', 'December 2026');
    expect(scrubber).toHaveAttribute('aria-valuemax', '35');
    expect(scrubber).toHaveAttribute('aria-valuenow', '35');
    expect(scrubber).toHaveTextContent('2025');
    await expectNoAxeViolations();
  });

  it('goes to the oldest month with End and back a month with the arrow', async () => {
    fakeCatalogue(library);
    const scrollTo = renderTimeline();
    const scrubber = await screen.findByRole('slider', { name: 'Go to month' });
    const timeline = screen.getByRole('region', { name: 'Your photos' });
    const height = parseFloat(timeline.style.height);

    scrubber.focus();
    await userEvent.keyboard('{End}');

    expect(scrubber).toHaveAttribute('aria-valuetext', 'January 2024');
    expect(scrubber).toHaveAttribute('aria-valuenow', '0');
    expect(scrolledTo(scrollTo)).toBeCloseTo((height * 35) / 36);
    await userEvent.keyboard('{ArrowUp}');
    expect(scrubber).toHaveAttribute('aria-valuetext', 'February 2024');
    expect(scrolledTo(scrollTo)).toBeCloseTo((height * 34) / 36);
  });

  it('scrolls to the share of the timeline where it is pressed', async () => {
    fakeCatalogue(library);
    const scrollTo = renderTimeline();
    const scrubber = await screen.findByRole('slider', { name: 'Go to month' });
    const height = parseFloat(
      screen.getByRole('region', { name: 'Your photos' }).style.height,
    );
    vi.spyOn(scrubber, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 0, y: 100, width: 40, height: 400 }),
    );

    fireEvent.pointerDown(scrubber, { clientY: 200, button: 0 });
    expect(scrolledTo(scrollTo)).toBeCloseTo(height / 4);
    fireEvent.pointerMove(scrubber, { clientY: 500 });
    fireEvent.pointerUp(scrubber, { clientY: 500 });

    expect(scrolledTo(scrollTo)).toBeCloseTo(height);
  });

  it('shows the month under the pointer', async () => {
    fakeCatalogue(library);
    renderTimeline();
    const scrubber = await screen.findByRole('slider', { name: 'Go to month' });
    vi.spyOn(scrubber, 'getBoundingClientRect').mockReturnValue(
      DOMRect.fromRect({ x: 0, y: 0, width: 40, height: 360 }),
    );

    fireEvent.pointerMove(scrubber, { clientY: 185 });

    expect(scrubber).toHaveTextContent('June 2025');
  });
});
