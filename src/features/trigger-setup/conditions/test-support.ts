// Test-only helpers shared by this folder's component tests.
import demoAccount from '../../../../mocks/fixtures/demo-account.json';
import { Account } from '../../../domain';

/** The demo account, parsed (so a fixture change that breaks the schema fails here first). */
export const account: Account = Account.parse(demoAccount);

/** jsdom has no ResizeObserver; Radix's popper measures its anchor with one. */
export function stubResizeObserver(): void {
  if (typeof globalThis.ResizeObserver !== 'undefined') return;
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
}
