// Vitest set-up shared by every unit test: jest-dom matchers and the mocked API (msw/node).
import '@testing-library/jest-dom/vitest';
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
