// Edge cases of the engine rules (SPEC §6–7) that a mutation review found no other test pinned:
// each test names its rule and asserts what SPEC (or docs/engine-decisions.md, where SPEC is silent) says.
import { describe, expect, it } from 'vitest';
import { simulate } from '.';
import { bot, lead, scenario } from './test-scenario';

describe('R10 a lead created during the simulation', () => {
  it('is planned at its creation when it arrives with the date field set', () => {
    const r = simulate(
      scenario({
        leads: [],
        start: '2026-06-01T09:00:00Z',
        until: '2026-06-01T20:00:00Z',
        bots: [bot('rem', [{ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 2, direction: 'before' }])],
        events: [{ at: '2026-06-01T10:00:00Z', type: 'lead_created', lead: lead('n1', { fields: { 'f-meeting': '2026-06-01T15:00:00Z' } }) }],
      }),
    );
    expect(r.activations).toEqual([{ botId: 'rem', leadId: 'n1', at: '2026-06-01T13:00:00Z', trigger: 0, cause: null }]);
    expect(r.skipped).toEqual([]);
  });
});
