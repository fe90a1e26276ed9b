import type { UserManager } from 'oidc-client-ts';
import type { ReactNode } from 'react';
import type { SessionStart } from '../api/user-manager';
import { AuthContext } from '../hooks/use-auth';
import { useAuthState } from '../hooks/use-auth-state';

interface AuthProviderProps {
  userManager: UserManager;
  session: SessionStart;
  children: ReactNode;
}

export function AuthProvider({
  userManager,
  session,
  children,
}: AuthProviderProps) {
  const auth = useAuthState(userManager, session);
  return <AuthContext value={auth}>{children}</AuthContext>;
}
