import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { expectNoAxeViolations } from '../../../test/axe';
import {
  bodyOf,
  jsonResponse,
  notFound,
  problemResponse,
  requestsOf,
  stubApi,
} from '../../../test/fake-api';
import { aPhoto, imageResponse } from '../../../test/photos';
import { renderWithProviders } from '../../../test/render';
import type { Photo } from '../../photos/api/photos-api';
import { PhotoViewer } from './photo-viewer';

const photos = [
  aPhoto({ id: 'p1', fileName: 'first.jpg', width: 4000, height: 3000 }),
  aPhoto({ id: 'p2', fileName: 'second.jpg' }),
  aPhoto({ id: 'p3', fileName: 'third.jpg' }),
];

function Harness({ list, onClose }: { list: Photo[]; onClose: () => void }) {
  const [id, setId] = useState(list[0]!.id);
  return (
    <PhotoViewer
      photos={list}
      photoId={id}
      onNavigate={setId}
      onClose={onClose}
    />
  );
}

/** Serves renditions, deletions and PATCH; `patch` decides the answer. */
function stubViewerApi(patch = (body: object) => jsonResponse(body)) {
  return stubApi((method, url, body) => {
    if (method === 'PATCH') {
      return patch({ ...photos[0], ...(body as object) });
    }
    if (method === 'DELETE') {
      return new Response(null, { status: 204 });
    }
    return url.includes('/content?variant=')
      ? imageResponse()
      : notFound(method, url);
  });
}

function openViewer(list = photos, onClose = vi.fn()) {
  renderWithProviders(<Harness list={list} onClose={onClose} />);
  return onClose;
}

describe('photo viewer', () => {
  it('shows the preview of the opened photo, not the original', async () => {
    const fetch = stubViewerApi();
    openViewer();

    expect(screen.getByRole('dialog', { name: 'first.jpg' })).toBeVisible();
    expect(
      await screen.findByRole('img', { name: 'first.jpg' }),
    ).toHaveAttribute('src', expect.stringMatching(/^blob:/));
    expect(requestsOf(fetch)).toEqual([
      'GET /api/photos/p1/content?variant=preview',
    ]);
  });

  it('shows a placeholder and asks for nothing when there is no preview', async () => {
    const fetch = stubViewerApi();
    openViewer([
      aPhoto({
        id: 'h1',
        fileName: 'phone.heic',
        contentType: 'image/heic',
        derivatives: false,
      }),
    ]);

    expect(screen.getByText(/This format cannot be shown here/)).toBeVisible();
    expect(screen.getByText('HEIC')).toBeVisible();
    expect(screen.queryByRole('img', { name: 'phone.heic' })).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('moves to the next and previous photo with the arrow keys', async () => {
    stubViewerApi();
    openViewer();

    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('dialog', { name: 'third.jpg' })).toBeVisible();

    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('dialog', { name: 'second.jpg' })).toBeVisible();
  });

  it('stays on the first photo when asked for the previous one', async () => {
    stubViewerApi();
    openViewer();

    await userEvent.keyboard('{ArrowLeft}');

    expect(screen.getByRole('dialog', { name: 'first.jpg' })).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Previous photo' }),
    ).toBeDisabled();
  });

  it('closes with Escape', async () => {
    stubViewerApi();
    const onClose = openViewer();

    await userEvent.keyboard('{Escape}');

    expect(onClose).toHaveBeenCalledOnce();
  });

  it('moves with the next button', async () => {
    stubViewerApi();
    openViewer();

    await userEvent.click(screen.getByRole('button', { name: 'Next photo' }));

    expect(screen.getByRole('dialog', { name: 'second.jpg' })).toBeVisible();
  });

  it('shows the details of the photo on request', async () => {
    stubViewerApi();
    openViewer([
      aPhoto({
        id: 'p1',
        width: 4000,
        height: 3000,
        cameraMake: 'Fujifilm',
        cameraModel: 'X-T5',
        location: { latitude: 48.85837, longitude: 2.294481 },
      }),
    ]);

    await userEvent.click(screen.getByRole('button', { name: 'Info' }));

    const details = screen.getByRole('complementary', {
      name: 'Photo details',
    });
    expect(details).toHaveTextContent('4000 × 3000');
    expect(details).toHaveTextContent('1.0 KB');
    expect(details).toHaveTextContent('Fujifilm X-T5');
    expect(details).toHaveTextContent('48.85837, 2.29448');
    await expectNoAxeViolations();
  });

  it('downloads the original under its file name', async () => {
    const fetch = stubViewerApi();
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    openViewer();

    await userEvent.click(
      screen.getByRole('button', { name: 'Download original' }),
    );

    await vi.waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(click.mock.contexts[0]).toMatchObject({ download: 'first.jpg' });
    expect(requestsOf(fetch)).toContain(
      'GET /api/photos/p1/content?variant=original',
    );
  });

  it('closes once the photo is moved to the trash', async () => {
    stubViewerApi();
    const onClose = openViewer();

    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalledOnce());
    expect(await screen.findByRole('status')).toHaveTextContent(
      'Moved to trash',
    );
  });

  it('marks the photo a favourite with the heart', async () => {
    const fetch = stubViewerApi();
    openViewer();
    const heart = screen.getByRole('button', { name: 'Favourite' });
    expect(heart).toHaveAttribute('aria-pressed', 'false');

    await userEvent.click(heart);

    await vi.waitFor(() =>
      expect(requestsOf(fetch)).toContain('PATCH /api/photos/p1'),
    );
    expect(bodyOf(fetch, 'PATCH /api/photos/p1')).toEqual({ favourite: true });
  });
});

