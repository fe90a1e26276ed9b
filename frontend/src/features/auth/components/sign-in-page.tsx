import { useState } from 'react';
import { Alert } from '../../../components/alert';
import { AppLogo } from '../../../components/app-logo';
import { useAuth } from '../hooks/use-auth';

export function SignInPage() {
  const { signIn, error } = useAuth();
  const [redirecting, setRedirecting] = useState(false);

  const handleSignIn = async () => {
    setRedirecting(true);
    await signIn();
    setRedirecting(false);
  };

  return (
    <main className="landing">
      <div className="landing-card">
        <AppLogo size={56} />
        <h1>Photos</h1>
        <p className="landing-tagline">
          Your photos in one place, visible to you alone.
        </p>
        {error && <Alert messages={[error]} />}
        <button
          type="button"
          className="button button-primary button-large"
          onClick={handleSignIn}
          disabled={redirecting}
        >
          Sign in
        </button>
      </div>
    </main>
  );
}
