// Edge cases of the engine rules (SPEC §6–7) that a mutation review found no other test pinned:
// each test names its rule and asserts what SPEC (or docs/engine-decisions.md, where SPEC is silent) says.
import { describe, expect, it } from 'vitest';
import type { SimEvent, SimResult } from '../domain';
import { simulate } from '.';
import { bot, lead, msg, scenario, tagAdd, tagRemove } from './test-scenario';

const runs = (r: SimResult, botId?: string) =>
  r.activations.filter((a) => botId === undefined || a.botId === botId).map((a) => `${a.leadId ?? a.entityId}@${a.at}`);
const skips = (r: SimResult, botId?: string) =>
  r.skipped.filter((s) => botId === undefined || s.botId === botId).map((s) => `${s.leadId ?? '-'}@${s.at}:${s.reason}`);

/** The sentence of every skip on the Base plan (SPEC R8: bots can be set up but do not launch). */
const BASE_PLAN = 'No bot starts on the Base plan (bots can be set up and saved)';

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

describe('R8 on the Base plan no bot launches (every match: reason plan)', () => {
  it('message and conversation triggers are skipped with plan, not run', () => {
    const r = simulate(
      scenario({
        account: { plan: 'base' },
        bots: [
          bot('msg', [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 1 }]),
          bot('started', [{ type: 'conversation_started', direction: 'any', channelIds: ['ch-wa'] }]),
          bot('fmd', [{ type: 'first_message_of_day', channelIds: [] }]),
        ],
        events: [msg('2026-06-01T14:00:00Z')],
      }),
    );
    expect(r.activations).toEqual([]);
    expect(r.skipped.map((s) => [s.botId, s.leadId, s.at, s.reason, s.detail])).toEqual([
      ['msg', 'l1', '2026-06-01T14:00:00Z', 'plan', BASE_PLAN],
      ['started', 'l1', '2026-06-01T14:00:00Z', 'plan', BASE_PLAN],
      ['fmd', 'l1', '2026-06-01T14:00:00Z', 'plan', BASE_PLAN],
    ]);
  });

  it('recurring and on_date schedules are skipped with plan at each occurrence, once per lead', () => {
    const r = simulate(
      scenario({
        account: { plan: 'base' },
        leads: [lead('l1'), lead('l2')],
        start: '2026-06-01T12:00:00Z',
        until: '2026-06-02T12:00:00Z',
        bots: [
          bot('daily', [{ type: 'recurring', every: 'day', time: '09:00' }]), // 13:00Z in New York (EDT)
          bot('once', [{ type: 'on_date', at: '2026-06-01T10:00' }]),
        ],
      }),
    );
    expect(r.activations).toEqual([]);
    expect(skips(r, 'daily')).toEqual(['l1@2026-06-01T13:00:00Z:plan', 'l2@2026-06-01T13:00:00Z:plan']);
    expect(skips(r, 'once')).toEqual(['l1@2026-06-01T14:00:00Z:plan', 'l2@2026-06-01T14:00:00Z:plan']);
    expect(new Set(r.skipped.map((s) => s.detail))).toEqual(new Set([BASE_PLAN]));
  });

  it('a date-field plan is skipped with plan when it comes due, not run', () => {
    const r = simulate(
      scenario({
        account: { plan: 'base' },
        leads: [lead('l1', { fields: { 'f-meeting': '2026-06-01T15:00:00Z' } })],
        start: '2026-06-01T09:00:00Z',
        until: '2026-06-01T20:00:00Z',
        bots: [bot('rem', [{ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 2, direction: 'before' }])],
      }),
    );
    expect(r.activations).toEqual([]);
    expect(r.skipped).toEqual([{ botId: 'rem', leadId: 'l1', at: '2026-06-01T13:00:00Z', trigger: 0, reason: 'plan', detail: BASE_PLAN }]);
  });

  it('applyToExisting does not run for leads already in the stage: each is skipped with plan at start', () => {
    const r = simulate(
      scenario({
        account: { plan: 'base' },
        leads: [lead('l1', { stageId: 's-qualified' }), lead('l2')],
        start: '2026-06-01T14:00:00Z',
        until: '2026-06-01T16:00:00Z',
        bots: [bot('existing', [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 30, applyToExisting: true }])],
      }),
    );
    expect(r.activations).toEqual([]);
    // Checks of the trigger's own (plan) are made when it matches, here at start (docs/engine-decisions.md).
    expect(r.skipped).toEqual([{ botId: 'existing', leadId: 'l1', at: '2026-06-01T14:00:00Z', trigger: 0, reason: 'plan', detail: BASE_PLAN }]);
  });
});

