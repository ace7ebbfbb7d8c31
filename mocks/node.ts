import { setupServer } from 'msw/node';
import { handlers } from './handlers';

/** The mocked API for Vitest (src/test/setup.ts starts it with onUnhandledRequest: 'error'). */
export const server = setupServer(...handlers);
