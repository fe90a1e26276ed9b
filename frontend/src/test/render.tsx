import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { User } from 'oidc-client-ts';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import { ToastProvider } from '../components/toast';
import { AuthContext, type AuthState } from '../features/auth/hooks/use-auth';

export function signedInUser(name = 'Ada Lovelace'): User {
  const now = Math.floor(Date.now() / 1000);
  return new User({
    access_token: 'test-access-token',
    token_type: 'Bearer',
    expires_at: now + 300,
    profile: {
      iss: 'http://issuer.test',
      sub: 'ada',
      aud: 'spa',
      exp: now + 300,
      iat: now,
      name,
    },
  });
}

export function renderWithProviders(
  ui: ReactElement,
  auth: Partial<AuthState> = {},
) {
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false } },
  });
  const authState: AuthState = {
    user: signedInUser(),
    signIn: vi.fn(async () => {}),
    signOut: vi.fn(async () => {}),
    endSession: vi.fn(async () => {}),
    ...auth,
  };
  render(
    <AuthContext value={authState}>
      <QueryClientProvider client={queryClient}>
        <ToastProvider>{ui}</ToastProvider>
      </QueryClientProvider>
    </AuthContext>,
  );
  return Object.assign(authState, { queryClient });
}
