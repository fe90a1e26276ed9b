interface AppLogoProps {
  size?: number;
}

export function AppLogo({ size = 28 }: AppLogoProps) {
  return (
    <svg
      className="app-logo"
      width={size}
      height={size}
      viewBox="0 0 32 32"
      aria-hidden="true"
      focusable="false"
    >
      <rect width="32" height="32" rx="8" fill="var(--accent)" />
      <circle cx="11" cy="11" r="3" fill="#fff" />
      <path d="M5 25l7-8 5 5 4-4 6 7z" fill="#fff" />
    </svg>
  );
}
