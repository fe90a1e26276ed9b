import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import {
  jsonResponse,
  notFound,
  requestsOf,
  stubApi,
} from '../../../test/fake-api';
import { fakeCatalogue } from '../../../test/fake-catalogue';
import { stubXhr } from '../../../test/fake-xhr';
import { aPhoto, imageResponse } from '../../../test/photos';
import { renderWithProviders } from '../../../test/render';
import { sha256Hex } from '../../upload/utils/find-duplicates';
import type { Photo } from '../api/photos-api';
import { PhotosPage } from './photos-page';

const beach = aPhoto({
  id: 'p2',
  fileName: 'beach.jpg',
  takenAt: '2026-12-05T10:00:00Z',
});
const dog = aPhoto({
  id: 'p1',
  fileName: 'dog.png',
  takenAt: '2026-11-05T10:00:00Z',
});

/** Serves the month counts, one month in pages by cursor, and thumbnails. */
function stubMonth(
  month: string,
  pages: Record<string, { items: Photo[]; next?: string }>,
) {
  const count = Object.values(pages).reduce((n, p) => n + p.items.length, 0);
  return stubApi((method, url) => {
    if (url === '/api/photos/timeline') {
      return jsonResponse({ months: [{ month, count }] });
    }
    const listing = url.match(
      /^\/api\/photos\?month=[\d-]+&limit=200(?:&cursor=(.+))?$/,
    );
    if (listing) {
      const page = pages[listing[1] ?? 'first'] ?? { items: [] };
      return jsonResponse({ items: page.items, nextCursor: page.next ?? null });
    }
    if (url.endsWith('variant=thumb')) {
      return imageResponse();
    }
    return notFound(method, url);
  });
}

/** Photos a month apart, newest first, from December 2026 backwards. */
function monthsOfPhotos(months: number, perMonth: number): Photo[] {
  return Array.from({ length: months * perMonth }, (_, i) => {
    const month = Math.floor(i / perMonth);
    const takenAt = new Date(
      Date.UTC(2026, 11 - month, 28) - (i % perMonth) * 60_000,
    );
    return aPhoto({
      id: `m${month}p${i % perMonth}`,
      fileName: `photo-${month}-${i % perMonth}.jpg`,
      takenAt: takenAt.toISOString(),
    });
  });
}

