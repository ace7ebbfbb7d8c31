// How validateScenario checks a scenario's events: one quick check or zod call per event, errors as a
// single zod call over the whole list would give them, at most MAX_ERRORS, and processing order (R1).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import { Instant, MAX_ERRORS, SimEvent, eventOrder, fromZodIssues, validateScenario } from '.';

const welcome = JSON.parse(readFileSync('mocks/fixtures/scenarios/welcome-on-created.json', 'utf8')) as { events: unknown[] } & Record<string, unknown>;
const good = { at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' };
const withEvents = (events: unknown[]) => ({ ...welcome, leads: [{ id: 'l1', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 }], events });

/** What one zod call over the whole list says, turned into errors the same way. */
function zodErrorsForList(events: unknown[]): string[] {
  const r = z.array(SimEvent).safeParse(events);
  if (r.success) return [];
  const issues = (r.error.issues as $ZodIssue[]).map((issue) => ({ ...issue, path: ['events', ...issue.path] }) as $ZodIssue);
  return fromZodIssues(issues).map((e) => e.path);
}

describe('validateScenario on events', () => {
  it('keeps valid events as they are given (no copy of each event)', () => {
    const events = [good, { ...good, at: '2026-06-01T15:00:00Z' }];
    const r = validateScenario(withEvents(events));
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.value.events).toEqual(events);
      expect(r.value.events[0]).toBe(events[0]);
    }
  });

  it('reports a broken event with the path and sentence zod gives it, under events.N', () => {
    const broken = { at: '2026-02-30T14:00:00Z', type: 'call_received', leadId: '', extra: 1 };
    const r = validateScenario(withEvents([good, good, broken]));
    const expected = fromZodIssues(
      (SimEvent.safeParse(broken, { error: () => undefined }).error?.issues ?? []) as $ZodIssue[],
      ['events', 2],
    ).map((e) => e.path);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.map((e) => e.path)).toEqual(expected);
      expect(r.errors.map((e) => e.path)).toEqual(['events.2.at', 'events.2.leadId', 'events.2.extra']);
      expect(r.errors[0]!.message).toBe('This date or time does not exist: check the month, the day, the hour (00–23) and the minutes.');
    }
  });

  it('stops at MAX_ERRORS errors, the first ones a single zod call over all events would give', () => {
    const events = Array.from({ length: 3000 }, (_, i) => (i % 3 === 1 ? { ...good, at: 'soon', leadId: i % 2 ? '' : 'l1' } : good));
    const r = validateScenario(withEvents(events));
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(MAX_ERRORS);
      expect(r.errors.map((e) => e.path)).toEqual(zodErrorsForList(events).slice(0, MAX_ERRORS));
    }
  });

  it('checks lead references in processing order: a lead created later in the file but earlier in time counts', () => {
    const created = { at: '2026-06-01T13:00:00Z', type: 'lead_created', lead: { id: 'l9', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 } };
    expect(validateScenario(withEvents([{ ...good, leadId: 'l9' }, created])).ok).toBe(true);
    const late = { ...created, at: '2026-06-01T15:00:00Z' };
    const r = validateScenario(withEvents([{ ...good, leadId: 'l9' }, late]));
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['events.0.leadId']);
  });
});

describe('validateScenario: broken events and broken bots together', () => {
  const welcomeBots = welcome['bots'] as { id: string }[];
  it('reports the bots\' rule errors together with the events\' shape errors, bots first', () => {
    const broken = { at: 'soon', type: 'call_received', leadId: 'l1' };
    const r = validateScenario({ ...withEvents([good, broken]), bots: [welcomeBots[0], welcomeBots[0]] });
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['bots.1.id', 'events.1.at']);
  });

  it('leaves references to leads until every event can be read (an unknown lead is not said beside a broken event)', () => {
    const r = validateScenario(withEvents([{ ...good, leadId: 'nobody' }, { ...good, at: 'soon' }]));
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['events.1.at']);
  });

  it('a broken shell says only its own errors, as before', () => {
    const r = validateScenario({ ...withEvents([{ ...good, at: 'soon' }]), bots: 'none' });
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['bots', 'events.0.at']);
  });
});

describe('eventOrder', () => {
  // As it was first written: Date.parse and a comparator sort over every index.
  const reference = (events: readonly { at: string }[]) => {
    const times = events.map((e) => Date.parse(e.at));
    return events.map((_, i) => i).sort((a, b) => times[a]! - times[b]! || a - b);
  };
  const at = fc.oneof(
    fc.integer({ min: 0, max: 50 }).map((m) => `2026-06-01T13:${String(m).padStart(2, '0')}:00Z`),
    fc.constantFrom('2026-06-01T13:00:00+02:00', '2026-06-01T13:00:00.5Z', '2026-02-30T00:00:00Z', 'not a time'),
  );

  it('orders by instant, equal instants in file order, exactly as Date.parse and a sort would (sorted, unsorted, unparseable)', () => {
    fc.assert(
      fc.property(fc.array(at.map((s) => ({ at: s })), { maxLength: 40 }), fc.boolean(), (events, sortFirst) => {
        const list = sortFirst ? reference(events).map((i) => events[i]!) : events;
        expect(eventOrder(list)).toEqual(reference(list));
      }),
      { numRuns: 3000, seed: 31 },
    );
  });
});

describe('an instant that is not one says what is wrong with it', () => {
  const messageFor = (at: unknown) => Instant.safeParse(at).error?.issues[0]?.message;
  it.each([
    ['2026-06-01T25:00:00Z', 'This date or time does not exist: check the month, the day, the hour (00–23) and the minutes.'],
    ['2026-02-30T10:00:00-05:00', 'This date or time does not exist: check the month, the day, the hour (00–23) and the minutes.'],
    ['2026-06-01T10:00:00', 'Add the time zone: end the instant with Z (UTC) or an offset such as -04:00.'],
    ['soon', 'Enter a real instant with a time zone, such as 2026-06-01T13:00:00Z.'],
  ])('%s', (at, message) => {
    expect(messageFor(at)).toBe(message);
  });
  it('a real instant passes', () => {
    expect(Instant.safeParse('2026-06-01T10:00:00-04:00').success).toBe(true);
  });
});