describe('R9 / R20 rate limit before origin', () => {
  const N = 25_000;
  const xs = Array.from({ length: N }, (_, i) => lead(`x${i}`));
  const flood = (at: string) => Array.from({ length: N }, (_, i) => tagAdd(at, `x${i}`, 't-new', 'automation'));

  it('while tag triggers are suspended, an automation tag add is reported as rate_limited, not not_manual', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), ...xs],
        bots: [bot('vip', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }])],
        events: [
          ...flood('2026-06-01T14:00:00Z'),
          tagAdd('2026-06-01T14:30:00Z', 'l1', 't-vip', 'automation'), // number 25,001: crosses the limit
          tagRemove('2026-06-01T14:40:00Z', 'l1', 't-vip', 'user'),
          tagAdd('2026-06-01T14:50:00Z', 'l1', 't-vip', 'api'), // still suspended
        ],
      }),
    );
    expect(r.warnings).toEqual([{ at: '2026-06-01T14:30:00Z', code: 'tag_triggers_suspended', until: '2026-06-01T15:30:00Z' }]);
    expect(skips(r, 'vip')).toEqual(['l1@2026-06-01T14:30:00Z:rate_limited', 'l1@2026-06-01T14:50:00Z:rate_limited']);
    expect(r.skipped[0]!.detail).toBe('Tag triggers are paused until Mon 11:30 (America/New_York) after more than 25,000 tag actions within an hour');
    expect(r.activations).toEqual([]);
  });
});

describe('R9 actions before start', () => {
  // SPEC R9: "every applied tag action … counts"; events before start are applied (they change the
  // world). A flood just before the span suspends the triggers inside it, as it would in the account.
  const N = 25_000;
  const flood = (at: string) => Array.from({ length: N }, (_, i) => tagAdd(at, `x${i}`, 't-new', 'automation'));
  const run = (floodAt: string, crossAt: string) =>
    simulate(
      scenario({
        leads: [lead('l1'), ...Array.from({ length: N }, (_, i) => lead(`x${i}`))],
        start: '2026-06-01T14:00:00Z',
        bots: [
          bot('vip', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }]),
          bot('call', [{ type: 'call_received' }], { conditions: [{ type: 'tags', mode: 'and', tagIds: ['t-new'] }] }),
        ],
        events: [
          ...flood(floodAt),
          tagAdd(crossAt, 'l1', 't-new', 'automation'), // number 25,001 within the hour when the flood is recent
          tagAdd('2026-06-01T14:10:00Z', 'l1', 't-vip'),
          { at: '2026-06-01T14:20:00Z', type: 'call_received', leadId: 'x0' },
        ],
      }),
    );

  it('tag actions before start count toward the 25,000 window: the suspension they start reaches into the span', () => {
    const r = run('2026-06-01T13:30:00Z', '2026-06-01T13:59:00Z');
    expect(r.warnings).toEqual([{ at: '2026-06-01T13:59:00Z', code: 'tag_triggers_suspended', until: '2026-06-01T14:59:00Z' }]);
    expect(skips(r, 'vip')).toEqual(['l1@2026-06-01T14:10:00Z:rate_limited']);
    // The actions were applied (x0 has the tag New), and a trigger of another kind still runs.
    expect(runs(r)).toEqual(['x0@2026-06-01T14:20:00Z']);
  });

  it('actions more than an hour before a later action no longer count for it', () => {
    const r = run('2026-06-01T12:30:00Z', '2026-06-01T13:31:00Z');
    expect(r.warnings).toEqual([]);
    expect(r.skipped).toEqual([]);
    expect(runs(r)).toEqual(['l1@2026-06-01T14:10:00Z', 'x0@2026-06-01T14:20:00Z']);
  });
});

