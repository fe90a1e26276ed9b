import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  jsonResponse,
  notFound,
  problemResponse,
  stubApi,
} from '../../../test/fake-api';
import { renderWithProviders } from '../../../test/render';
import type { Photo } from '../api/photos-api';
import { PhotosPage } from './photos-page';

function photo(id: string, fileName: string): Photo {
  return {
    id,
    fileName,
    contentType: 'image/jpeg',
    sizeBytes: 1024,
    width: 640,
    height: 480,
    takenAt: null,
    uploadedAt: '2025-01-01T10:00:00Z',
  };
}

function thumbnail(): Response {
  return new Response(new Uint8Array([0xff, 0xd8, 0xff]), {
    headers: { 'Content-Type': 'image/jpeg' },
  });
}

describe('photos page', () => {
  it('shows the signed-in person in the header', async () => {
    stubApi(() => jsonResponse({ items: [], nextCursor: null }));

    renderWithProviders(<PhotosPage />);

    expect(screen.getByRole('banner')).toHaveTextContent(
      'Signed in as Ada Lovelace',
    );
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  it('shows a thumbnail for each photo, newest first', async () => {
    const items = [photo('p2', 'beach.jpg'), photo('p1', 'dog.png')];
    stubApi((method, url) => {
      if (url === '/api/photos?limit=100') {
        return jsonResponse({ items, nextCursor: null });
      }
      if (url.endsWith('/content?variant=thumb')) {
        return thumbnail();
      }
      return notFound(method, url);
    });

    renderWithProviders(<PhotosPage />);

    const grid = await screen.findByRole('list', { name: 'Your photos' });
    const images = await within(grid).findAllByRole('img');
    expect(images.map((img) => img.getAttribute('alt'))).toEqual([
      'beach.jpg',
      'dog.png',
    ]);
    expect(images[0]).toHaveAttribute('src', expect.stringMatching(/^blob:/));
  });

  it('says so when there are no photos yet', async () => {
    stubApi(() => jsonResponse({ items: [], nextCursor: null }));

    renderWithProviders(<PhotosPage />);

    expect(await screen.findByText('No photos yet')).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Your photos' })).toBeNull();
  });

  it('removes a photo once it is deleted', async () => {
    let items = [photo('p1', 'dog.png')];
    stubApi((method, url) => {
      if (method === 'DELETE' && url === '/api/photos/p1') {
        items = [];
        return new Response(null, { status: 204 });
      }
      if (url === '/api/photos?limit=100') {
        return jsonResponse({ items, nextCursor: null });
      }
      return url.endsWith('variant=thumb')
        ? thumbnail()
        : notFound(method, url);
    });
    renderWithProviders(<PhotosPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Delete dog.png' }),
    );

    expect(await screen.findByText('No photos yet')).toBeVisible();
    expect(screen.queryByRole('img', { name: 'dog.png' })).toBeNull();
  });

  it('shows why the server refused an upload', async () => {
    stubApi((method, url) => {
      if (method === 'POST' && url === '/api/photos') {
        return problemResponse(415, {
          title: 'Unsupported media type',
          detail: 'Only JPEG and PNG images are accepted.',
        });
      }
      return jsonResponse({ items: [], nextCursor: null });
    });
    renderWithProviders(<PhotosPage />);
    const file = new File(['GIF89a'], 'cat.jpg', { type: 'image/jpeg' });

    await userEvent.upload(screen.getByLabelText('Upload photos'), file);

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'cat.jpg: Only JPEG and PNG images are accepted.',
    );
  });
});
