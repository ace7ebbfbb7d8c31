// simulateLog: the result in columns, as the simulator's worker reads it. The object form
// (simulate) is pinned by the engine's tests; these pin the columns' own conventions.
import { describe, expect, it } from 'vitest';
import { REASONS } from '../domain';
import { standardWorkload } from './bench/workload';
import { toSimResult } from './result-log';
import { prepareEvents, simulate, simulateLog } from './simulate';
import { bot, msg, scenario } from './test-scenario';

describe('simulateLog', () => {
  it('names bots, leads, entities and sentences by index, with -1 for what an entry lacks', () => {
    const log = simulateLog(
      scenario({
        bots: [
          bot('partner', [{ type: 'tag_added', entity: 'contact', tagId: 't-partner' }]),
          bot('picky', [{ type: 'tag_added', entity: 'contact', tagId: 't-partner' }], { conditions: [{ type: 'stages', stageIds: [] }] }),
          bot('chat', [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 1 }], { keepUnanswered: true }),
        ],
        events: [
          { at: '2026-06-01T14:00:00Z', type: 'tag_added', entity: 'contact', entityId: 'c1', tagId: 't-partner', origin: 'user' },
          msg('2026-06-01T14:05:00+00:00', 'l1'),
        ],
      }),
    );
    const { runs, skips } = log;
    expect(runs.count).toBe(2);
    // The contact's run: no lead, the entity by index, not conversational.
    expect(log.botIds[runs.bot[0]!]).toBe('partner');
    expect(runs.lead[0]).toBe(-1);
    expect(log.entities[runs.entity[0]!]).toBe('c1');
    expect(runs.unanswered[0]).toBe(-1);
    expect(runs.cause[0]).toBe(0);
    expect(runs.atEvent[0]).toBe(0); // canonical text: reused
    // The message run: the lead by index, unanswered copied, a non-canonical instant formatted later.
    expect(log.botIds[runs.bot[1]!]).toBe('chat');
    expect(log.leadIds[runs.lead[1]!]).toBe('l1');
    expect(runs.entity[1]).toBe(-1);
    expect(runs.unanswered[1]).toBe(1);
    expect(runs.atEvent[1]).toBe(-1);
    expect(runs.ms[1]).toBe(Date.UTC(2026, 5, 1, 14, 5));
    // The skip: reason as an index into REASONS, the failing condition, the sentence by index.
    expect(skips.count).toBe(1);
    expect(log.botIds[skips.bot[0]!]).toBe('picky');
    expect(skips.lead[0]).toBe(-1);
    expect(REASONS[skips.reason[0]!]).toBe('condition');
    expect(skips.condition[0]).toBe(0);
    expect(log.details[skips.detail[0]!]).toMatch(/not linked to a lead/);
  });

  it('grows its columns past their first size without losing entries', () => {
    // One message a minute against a one-minute cooldown: every one runs.
    const events = Array.from({ length: 700 }, (_, i) => msg(new Date(Date.UTC(2026, 5, 1) + i * 60_000).toISOString().replace('.000Z', 'Z'), 'l1'));
    const log = simulateLog(
      scenario({ bots: [bot('chat', [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 1 }])], events }),
    );
    expect(log.runs.count).toBe(700);
    expect(Array.from(log.runs.cause.subarray(0, 700))).toEqual(events.map((_, i) => i));
  });

  it('gives the same result with the events prepared earlier, and ignores a preparation of other events', () => {
    const s = standardWorkload(7, { leads: 300, events: 4_000, bots: 20 });
    const expected = JSON.stringify(simulate(s));
    // Unsorted, so that the prepared order is used too.
    const shuffled = { ...s, events: [...s.events.slice(1_000), ...s.events.slice(0, 1_000)] };
    const prepared = prepareEvents(shuffled.events);
    const again = JSON.stringify(simulate(shuffled));
    expect(JSON.stringify(toSimResult(simulateLog(shuffled, prepared)))).toBe(again);
    expect(JSON.stringify(toSimResult(simulateLog(shuffled, prepared)))).toBe(again);
    expect(JSON.stringify(toSimResult(simulateLog(s, prepared)))).toBe(expected);
  });

  it('writes over a recycled result and still gives the same result, however small the recycled one was', () => {
    const s = standardWorkload(9, { leads: 200, events: 3_000, bots: 20 });
    const expected = JSON.stringify(simulate(s));
    const prepared = prepareEvents(s.events);
    const first = simulateLog(s, prepared);
    const again = simulateLog(s, prepared, first);
    expect(again.skips).toBe(first.skips); // the same buffers, written over
    expect(JSON.stringify(toSimResult(again))).toBe(expected);
    const tiny = simulateLog({ ...s, events: s.events.slice(0, 5) });
    expect(JSON.stringify(toSimResult(simulateLog(s, prepared, tiny)))).toBe(expected);
  });
});
