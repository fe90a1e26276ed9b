import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { stubApi } from '../../../test/fake-api';
import { aPhoto, imageResponse } from '../../../test/photos';
import { renderWithProviders } from '../../../test/render';
import { Timeline } from './timeline';

const tenThousand = Array.from({ length: 10_000 }, (_, i) =>
  aPhoto({ id: `p${i}`, fileName: `photo-${i}.jpg` }),
);

describe('timeline', () => {
  it('mounts and fetches only the tiles near the viewport', async () => {
    const fetch = stubApi(() => imageResponse());

    renderWithProviders(
      <Timeline
        photos={tenThousand}
        onOpen={vi.fn()}
        onDelete={vi.fn()}
        onToggleFavourite={vi.fn()}
      />,
    );

    const timeline = screen.getByRole('region', { name: 'Your photos' });
    const tiles = within(timeline).getAllByRole('button', { name: /^Open / });
    expect(tiles.length).toBeGreaterThan(10);
    expect(tiles.length).toBeLessThan(100);
    expect(tiles[0]).toHaveAccessibleName('Open photo-0.jpg');
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(tiles.length));
  });

  it('reserves the height of every row so the scrollbar is true', () => {
    stubApi(() => imageResponse());

    renderWithProviders(
      <Timeline
        photos={tenThousand}
        onOpen={vi.fn()}
        onDelete={vi.fn()}
        onToggleFavourite={vi.fn()}
      />,
    );

    const timeline = screen.getByRole('region', { name: 'Your photos' });
    expect(parseFloat(timeline.style.height)).toBeGreaterThan(100_000);
  });
});
