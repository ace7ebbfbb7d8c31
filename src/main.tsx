import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { AppBoundary } from './app/app-boundary';
import { AppProviders } from './app/providers';
import { installMemoryStorageIfBlocked } from './lib/page-storage';
import { claimTabSlot } from './lib/tab-slot';
import './styles.css';

// Before msw loads (it reads localStorage as it does): a blocked storage left the page blank.
installMemoryStorageIfBlocked();

async function enableMocking(): Promise<void> {
  if (!__MOCKS__) return;
  // The msw worker loads on demand, only in mock mode.
  const { startMockWorker } = await import('../mocks/browser');
  await startMockWorker();
}

function render(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {/* Outermost: an error anywhere (the providers too) shows a page that says so, not a white page. */}
      <AppBoundary>
        <AppProviders>
          <App />
        </AppProviders>
      </AppBoundary>
    </StrictMode>,
  );
}

// The page renders even when the mocked API cannot start (service workers refused, say): the list
// then says that the bots could not be loaded, rather than the page staying blank.
// A duplicated tab takes a new bot of its own (claimTabSlot), before anything reads the slot.
void Promise.all([enableMocking(), claimTabSlot()]).then(render, (error: unknown) => {
  console.error('The mocked API could not start:', error);
  render();
});
