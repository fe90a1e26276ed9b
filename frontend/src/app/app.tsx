import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
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
  const { user } = useAuth();
  return user ? <SignedInApp key={user.profile.sub} /> : <SignInPage />;
}

// A cache per session, so nothing of one person's library outlives signing out.
function SignedInApp() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <PhotosPage />
    </QueryClientProvider>
  );
}
