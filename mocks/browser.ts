import { setupWorker } from 'msw/browser';
import { STORE_CHANGED_EVENT } from '../src/api/store-changed-event';
import { db, DATA_KEY, SETTINGS_KEY } from './db';
import { handlers } from './handlers';

export const worker = setupWorker(...handlers);

/** Starts the mocked API in the page, with its store persisted in localStorage. */
export async function startMockWorker(): Promise<void> {
  db.persistTo(safeLocalStorage());
  // Another tab saved or reset: read the store again so both tabs agree, and tell the app, which
  // fetches again what it shows (src/api/store-changes.ts).
  window.addEventListener('storage', (event) => {
    if (event.key !== null && event.key !== DATA_KEY && event.key !== SETTINGS_KEY) return;
    db.reload();
    window.dispatchEvent(new Event(STORE_CHANGED_EVENT));
  });
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}

/** localStorage, or null where the browser refuses it (private mode, disabled storage). */
function safeLocalStorage(): Storage | null {
  try {
    const storage = window.localStorage;
    storage.getItem(DATA_KEY);
    return storage;
  } catch {
    return null;
  }
}
