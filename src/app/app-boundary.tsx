import { useEffect, useRef, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { storageIsMemoryOnly } from '../lib/page-storage';
import { focusIsLost } from '../lib/use-focus-after-render';
import { useAnnouncer } from '../lib/use-announcer';

/**
 * The last resort: an error no part's boundary caught (the list, the app's own state) shows a page
 * that says so, with a reload, instead of a white page. Parts that load on demand (the bot editor, the
 * simulator, the demo settings) have boundaries of their own, which keep the rest of the page.
 */
export function AppBoundary({ children }: { children: ReactNode }) {
  return <ErrorBoundary fallback={({ error }) => <AppStopped error={error} />}>{children}</ErrorBoundary>;
}

function AppStopped({ error }: { error: unknown }) {
  // Drafts are written as the admin types (localStorage); with storage blocked they live in this page only.
  const text = `Something went wrong and the studio stopped. Reload the page to go on: ${
    storageIsMemoryOnly() ? 'this browser blocks storage for this site, so bots and drafts start again from the demo.' : 'unsaved changes are kept in this browser as drafts.'
  }`;
  // The alert is in the page empty, and its words come after, so that they are read.
  const [said, say] = useAnnouncer();
  useEffect(() => say(text), [text, say]);
  const reload = useRef<HTMLButtonElement>(null);
  // The focus went with the page: the one thing to do takes it.
  useEffect(() => {
    if (focusIsLost()) reload.current?.focus();
  }, []);
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <main className="app-stopped">
      <h1>Salesbot Trigger Studio</h1>
      <p role="alert">{said}</p>
      <button ref={reload} type="button" onClick={() => window.location.reload()}>
        Reload the page
      </button>
      {detail !== '' && (
        <details>
          <summary>What went wrong</summary>
          <p>{detail}</p>
        </details>
      )}
    </main>
  );
}
