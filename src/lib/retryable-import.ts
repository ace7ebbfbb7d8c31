// Code loaded on demand (the simulator, the Trigger setup dialog, the demo settings) can fail to come:
// offline, a flaky network, or chunk names gone after a redeploy. Trying the same import() again is
// not enough (seen in Chromium 150):
// - the browser keeps a failed module fetch for the page's life, a failed `modulepreload` included
//   (Vite preloads a chunk as it imports it): the same URL fails again at once, without asking the
//   network. The chunk is asked for again under a new URL (`?retry=n`); its own imports keep theirs.
// - Vite's preload helper asks for a chunk's stylesheet once per page: one whose load failed stays
//   failed, and the chunk would come without its styles. It is asked for again here.
import { createElement, lazy, type ComponentType } from 'react';

/** Who fetches a module by its URL (the browser's import(); replaced in tests). */
export type ImportUrl = (url: string) => Promise<unknown>;

const importUrl: ImportUrl = (url) => import(/* @vite-ignore */ url);

const messageOf = (error: unknown) => (error instanceof Error ? error.message : typeof error === 'string' ? error : '');

/** The URL of the module whose fetch failed, as Chromium and Firefox name it in the error (Safari does not), without a `?retry=n`. */
export function failedModuleUrl(error: unknown): string | null {
  const match = /(?:dynamically imported module|module script failed)\W*(https?:\/\/\S+?\.m?js)(?:[?#]\S*)?\s*$/i.exec(messageOf(error));
  return match ? match[1]! : null;
}

/** The stylesheet Vite's preload helper could not load ("Unable to preload CSS for <url>"). */
export function failedStylesheetUrl(error: unknown): string | null {
  const match = /Unable to preload CSS for (\S+)/.exec(messageOf(error));
  return match ? match[1]! : null;
}

/** Whether `error` says that code loaded on demand did not come (rather than a fault in that code). */
export function isLoadFailure(error: unknown): boolean {
  const message = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  return /dynamically imported module|module script failed|Unable to preload CSS|ChunkLoadError|Loading (?:CSS )?chunk/i.test(message);
}

/**
 * Asks for a stylesheet again: its `<link>` is replaced by a fresh copy (or one is added), which the
 * browser fetches. Resolves once it has loaded; rejects when it fails again.
 */
export function reloadStylesheet(href: string, doc: Document = document): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const old = [...doc.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].find((link) => link.href === href);
    const fresh = old ? (old.cloneNode() as HTMLLinkElement) : Object.assign(doc.createElement('link'), { rel: 'stylesheet', href });
    fresh.addEventListener('load', () => resolve());
    fresh.addEventListener('error', () => reject(new Error(`Unable to preload CSS for ${href}`)));
    if (old) old.replaceWith(fresh);
    else doc.head.append(fresh);
  });
}

export type RetryableImport<M> = {
  /**
   * The module: loaded once, kept once loaded. After a failure, each call tries again: the stylesheets
   * that failed first, then the chunk (under a new URL once the browser has named the one that failed).
   */
  load(): Promise<M>;
};

/** `importer`: the import() as written (`() => import('../features/simulator')`), which Vite rewrites to the chunk. */
export function retryableImport<M>(importer: () => Promise<M>, fetchUrl: ImportUrl = importUrl, doc?: Document): RetryableImport<M> {
  let loaded: { module: M } | null = null;
  let running: Promise<M> | null = null;
  let attempts = 0;
  const failedCss = new Set<string>();
  let failedChunk: string | null = null;
  const remember = (error: unknown) => {
    const css = failedStylesheetUrl(error);
    if (css !== null) failedCss.add(css);
    failedChunk = failedModuleUrl(error) ?? failedChunk;
  };
  const fresh = async (url: string) => (await fetchUrl(`${url}?retry=${attempts}`)) as M;

  const again = async (): Promise<M> => {
    for (const href of [...failedCss]) {
      await reloadStylesheet(href, doc);
      failedCss.delete(href);
    }
    if (failedChunk !== null) return fresh(failedChunk);
    try {
      return await importer();
    } catch (error) {
      // The chunk was never asked for (its stylesheet failed first), yet its preload failed with it.
      remember(error);
      if (failedChunk === null) throw error;
      return fresh(failedChunk);
    }
  };

  return {
    load() {
      if (loaded) return Promise.resolve(loaded.module);
      if (running) return running;
      attempts += 1;
      running = (attempts === 1 ? importer() : again()).then(
        (module) => {
          loaded = { module };
          running = null;
          return module;
        },
        (error: unknown) => {
          remember(error);
          running = null;
          throw error;
        },
      );
      return running;
    },
  };
}

export type RetryableLazy<P> = {
  /** Renders the part, loading its code on first render (in a Suspense, under a boundary that catches a failure). */
  Component: ComponentType<P>;
  /**
   * Loads the code again, for a boundary's "Try again": React.lazy keeps a failed import for good, so
   * the part renders through a fresh one from now on. Resolves once the code is there; rejects when
   * it failed again (the boundary then keeps its message).
   */
  retry(): Promise<void>;
};

/** React.lazy that can be tried again: `load` gives the component (usually through a RetryableImport). */
export function retryableLazy<P extends object>(load: () => Promise<ComponentType<P>>): RetryableLazy<P> {
  const lazyOver = (loading: () => Promise<ComponentType<P>>) => lazy(() => loading().then((component) => ({ default: component })));
  let current = lazyOver(load);
  function Part(props: P) {
    return createElement(current, props);
  }
  return {
    Component: Part,
    async retry() {
      const loading = load();
      current = lazyOver(() => loading);
      await loading;
    },
  };
}
