import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { notFound, stubApi } from '../../../test/fake-api';
import { aPhoto, imageResponse } from '../../../test/photos';
import { renderWithProviders } from '../../../test/render';
import { PhotoViewer } from './photo-viewer';

const photos = [
  aPhoto({ id: 'p1', fileName: 'first.jpg', width: 4000, height: 3000 }),
  aPhoto({ id: 'p2', fileName: 'second.jpg' }),
  aPhoto({ id: 'p3', fileName: 'third.jpg' }),
];

function Harness({ onClose }: { onClose: () => void }) {
  const [id, setId] = useState('p1');
  return (
    <PhotoViewer
      photos={photos}
      photoId={id}
      onNavigate={setId}
      onClose={onClose}
    />
  );
}

function openViewer(onClose = vi.fn()) {
  renderWithProviders(<Harness onClose={onClose} />);
  return onClose;
}

describe('photo viewer', () => {
  beforeEach(() => {
    stubApi((method, url) => {
      if (method === 'DELETE') {
        return new Response(null, { status: 204 });
      }
      return url.endsWith('variant=original')
        ? imageResponse()
        : notFound(method, url);
    });
  });

  it('shows the original of the opened photo', async () => {
    openViewer();

    expect(screen.getByRole('dialog', { name: 'first.jpg' })).toBeVisible();
    expect(
      await screen.findByRole('img', { name: 'first.jpg' }),
    ).toHaveAttribute('src', expect.stringMatching(/^blob:/));
  });

  it('moves to the next and previous photo with the arrow keys', async () => {
    openViewer();

    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    expect(screen.getByRole('dialog', { name: 'third.jpg' })).toBeVisible();

    await userEvent.keyboard('{ArrowLeft}');
    expect(screen.getByRole('dialog', { name: 'second.jpg' })).toBeVisible();
  });

  it('stays on the first photo when asked for the previous one', async () => {
    openViewer();

    await userEvent.keyboard('{ArrowLeft}');

    expect(screen.getByRole('dialog', { name: 'first.jpg' })).toBeVisible();
    expect(
      screen.getByRole('button', { name: 'Previous photo' }),
    ).toBeDisabled();
  });

  it('closes with Escape', async () => {
    const onClose = openViewer();

    await userEvent.keyboard('{Escape}');

    expect(onClose).toHaveBeenCalledOnce();
  });

  it('moves with the next button', async () => {
    openViewer();

    await userEvent.click(screen.getByRole('button', { name: 'Next photo' }));

    expect(screen.getByRole('dialog', { name: 'second.jpg' })).toBeVisible();
  });

  it('shows the details of the photo on request', async () => {
    openViewer();

    await userEvent.click(screen.getByRole('button', { name: 'Info' }));

    const details = screen.getByRole('complementary', {
      name: 'Photo details',
    });
    expect(details).toHaveTextContent('4000 × 3000');
    expect(details).toHaveTextContent('1.0 KB');
  });

  it('downloads the original under its file name', async () => {
    const click = vi
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(() => {});
    openViewer();

    await userEvent.click(
      screen.getByRole('button', { name: 'Download original' }),
    );

    await vi.waitFor(() => expect(click).toHaveBeenCalledOnce());
    expect(click.mock.contexts[0]).toMatchObject({ download: 'first.jpg' });
  });

  it('closes once the photo is deleted', async () => {
    const onClose = openViewer();

    await userEvent.click(screen.getByRole('button', { name: 'Delete' }));

    await vi.waitFor(() => expect(onClose).toHaveBeenCalledOnce());
  });
});
