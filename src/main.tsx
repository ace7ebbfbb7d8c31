import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppProviders } from './app/providers';
import './styles.css';

async function enableMocking(): Promise<void> {
  if (!__MOCKS__) return;
  // The msw worker loads on demand, only in mock mode.
  const { startMockWorker } = await import('../mocks/browser');
  await startMockWorker();
}

void enableMocking().then(() => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <AppProviders>
        <App />
      </AppProviders>
    </StrictMode>,
  );
});
