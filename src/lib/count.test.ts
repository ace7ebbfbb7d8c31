import { describe, expect, it } from 'vitest';
import { count } from './count';

describe('count', () => {
  it('uses the singular for exactly one, the plural otherwise, with en-US digits', () => {
    expect(count(1, 'run')).toBe('1 run');
    expect(count(0, 'run')).toBe('0 runs');
    expect(count(2, 'skip')).toBe('2 skips');
    expect(count(12345, 'event')).toBe('12,345 events');
    expect(count(1, 'delayed run')).toBe('1 delayed run');
    expect(count(3, 'rate-limit suspension')).toBe('3 rate-limit suspensions');
  });

  it('takes an irregular plural', () => {
    expect(count(1, 'entry', 'entries')).toBe('1 entry');
    expect(count(4, 'entry', 'entries')).toBe('4 entries');
  });
});
