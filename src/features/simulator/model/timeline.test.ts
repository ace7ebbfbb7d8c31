import { describe, expect, it } from 'vitest';
import type { Bot, SimEvent, SimResult } from '../../../domain';
import { MAX_MARKS, timelineModel as timelineOf } from './timeline';
import { tableOf } from './result-table';

const timelineModel = (args: Omit<Parameters<typeof timelineOf>[0], 'result'> & { result: SimResult }) => timelineOf({ ...args, result: tableOf(args.result) });

const bot = (over: Partial<Bot>): Bot => ({
  id: 'b',
  name: 'b',
  version: 1,
  enabled: true,
  triggers: [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 10 }],
  conditions: [],
  activeHours: null,
  keepUnanswered: false,
  ...over,
});
const ev = (at: string): SimEvent => ({ at, type: 'call_received', leadId: 'l1' });
const empty: SimResult = { activations: [], skipped: [], warnings: [] };
const T = (s: string) => Date.parse(s);

describe('timeline model', () => {
  it('draws a delayed run from its cause and a cooldown window after a message run', () => {
    const events = [ev('2026-06-01T14:00:00Z')];
    const delayed = bot({ triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s'], delayMinutes: 10 }] });
    const result: SimResult = { ...empty, activations: [{ botId: 'b', leadId: 'l1', at: '2026-06-01T14:10:00Z', trigger: 0, cause: 0 }] };
    expect(timelineModel({ result, bot: delayed, events, timezone: 'UTC' })?.delays).toEqual([{ from: T('2026-06-01T14:00:00Z'), to: T('2026-06-01T14:10:00Z') }]);

    const now: SimResult = { ...empty, activations: [{ botId: 'b', leadId: 'l1', at: '2026-06-01T14:00:00Z', trigger: 0, cause: 0 }] };
    const m = timelineModel({ result: now, bot: bot({}), events, timezone: 'UTC', until: '2026-06-01T15:00:00Z' })!;
    expect(m.delays).toEqual([]);
    expect(m.cooldowns).toEqual([{ from: T('2026-06-01T14:00:00Z'), to: T('2026-06-01T14:10:00Z') }]);
  });

  it('shades active hours in the account zone and rate-limit suspensions', () => {
    const hours = bot({ activeHours: { ranges: [{ weekday: 1, from: '09:00', to: '17:00' }] } });
    const result: SimResult = { ...empty, warnings: [{ at: '2026-06-01T20:00:00Z', code: 'tag_triggers_suspended', until: '2026-06-01T21:00:00Z' }] };
    const m = timelineModel({ result, bot: hours, events: [ev('2026-06-01T04:00:00Z'), ev('2026-06-02T04:00:00Z')], timezone: 'America/New_York' })!;
    // Monday 1 June 2026, 09:00–17:00 EDT = 13:00–21:00 UTC.
    expect(m.activeBands).toEqual([{ from: T('2026-06-01T13:00:00Z'), to: T('2026-06-01T21:00:00Z') }]);
    expect(m.suspensions).toEqual([{ from: T('2026-06-01T20:00:00Z'), to: T('2026-06-01T21:00:00Z') }]);
  });

  it('switches to densities when there are too many marks to draw', () => {
    const events = Array.from({ length: MAX_MARKS + 1 }, (_, i) => ev(new Date(T('2026-06-01T00:00:00Z') + i * 60_000).toISOString()));
    const m = timelineModel({ result: empty, bot: bot({}), events, timezone: 'UTC' })!;
    expect(m.events).toEqual([]);
    expect(m.density?.events.reduce((a, b) => a + b, 0)).toBe(MAX_MARKS + 1);
  });

  it('has nothing to draw without events or results', () => {
    expect(timelineModel({ result: empty, bot: bot({}), events: [], timezone: 'UTC' })).toBeNull();
  });
});
