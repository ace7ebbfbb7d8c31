import { describe, expect, it } from 'vitest';
import { withoutCause } from './results-table';

describe('withoutCause: the reason shown for a run no event caused', () => {
  it('says what planned it, by its trigger', () => {
    expect(withoutCause({ type: 'recurring', every: 'day', time: '09:00' })).toBe('On schedule');
    expect(withoutCause({ type: 'on_date', at: '2026-06-01T09:00' })).toBe('On schedule');
    // A reminder may run late, at the change of its field: not "on schedule".
    expect(withoutCause({ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 2, direction: 'before' })).toBe('Planned from its date field');
    expect(withoutCause({ type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 0, applyToExisting: true })).toBe('In the stage at the start');
    expect(withoutCause(undefined)).toBe('No event caused it');
  });
});
