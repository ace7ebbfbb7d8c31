// prepareAppended: the pre-pass of composer events + bulk traffic, reusing the bulk's own pre-pass,
// must replay exactly like a fresh pre-pass of the whole list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../domain';
import { standardWorkload } from './bench/workload';
import { prepareAppended } from './prepared-append';
import { toSimResult } from './result-log';
import { prepareEvents, simulate, simulateLog } from './simulate';

const order = (p: { count: number; order: Uint32Array | null }) => (p.order === null ? Array.from({ length: p.count }, (_, i) => i) : Array.from(p.order));

describe('prepareAppended', () => {
  const base = standardWorkload(5, { leads: 150, events: 1_500, bots: 20 });

  it('replays head + tail exactly as a fresh pre-pass would, wherever the head is cut and however both are ordered', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 0, max: 1_400 }),
        fc.boolean(),
        fc.boolean(),
        (headSize, from, shuffleHead, shuffleTail) => {
          // The head: events taken from anywhere in the file (other instants, the same leads, new leads).
          let head = base.events.slice(from, from + headSize);
          let tail = base.events.filter((_, i) => i < from || i >= from + headSize);
          if (shuffleHead) head = [...head.slice(headSize >> 1), ...head.slice(0, headSize >> 1)];
          if (shuffleTail) tail = [...tail.slice(700), ...tail.slice(0, 700)];
          const events = [...head, ...tail];
          const scenario: Scenario = { ...base, events };
          const tailPrepared = prepareEvents(tail);
          const joined = prepareAppended(events, tailPrepared);
          const fresh = prepareEvents(events);
          expect(order(joined)).toEqual(order(fresh));
          expect(Array.from(joined.times)).toEqual(Array.from(fresh.times));
          expect(Array.from(joined.codes)).toEqual(Array.from(fresh.codes));
          expect(JSON.stringify(toSimResult(simulateLog(scenario, joined)))).toBe(JSON.stringify(simulate(scenario)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('names each lead by one number across head and tail', () => {
    const tail = base.events.slice(10);
    const events = [...base.events.slice(0, 10), ...tail];
    const joined = prepareAppended(events, prepareEvents(tail));
    const ids = new Map<number, string>();
    events.forEach((e, i) => {
      const id = 'leadId' in e ? e.leadId : undefined;
      if (typeof id !== 'string' || e.type === 'tag_added' || e.type === 'tag_removed' || e.type === 'field_updated') return;
      const ref = joined.refs[i]!;
      expect(joined.refIndex.get(id)).toBe(ref);
      if (ids.has(ref)) expect(ids.get(ref)).toBe(id);
      ids.set(ref, id);
    });
    expect(ids.size).toBeGreaterThan(10);
  });

  it('indexes every lead of head and tail once, new leads of the head after the tail\'s', () => {
    const tail = base.events.slice(10);
    const head = [{ at: '2026-06-01T08:00:00Z', type: 'call_received' as const, leadId: 'new-lead' }, ...base.events.slice(0, 10)];
    const events = [...head, ...tail];
    const joined = prepareAppended(events, prepareEvents(tail));
    const fresh = prepareEvents(events);
    expect(new Set(joined.refIndex.keys())).toEqual(new Set(fresh.refIndex.keys()));
    expect(joined.refIndex.size).toBe(fresh.refIndex.size);
    expect(joined.refIndex.get('new-lead')).toBe(prepareEvents(tail).refIndex.size);
    expect(new Set(joined.refIndex.values()).size).toBe(joined.refIndex.size);
    const seen: string[] = [];
    joined.refIndex.forEach((_, id) => seen.push(id));
    expect(seen.length).toBe(joined.refIndex.size);
  });

  it('falls back to a fresh pre-pass when the list does not end with the prepared events', () => {
    const tail = base.events.slice(100);
    const other = [...base.events.slice(0, 100), ...base.events.slice(100).map((e) => ({ ...e }))];
    const joined = prepareAppended(other, prepareEvents(tail));
    expect(joined.events).toBe(other);
    expect(JSON.stringify(toSimResult(simulateLog({ ...base, events: other }, joined)))).toBe(JSON.stringify(simulate({ ...base, events: other })));
  });

  it('is the tail itself when nothing comes before it', () => {
    const prepared = prepareEvents(base.events);
    expect(prepareAppended(base.events, prepared)).toBe(prepared);
  });
});
