// The skip sentences a wording review found untrue, unclear or unlike the editor's words.
import { describe, expect, it } from 'vitest';
import type { Bot } from '../domain';
import { evaluateConditions, simulate } from '.';
import { ACCOUNT, bot, lead, move, msg, scenario } from './test-scenario';

const details = (r: ReturnType<typeof simulate>) => r.skipped.map((s) => s.detail);

describe('cooldown sentences', () => {
  it('name the last run to the second, so it never looks longer ago than the cooldown', () => {
    // A 1 min cooldown: the run at 10:00:45 and a message at 10:01:10 (25 s later, not 70).
    const r = simulate(
      scenario({
        bots: [bot('m', [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 1 }])],
        events: [msg('2026-06-01T14:00:45Z'), msg('2026-06-01T14:01:10Z')],
      }),
    );
    expect(details(r)).toEqual(['Within the 1 min cooldown of the last run at Mon 10:00:45 (America/New_York)']);
  });

  it('of a day or more give the date with seconds and the zone as the other sentences name it', () => {
    const r = simulate(
      scenario({
        bots: [bot('m', [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 2 * 1440 + 90 }])],
        events: [msg('2026-06-01T13:00:07Z'), msg('2026-06-02T13:00:00Z')],
      }),
    );
    expect(details(r)).toEqual(['Within the 2-day 1 h 30 min cooldown of the last run at Mon 1 Jun 2026, 09:00:07 (America/New_York)']);
  });
});

describe('left_stage sentences', () => {
  const stageBot = (type: 'lead_created_in_stage' | 'lead_moved_or_created_in_stage', delayMinutes: number): Bot =>
    bot(type, [{ type, stageIds: ['s-qualified'], delayMinutes }]);
  const events = [
    { at: '2026-06-01T14:00:00Z', type: 'lead_created' as const, lead: lead('l2', { stageId: 's-qualified' }) },
    move('2026-06-01T14:30:00Z', 'l2', 's-won'),
    move('2026-06-01T14:40:00Z', 'l2', 's-qualified'),
  ];

  it('say the lead came back, and promise no new run: whether one comes depends on how it came back', () => {
    const created = simulate(scenario({ bots: [stageBot('lead_created_in_stage', 90)], events, until: '2026-06-02T00:00:00Z' }));
    expect(details(created)).toEqual(['Lead left Qualified and came back before the 1 h 30 min delay ended; this run is dropped']);
    expect(created.activations).toEqual([]);
    // A trigger that listens to moves does start on the return: that run is in the results in its own right.
    const moved = simulate(scenario({ bots: [stageBot('lead_moved_or_created_in_stage', 1440)], events, until: '2026-06-03T00:00:00Z' }));
    expect(details(moved)).toEqual(['Lead left Qualified and came back before the one-day delay ended; this run is dropped']);
    expect(moved.activations.map((a) => a.at)).toEqual(['2026-06-02T14:40:00Z']);
  });
});

describe('condition sentences', () => {
  type Conditions = Bot['conditions'];
  const check = (l: ReturnType<typeof lead>, conditions: Conditions, account = {}) =>
    details(
      simulate(
        scenario({
          account,
          leads: [l],
          bots: [bot('c', [{ type: 'call_received' }], { conditions })],
          events: [{ at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: l.id }],
        }),
      ),
    );

  it('say sale amounts as the editor does, in dollars with cents', () => {
    expect(check(lead('l1', { price: 5000 }), [{ type: 'sale', min: 10000.5, max: null }])).toEqual([
      'Sale value $5,000 is below the minimum of $10,000.50 (condition 1)',
    ]);
    expect(check(lead('l1', { price: 120000 }), [{ type: 'sale', min: null, max: 100000 }])).toEqual([
      'Sale value $120,000 is above the maximum of $100,000 (condition 1)',
    ]);
  });

  it('name several missing tags as tags, one missing tag as SPEC does', () => {
    expect(check(lead('l1'), [{ type: 'tags', mode: 'and', tagIds: ['t-vip', 't-new'] }])).toEqual(['Lead does not have the tags VIP and New (condition 1)']);
    expect(check(lead('l1', { tagIds: ['t-new'] }), [{ type: 'tags', mode: 'and', tagIds: ['t-vip', 't-new'] }])).toEqual(['Lead has no tag VIP (condition 1)']);
  });

  it('quote a UTM value trimmed (as it is compared) in curly quotes', () => {
    const l = lead('l1', { utm: { utm_source: ' Facebook ' } });
    expect(check(l, [{ type: 'utm', param: 'utm_source', op: 'match', value: ' google ' }])).toEqual([
      'utm_source is “Facebook”, which does not match “google” (condition 1)',
    ]);
    expect(check(l, [{ type: 'utm', param: 'utm_source', op: 'contains', value: 'say "hi"' }])).toEqual([
      'utm_source is “Facebook”, which does not contain “say "hi"” (condition 1)',
    ]);
    expect(check(l, [{ type: 'utm', param: 'utm_source', op: 'empty' }])).toEqual(['utm_source is “Facebook”, which is not empty (condition 1)']);
  });

  it('quote account names that a list could misread, and shorten long ones', () => {
    const long = `Partner ${'x'.repeat(92)}`;
    const account = {
      tags: [...ACCOUNT.tags, { id: 't-hot', name: 'Hot, and new', entity: 'lead' as const }, { id: 't-long', name: long, entity: 'lead' as const }],
    };
    expect(check(lead('l1', { tagIds: ['t-hot', 't-vip'] }), [{ type: 'not_tags', mode: 'or', tagIds: ['t-hot', 't-vip'] }], account)).toEqual([
      'Lead has the tags “Hot, and new” and VIP (condition 1)',
    ]);
    expect(check(lead('l1'), [{ type: 'tags', mode: 'or', tagIds: ['t-long'] }], account)).toEqual([`Lead has no tag “${long.slice(0, 77)}…” (condition 1)`]);
  });
});

describe('the simulator inspector words (evaluateConditions)', () => {
  it('says a missing single tag plainly and amounts in dollars', () => {
    const checks = evaluateConditions(
      [
        { type: 'tags', mode: 'or', tagIds: ['t-vip'] },
        { type: 'sale', min: 10000, max: 100000 },
      ],
      lead('l1', { price: 5000 }),
      ACCOUNT,
    );
    expect(checks).toEqual([
      { index: 0, pass: false, actual: 'Does not have VIP', expected: 'Has the tag VIP' },
      { index: 1, pass: false, actual: 'Sale value $5,000', expected: 'Between $10,000 and $100,000' },
    ]);
  });
});
