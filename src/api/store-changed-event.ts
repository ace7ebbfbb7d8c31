/**
 * The window event the mocked API (mocks/browser.ts) dispatches after reading its store again
 * because another tab changed it; src/api/store-changes.ts listens. On its own, without imports, so
 * that the mock takes nothing else of the app with it.
 */
export const STORE_CHANGED_EVENT = 'salesbot-studio:store-changed';
