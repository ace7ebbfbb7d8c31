import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeLocks, removeFakeLocks, type FakeLocks } from '../test/fake-locks';
import { canTellOpenTabs, claimTabSlot, forgetTabSlot, openTabSlots, tabSlot } from './tab-slot';

afterEach(() => {
  removeFakeLocks();
  forgetTabSlot();
  vi.useRealTimers();
});

describe('openTabSlots', () => {
  it('cannot say without Web Locks', async () => {
    expect(canTellOpenTabs()).toBe(false);
    expect(await openTabSlots()).toBeNull();
  });

  describe('with Web Locks', () => {
    let locks: FakeLocks;
    beforeEach(() => {
      locks = installFakeLocks();
    });

    it("lists the slots open tabs hold, this tab's (claimed at start-up) among them, and nothing else", async () => {
      await claimTabSlot();
      locks.openTab('0123456789abcdef');
      locks.held.add('someone-else:lock');
      expect(canTellOpenTabs()).toBe(true);
      expect(await openTabSlots()).toEqual(new Set([tabSlot(), '0123456789abcdef']));
      locks.closeTab('0123456789abcdef');
      expect(await openTabSlots()).toEqual(new Set([tabSlot()]));
    });

    it('cannot say when the browser fails to answer, or does not answer in time', async () => {
      locks.answer = () => Promise.reject(new Error('SecurityError'));
      expect(await openTabSlots()).toBeNull();
      vi.useFakeTimers();
      locks.answer = () => new Promise(() => {});
      const asked = openTabSlots();
      await vi.advanceTimersByTimeAsync(1000);
      expect(await asked).toBeNull();
    });
  });
});
