import { User, UserManager, WebStorageStateStore } from 'oidc-client-ts';
import type { AppConfig } from '../../../config/app-config';

/** What the SPA knows about the session when it first renders. */
export interface SessionStart {
  user: User | null;
  error?: string;
}

const CALLBACK_PARAMETERS = [
  'code',
  'state',
  'session_state',
  'iss',
  'error',
  'error_description',
  'error_uri',
];

export function createUserManager(config: AppConfig): UserManager {
  const appRoot = `${window.location.origin}/`;
  const storage = new WebStorageStateStore({ store: window.sessionStorage });
  return new UserManager({
    authority: config.issuer,
    client_id: config.clientId,
    redirect_uri: appRoot,
    post_logout_redirect_uri: appRoot,
    response_type: 'code',
    scope: config.scope,
    // Auth0 issues a JWT access token only when the API identifier is named.
    extraQueryParams: { audience: config.audience },
    userStore: storage,
    stateStore: storage,
    automaticSilentRenew: false,
  });
}

export async function getAccessToken(
  userManager: UserManager,
): Promise<string | null> {
  const user = await userManager.getUser();
  return user && !user.expired ? user.access_token : null;
}

/**
 * Completes a sign-in or sign-out redirect when the issuer has just sent the
 * browser back, so the code and state never stay in the address bar.
 */
export async function startSession(
  userManager: UserManager,
): Promise<SessionStart> {
  const params = new URLSearchParams(window.location.search);
  if (!params.has('state')) {
    return { user: await currentUser(userManager) };
  }
  try {
    if (params.has('code') || params.has('error')) {
      return { user: await userManager.signinRedirectCallback() };
    }
    await userManager.signoutRedirectCallback();
    return { user: null };
  } catch {
    return { user: null, error: 'Sign-in did not complete. Please try again.' };
  } finally {
    removeCallbackParameters();
  }
}

export function displayName(user: User): string {
  const { name, preferred_username, nickname, email } = user.profile;
  return name ?? preferred_username ?? nickname ?? email ?? 'Signed in';
}

async function currentUser(userManager: UserManager): Promise<User | null> {
  const user = await userManager.getUser();
  if (user?.expired) {
    await userManager.removeUser();
    return null;
  }
  return user;
}

function removeCallbackParameters(): void {
  const url = new URL(window.location.href);
  CALLBACK_PARAMETERS.forEach((name) => url.searchParams.delete(name));
  window.history.replaceState(window.history.state, '', url);
}
