import { QueryClient } from '@tanstack/react-query';
import { describe, expect, test } from 'vitest';
import { refetchOnStoreChanges } from './store-changes';
import { STORE_CHANGED_EVENT } from './store-changed-event';

describe('refetchOnStoreChanges', () => {
  test('marks the bots (list and each bot), the account and the demo switches stale when another tab changed the store, until unsubscribed', () => {
    const client = new QueryClient();
    const keys = [['bots', 'list'], ['bots', 'detail', 'welcome'], ['account'], ['demo', 'settings']];
    for (const key of keys) client.setQueryData(key, {});
    const target = new EventTarget() as Window;
    const stop = refetchOnStoreChanges(client, target);
    const stale = () => keys.map((key) => client.getQueryState(key)?.isInvalidated);
    expect(stale()).toEqual([false, false, false, false]);
    target.dispatchEvent(new Event(STORE_CHANGED_EVENT));
    expect(stale()).toEqual([true, true, true, true]);

    stop();
    for (const key of keys) client.setQueryData(key, {});
    target.dispatchEvent(new Event(STORE_CHANGED_EVENT));
    expect(stale()).toEqual([false, false, false, false]);
  });
});
