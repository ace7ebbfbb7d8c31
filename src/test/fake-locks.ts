// Web Locks for unit tests (jsdom and node have none): the locks every page of the site holds, as
// one browser would keep them. The app holds a lock named after each open tab's slot
// (src/lib/tab-slot.ts); a test opens and closes "other tabs" by holding and letting go of theirs.
import { vi } from 'vitest';

const TAB_LOCK = (slot: string) => `salesbot-studio:tab:${slot}`;

export class FakeLocks {
  /** The names held now, by any page. */
  readonly held = new Set<string>();
  /** How many times the site asked which locks are held. */
  queries = 0;
  /** When set, query() answers with this (a rejection, or a promise that never settles). */
  answer: (() => Promise<LockManagerSnapshot>) | null = null;

  request(name: string, options: LockOptions, callback: LockGrantedCallback<unknown>): Promise<unknown> {
    if (this.held.has(name)) {
      if (!options.ifAvailable) throw new Error('FakeLocks: only ifAvailable requests of a held lock are modelled');
      return Promise.resolve(callback(null));
    }
    this.held.add(name);
    // Held until the callback's promise settles (the app's never does: held while the page lives).
    return Promise.resolve(callback({ name, mode: 'exclusive' } as Lock)).finally(() => this.held.delete(name));
  }

  query(): Promise<LockManagerSnapshot> {
    this.queries += 1;
    if (this.answer) return this.answer();
    return Promise.resolve({ held: [...this.held].map((name) => ({ name, mode: 'exclusive' as const, clientId: 'page' })), pending: [] });
  }

  /** Another tab, open with its new bot in `slot`. */
  openTab(slot: string): void {
    this.held.add(TAB_LOCK(slot));
  }

  /** That tab was closed: the browser let go of its lock. */
  closeTab(slot: string): void {
    this.held.delete(TAB_LOCK(slot));
  }
}

/** Gives the page Web Locks (fake ones) until removeFakeLocks(). */
export function installFakeLocks(): FakeLocks {
  const fake = new FakeLocks();
  if (typeof navigator === 'undefined') vi.stubGlobal('navigator', { locks: fake });
  else Object.defineProperty(navigator, 'locks', { configurable: true, value: fake });
  return fake;
}

export function removeFakeLocks(): void {
  vi.unstubAllGlobals();
  if (typeof navigator !== 'undefined' && Object.hasOwn(navigator, 'locks')) Reflect.deleteProperty(navigator, 'locks');
}
