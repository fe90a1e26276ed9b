import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { bootstrap } from './app/bootstrap';
import { StartupError } from './app/startup-error';
import './styles.css';

const root = createRoot(document.getElementById('root')!);

bootstrap().then(
  (startup) =>
    root.render(
      <StrictMode>
        <App {...startup} />
      </StrictMode>,
    ),
  () => root.render(<StartupError />),
);