describe('R15 first message of the day', () => {
  it('an outgoing message does not mark the day: the first incoming one later that day still runs', () => {
    const r = simulate(
      scenario({
        bots: [bot('any', [{ type: 'first_message_of_day', channelIds: [] }]), bot('wa', [{ type: 'first_message_of_day', channelIds: ['ch-wa'] }])],
        events: [
          msg('2026-06-01T14:00:00Z', 'l1', 'ch-wa', 'outgoing'), // Mon 10:00 New York
          msg('2026-06-01T15:00:00Z', 'l1', 'ch-wa', 'incoming'), // Mon 11:00, the same local day
        ],
      }),
    );
    expect(runs(r, 'any')).toEqual(['l1@2026-06-01T15:00:00Z']);
    expect(runs(r, 'wa')).toEqual(['l1@2026-06-01T15:00:00Z']);
    expect(r.skipped).toEqual([]);
  });
});

describe('R16 utm not_contains', () => {
  const call = (op: 'not_contains' | 'not_match') =>
    bot(`c-${op}`, [{ type: 'call_received' }], { conditions: [{ type: 'utm', param: 'utm_campaign', op, value: 'summer' }] });

  it('holds for a missing value (the exact opposite of contains), as not_match does', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), lead('l2', { utm: { utm_source: 'google' } }), lead('l3', { utm: { utm_campaign: ' Big SUMMER sale ' } })],
        bots: [call('not_contains'), call('not_match')],
        events: ['l1', 'l2', 'l3'].map((id): SimEvent => ({ at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: id })),
      }),
    );
    // l1 has no UTM at all, l2 no utm_campaign: both hold. l3 contains "summer" (any case): fails.
    expect(runs(r, 'c-not_contains')).toEqual(['l1@2026-06-01T14:00:00Z', 'l2@2026-06-01T14:00:00Z']);
    expect(skips(r, 'c-not_contains')).toEqual(['l3@2026-06-01T14:00:00Z:condition']);
    expect(runs(r, 'c-not_match')).toEqual(['l1@2026-06-01T14:00:00Z', 'l2@2026-06-01T14:00:00Z', 'l3@2026-06-01T14:00:00Z']);
  });
});

describe('R6 tag triggers by entity', () => {
  it('a trigger on lead tags ignores a contact tag with the same tag id: no activation and no skip', () => {
    const contactTag = (at: string, origin: 'user' | 'automation'): SimEvent => ({
      at,
      type: 'tag_added',
      entity: 'contact',
      entityId: `c-${origin}`,
      tagId: 't-vip',
      origin,
      leadId: 'l1',
    });
    const r = simulate(
      scenario({
        bots: [bot('vip', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }])],
        events: [contactTag('2026-06-01T14:00:00Z', 'user'), contactTag('2026-06-01T14:01:00Z', 'automation'), tagAdd('2026-06-01T14:02:00Z', 'l1', 't-vip')],
      }),
    );
    expect(r.activations).toEqual([{ botId: 'vip', leadId: 'l1', at: '2026-06-01T14:02:00Z', trigger: 0, cause: 2 }]);
    expect(r.skipped).toEqual([]);
  });
});