describe('photos page', () => {
  beforeEach(() => {
    configureApiClient({
      getAccessToken: async () => 'token',
      onUnauthorized: () => {},
    });
  });

  it('names the signed-in person from their profile', async () => {
    fakeCatalogue([]);

    renderWithProviders(<PhotosPage />);

    const account = await screen.findByRole('button', {
      name: /Ada from the profile/,
    });
    await userEvent.click(account);
    expect(screen.getByText('ada@example.com')).toBeVisible();
    expect(screen.getByRole('menuitem', { name: 'Sign out' })).toHaveFocus();
  });

  it('signs out from the account menu', async () => {
    fakeCatalogue([]);
    const auth = renderWithProviders(<PhotosPage />);

    await userEvent.click(screen.getByRole('button', { name: /Ada/ }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Sign out' }));

    expect(auth.signOut).toHaveBeenCalledOnce();
  });

  it('shows thumbnails under the month they were taken in', async () => {
    const api = fakeCatalogue([beach, dog]);

    renderWithProviders(<PhotosPage />);

    const timeline = await screen.findByRole('region', { name: 'Your photos' });
    expect(
      within(timeline)
        .getAllByRole('heading')
        .map((heading) => heading.textContent),
    ).toEqual(['December 2026', 'November 2026']);
    await within(timeline).findByRole('img', { name: 'dog.png' });
    expect(
      within(timeline)
        .getAllByRole('img')
        .map((img) => img.getAttribute('alt')),
    ).toEqual(['beach.jpg', 'dog.png']);
    expect(requestsOf(api.fetch)).toEqual(
      expect.arrayContaining([
        'GET /api/photos/timeline',
        'GET /api/photos?month=2026-12&limit=200',
        'GET /api/photos?month=2026-11&limit=200',
      ]),
    );
  });

  it('loads a month only when it comes near the window', async () => {
    const api = fakeCatalogue(monthsOfPhotos(12, 60));

    renderWithProviders(<PhotosPage />);

    await screen.findByRole('img', { name: 'photo-0-0.jpg' });
    const months = requestsOf(api.fetch).filter((r) => r.includes('month='));
    expect(months).toEqual(['GET /api/photos?month=2026-12&limit=200']);
    const timeline = screen.getByRole('region', { name: 'Your photos' });
    expect(parseFloat(timeline.style.height)).toBeGreaterThan(12 * 12 * 200);
  });

  it('loads further pages of a month with the cursor of the last one', async () => {
    const fetch = stubMonth('2026-11', {
      first: { items: [aPhoto({ id: 'p2', fileName: 'new.jpg' })], next: 'c1' },
      c1: { items: [aPhoto({ id: 'p1', fileName: 'old.jpg' })] },
    });

    renderWithProviders(<PhotosPage />);

    expect(await screen.findByRole('img', { name: 'old.jpg' })).toBeVisible();
    expect(fetch).toHaveBeenCalledWith(
      '/api/photos?month=2026-11&limit=200&cursor=c1',
      expect.anything(),
    );
  });

  it('says so when there are no photos yet', async () => {
    fakeCatalogue([]);

    renderWithProviders(<PhotosPage />);

    expect(await screen.findByText('No photos yet')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Your photos' })).toBeNull();
  });

  it('removes a photo once it is deleted', async () => {
    fakeCatalogue([dog]);
    renderWithProviders(<PhotosPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete dog.png' }),
    );

    expect(await screen.findByText('No photos yet')).toBeVisible();
  });

  it('opens a photo in the viewer from its tile', async () => {
    fakeCatalogue([dog]);
    renderWithProviders(<PhotosPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Open dog.png' }),
    );

    expect(screen.getByRole('dialog', { name: 'dog.png' })).toBeVisible();
  });

  it('steps from the last photo of a month into the next, loading it', async () => {
    const api = fakeCatalogue(monthsOfPhotos(2, 40));
    renderWithProviders(<PhotosPage />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Open photo-0-0.jpg' }),
    );
    expect(requestsOf(api.fetch)).not.toContain(
      'GET /api/photos?month=2026-11&limit=200',
    );

    await userEvent.keyboard('{ArrowRight>39/}');
    expect(
      screen.getByRole('dialog', { name: 'photo-0-39.jpg' }),
    ).toBeVisible();
    await userEvent.keyboard('{ArrowRight}');

    expect(
      await screen.findByRole('dialog', { name: 'photo-1-0.jpg' }),
    ).toBeVisible();
  });

  it('uploads the chosen files and shows why one was refused', async () => {
    const api = fakeCatalogue([]);
    const sent = stubXhr();
    renderWithProviders(<PhotosPage />);
    const files = [
      new File(['GIF89a'], 'cat.jpg', { type: 'image/jpeg' }),
      new File([new Uint8Array(10)], 'dog.jpg', { type: 'image/jpeg' }),
    ];

    await userEvent.upload(screen.getByLabelText('Upload photos'), files);
    await vi.waitFor(() => expect(sent).toHaveLength(2));
    sent[1]!.progress(5, 10);

    expect(await screen.findByText('50%')).toBeVisible();
    sent[0]!.respond(
      415,
      { status: 415, detail: 'Only JPEG and PNG images are accepted.' },
      'application/problem+json',
    );
    const uploaded = aPhoto({ id: 'p9', fileName: 'dog.jpg' });
    api.photos.set(uploaded.id, uploaded);
    sent[1]!.respond(201, uploaded);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'cat.jpg: Only JPEG and PNG images are accepted.',
    );
    expect(await screen.findByText('1 of 2 uploaded')).toBeVisible();
    expect(await screen.findByRole('img', { name: 'dog.jpg' })).toBeVisible();
  });

  it('says the storage is full when an upload is over the quota', async () => {
    fakeCatalogue([]);
    const sent = stubXhr();
    renderWithProviders(<PhotosPage />);

    await userEvent.upload(screen.getByLabelText('Upload photos'), [
      new File(['jpeg'], 'big.jpg', { type: 'image/jpeg' }),
    ]);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    sent[0]!.respond(
      409,
      {
        type: 'https://photoapp.dev/problems/quota-exceeded',
        status: 409,
        title: 'Quota exceeded',
      },
      'application/problem+json',
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'big.jpg: Your storage is full.',
    );
  });

  it('skips files already in the library and says so', async () => {
    const api = fakeCatalogue([aPhoto({ id: 'p7', fileName: 'known.jpg' })]);
    const sent = stubXhr();
    renderWithProviders(<PhotosPage />);
    const known = new File(['same bytes'], 'again.jpg', { type: 'image/jpeg' });
    api.known.set(await sha256Hex(known), 'p7');
    api.override.set('POST /api/photos/p7/restore', () =>
      jsonResponse(aPhoto({ id: 'p7', fileName: 'known.jpg' })),
    );

    await userEvent.upload(screen.getByLabelText('Upload photos'), [
      known,
      new File(['new bytes'], 'new.jpg', { type: 'image/jpeg' }),
    ]);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    sent[0]!.respond(201, aPhoto({ id: 'p9', fileName: 'new.jpg' }));

    const uploads = screen.getByRole('region', { name: 'Uploads' });
    expect(
      await within(uploads).findByText(
        '1 of 2 uploaded, 1 already in your library',
      ),
    ).toBeVisible();
    expect(sent[0]!.fileName).toBe('new.jpg');
    expect(within(uploads).getByText('Already in your library')).toBeVisible();
    expect(requestsOf(api.fetch)).toContain('POST /api/photos/check');
  });

  it('uploads files dropped anywhere on the page', async () => {
    fakeCatalogue([]);
    const sent = stubXhr();
    renderWithProviders(<PhotosPage />);
    const file = new File(['png'], 'drop.png', { type: 'image/png' });
    const dataTransfer = { types: ['Files'], files: [file] };

    fireEvent.dragEnter(window, { dataTransfer });
    expect(screen.getByText('Drop photos to upload them')).toBeVisible();
    fireEvent.drop(window, { dataTransfer });

    expect(screen.queryByText('Drop photos to upload them')).toBeNull();
    await vi.waitFor(() =>
      expect(sent.map((s) => s.fileName)).toEqual(['drop.png']),
    );
  });

  it('closes the viewer when the open photo is deleted', async () => {
    fakeCatalogue([dog]);
    renderWithProviders(<PhotosPage />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Open dog.png' }),
    );
    const viewer = screen.getByRole('dialog', { name: 'dog.png' });

    await userEvent.click(
      within(viewer).getByRole('button', { name: 'Delete' }),
    );

    expect(await screen.findByText('No photos yet')).toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('main').closest('[inert]')).toBeNull();
  });
});
