export function StartupError() {
  return (
    <main className="landing">
      <div className="landing-card" role="alert">
        <h1>Photos is unavailable</h1>
        <p className="landing-tagline">
          The app could not start. Please try again in a moment.
        </p>
        <button
          type="button"
          className="button button-primary"
          onClick={() => window.location.reload()}
        >
          Reload
        </button>
      </div>
    </main>
  );
}
