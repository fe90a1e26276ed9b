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

const me = {
  id: 'u1',
  displayName: 'Ada from the profile',
  email: 'ada@example.com',
  quotaBytes: 1_000_000,
  createdAt: '2025-01-01T00:00:00Z',
};

/** Serves the listing (one page per cursor), the profile and thumbnails. */
function stubLibrary(pages: Record<string, { items: Photo[]; next?: string }>) {
  return stubApi((method, url) => {
    if (url === '/api/users/me') {
      return jsonResponse(me);
    }
    const listing = url.match(/^\/api\/photos\?limit=100(?:&cursor=(.+))?$/);
    if (listing) {
      const page = pages[listing[1] ?? 'first'] ?? { items: [] };
      return jsonResponse({ items: page.items, nextCursor: page.next ?? null });
    }
    if (url.endsWith('variant=thumb') || url.endsWith('variant=original')) {
      return imageResponse();
    }
    if (method === 'DELETE') {
      return new Response(null, { status: 204 });
    }
    return notFound(method, url);
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
    stubLibrary({});

    renderWithProviders(<PhotosPage />);

    const account = await screen.findByRole('button', {
      name: /Ada from the profile/,
    });
    await userEvent.click(account);
    expect(screen.getByText('ada@example.com')).toBeVisible();
    expect(screen.getByRole('menuitem', { name: 'Sign out' })).toHaveFocus();
  });

  it('signs out from the account menu', async () => {
    stubLibrary({});
    const auth = renderWithProviders(<PhotosPage />);

    await userEvent.click(screen.getByRole('button', { name: /Ada/ }));
    await userEvent.click(screen.getByRole('menuitem', { name: 'Sign out' }));

    expect(auth.signOut).toHaveBeenCalledOnce();
  });

  it('shows thumbnails under the month they were taken in', async () => {
    stubLibrary({
      first: {
        items: [
          aPhoto({
            id: 'p2',
            fileName: 'beach.jpg',
            takenAt: '2026-12-05T10:00:00Z',
          }),
          aPhoto({
            id: 'p1',
            fileName: 'dog.png',
            takenAt: '2026-11-05T10:00:00Z',
          }),
        ],
      },
    });

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
  });

  it('loads the next page with the cursor of the last one', async () => {
    const fetch = stubLibrary({
      first: { items: [aPhoto({ id: 'p2', fileName: 'new.jpg' })], next: 'c1' },
      c1: { items: [aPhoto({ id: 'p1', fileName: 'old.jpg' })] },
    });
    renderWithProviders(<PhotosPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Load more' }),
    );

    expect(await screen.findByRole('img', { name: 'old.jpg' })).toBeVisible();
    expect(fetch).toHaveBeenCalledWith(
      '/api/photos?limit=100&cursor=c1',
      expect.anything(),
    );
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();
  });

  it('says so when there are no photos yet', async () => {
    stubLibrary({});

    renderWithProviders(<PhotosPage />);

    expect(await screen.findByText('No photos yet')).toBeVisible();
    expect(screen.queryByRole('region', { name: 'Your photos' })).toBeNull();
  });

  it('removes a photo once it is deleted', async () => {
    const library = {
      first: { items: [aPhoto({ id: 'p1', fileName: 'dog.png' })] },
    };
    stubLibrary(library);
    renderWithProviders(<PhotosPage />);
    const deleteButton = await screen.findByRole('button', {
      name: 'Delete dog.png',
    });
    library.first.items = [];

    await userEvent.click(deleteButton);

    expect(await screen.findByText('No photos yet')).toBeVisible();
  });

  it('opens a photo in the viewer from its tile', async () => {
    stubLibrary({
      first: { items: [aPhoto({ id: 'p1', fileName: 'dog.png' })] },
    });
    renderWithProviders(<PhotosPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Open dog.png' }),
    );

    expect(screen.getByRole('dialog', { name: 'dog.png' })).toBeVisible();
  });

  it('uploads the chosen files and shows why one was refused', async () => {
    stubLibrary({});
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
    sent[1]!.respond(201, aPhoto({ id: 'p9', fileName: 'dog.jpg' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'cat.jpg: Only JPEG and PNG images are accepted.',
    );
    expect(await screen.findByText('1 of 2 uploaded')).toBeVisible();
    expect(await screen.findByRole('img', { name: 'dog.jpg' })).toBeVisible();
  });

  it('says the storage is full when an upload is over the quota', async () => {
    stubLibrary({});
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
    stubLibrary({});
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
    const library = {
      first: { items: [aPhoto({ id: 'p1', fileName: 'dog.png' })] },
    };
    stubLibrary(library);
    renderWithProviders(<PhotosPage />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Open dog.png' }),
    );
    const viewer = screen.getByRole('dialog', { name: 'dog.png' });
    library.first.items = [];

    await userEvent.click(
      within(viewer).getByRole('button', { name: 'Delete' }),
    );

    expect(await screen.findByText('No photos yet')).toBeVisible();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('main').closest('[inert]')).toBeNull();
  });
});
