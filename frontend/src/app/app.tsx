import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { ToastProvider } from '../components/toast';
import { AccountDeletedPage } from '../features/account/components/account-deleted-page';
import { AuthProvider } from '../features/auth/components/auth-provider';
import { SignInPage } from '../features/auth/components/sign-in-page';
import { useAuth } from '../features/auth/hooks/use-auth';
import { PhotosPage } from '../features/photos/components/photos-page';
import { createQueryClient } from '../lib/query-client';
import type { Startup } from './bootstrap';

export function App({ userManager, session }: Startup) {
  return (
    <AuthProvider userManager={userManager} session={session}>
      <AppRoutes />
    </AuthProvider>
  );
}

function AppRoutes() {
  const { user, signedOut } = useAuth();
  if (user) {
    return <SignedInApp key={user.profile.sub} />;
  }
  return signedOut === 'account-deleted' ? (
    <AccountDeletedPage />
  ) : (
    <SignInPage />
  );
}

// A cache per session, so nothing of one person's library outlives signing out.
function SignedInApp() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <ToastProvider>
        <PhotosPage />
      </ToastProvider>
    </QueryClientProvider>
  );
}
