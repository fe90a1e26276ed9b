import type { ReactNode } from 'react';
import { AppLogo } from './app-logo';

interface AppHeaderProps {
  nav?: ReactNode;
  children?: ReactNode;
}

export function AppHeader({ nav, children }: AppHeaderProps) {
  return (
    <header className="app-header">
      <div className="app-header-brand">
        <AppLogo />
        <h1>Photos</h1>
      </div>
      {nav}
      <div className="app-header-actions">{children}</div>
    </header>
  );
}
