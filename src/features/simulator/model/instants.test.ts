import { describe, expect, it } from 'vitest';
import { instantsOf } from './instants';

describe('instants of results and events', () => {
  it('reads canonical and offset instants as Date.parse does, repeated texts included', () => {
    const ats = ['2026-06-01T14:00:00Z', '2026-06-01T14:00:00Z', '2026-06-01T10:00:30-04:00', '2026-02-28T23:59:59Z', '2024-02-29T00:00:00Z', '2026-06-01T14:00:00.250Z'];
    expect(Array.from(instantsOf(ats.map((at) => ({ at }))))).toEqual(ats.map((at) => Date.parse(at)));
  });

  it('gives NaN for a text that is no instant', () => {
    expect(Array.from(instantsOf([{ at: '2026-02-30T10:00:00Z' }, { at: 'soon' }]))).toEqual([NaN, NaN]);
  });
});
