// @vitest-environment jsdom
// A browser that blocks site data: the page runs on a storage kept in memory, and the simulator
// does not claim to keep the scenario over a reload.
import { expect, it } from 'vitest';
import { installMemoryStorageIfBlocked } from '../../../lib/page-storage';
import { browserStorage } from './checks-storage';

it('gives no storage to keep scenarios in when the page storage is kept in memory only', () => {
  expect(browserStorage()).toBeDefined(); // the test setup's storage
  const blocked = {} as Window;
  Object.defineProperty(blocked, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    },
  });
  expect(installMemoryStorageIfBlocked(blocked)).toBe(true);
  expect(browserStorage()).toBeUndefined();
});
