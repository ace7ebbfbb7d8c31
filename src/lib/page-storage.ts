// When the browser refuses this site's storage (Chrome's "block site data", some sandboxes), reading
// `window.localStorage` throws SecurityError. msw reads it as it loads (its cookie store), so the
// page stayed blank, and every other reader would need its own guard. At start-up, before anything
// reads it, a refused localStorage is replaced by one kept in memory: everything works for as long as
// the page lasts, and the app says that nothing is kept after a reload.

/** A Web Storage kept in memory (the page's lifetime only). */
export class MemoryStorage implements Storage {
  readonly #items = new Map<string, string>();

  get length(): number {
    return this.#items.size;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  getItem(key: string): string | null {
    return this.#items.get(String(key)) ?? null;
  }
  setItem(key: string, value: string): void {
    this.#items.set(String(key), String(value));
  }
  removeItem(key: string): void {
    this.#items.delete(String(key));
  }
  clear(): void {
    this.#items.clear();
  }
  [name: string]: unknown;
}

let memoryOnly = false;

/**
 * Checks that `target.localStorage` can be read; when it cannot, puts a MemoryStorage in its place
 * (an own property of the window, over the throwing one). Call it once, before anything reads
 * localStorage. True when the storage is now kept in memory only.
 */
export function installMemoryStorageIfBlocked(target: Window = window): boolean {
  try {
    target.localStorage.getItem('salesbot-studio:probe');
    return memoryOnly;
  } catch {
    try {
      Object.defineProperty(target, 'localStorage', { configurable: true, enumerable: true, value: new MemoryStorage() });
      memoryOnly = true;
    } catch {
      // Cannot be replaced: readers keep their own guards.
    }
    return memoryOnly;
  }
}

/** True when this page keeps localStorage in memory only (the browser blocks it): nothing lasts beyond a reload. */
export const storageIsMemoryOnly = (): boolean => memoryOnly;

/**
 * This page's localStorage, or undefined where there is none or the browser refuses it (reading
 * `localStorage` itself throws when site data is blocked and the memory stand-in is not installed,
 * e.g. in a test or another entry point).
 */
export function pageStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}
