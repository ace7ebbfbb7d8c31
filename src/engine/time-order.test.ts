// R1's order (by instant, equal instants in file order) from the natural merge sort the replay uses.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { standardWorkload } from './bench/workload';
import { simulate, timeOrder } from './simulate';
import { bot, scenario } from './test-scenario';

const reference = (times: number[]) => times.map((_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b);

describe('timeOrder', () => {
  it('sorts by instant and keeps file order for equal instants, whatever the runs in the input', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 300 }), (values) => {
        const times = values.map((v) => 1_780_000_000_000 + v * 60_000);
        expect(Array.from(timeOrder(Float64Array.from(times)))).toEqual(reference(times));
      }),
      { numRuns: 300 },
    );
  });

  it('handles sorted blocks one after another, as composer events followed by generated traffic', () => {
    const block = (from: number, n: number) => Array.from({ length: n }, (_, i) => from + i * 1000);
    const times = [...block(5_000, 7), ...block(0, 50), ...block(2_000, 30)];
    expect(Array.from(timeOrder(Float64Array.from(times)))).toEqual(reference(times));
  });
});

describe('files out of time order', () => {
  it('give the result of the sorted file, whichever kind of event is out of place', () => {
    const base = standardWorkload(3, { leads: 200, events: 3_000, bots: 20 });
    const sorted = JSON.stringify(simulate(base));
    // Move one event of each kind back to the start of the file.
    const kinds = [...new Set(base.events.map((e) => e.type))];
    for (const kind of kinds) {
      const at = base.events.findIndex((e, i) => i > 100 && e.type === kind);
      if (at < 0) continue;
      const events = [base.events[at]!, ...base.events.slice(0, at), ...base.events.slice(at + 1)];
      // Equal instants keep file order, so the moved event must be the only one at its instant.
      const same = base.events.filter((e) => e.at === base.events[at]!.at).length;
      if (same > 1) continue;
      // `cause` is a position in the file: map it back to the sorted file's.
      const r = simulate({ ...base, events });
      const back = (c: number | null) => (c === null ? null : c === 0 ? at : c <= at ? c - 1 : c);
      const mapped = { ...r, activations: r.activations.map((a) => ({ ...a, cause: back(a.cause) })) };
      expect(JSON.stringify(mapped), kind).toBe(sorted);
    }
  });

  it('notices an out-of-place tag change on a contact (no lead looked up for it)', () => {
    const tag = { at: '2026-06-01T13:00:00Z', type: 'tag_added' as const, entity: 'contact' as const, entityId: 'c1', tagId: 't-partner', origin: 'user' as const };
    const bots = [bot('partner', [{ type: 'tag_added', entity: 'contact', tagId: 't-partner' }]), bot('chat', [{ type: 'story_mention', channelIds: [] }])];
    const mention = (at: string) => ({ at, type: 'story_mention' as const, channelId: 'ch-wa', leadId: 'l1' });
    const r = simulate(scenario({ bots, events: [mention('2026-06-01T14:00:00Z'), tag, mention('2026-06-01T15:00:00Z')] }));
    expect(r.activations.map((a) => [a.botId, a.at, a.cause])).toEqual([
      ['partner', '2026-06-01T13:00:00Z', 1],
      ['chat', '2026-06-01T14:00:00Z', 0],
      ['chat', '2026-06-01T15:00:00Z', 2],
    ]);
  });
});
