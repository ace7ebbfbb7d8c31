// @vitest-environment jsdom
import { act, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installFakeLocks, removeFakeLocks, type FakeLocks } from '../test/fake-locks';
import { OPEN_RECHECK_MS, useOpenTabSlots } from './use-open-tab-slots';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';

afterEach(() => removeFakeLocks());

it('without Web Locks, takes every tab for closed, at once (the list offers them all, as before)', () => {
  const { result } = renderHook(() => useOpenTabSlots([A, '']));
  expect(result.current.stateOf(A)).toBe('closed');
  expect(result.current.stateOf('')).toBe('closed');
});

describe('with Web Locks', () => {
  let locks: FakeLocks;
  beforeEach(() => {
    locks = installFakeLocks();
  });

  it('says which tabs are open once the browser answers; no tab holds the place all tabs once shared', async () => {
    locks.openTab(A);
    const { result } = renderHook(() => useOpenTabSlots([A, B, '']));
    // Not known before the answer: an open tab's bot is never offered to discard, not even for a moment.
    expect(result.current.stateOf(A)).toBe('unknown');
    expect(result.current.stateOf(B)).toBe('unknown');
    expect(result.current.stateOf('')).toBe('closed');
    await waitFor(() => expect(result.current.stateOf(A)).toBe('open'));
    expect(result.current.stateOf(B)).toBe('closed');
  });

  it('asks again when the page gets the focus back or is shown again (a tab closed meanwhile), and tells of tabs found open again', async () => {
    locks.openTab(A);
    const onOpened = vi.fn();
    const { result } = renderHook(() => useOpenTabSlots([A, B], onOpened));
    await waitFor(() => expect(result.current.stateOf(A)).toBe('open'));
    locks.closeTab(A);
    act(() => void window.dispatchEvent(new Event('focus')));
    await waitFor(() => expect(result.current.stateOf(A)).toBe('closed'));
    // The closed tab restored (its slot comes back with its sessionStorage), and another opened.
    locks.openTab(A);
    locks.openTab(B);
    act(() => void document.dispatchEvent(new Event('visibilitychange')));
    await waitFor(() => expect(result.current.stateOf(B)).toBe('open'));
    expect(result.current.stateOf(A)).toBe('open');
    expect(onOpened).toHaveBeenCalledTimes(1);
    expect(onOpened).toHaveBeenCalledWith([A, B]);
  });

  it('while a tab is open, asks again every little while (this page may hear nothing of its closing), and stops once none is', async () => {
    // Only the intervals are faked (the answers are promises); `settle` lets them come.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const settle = () => act(async () => {});
    try {
      locks.openTab(A);
      const { result } = renderHook(() => useOpenTabSlots([A, B]));
      await settle();
      expect(result.current.stateOf(A)).toBe('open');
      locks.closeTab(A);
      act(() => void vi.advanceTimersByTime(OPEN_RECHECK_MS - 1));
      await settle();
      expect(locks.queries).toBe(1);
      act(() => void vi.advanceTimersByTime(1));
      await settle();
      expect(result.current.stateOf(A)).toBe('closed');
      expect(locks.queries).toBe(2);
      act(() => void vi.advanceTimersByTime(OPEN_RECHECK_MS * 10));
      await settle();
      expect(locks.queries).toBe(2);
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks about a tab that appears (its first draft written) before saying anything of it, and not again while the tabs stay the same', async () => {
    const { result, rerender } = renderHook(({ slots }) => useOpenTabSlots(slots), { initialProps: { slots: [A] } });
    await waitFor(() => expect(result.current.stateOf(A)).toBe('closed'));
    expect(locks.queries).toBe(1);
    locks.openTab(B); // opened after the answer
    rerender({ slots: [A, B] });
    expect(result.current.stateOf(B)).toBe('unknown');
    await waitFor(() => expect(result.current.stateOf(B)).toBe('open'));
    rerender({ slots: [A, B] });
    expect(locks.queries).toBe(2);
  });

  it('takes every tab for closed when the browser does not answer, as without Web Locks', async () => {
    locks.openTab(A);
    locks.answer = () => Promise.reject(new Error('SecurityError'));
    const { result } = renderHook(() => useOpenTabSlots([A]));
    await waitFor(() => expect(result.current.stateOf(A)).toBe('closed'));
  });

  it('recheck() asks now, and gives the slots held', async () => {
    const { result } = renderHook(() => useOpenTabSlots([A]));
    await waitFor(() => expect(result.current.stateOf(A)).toBe('closed'));
    locks.openTab(A);
    let held: ReadonlySet<string> | null = null;
    await act(async () => {
      held = await result.current.recheck();
    });
    expect(held).toEqual(new Set([A]));
    expect(result.current.stateOf(A)).toBe('open');
  });
});
