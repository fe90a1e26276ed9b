import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { expectNoAxeViolations } from '../../../test/axe';
import { bodyOf, jsonResponse, requestsOf } from '../../../test/fake-api';
import { fakeCatalogue } from '../../../test/fake-catalogue';
import { stubXhr } from '../../../test/fake-xhr';
import { aPhoto } from '../../../test/photos';
import { renderWithProviders } from '../../../test/render';
import { PhotosPage } from '../../photos/components/photos-page';
import { sha256Hex } from '../utils/find-duplicates';
import type { PendingUpload } from '../utils/pending-uploads';

const MB = 1024 * 1024;
const SIZE = 21 * MB;
const CHUNK = 8 * MB;
const LAST_MODIFIED = 1_700_000_000_000;

// What the page stored before the reload, for the signed-in "ada".
function rememberUpload(change: Partial<PendingUpload> = {}) {
  const entry: PendingUpload = {
    uploadId: 'u1',
    fileName: 'panorama.png',
    size: SIZE,
    lastModified: LAST_MODIFIED,
    sha256: 'cd'.repeat(32),
    expiresAt: '2099-01-01T00:00:00Z',
    ...change,
  };
  localStorage.setItem('photoapp.uploads.ada', JSON.stringify([entry]));
}

describe('unfinished uploads', () => {
  beforeEach(() => {
    localStorage.clear();
    configureApiClient({
      getAccessToken: async () => 'token',
      onUnauthorized: () => {},
    });
  });

  it('lists uploads a reload left unfinished and asks for the file again', async () => {
    fakeCatalogue([]);
    rememberUpload();

    renderWithProviders(<PhotosPage />);

    const uploads = screen.getByRole('region', { name: 'Uploads' });
    expect(within(uploads).getByText('panorama.png')).toBeVisible();
    expect(
      within(uploads).getByText('Resume: choose the same file again.'),
    ).toBeVisible();
    expect(within(uploads).getByText('21 MB')).toBeVisible();
    await expectNoAxeViolations(uploads);
  });

  it('cancels an unfinished upload on the server and forgets it', async () => {
    const api = fakeCatalogue([]);
    api.override.set(
      'DELETE /api/uploads/u1',
      () => new Response(null, { status: 204 }),
    );
    rememberUpload();
    renderWithProviders(<PhotosPage />);

    await userEvent.click(
      screen.getByRole('button', { name: 'Cancel the upload of panorama.png' }),
    );

    await vi.waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Uploads' })).toBeNull(),
    );
    expect(requestsOf(api.fetch)).toContain('DELETE /api/uploads/u1');
    expect(localStorage.getItem('photoapp.uploads.ada')).toBe('[]');
  });

  it('resumes the upload when the same file is chosen again', async () => {
    const api = fakeCatalogue([]);
    api.override.set('GET /api/uploads/u1', () =>
      jsonResponse({
        id: 'u1',
        fileName: 'panorama.png',
        sizeBytes: SIZE,
        chunkSize: CHUNK,
        chunkCount: 3,
        receivedChunks: [0, 2],
        expiresAt: '2099-01-01T00:00:00Z',
      }),
    );
    api.override.set('POST /api/uploads/u1/complete', () => {
      const photo = aPhoto({ id: 'p5', fileName: 'panorama.png' });
      api.photos.set(photo.id, photo);
      return jsonResponse(photo, 201);
    });
    const sent = stubXhr();
    rememberUpload();
    renderWithProviders(<PhotosPage />);
    const file = new File([new Uint8Array(SIZE)], 'panorama.png', {
      type: 'image/png',
      lastModified: LAST_MODIFIED,
    });

    await userEvent.upload(screen.getByLabelText('Upload photos'), [file]);

    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.url).toBe('/api/uploads/u1/chunks/1');
    expect((sent[0]!.body as Blob).size).toBe(CHUNK);
    const uploads = screen.getByRole('region', { name: 'Uploads' });
    expect(within(uploads).queryByText('Unfinished uploads')).toBeNull();
    sent[0]!.respond(204, null);

    expect(
      await screen.findByRole('img', { name: 'panorama.png' }),
    ).toBeVisible();
    expect(within(uploads).getByText('1 of 1 uploaded')).toBeVisible();
    expect(requestsOf(api.fetch)).not.toContain('POST /api/uploads');
    // The hash declared before the reload serves the duplicate check.
    expect(bodyOf(api.fetch, 'POST /api/photos/check')).toEqual({
      sha256: ['cd'.repeat(32)],
    });
    expect(localStorage.getItem('photoapp.uploads.ada')).toBe('[]');
  });

  it('neither declares nor sends a large file the library already holds', async () => {
    const api = fakeCatalogue([aPhoto({ id: 'p7', fileName: 'known.png' })]);
    api.override.set('POST /api/photos/p7/restore', () =>
      jsonResponse(aPhoto({ id: 'p7', fileName: 'known.png' })),
    );
    const sent = stubXhr();
    const file = new File([new Uint8Array(SIZE)], 'again.png', {
      type: 'image/png',
    });
    api.known.set(await sha256Hex(file), 'p7');
    renderWithProviders(<PhotosPage />);

    await userEvent.upload(screen.getByLabelText('Upload photos'), [file]);

    const uploads = screen.getByRole('region', { name: 'Uploads' });
    expect(
      await within(uploads).findByText('Already in your library'),
    ).toBeVisible();
    expect(sent).toEqual([]);
    expect(requestsOf(api.fetch)).not.toContain('POST /api/uploads');
  });
});
