import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { storageIsMemoryOnly } from '../lib/page-storage';
import { focusIsLost } from '../lib/use-focus-after-render';
import { useAnnouncer } from '../lib/use-announcer';

/**
 * A control as the admin knows it, to find its like in a page rendered afresh: the elements are new,
 * and ids made by useId may name other elements there.
 */
type ControlKey = { tag: string; role: string | null; type: string | null; name: string };

/** The name a control goes by: its aria-label, the text of what labels it, else its own text. */
function nameOf(el: HTMLElement): string {
  const labelledBy = el.getAttribute('aria-labelledby');
  const fromIds = labelledBy
    ?.split(/\s+/)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' ');
  const labels = 'labels' in el ? (el as HTMLInputElement).labels : null;
  const fromLabels = labels && labels.length > 0 ? [...labels].map((l) => l.textContent ?? '').join(' ') : null;
  return (el.getAttribute('aria-label') ?? (fromIds || fromLabels) ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function keyOf(el: EventTarget): ControlKey | null {
  if (!(el instanceof HTMLElement) || el === document.body) return null;
  const name = nameOf(el);
  return name === '' ? null : { tag: el.tagName, role: el.getAttribute('role'), type: el.getAttribute('type'), name };
}

function findControl(root: ParentNode, key: ControlKey): HTMLElement | null {
  for (const el of root.querySelectorAll<HTMLElement>(key.tag)) {
    if (el.getAttribute('role') === key.role && el.getAttribute('type') === key.type && nameOf(el) === key.name && !el.matches(':disabled') && !el.closest('[hidden]'))
      return el;
  }
  return null;
}

/** How long a page rendered again may take to show the control the admin was on (the list loads again). */
const CONTROL_WAIT_MS = 5000;

/**
 * After "Try again": the focus went with the page. It goes back to the control the admin was on, when
 * the page rendered again has one like it, else to the page's heading (never the page body); a control
 * that comes later (the list, fetched again) takes it from the heading, while the heading still has it.
 * Runs as the page commits (a layout effect): before the error boundary's own "first control" focus.
 */
function FocusAfterTryAgain({ root, was }: { root: HTMLElement | null; was: ControlKey | null }) {
  useLayoutEffect(() => {
    if (!root) return;
    const heading = root.querySelector<HTMLElement>('h1');
    // Once more under StrictMode's second run, when the heading has it and the control may still come.
    if (!focusIsLost() && document.activeElement !== heading) return;
    const control = was && findControl(root, was);
    if (control) return void control.focus();
    heading?.focus();
    if (!was || !heading) return;
    const observer = new MutationObserver(() => {
      if (document.activeElement !== heading) return stop();
      const found = findControl(root, was);
      if (found) {
        found.focus();
        stop();
      }
    });
    const timer = setTimeout(() => stop(), CONTROL_WAIT_MS);
    const stop = () => {
      observer.disconnect();
      clearTimeout(timer);
    };
    observer.observe(root, { childList: true, subtree: true });
    return stop;
  }, [root, was]);
  return null;
}

/**
 * The last resort: an error no part's boundary caught (the list, the app's own state) shows a page
 * that says so, with a reload, instead of a white page, and "Try again", which renders the studio
 * again without a reload (what the page holds in memory stays: a blocked storage's bots and drafts,
 * the simulator's generated events). Parts that load on demand (the bot editor, the simulator, the
 * demo settings) have boundaries of their own, which keep the rest of the page.
 */
export function AppBoundary({ children }: { children: ReactNode }) {
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  // The control the admin was on last, outside the stopped page (its own buttons are not a place to come back to).
  const lastControl = useRef<ControlKey | null>(null);
  // Set anew at each "Try again", so the focus is placed again each time.
  const [returnTo, setReturnTo] = useState<{ was: ControlKey | null } | null>(null);
  return (
    <div
      ref={setRoot}
      className="app-boundary"
      onFocus={(e) => {
        if (!(e.target instanceof Element) || e.target.closest('.app-stopped')) return;
        lastControl.current = keyOf(e.target);
      }}
    >
      <ErrorBoundary
        fallback={({ error, tryAgain }) => (
          <AppStopped
            error={error}
            onTryAgain={() => {
              setReturnTo({ was: lastControl.current });
              tryAgain();
            }}
          />
        )}
      >
        {children}
        {returnTo && <FocusAfterTryAgain root={root} was={returnTo.was} />}
      </ErrorBoundary>
    </div>
  );
}

function AppStopped({ error, onTryAgain }: { error: unknown; onTryAgain(): void }) {
  // Drafts are written as the admin types (localStorage); with storage blocked they live in this page only.
  const text = `Something went wrong and the studio stopped. Reload the page to go on: ${
    storageIsMemoryOnly()
      ? 'this browser blocks storage for this site, so bots and drafts start again from the demo. Try again keeps them while the page stays open.'
      : 'unsaved changes are kept in this browser as drafts.'
  }`;
  // The alert is in the page empty, and its words come after, so that they are read.
  const [said, say] = useAnnouncer();
  useEffect(() => say(text), [text, say]);
  const reload = useRef<HTMLButtonElement>(null);
  // The focus went with the page: the one thing sure to work takes it.
  useEffect(() => {
    if (focusIsLost()) reload.current?.focus();
  }, []);
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <main className="app-stopped">
      <h1>Salesbot Trigger Studio</h1>
      <p role="alert">{said}</p>
      <div className="app-stopped-actions">
        <button ref={reload} type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
        {/* Renders the studio again: an error of a moment (a reply the page could not read) may not come back. */}
        <button type="button" className="app-stopped-quiet" onClick={onTryAgain}>
          Try again
        </button>
      </div>
      {detail !== '' && (
        <details>
          <summary>What went wrong</summary>
          <p>{detail}</p>
        </details>
      )}
    </main>
  );
}
