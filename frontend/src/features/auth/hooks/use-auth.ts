import type { User } from 'oidc-client-ts';
import { createContext, useContext } from 'react';

/** The signed-in person, if any, and the ways to change that. */
export interface AuthState {
  user: User | null;
  error?: string;
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) {
    throw new Error('useAuth must be used inside an AuthProvider');
  }
  return auth;
}
