import { describe, expect, it } from 'vitest';
import { locationOf } from './error-location';

describe('locationOf', () => {
  it('names the part of the bot an error path points at', () => {
    const draft = { conditions: [{ type: 'stages' }, { type: 'tags' }] };
    expect(locationOf('name', draft)).toBe('Bot name');
    expect(locationOf('triggers.2.stageIds', draft)).toBe('Trigger 3');
    expect(locationOf('conditions.1.tagIds', draft)).toBe('Condition 2 (Tags)');
    expect(locationOf('activeHours.ranges', draft)).toBe('Active hours');
    expect(locationOf('activeHours.timezone', draft)).toBe('Active hours');
    expect(locationOf('', draft)).toBe('Bot');
  });
  it('names the weekday of an active-hours range, and which range of that day it is, as the editor lays them out', () => {
    const draft = {
      activeHours: {
        ranges: [
          { weekday: 1, from: '09:00', to: '18:00' },
          { weekday: 2, from: '09:00', to: '18:00' },
          { weekday: 1, from: '', to: '10:00' },
          { weekday: 7, from: '10:00', to: '10:00' },
        ],
      },
    };
    // Monday's second range is the list's third: the editor numbers ranges within their day.
    expect(locationOf('activeHours.ranges.2.from', draft)).toBe('Active hours, Monday, range 2');
    expect(locationOf('activeHours.ranges.0', draft)).toBe('Active hours, Monday, range 1');
    // A day with one range: the editor does not number it.
    expect(locationOf('activeHours.ranges.1.to', draft)).toBe('Active hours, Tuesday');
    expect(locationOf('activeHours.ranges.3.to', draft)).toBe('Active hours, Sunday');
  });
  it('names an active-hours range by its place in the list when the draft gives no weekday for it', () => {
    expect(locationOf('activeHours.ranges.0.from')).toBe('Active hours, range 1');
    expect(locationOf('activeHours.ranges.4.from', { activeHours: { ranges: [] } })).toBe('Active hours, range 5');
    expect(locationOf('activeHours.ranges.0.weekday', { activeHours: { ranges: [{ weekday: 9 }] } })).toBe('Active hours, range 1');
    expect(locationOf('activeHours.ranges.0.from', { activeHours: { ranges: 'all' } })).toBe('Active hours, range 1');
    expect(locationOf('activeHours.ranges.0.from', { activeHours: null })).toBe('Active hours, range 1');
  });
  it('reads the draft safely: no draft, odd shapes and inherited names give no kind', () => {
    expect(locationOf('conditions.0.tagIds')).toBe('Condition 1');
    expect(locationOf('conditions.0.tagIds', 'text')).toBe('Condition 1');
    expect(locationOf('conditions.0.tagIds', { conditions: 'all' })).toBe('Condition 1');
    expect(locationOf('conditions.0.tagIds', { conditions: [null] })).toBe('Condition 1');
    expect(locationOf('conditions.0.tagIds', { conditions: [{ type: 'constructor' }] })).toBe('Condition 1');
    expect(locationOf('conditions.0.tagIds', { conditions: [{ type: '__proto__' }] })).toBe('Condition 1');
  });
});
