// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { SETTLE_MS, useSettled } from './use-settled';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('gives a value once it has stayed the same for the pause, not each value on the way', () => {
  const { result, rerender } = renderHook(({ v }) => useSettled(v), { initialProps: { v: '' } });
  rerender({ v: '3 triggers match.' });
  act(() => vi.advanceTimersByTime(SETTLE_MS - 100));
  rerender({ v: '2 triggers match.' });
  act(() => vi.advanceTimersByTime(SETTLE_MS - 100));
  expect(result.current).toBe('');
  act(() => vi.advanceTimersByTime(100));
  expect(result.current).toBe('2 triggers match.');
});

it('starts from `initial` when given: words for a wait come only once the wait has lasted', () => {
  const { result } = renderHook(({ v }) => useSettled(v, SETTLE_MS, ''), { initialProps: { v: 'Loading the bot…' } });
  expect(result.current).toBe('');
  act(() => vi.advanceTimersByTime(SETTLE_MS - 1));
  expect(result.current).toBe('');
  act(() => vi.advanceTimersByTime(1));
  expect(result.current).toBe('Loading the bot…');
  // A wait that ends sooner is never said.
  const quick = renderHook(({ v }) => useSettled(v, SETTLE_MS, ''), { initialProps: { v: 'Loading the bot…' } });
  act(() => vi.advanceTimersByTime(SETTLE_MS - 100));
  quick.rerender({ v: '' });
  act(() => vi.advanceTimersByTime(SETTLE_MS));
  expect(quick.result.current).toBe('');
});
