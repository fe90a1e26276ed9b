import type { User, UserManager } from 'oidc-client-ts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SessionStart } from '../api/user-manager';
import type { AuthState, SignedOutReason } from './use-auth';

export function useAuthState(
  userManager: UserManager,
  session: SessionStart,
): AuthState {
  const [user, setUser] = useState<User | null>(session.user);
  const [error, setError] = useState(session.error);
  const [signedOut, setSignedOut] = useState<SignedOutReason>();

  useEffect(() => {
    const unloaded = () => setUser(null);
    userManager.events.addUserLoaded(setUser);
    userManager.events.addUserUnloaded(unloaded);
    return () => {
      userManager.events.removeUserLoaded(setUser);
      userManager.events.removeUserUnloaded(unloaded);
    };
  }, [userManager]);

  const signIn = useCallback(async () => {
    setError(undefined);
    setSignedOut(undefined);
    try {
      await userManager.signinRedirect();
    } catch {
      setError('The sign-in service is not reachable. Please try again later.');
    }
  }, [userManager]);

  const signOut = useCallback(async () => {
    try {
      await userManager.signoutRedirect();
    } catch {
      // The issuer offers no end-session endpoint: forget the tokens locally.
      await userManager.removeUser();
    }
  }, [userManager]);

  const endSession = useCallback(
    async (reason: SignedOutReason) => {
      setSignedOut(reason);
      await userManager.removeUser();
      setUser(null);
    },
    [userManager],
  );

  return useMemo(
    () => ({ user, error, signedOut, signIn, signOut, endSession }),
    [user, error, signedOut, signIn, signOut, endSession],
  );
}
