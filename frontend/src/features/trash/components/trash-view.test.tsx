import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { expectNoAxeViolations } from '../../../test/axe';
import { requestsOf } from '../../../test/fake-api';
import { fakeCatalogue } from '../../../test/fake-catalogue';
import { aPhoto } from '../../../test/photos';
import { renderWithProviders } from '../../../test/render';
import { PhotosPage } from '../../photos/components/photos-page';

const now = Date.parse('2026-12-03T12:00:00Z');
const trashed = (id: string, fileName: string, daysAgo: number) =>
  aPhoto({
    id,
    fileName,
    trashedAt: new Date(now - daysAgo * 86_400_000).toISOString(),
  });

async function trashList() {
  return screen.findByRole('list', { name: 'Photos in the trash' });
}

describe('trash', () => {
  beforeEach(() => {
    vi.spyOn(Date, 'now').mockReturnValue(now);
    window.location.hash = '#/trash';
    configureApiClient({
      getAccessToken: async () => 'token',
      onUnauthorized: () => {},
    });
  });

  afterEach(() => {
    window.location.hash = '';
  });

  it('lists trashed photos with the days they have left', async () => {
    fakeCatalogue([
      aPhoto({ id: 'p1', fileName: 'kept.jpg' }),
      trashed('p2', 'old.jpg', 29.5),
      trashed('p3', 'new.jpg', 2),
    ]);

    renderWithProviders(<PhotosPage />);

    const list = await trashList();
    const items = within(list).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringContaining('new.jpg'),
      expect.stringContaining('old.jpg'),
    ]);
    expect(items[0]).toHaveTextContent('28 days left');
    expect(items[1]).toHaveTextContent('1 day left');
    expect(
      screen.getByText(/deleted forever 30 days after they were moved there/),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Trash' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expectNoAxeViolations();
  });

  it('restores a photo to the timeline', async () => {
    const api = fakeCatalogue([trashed('p2', 'old.jpg', 3)]);
    renderWithProviders(<PhotosPage />);

    await userEvent.click(
      await screen.findByRole('button', { name: 'Restore old.jpg' }),
    );

    expect(await screen.findByText('The trash is empty')).toBeVisible();
    expect(requestsOf(api.fetch)).toContain('POST /api/photos/p2/restore');
    await userEvent.click(screen.getByRole('link', { name: 'Photos' }));
    expect(await screen.findByRole('img', { name: 'old.jpg' })).toBeVisible();
  });

  it('deletes one photo forever once confirmed', async () => {
    const api = fakeCatalogue([
      trashed('p2', 'old.jpg', 3),
      trashed('p3', 'new.jpg', 1),
    ]);
    renderWithProviders(<PhotosPage />);
    const button = await screen.findByRole('button', {
      name: 'Delete forever: old.jpg',
    });

    await userEvent.click(button);

    const dialog = screen.getByRole('dialog', {
      name: 'Delete old.jpg forever?',
    });
    expect(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    ).toHaveFocus();
    await expectNoAxeViolations();
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Delete forever' }),
    );

    await vi.waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(requestsOf(api.fetch)).toContain('DELETE /api/trash/p2');
    expect(
      within(await trashList())
        .getAllByRole('listitem')
        .map((i) => i.textContent),
    ).toEqual([expect.stringContaining('new.jpg')]);
    expect(screen.getByText('old.jpg was deleted forever')).toBeVisible();
  });

  it('keeps the photo when deleting forever is cancelled', async () => {
    const api = fakeCatalogue([trashed('p2', 'old.jpg', 3)]);
    renderWithProviders(<PhotosPage />);
    const button = await screen.findByRole('button', {
      name: 'Delete forever: old.jpg',
    });
    await userEvent.click(button);

    await userEvent.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(button).toHaveFocus();
    expect(requestsOf(api.fetch)).not.toContain('DELETE /api/trash/p2');
  });

  it('empties the trash after a confirmation that states the count', async () => {
    const api = fakeCatalogue([
      aPhoto({ id: 'p1', fileName: 'kept.jpg' }),
      trashed('p2', 'old.jpg', 3),
      trashed('p3', 'new.jpg', 1),
    ]);
    renderWithProviders(<PhotosPage />);
    await trashList();

    await userEvent.click(screen.getByRole('button', { name: 'Empty trash' }));

    const dialog = screen.getByRole('dialog', { name: 'Empty the trash?' });
    expect(dialog).toHaveTextContent(
      '2 photos in the trash will be deleted forever.',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Empty trash' }),
    );

    expect(await screen.findByText('The trash is empty')).toBeVisible();
    expect(requestsOf(api.fetch)).toContain('DELETE /api/trash');
    expect([...api.photos.keys()]).toEqual(['p1']);
    expect(screen.getByRole('button', { name: 'Empty trash' })).toBeDisabled();
  });

  it('keeps Tab inside the confirmation dialog', async () => {
    fakeCatalogue([trashed('p2', 'old.jpg', 3)]);
    renderWithProviders(<PhotosPage />);
    await userEvent.click(
      await screen.findByRole('button', { name: 'Empty trash' }),
    );
    const dialog = screen.getByRole('dialog');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    const confirm = within(dialog).getByRole('button', { name: 'Empty trash' });

    await userEvent.tab();
    expect(confirm).toHaveFocus();
    await userEvent.tab();
    expect(cancel).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(confirm).toHaveFocus();
  });
});
