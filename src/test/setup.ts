// Vitest set-up shared by every unit test: jest-dom matchers and the mocked API (msw/node).
import '@testing-library/jest-dom/vitest';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { db } from '../../mocks/db';
import { server } from '../../mocks/node';

// jsdom has no ResizeObserver; Radix's popper measures its anchor with one.
if (typeof window !== 'undefined' && typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}

// jsdom has no modal dialogs: open and close are enough for unit tests (Playwright covers the real one).
if (typeof HTMLDialogElement !== 'undefined') {
  HTMLDialogElement.prototype.showModal ??= function (this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  HTMLDialogElement.prototype.close ??= function (this: HTMLDialogElement) {
    this.removeAttribute('open');
  };
}

// Testing Library gives findBy* and waitFor one second by default. On a loaded 2-core CI machine a
// step that takes 0.6 s here (an import: read the file, validate it, apply it) took longer, and a
// test failed for no fault of the app. This is a ceiling on waiting, not a time asserted: a step
// that is done goes on at once, and checks that something is absent use queryBy*, which do not wait.
// 20 s: with the simulator's heavy panel tests in two workers at once, a findBy waited past 10 s.
if (typeof document !== 'undefined') {
  const { configure } = await import('@testing-library/react');
  configure({ asyncUtilTimeout: 20_000 });
}

// Property tests: in CI one fixed seed, so that a run is reproducible and a red run means a change
// broke something, not that today's random inputs found an old bug; a failure prints its seed and
// path either way. Elsewhere each run draws new inputs and so keeps exploring.
if (process.env.CI) fc.configureGlobal({ seed: 20_261_127 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(async () => {
  // Vitest runs without globals, so Testing Library cannot register its own clean-up.
  if (typeof document !== 'undefined') {
    const { cleanup } = await import('@testing-library/react');
    cleanup();
  }
  server.resetHandlers();
  db.reset();
});
afterAll(() => server.close());
