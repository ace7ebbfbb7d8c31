// Another tab of this browser changed what the mocked API stores (a save, a deletion, a reset, a
// demo switch): mocks/browser.ts reads its store again and dispatches STORE_CHANGED_EVENT on the
// window. The app then fetches again what it shows, so that the list and a bot opened afterwards
// are not the version this tab fetched before (with refetchOnWindowFocus off, nothing else does).
// The event's name lives here, in the data layer: mocks/ must not import the features.
import type { QueryClient } from '@tanstack/react-query';
import { accountQueryOptions } from './account';
import { STORE_CHANGED_EVENT } from './store-changed-event';
import { demoSettingsQueryOptions } from './demo';

/** Listens for STORE_CHANGED_EVENT and invalidates the bots (list and each bot), the account and the demo switches; returns the unsubscribe. */
export function refetchOnStoreChanges(queryClient: QueryClient, target: Window = window): () => void {
  const changed = () => {
    void queryClient.invalidateQueries({ queryKey: ['bots'] });
    void queryClient.invalidateQueries({ queryKey: accountQueryOptions().queryKey });
    void queryClient.invalidateQueries({ queryKey: demoSettingsQueryOptions().queryKey });
  };
  target.addEventListener(STORE_CHANGED_EVENT, changed);
  return () => target.removeEventListener(STORE_CHANGED_EVENT, changed);
}
