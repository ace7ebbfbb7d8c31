import { describe, expect, it } from 'vitest';
import { simulateLog } from '../../../engine';
import { bot, lead, scenario, setField, tagAdd, tagRemove } from '../../../engine/test-scenario';
import { suspensionsOf } from './suspensions';

const N = 25_000;
const xs = Array.from({ length: N }, (_, i) => lead(`x${i}`));

describe('suspensionsOf', () => {
  it('gives each rate-limit warning the starts it skipped, tag and field pauses counted apart when they overlap', () => {
    const s = scenario({
      leads: [lead('l1'), ...xs],
      bots: [bot('vip', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }]), bot('loc', [{ type: 'field_updated', entity: 'lead', fieldId: 'f-location' }])],
      events: [
        ...xs.map((x) => tagAdd('2026-06-01T14:00:00Z', x.id, 't-new', 'automation')),
        ...xs.map((x, i) => setField('2026-06-01T14:10:00Z', x.id, 'f-location', `v${i}`, 'automation')),
        setField('2026-06-01T14:20:00Z', 'l1', 'f-location', 'Lisbon'), // field change 25,001: field triggers pause until 15:20
        tagAdd('2026-06-01T14:30:00Z', 'l1', 't-vip'), // tag action 25,001: tag triggers pause until 15:30
        setField('2026-06-01T14:40:00Z', 'l1', 'f-location', 'Porto'),
        tagRemove('2026-06-01T14:45:00Z', 'l1', 't-vip'),
        tagAdd('2026-06-01T15:25:00Z', 'l1', 't-vip'),
        setField('2026-06-01T15:25:00Z', 'l1', 'f-location', 'Faro'), // the field pause has ended
      ],
    });
    const log = simulateLog(s);
    expect(suspensionsOf(log, s.bots)).toEqual([
      { code: 'field_triggers_suspended', from: Date.parse('2026-06-01T14:20:00Z'), until: Date.parse('2026-06-01T15:20:00Z'), skipped: 2 },
      { code: 'tag_triggers_suspended', from: Date.parse('2026-06-01T14:30:00Z'), until: Date.parse('2026-06-01T15:30:00Z'), skipped: 2 },
    ]);
    // Field triggers start on a change by anyone: the flood's own 25,000, then Faro after the pause.
    expect(log.runs.count).toBe(N + 1);
  });

  it('is empty when no limit was reached', () => {
    const s = scenario({ leads: [lead('l1')], bots: [bot('vip', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }])], events: [tagAdd('2026-06-01T14:30:00Z', 'l1', 't-vip')] });
    expect(suspensionsOf(simulateLog(s), s.bots)).toEqual([]);
  });
});
