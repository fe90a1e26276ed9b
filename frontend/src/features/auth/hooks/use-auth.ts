import type { User } from 'oidc-client-ts';
import { createContext, useContext } from 'react';

/** Why the session ended, when the app has something to say about it. */
export type SignedOutReason = 'account-deleted';

/** The signed-in person, if any, and the ways to change that. */
export interface AuthState {
  user: User | null;
  error?: string;
  signedOut?: SignedOutReason;
  signIn: () => Promise<void>;
  signOut: () => Promise<void>;
  /** Forgets the tokens in this browser only, without visiting the issuer. */
  endSession: (reason: SignedOutReason) => Promise<void>;
}

export const AuthContext = createContext<AuthState | null>(null);

export function useAuth(): AuthState {
  const auth = useContext(AuthContext);
  if (!auth) {
    throw new Error('useAuth must be used inside an AuthProvider');
  }
  return auth;
}
