import { describe, expect, it } from 'vitest';
import { validateBot, validateScenario } from '../../../domain';
import { simulate } from '../../../engine';
import account from '../../../../mocks/fixtures/demo-account.json';
import { generateTraffic, loadDemoBots, MAX_TRAFFIC_EVENTS, type TrafficOptions } from './traffic';

const parsed = validateScenario({ name: 'x', account, bots: [], events: [] });
if (!parsed.ok) throw new Error('demo account invalid');
const ACCOUNT = parsed.value.account;

const opts = (over: Partial<TrafficOptions> = {}): TrafficOptions => ({
  count: 2000,
  kinds: ['incoming_message', 'lead_moved', 'tag_toggle', 'field_updated', 'story_mention'],
  from: '2026-06-01T13:00:00Z',
  to: '2026-06-02T13:00:00Z',
  seed: 7,
  leads: 50,
  ...over,
});

const gen = (o: TrafficOptions) => {
  const r = generateTraffic(o, ACCOUNT);
  if (!r.ok) throw new Error(r.message);
  return r.traffic;
};

describe('traffic generator', () => {
  it('gives byte-identical traffic for the same seed', () => {
    expect(JSON.stringify(gen(opts()))).toBe(JSON.stringify(gen(opts())));
  });

  it('gives different traffic for another seed', () => {
    expect(JSON.stringify(gen(opts({ seed: 8 })))).not.toBe(JSON.stringify(gen(opts())));
  });

  it('makes exactly the number of events and leads asked, sorted, inside the period', () => {
    const t = gen(opts({ count: 1234, leads: 17 }));
    expect(t.events).toHaveLength(1234);
    expect(t.leads).toHaveLength(17);
    const times = t.events.map((e) => Date.parse(e.at));
    expect(times.every((x, i) => i === 0 || x >= times[i - 1]!)).toBe(true);
    expect(Math.min(...times)).toBeGreaterThanOrEqual(Date.parse('2026-06-01T13:00:00Z'));
    expect(Math.max(...times)).toBeLessThanOrEqual(Date.parse('2026-06-02T13:00:00Z'));
    // Written as the engine writes instants: whole seconds in UTC, "2026-06-01T13:00:00Z".
    expect(t.events.every((e) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(e.at) && new Date(Date.parse(e.at)).toISOString() === e.at.replace('Z', '.000Z'))).toBe(true);
  });

  it('can put an event at the very end of the period: both bounds are inside it', () => {
    // A period of one second: only its two whole seconds can be drawn.
    const t = gen(opts({ count: 200, from: '2026-06-01T13:00:00Z', to: '2026-06-01T13:00:01Z' }));
    expect(new Set(t.events.map((e) => e.at))).toEqual(new Set(['2026-06-01T13:00:00Z', '2026-06-01T13:00:01Z']));
  });

  it('draws every whole second of the period alike, the last one too', () => {
    // Three seconds, 3,000 events: about 1,000 each. The last second was drawn once in ~2,000.
    const t = gen(opts({ count: 3000, from: '2026-06-01T13:00:00Z', to: '2026-06-01T13:00:02Z' }));
    const per = new Map<string, number>();
    for (const e of t.events) per.set(e.at, (per.get(e.at) ?? 0) + 1);
    expect([...per.keys()].sort()).toEqual(['2026-06-01T13:00:00Z', '2026-06-01T13:00:01Z', '2026-06-01T13:00:02Z']);
    for (const [at, n] of per) expect(n, at).toBeGreaterThan(850);
  });

  it('makes only the kinds chosen', () => {
    const t = gen(opts({ kinds: ['story_mention', 'call_received'] }));
    expect(new Set(t.events.map((e) => e.type))).toEqual(new Set(['story_mention', 'call_received']));
  });

  it('sends story mentions through Instagram accounts only, and none when the account has no Instagram account', () => {
    const mentions = gen(opts({ kinds: ['story_mention'] })).events;
    expect(mentions.length).toBeGreaterThan(0);
    expect(new Set(mentions.map((e) => (e.type === 'story_mention' ? e.channelId : e.type)))).toEqual(new Set(['ch-ig']));
    const noInstagram = { ...ACCOUNT, channels: ACCOUNT.channels.filter((c) => c.kind !== 'instagram') };
    const r = generateTraffic(opts({ kinds: ['story_mention', 'call_received'] }), noInstagram);
    expect(r.ok && new Set(r.traffic.events.map((e) => e.type))).toEqual(new Set(['call_received']));
    expect(r.ok && r.skippedKinds).toEqual(['story_mention']);
  });

  it('makes a scenario that validates, with every tag action changing something', () => {
    const t = gen(opts());
    const v = validateScenario({ name: 'load', account: ACCOUNT, leads: t.leads, bots: loadDemoBots(19, ACCOUNT, 7), events: t.events });
    expect(v.ok ? [] : v.errors.slice(0, 3)).toEqual([]);
    const state = new Map<string, boolean>();
    for (const e of t.events) {
      if (e.type !== 'tag_added' && e.type !== 'tag_removed') continue;
      const k = `${e.entityId}/${e.tagId}`;
      expect(state.get(k) ?? false).toBe(e.type === 'tag_removed');
      state.set(k, e.type === 'tag_added');
    }
  });

  it('reaches 200,000 events and refuses more', () => {
    expect(gen(opts({ count: MAX_TRAFFIC_EVENTS, leads: 10_000 })).events).toHaveLength(MAX_TRAFFIC_EVENTS);
    expect(generateTraffic(opts({ count: MAX_TRAFFIC_EVENTS + 1 }), ACCOUNT)).toMatchObject({ ok: false });
  });

  it('refuses a period that ends before it starts', () => {
    expect(generateTraffic(opts({ from: '2026-06-02T00:00:00Z', to: '2026-06-01T00:00:00Z' }), ACCOUNT)).toMatchObject({ ok: false });
  });

  it('makes load demo bots that each validate, with 3 to 6 conditions', () => {
    const bots = loadDemoBots(19, ACCOUNT, 1);
    expect(bots).toHaveLength(19);
    for (const b of bots) {
      expect(validateBot(b, ACCOUNT).ok).toBe(true);
      expect(b.conditions.length).toBeGreaterThanOrEqual(3);
      expect(b.conditions.length).toBeLessThanOrEqual(6);
    }
  });

  it('can push tag actions past the hourly limit, for the rate-limit demo', () => {
    const t = gen(opts({ count: 26_000, kinds: ['tag_toggle'], from: '2026-06-01T13:00:00Z', to: '2026-06-01T13:50:00Z', leads: 500 }));
    const vip = { id: 'vip', name: 'VIP', version: 1, enabled: true, triggers: [{ type: 'tag_added' as const, entity: 'lead' as const, tagId: 't-vip' }], conditions: [], activeHours: null, keepUnanswered: false };
    const r = simulate({ name: 'limit', account: ACCOUNT, leads: t.leads, bots: [vip], events: t.events });
    expect(r.warnings.map((w) => w.code)).toEqual(['tag_triggers_suspended']);
    expect(r.skipped.some((s) => s.reason === 'rate_limited')).toBe(true);
  });
});