describe('renaming in the viewer', () => {
  async function startRenaming() {
    await userEvent.click(screen.getByRole('button', { name: 'Info' }));
    const details = screen.getByRole('complementary', {
      name: 'Photo details',
    });
    await userEvent.click(
      within(details).getByRole('button', { name: 'Rename' }),
    );
    return within(details).getByRole('textbox', { name: 'File name' });
  }

  it('saves the new name with Enter', async () => {
    const fetch = stubViewerApi();
    openViewer();
    const field = await startRenaming();
    expect(field).toHaveFocus();

    await userEvent.clear(field);
    await userEvent.type(field, 'Eiffel tower.jpg{Enter}');

    await vi.waitFor(() =>
      expect(screen.queryByRole('textbox', { name: 'File name' })).toBeNull(),
    );
    expect(bodyOf(fetch, 'PATCH /api/photos/p1')).toEqual({
      fileName: 'Eiffel tower.jpg',
    });
    expect(screen.getByRole('button', { name: 'Rename' })).toHaveFocus();
  });

  it('cancels with Escape and leaves the viewer open', async () => {
    const fetch = stubViewerApi();
    const onClose = openViewer();
    const field = await startRenaming();

    await userEvent.type(field, 'typo{Escape}');

    expect(screen.queryByRole('textbox', { name: 'File name' })).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
    expect(requestsOf(fetch)).not.toContain('PATCH /api/photos/p1');
  });

  it('keeps the arrow keys in the field instead of changing photo', async () => {
    stubViewerApi();
    openViewer();
    const field = await startRenaming();

    await userEvent.type(field, '{ArrowRight}{ArrowLeft}');

    expect(screen.getByRole('dialog', { name: 'first.jpg' })).toBeVisible();
  });

  it('shows why the server refused the name next to the field', async () => {
    stubViewerApi(() =>
      problemResponse(400, {
        type: 'https://photoapp.dev/problems/invalid-file-name',
        title: 'Invalid file name',
        detail: 'The file name must have 1 to 255 characters.',
      }),
    );
    openViewer();
    const field = await startRenaming();

    await userEvent.clear(field);
    await userEvent.type(field, '   {Enter}');

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The file name must have 1 to 255 characters.',
    );
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      'The file name must have 1 to 255 characters.',
    );
  });
});
