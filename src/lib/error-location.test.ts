import { describe, expect, it } from 'vitest';
import { locationOf } from './error-location';

describe('locationOf', () => {
  it('names the part of the bot an error path points at', () => {
    const draft = { conditions: [{ type: 'stages' }, { type: 'tags' }] };
    expect(locationOf('name', draft)).toBe('Bot name');
    expect(locationOf('triggers.2.stageIds', draft)).toBe('Trigger 3');
    expect(locationOf('conditions.1.tagIds', draft)).toBe('Condition 2 (Tags)');
    expect(locationOf('activeHours.ranges.0.from', draft)).toBe('Active hours');
    expect(locationOf('', draft)).toBe('Bot');
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