describe('R14 cooldown sentence', () => {
  it('names the time of the last run, not the time of the skipped message', () => {
    const r = simulate(
      scenario({
        bots: [bot('m', [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 60 }])],
        events: [msg('2026-06-01T14:00:00Z'), msg('2026-06-01T14:20:00Z'), msg('2026-06-01T14:45:00Z')],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T14:00:00Z']);
    expect(r.skipped.map((s) => [s.at, s.reason, s.detail])).toEqual([
      ['2026-06-01T14:20:00Z', 'cooldown', 'Within the 1 h cooldown of the last run at Mon 10:00 (America/New_York)'],
      ['2026-06-01T14:45:00Z', 'cooldown', 'Within the 1 h cooldown of the last run at Mon 10:00 (America/New_York)'],
    ]);
  });
});

describe('R14 cooldown sentence with two message triggers', () => {
  it('names the trigger whose cooldown it is: the bot may have run later through the other one', () => {
    const r = simulate(
      scenario({
        bots: [
          bot('m', [
            { type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 60 },
            { type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 60 },
          ]),
        ],
        events: [msg('2026-06-01T14:00:00Z'), msg('2026-06-01T14:05:00Z'), msg('2026-06-01T14:20:00Z')],
      }),
    );
    expect(r.activations.map((a) => [a.at, a.trigger])).toEqual([
      ['2026-06-01T14:00:00Z', 0],
      ['2026-06-01T14:05:00Z', 1],
    ]);
    expect(r.skipped.map((s) => [s.at, s.trigger, s.detail])).toEqual([
      ['2026-06-01T14:20:00Z', 0, "Within the 1 h cooldown of trigger 1's last run at Mon 10:00 (America/New_York)"],
    ]);
  });
});

describe('R6 not_manual sentence', () => {
  const sentence = (verb: string, by: string) => `The tag VIP was ${verb} ${by}; tag triggers only react to changes made by users`;

  it('names the origin of each change, even when one trigger skips both an automation and the API', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), lead('l2'), lead('l3')],
        bots: [bot('vip', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }])],
        events: [
          tagAdd('2026-06-01T14:00:00Z', 'l1', 't-vip', 'automation'),
          tagAdd('2026-06-01T14:01:00Z', 'l2', 't-vip', 'api'),
          tagAdd('2026-06-01T14:02:00Z', 'l3', 't-vip', 'automation'),
        ],
      }),
    );
    expect(r.skipped.map((s) => [s.leadId, s.reason, s.detail])).toEqual([
      ['l1', 'not_manual', sentence('added', 'by an automation')],
      ['l2', 'not_manual', sentence('added', 'through the API')],
      ['l3', 'not_manual', sentence('added', 'by an automation')],
    ]);
  });

  it('the API first, then an automation, on a tag_removed trigger', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1', { tagIds: ['t-vip'] }), lead('l2', { tagIds: ['t-vip'] })],
        bots: [bot('gone', [{ type: 'tag_removed', entity: 'lead', tagId: 't-vip' }])],
        events: [tagRemove('2026-06-01T14:00:00Z', 'l1', 't-vip', 'api'), tagRemove('2026-06-01T14:01:00Z', 'l2', 't-vip', 'automation')],
      }),
    );
    expect(r.skipped.map((s) => s.detail)).toEqual([sentence('removed', 'through the API'), sentence('removed', 'by an automation')]);
  });
});

describe('R16 sale conditions read the built-in Budget field (docs/engine-decisions.md)', () => {
  it('a number set on a lead\'s Budget field is its sale value from then on; text there, or a number in another field, is not', () => {
    const budget = (at: string, leadId: string, fieldId: string, value: string | number): SimEvent => ({
      at, type: 'field_updated', entity: 'lead', entityId: leadId, fieldId, value, origin: 'user', leadId,
    });
    const r = simulate(
      scenario({
        leads: [lead('l1'), lead('l2'), lead('l3')],
        bots: [bot('big', [{ type: 'website_visited', url: 'https://example.com/pricing', delayMinutes: 0 }], { conditions: [{ type: 'sale', min: 100, max: null }] })],
        events: [
          budget('2026-06-01T14:00:00Z', 'l1', 'f-budget', 150),
          budget('2026-06-01T14:00:00Z', 'l2', 'f-budget', '150'),
          budget('2026-06-01T14:00:00Z', 'l3', 'f-location', 150),
          ...['l1', 'l2', 'l3'].map((leadId): SimEvent => ({ at: '2026-06-01T14:01:00Z', type: 'website_visited', url: 'https://example.com/pricing', leadId })),
        ],
      }),
    );
    expect(runs(r, 'big')).toEqual(['l1@2026-06-01T14:01:00Z']);
    expect(skips(r, 'big')).toEqual(['l2@2026-06-01T14:01:00Z:condition', 'l3@2026-06-01T14:01:00Z:condition']);
  });
});
