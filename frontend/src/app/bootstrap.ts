import type { UserManager } from 'oidc-client-ts';
import { loadAppConfig } from '../config/app-config';
import {
  createUserManager,
  getAccessToken,
  startSession,
  type SessionStart,
} from '../features/auth/api/user-manager';
import { configureApiClient } from '../lib/api-client';

/** Everything the app needs before its first render. */
export interface Startup {
  userManager: UserManager;
  session: SessionStart;
}

export async function bootstrap(): Promise<Startup> {
  const config = await loadAppConfig();
  const userManager = createUserManager(config);
  configureApiClient({
    getAccessToken: () => getAccessToken(userManager),
    onUnauthorized: () => void userManager.removeUser(),
  });
  return { userManager, session: await startSession(userManager) };
}
