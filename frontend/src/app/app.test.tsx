import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { UserManager } from 'oidc-client-ts';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApiClient } from '../lib/api-client';
import { requestsOf } from '../test/fake-api';
import { fakeCatalogue } from '../test/fake-catalogue';
import { signedInUser } from '../test/render';
import { App } from './app';

/** The parts of oidc-client-ts the app touches, without an issuer. */
function fakeUserManager() {
  return {
    events: {
      addUserLoaded: vi.fn(),
      removeUserLoaded: vi.fn(),
      addUserUnloaded: vi.fn(),
      removeUserUnloaded: vi.fn(),
    },
    removeUser: vi.fn(async () => {}),
    signinRedirect: vi.fn(async () => {}),
    signoutRedirect: vi.fn(async () => {}),
  };
}

describe('app', () => {
  beforeEach(() => {
    window.location.hash = '';
    configureApiClient({
      getAccessToken: async () => 'token',
      onUnauthorized: () => {},
    });
  });

  it('signs out locally and says so once the account is deleted', async () => {
    const api = fakeCatalogue([]);
    api.override.set(
      'DELETE /api/users/me',
      () => new Response(null, { status: 204 }),
    );
    const userManager = fakeUserManager();
    render(
      <App
        userManager={userManager as unknown as UserManager}
        session={{ user: signedInUser() }}
      />,
    );

    await userEvent.click(
      await screen.findByRole('button', { name: /^Account:/ }),
    );
    await userEvent.click(
      screen.getByRole('menuitem', { name: 'Delete account…' }),
    );
    await userEvent.type(
      screen.getByRole('textbox', { name: 'Type DELETE to confirm' }),
      'DELETE',
    );
    await userEvent.click(
      screen.getByRole('button', { name: 'Delete account' }),
    );

    expect(
      await screen.findByRole('heading', { name: 'Your account was deleted' }),
    ).toBeVisible();
    expect(requestsOf(api.fetch)).toContain('DELETE /api/users/me');
    expect(userManager.removeUser).toHaveBeenCalledOnce();
    expect(userManager.signoutRedirect).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: /^Account:/ })).toBeNull();
  });
});
