import { describe, expect, it } from 'vitest';
import { spanNote } from './span-note';

const at = (...times: string[]) => times.map((t) => ({ at: `2026-06-01T${t}:00Z` }));

describe('spanNote: what Start and Until leave out of the replay', () => {
  it('says nothing when every event is inside, when neither is set, or when the span is reversed (an error of its own)', () => {
    expect(spanNote(at('10:00', '11:00'), '2026-06-01T10:00:00Z', '2026-06-01T11:00:00Z')).toBeNull(); // both ends count
    expect(spanNote(at('10:00'), undefined, undefined)).toBeNull();
    expect(spanNote(at('10:00'), '2026-06-01T12:00:00Z', '2026-06-01T09:00:00Z')).toBeNull();
    expect(spanNote([], '2026-06-01T12:00:00Z', undefined)).toBeNull();
  });

  it('counts the events before Start and after Until', () => {
    expect(spanNote(at('09:00', '10:00', '10:30', '11:00', '12:00'), '2026-06-01T10:00:00Z', '2026-06-01T11:00:00Z')).toBe(
      '1 event before Start only sets up the leads and starts nothing; 1 event after Until is not replayed.',
    );
    expect(spanNote(at('09:00', '09:30', '10:00'), '2026-06-01T10:00:00Z', undefined)).toBe('2 events before Start only set up the leads and start nothing.');
    const many = Array.from({ length: 1200 }, () => ({ at: '2026-06-01T09:00:00Z' }));
    expect(spanNote(many, '2026-06-01T10:00:00Z', undefined)).toMatch(/^1,200 events before Start only set up/);
  });

  it('says when no event is left between Start and Until', () => {
    expect(spanNote(at('10:00', '10:20'), undefined, '2026-06-01T09:00:00Z')).toBe('2 events after Until are not replayed. No event of the list falls between Start and Until.');
  });
});
