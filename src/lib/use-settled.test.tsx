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
