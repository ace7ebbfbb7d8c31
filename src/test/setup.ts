// Vitest set-up shared by every unit test: jest-dom matchers and the mocked API (msw/node).
import '@testing-library/jest-dom/vitest';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { db } from '../../mocks/db';
import { server } from '../../mocks/node';

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
