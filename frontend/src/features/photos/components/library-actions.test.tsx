import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { problemResponse, requestsOf } from '../../../test/fake-api';
import { fakeCatalogue } from '../../../test/fake-catalogue';
import { aPhoto } from '../../../test/photos';
import { renderWithProviders } from '../../../test/render';
import { PhotosPage } from './photos-page';

const dog = aPhoto({ id: 'p1', fileName: 'dog.png' });
const cat = aPhoto({
  id: 'p2',
  fileName: 'cat.jpg',
  uploadedAt: '2025-01-16T10:00:00Z',
});

function timeline() {
  return screen.findByRole('region', { name: 'Your photos' });
}

describe('photo library actions', () => {
  beforeEach(() => {
    window.location.hash = '';
    configureApiClient({
      getAccessToken: async () => 'token',
      onUnauthorized: () => {},
    });
  });

  afterEach(() => {
    window.location.hash = '';
  });

  it('moves a deleted photo to the trash and brings it back with Undo', async () => {
    const api = fakeCatalogue([dog, cat]);
    renderWithProviders(<PhotosPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete dog.png' }),
    );

    const toast = await screen.findByText('Moved to trash');
    expect(screen.queryByRole('img', { name: 'dog.png' })).toBeNull();
    expect(api.photos.get('p1')?.trashedAt).not.toBeNull();
    await userEvent.click(
      within(toast.parentElement!).getByRole('button', { name: 'Undo' }),
    );

    expect(
      await within(await timeline()).findByRole('img', { name: 'dog.png' }),
    ).toBeVisible();
    expect(requestsOf(api.fetch)).toContain('POST /api/photos/p1/restore');
    expect(screen.queryByText('Moved to trash')).toBeNull();
  });

  it('fills the heart at once, before the server answers', async () => {
    const api = fakeCatalogue([dog]);
    let answer: (response: Response) => void = () => {};
    api.override.set(
      'PATCH /api/photos/p1',
      () => new Promise((resolve) => (answer = resolve)),
    );
    renderWithProviders(<PhotosPage />);
    const heart = await screen.findByRole('button', {
      name: 'Favourite dog.png',
    });

    await userEvent.click(heart);

    expect(heart).toHaveAttribute('aria-pressed', 'true');
    answer(
      new Response(JSON.stringify({ ...dog, favourite: true }), {
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    await vi.waitFor(() =>
      expect(requestsOf(api.fetch)).toContain('PATCH /api/photos/p1'),
    );
    expect(heart).toHaveAttribute('aria-pressed', 'true');
  });

  it('empties the heart again and says why when the server refuses', async () => {
    const api = fakeCatalogue([dog]);
    api.override.set('PATCH /api/photos/p1', () =>
      problemResponse(503, { detail: 'The catalogue is busy.' }),
    );
    renderWithProviders(<PhotosPage />);
    const heart = await screen.findByRole('button', {
      name: 'Favourite dog.png',
    });

    await userEvent.click(heart);

    expect(await screen.findByText('The catalogue is busy.')).toBeVisible();
    expect(heart).toHaveAttribute('aria-pressed', 'false');
  });

  it('shows the favourites alone in the Favourites view', async () => {
    const api = fakeCatalogue([dog, { ...cat, favourite: true }]);
    renderWithProviders(<PhotosPage />);
    await within(await timeline()).findByRole('img', { name: 'dog.png' });

    await userEvent.click(screen.getByRole('link', { name: 'Favourites' }));

    const favourites = await timeline();
    expect(
      await within(favourites).findByRole('img', { name: 'cat.jpg' }),
    ).toBeVisible();
    expect(
      within(favourites).queryByRole('img', { name: 'dog.png' }),
    ).toBeNull();
    expect(screen.getByRole('link', { name: 'Favourites' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(requestsOf(api.fetch)).toContain(
      'GET /api/photos?limit=100&favourite=true',
    );
  });

  it('adds a photo favourited in Photos to the Favourites view', async () => {
    fakeCatalogue([dog, cat]);
    renderWithProviders(<PhotosPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Favourite dog.png' }),
    );
    await userEvent.click(screen.getByRole('link', { name: 'Favourites' }));

    const favourites = await timeline();
    expect(
      await within(favourites).findByRole('img', { name: 'dog.png' }),
    ).toBeVisible();
    expect(
      within(favourites).queryByRole('img', { name: 'cat.jpg' }),
    ).toBeNull();
  });

  it('keeps an unmarked photo in Favourites until the view is next loaded', async () => {
    fakeCatalogue([{ ...dog, favourite: true }]);
    window.location.hash = '#/favourites';
    renderWithProviders(<PhotosPage />);
    const heart = await screen.findByRole('button', {
      name: 'Favourite dog.png',
    });

    await userEvent.click(heart);

    expect(heart).toHaveAttribute('aria-pressed', 'false');
    expect(screen.getByRole('button', { name: 'Open dog.png' })).toBeVisible();
    await userEvent.click(screen.getByRole('link', { name: 'Photos' }));
    await userEvent.click(screen.getByRole('link', { name: 'Favourites' }));
    expect(await screen.findByText('No favourites yet')).toBeVisible();
  });

  it('says so when there are no favourites yet', async () => {
    fakeCatalogue([dog]);
    window.location.hash = '#/favourites';

    renderWithProviders(<PhotosPage />);

    expect(await screen.findByText('No favourites yet')).toBeVisible();
  });

  it('shows a format tile and fetches no thumbnail without derivatives', async () => {
    const api = fakeCatalogue([
      aPhoto({
        id: 'h1',
        fileName: 'phone.heic',
        contentType: 'image/heic',
        derivatives: false,
      }),
    ]);
    renderWithProviders(<PhotosPage />);

    const tile = await screen.findByRole('button', { name: 'Open phone.heic' });

    expect(tile).toHaveTextContent('HEIC');
    expect(requestsOf(api.fetch).filter((r) => r.includes('/content'))).toEqual(
      [],
    );
  });

  it('renames a photo from the viewer and shows the new name everywhere', async () => {
    fakeCatalogue([dog]);
    renderWithProviders(<PhotosPage />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Open dog.png' }),
    );
    const viewer = screen.getByRole('dialog', { name: 'dog.png' });
    await userEvent.click(within(viewer).getByRole('button', { name: 'Info' }));
    await userEvent.click(
      within(viewer).getByRole('button', { name: 'Rename' }),
    );

    const field = within(viewer).getByRole('textbox', { name: 'File name' });
    await userEvent.clear(field);
    await userEvent.type(field, 'Rex.png{Enter}');

    expect(
      await screen.findByRole('dialog', { name: 'Rex.png' }),
    ).toBeVisible();
    await userEvent.keyboard('{Escape}');
    expect(
      await screen.findByRole('button', { name: 'Open Rex.png' }),
    ).toBeVisible();
  });
});
