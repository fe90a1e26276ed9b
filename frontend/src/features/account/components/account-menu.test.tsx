import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApiClient } from '../../../lib/api-client';
import { expectNoAxeViolations } from '../../../test/axe';
import {
  jsonResponse,
  notFound,
  problemResponse,
  requestsOf,
  stubApi,
} from '../../../test/fake-api';
import { me } from '../../../test/fake-catalogue';
import { renderWithProviders } from '../../../test/render';
import { AccountMenu } from './account-menu';

const MB = 1024 * 1024;

function stubAccountApi(
  deleteAnswer = () => new Response(null, { status: 204 }),
) {
  return stubApi((method, url) => {
    if (method === 'GET' && url === '/api/users/me') {
      return jsonResponse(me);
    }
    if (method === 'DELETE' && url === '/api/users/me') {
      return deleteAnswer();
    }
    if (url === '/api/usage') {
      return jsonResponse({
        usedBytes: 300 * MB,
        photoCount: 1234,
        trashedBytes: 30 * MB,
        trashedCount: 12,
        quotaBytes: 1024 * MB,
      });
    }
    return notFound(method, url);
  });
}

async function openMenu() {
  const button = screen.getByRole('button', { name: /^Account:/ });
  await userEvent.click(button);
  return screen.getByRole('menu', { name: 'Account' }).parentElement!;
}

async function openDeleteDialog() {
  await openMenu();
  await userEvent.click(
    screen.getByRole('menuitem', { name: 'Delete account…' }),
  );
  return screen.getByRole('dialog', { name: 'Delete your account?' });
}

describe('account menu', () => {
  beforeEach(() => {
    configureApiClient({
      getAccessToken: async () => 'token',
      onUnauthorized: () => {},
    });
  });

  it('shows the storage used of the quota, the photo count and the trash', async () => {
    stubAccountApi();
    renderWithProviders(<AccountMenu />);

    const menu = await openMenu();

    const meter = await within(menu).findByRole('meter', {
      name: 'Storage used',
    });
    expect(meter).toHaveAttribute('aria-valuenow', '29');
    expect(meter).toHaveAttribute('aria-valuetext', '300 MB of 1.0 GB used');
    expect(menu).toHaveTextContent(
      '1,234 photos, of which 12 in the trash (30 MB)',
    );
    await expectNoAxeViolations();
  });

  it('moves between the items with the arrow keys', async () => {
    stubAccountApi();
    renderWithProviders(<AccountMenu />);
    const menu = await openMenu();
    const signOut = within(menu).getByRole('menuitem', { name: 'Sign out' });
    expect(signOut).toHaveFocus();

    await userEvent.keyboard('{ArrowDown}');
    expect(
      within(menu).getByRole('menuitem', { name: 'Delete account…' }),
    ).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    expect(signOut).toHaveFocus();
  });

  it('enables account deletion only once DELETE is typed', async () => {
    const fetch = stubAccountApi();
    const auth = renderWithProviders(<AccountMenu />);
    const dialog = await openDeleteDialog();
    const confirm = within(dialog).getByRole('button', {
      name: 'Delete account',
    });
    const field = within(dialog).getByRole('textbox', {
      name: 'Type DELETE to confirm',
    });
    expect(field).toHaveFocus();
    expect(dialog).toHaveTextContent('All 1234 of your photos');
    expect(confirm).toBeDisabled();

    await userEvent.type(field, 'delete');
    expect(confirm).toBeDisabled();
    await userEvent.clear(field);
    await userEvent.type(field, 'DELETE');
    expect(confirm).toBeEnabled();
    await expectNoAxeViolations();
    await userEvent.click(confirm);

    await vi.waitFor(() =>
      expect(auth.endSession).toHaveBeenCalledExactlyOnceWith(
        'account-deleted',
      ),
    );
    expect(requestsOf(fetch)).toContain('DELETE /api/users/me');
  });

  it('keeps the session and says why when deletion fails', async () => {
    stubAccountApi(() =>
      problemResponse(503, { detail: 'Try again in a minute.' }),
    );
    const auth = renderWithProviders(<AccountMenu />);
    const dialog = await openDeleteDialog();

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: 'Type DELETE to confirm' }),
      'DELETE{Enter}',
    );

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'Try again in a minute.',
    );
    expect(auth.endSession).not.toHaveBeenCalled();
  });

  it('closes the dialog with Escape and returns focus to the account button', async () => {
    const fetch = stubAccountApi();
    renderWithProviders(<AccountMenu />);
    await openDeleteDialog();

    await userEvent.keyboard('{Escape}');

    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: /^Account:/ })).toHaveFocus();
    expect(requestsOf(fetch)).not.toContain('DELETE /api/users/me');
  });

  it('keeps Tab inside the dialog', async () => {
    stubAccountApi();
    renderWithProviders(<AccountMenu />);
    const dialog = await openDeleteDialog();
    const field = within(dialog).getByRole('textbox');

    await userEvent.tab();
    expect(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    ).toHaveFocus();
    // The disabled confirm button is skipped, so Tab wraps to the field.
    await userEvent.tab();
    expect(field).toHaveFocus();
    await userEvent.tab({ shift: true });
    expect(
      within(dialog).getByRole('button', { name: 'Cancel' }),
    ).toHaveFocus();
  });
});
