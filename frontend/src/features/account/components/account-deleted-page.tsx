import { AppLogo } from '../../../components/app-logo';
import { useAuth } from '../../auth/hooks/use-auth';

export function AccountDeletedPage() {
  const { signIn } = useAuth();

  return (
    <main className="landing">
      <div className="landing-card">
        <AppLogo size={56} />
        <h1>Your account was deleted</h1>
        <p className="landing-tagline">
          Your profile and photos are gone, and their files are being removed
          from storage. You have been signed out.
        </p>
        <button type="button" className="button button-large" onClick={signIn}>
          Sign in again
        </button>
      </div>
    </main>
  );
}
