import { describe, expect, it } from 'vitest';
import type { Bot, Lead, SimEvent, SimResult } from '../domain';
import { evaluateConditions, resultMoment, simulate, simulateLog } from '.';
import { bot, lead, move, msg, rawScenario, scenario, setField, tagAdd, tagRemove } from './test-scenario';
import { durationModifier, nameText, quote, spanWords } from './words';

const runs = (r: SimResult, botId?: string) =>
  r.activations.filter((a) => botId === undefined || a.botId === botId).map((a) => `${a.leadId ?? a.entityId}@${a.at}`);
const skips = (r: SimResult, botId?: string) =>
  r.skipped.filter((s) => botId === undefined || s.botId === botId).map((s) => `${s.leadId ?? '-'}@${s.at}:${s.reason}`);

const stageBot = (type: 'lead_created_in_stage' | 'lead_moved_to_stage' | 'lead_moved_or_created_in_stage', delayMinutes = 0, extra = {}) =>
  bot(type, [{ type, stageIds: ['s-qualified'], delayMinutes, ...extra }]);

describe('R1 order and time', () => {
  it('runs timers due at an instant before the events at that instant', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), lead('l2', { stageId: 's-qualified' })],
        bots: [bot('b', [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 10 }])],
        events: [move('2026-06-01T14:00:00Z', 'l1', 's-qualified'), move('2026-06-01T14:10:00Z', 'l1', 's-won')],
      }),
    );
    // The delayed run is due at 14:10, before the move out at 14:10: it still sees the lead in Qualified.
    expect(runs(r)).toEqual(['l1@2026-06-01T14:10:00Z']);
  });

  it('applies events in order of time, equal instants in file order, and reports causes as file indices', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), lead('l2')],
        bots: [stageBot('lead_moved_to_stage')],
        events: [move('2026-06-01T15:00:00Z', 'l1', 's-qualified'), move('2026-06-01T14:00:00Z', 'l2', 's-qualified')],
      }),
    );
    expect(r.activations.map((a) => [a.leadId, a.cause])).toEqual([
      ['l2', 1],
      ['l1', 0],
    ]);
  });

  it('events before start change the world but fire nothing', () => {
    const r = simulate(
      scenario({
        start: '2026-06-01T12:00:00Z',
        bots: [bot('b', [{ type: 'form_submitted', formIds: [] }], { conditions: [{ type: 'tags', mode: 'and', tagIds: ['t-vip'] }] })],
        events: [
          tagAdd('2026-06-01T10:00:00Z', 'l1', 't-vip'),
          { at: '2026-06-01T11:00:00Z', type: 'form_submitted', formId: 'form-demo', leadId: 'l1' },
          { at: '2026-06-01T12:00:00Z', type: 'form_submitted', formId: 'form-demo', leadId: 'l1' },
        ],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T12:00:00Z']);
    expect(r.skipped).toEqual([]);
  });

  it('events after until are ignored and timers due after until never fire; one due exactly at until does', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), lead('l2')],
        until: '2026-06-01T14:10:00Z',
        bots: [stageBot('lead_moved_to_stage', 10)],
        events: [
          move('2026-06-01T14:00:00Z', 'l1', 's-qualified'),
          move('2026-06-01T14:05:00Z', 'l2', 's-qualified'),
          move('2026-06-01T14:20:00Z', 'l1', 's-qualified'),
        ],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T14:10:00Z']);
  });

  it('start defaults to the first event and until to the last; no events means nothing happens', () => {
    const empty = simulate(scenario({ bots: [bot('b', [{ type: 'recurring', every: 'day', time: '09:00' }])] }));
    expect(empty).toEqual({ activations: [], skipped: [], warnings: [] });
  });
});

describe('R3 pipeline triggers', () => {
  const events = [
    { at: '2026-06-01T14:00:00Z', type: 'lead_created' as const, lead: lead('n1', { stageId: 's-qualified' }) },
    move('2026-06-01T14:01:00Z', 'l1', 's-qualified'),
  ];
  it('created-in fires on creation only, moved-to on a move only, moved-or-created on both', () => {
    const r = simulate(
      scenario({ bots: [stageBot('lead_created_in_stage'), stageBot('lead_moved_to_stage'), stageBot('lead_moved_or_created_in_stage')], events }),
    );
    expect(runs(r, 'lead_created_in_stage')).toEqual(['n1@2026-06-01T14:00:00Z']);
    expect(runs(r, 'lead_moved_to_stage')).toEqual(['l1@2026-06-01T14:01:00Z']);
    expect(runs(r, 'lead_moved_or_created_in_stage')).toEqual(['n1@2026-06-01T14:00:00Z', 'l1@2026-06-01T14:01:00Z']);
  });

  it('a move to the stage the lead is already in is no move', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1', { stageId: 's-qualified' })],
        bots: [stageBot('lead_moved_to_stage')],
        events: [move('2026-06-01T14:00:00Z', 'l1', 's-qualified')],
      }),
    );
    expect(r.activations).toEqual([]);
    expect(r.skipped).toEqual([]);
  });
});

describe('R4 delays', () => {
  it('leaving and returning during the delay skips with left_stage at the due time', () => {
    const r = simulate(
      scenario({
        bots: [stageBot('lead_moved_to_stage', 10)],
        until: '2026-06-01T15:00:00Z',
        events: [
          move('2026-06-01T14:00:00Z', 'l1', 's-qualified'),
          move('2026-06-01T14:03:00Z', 'l1', 's-won'),
          move('2026-06-01T14:04:00Z', 'l1', 's-qualified'),
        ],
      }),
    );
    // The first delay ends at 14:10 (left in between); the return at 14:04 starts its own delay to 14:14.
    expect(skips(r)).toEqual(['l1@2026-06-01T14:10:00Z:left_stage']);
    // No "started over": the run is dropped, and (a trigger that listens to moves) the return plans the next.
    expect(r.skipped[0]!.detail).toBe('Lead left Qualified and came back before the 10 min delay ended; this run is dropped');
    expect(runs(r)).toEqual(['l1@2026-06-01T14:14:00Z']);
  });

  it('reads conditions at the due time, against the lead as it is then', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), lead('l2', { tagIds: ['t-vip'] })],
        bots: [stageBot('lead_moved_to_stage', 10, {})].map((b) => ({ ...b, conditions: [{ type: 'tags' as const, mode: 'and' as const, tagIds: ['t-vip'] }] })),
        until: '2026-06-01T15:00:00Z',
        events: [
          move('2026-06-01T14:00:00Z', 'l1', 's-qualified'),
          move('2026-06-01T14:00:00Z', 'l2', 's-qualified'),
          tagAdd('2026-06-01T14:05:00Z', 'l1', 't-vip', 'automation'),
          tagRemove('2026-06-01T14:05:00Z', 'l2', 't-vip'),
        ],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T14:10:00Z']);
    expect(r.skipped).toEqual([
      {
        botId: 'lead_moved_to_stage',
        leadId: 'l2',
        at: '2026-06-01T14:10:00Z',
        trigger: 0,
        reason: 'condition',
        condition: 0,
        detail: 'Lead has no tag VIP (condition 1)',
      },
    ]);
  });

  it('a lead created again during the delay has left the stage, and later delays read its new data', () => {
    const created = (at: string, extra: Partial<Lead>): SimEvent => ({ at, type: 'lead_created', lead: lead('l1', extra) });
    const r = simulate(
      scenario({
        bots: [
          stageBot('lead_moved_to_stage', 10),
          bot('seen', [{ type: 'outgoing_message_seen', channelIds: [], delayMinutes: 10 }], { conditions: [{ type: 'sale', min: 1000, max: null }] }),
        ],
        until: '2026-06-01T16:00:00Z',
        events: [
          move('2026-06-01T14:00:00Z', 'l1', 's-qualified'),
          { at: '2026-06-01T14:00:00Z', type: 'message_seen', channelId: 'ch-wa', leadId: 'l1' },
          // Created again, in the same stage, with a price: the data of the lead as it is now.
          created('2026-06-01T14:05:00Z', { stageId: 's-qualified', price: 5000 }),
        ],
      }),
    );
    expect(skips(r, 'lead_moved_to_stage')).toEqual(['l1@2026-06-01T14:10:00Z:left_stage']);
    // It is in the stage again: not said to have left it.
    expect(r.skipped.find((s) => s.botId === 'lead_moved_to_stage')!.detail).toBe(
      'Lead left Qualified and came back before the 10 min delay ended; this run is dropped',
    );
    // The seen-message delay checks its sale condition against the new price (5,000), not 0.
    expect(runs(r, 'seen')).toEqual(['l1@2026-06-01T14:10:00Z']);
  });

  it('checks active hours at the due time, not at the event', () => {
    const r = simulate(
      scenario({
        bots: [
          {
            ...stageBot('lead_moved_to_stage', 60),
            activeHours: { ranges: [{ weekday: 1, from: '09:00', to: '10:00' }] },
          },
        ],
        until: '2026-06-01T16:00:00Z',
        events: [move('2026-06-01T13:30:00Z', 'l1', 's-qualified')], // Mon 09:30 New York; due 10:30
      }),
    );
    expect(skips(r)).toEqual(['l1@2026-06-01T14:30:00Z:outside_hours']);
  });
});

describe('R5 responsible user', () => {
  it('fires only when the responsible user becomes a different user', () => {
    const r = simulate(
      scenario({
        bots: [bot('b', [{ type: 'responsible_user_changed' }])],
        events: [
          { at: '2026-06-01T14:00:00Z', type: 'responsible_changed', leadId: 'l1', toUserId: 'u-ana' },
          { at: '2026-06-01T14:01:00Z', type: 'responsible_changed', leadId: 'l1', toUserId: 'u-bruno' },
        ],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T14:01:00Z']);
  });
});

describe('R6 tag triggers', () => {
  const vip = bot('vip', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }]);
  it('only manual tag changes fire; automations and the API are skipped as not_manual', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), lead('l2'), lead('l3')],
        bots: [vip],
        events: [tagAdd('2026-06-01T14:00:00Z', 'l1', 't-vip'), tagAdd('2026-06-01T14:01:00Z', 'l2', 't-vip', 'automation'), tagAdd('2026-06-01T14:02:00Z', 'l3', 't-vip', 'api')],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T14:00:00Z']);
    expect(skips(r)).toEqual(['l2@2026-06-01T14:01:00Z:not_manual', 'l3@2026-06-01T14:02:00Z:not_manual']);
  });

  it('adding a tag the lead has, or removing one it lacks, changes nothing and fires nothing', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1', { tagIds: ['t-vip'] })],
        bots: [vip, bot('gone', [{ type: 'tag_removed', entity: 'lead', tagId: 't-new' }])],
        events: [tagAdd('2026-06-01T14:00:00Z', 'l1', 't-vip'), tagRemove('2026-06-01T14:01:00Z', 'l1', 't-new')],
      }),
    );
    expect(r).toEqual({ activations: [], skipped: [], warnings: [] });
  });

  it('a contact tag with a lead context reports both the entity and the lead', () => {
    const r = simulate(
      scenario({
        bots: [bot('partner', [{ type: 'tag_added', entity: 'contact', tagId: 't-partner' }])],
        events: [{ at: '2026-06-01T14:00:00Z', type: 'tag_added', entity: 'contact', entityId: 'c1', tagId: 't-partner', origin: 'user', leadId: 'l1' }],
      }),
    );
    expect(r.activations).toEqual([{ botId: 'partner', leadId: 'l1', entityId: 'c1', at: '2026-06-01T14:00:00Z', trigger: 0, cause: 0 }]);
  });

  it('R18: a bot with conditions and no lead context is skipped for its conditions; without conditions it runs', () => {
    const ev = { at: '2026-06-01T14:00:00Z', type: 'tag_added' as const, entity: 'contact' as const, entityId: 'c1', tagId: 't-partner', origin: 'user' as const };
    const r = simulate(
      scenario({
        bots: [
          bot('plain', [{ type: 'tag_added', entity: 'contact', tagId: 't-partner' }]),
          bot('picky', [{ type: 'tag_added', entity: 'contact', tagId: 't-partner' }], { conditions: [{ type: 'stages', stageIds: [] }] }),
        ],
        events: [ev],
      }),
    );
    expect(r.activations).toEqual([{ botId: 'plain', entityId: 'c1', at: '2026-06-01T14:00:00Z', trigger: 0, cause: 0 }]);
    expect(r.skipped.map((s) => [s.botId, s.reason, s.condition, s.leadId])).toEqual([['picky', 'condition', 0, undefined]]);
    // Said as what it is: no condition of the bot failed, the contact's event named no lead.
    expect(r.skipped[0]!.detail).toBe('This bot has conditions about a lead, but this contact is not linked to a lead, so there is no lead to check them against');
  });
});

describe('tags unknown to the account', () => {
  it('are kept per lead, however many appear, without disturbing tag conditions', () => {
    const extra = Array.from({ length: 40 }, (_, i) => tagAdd(`2026-06-01T13:00:${String(i).padStart(2, '0')}Z`, 'l2', `x-${i}`));
    const s = scenario({
      leads: [lead('l1', { tagIds: ['t-vip'] }), lead('l2')],
      bots: [bot('call', [{ type: 'call_received' }], { conditions: [{ type: 'tags', mode: 'and', tagIds: ['t-vip'] }] })],
      events: [...extra, tagAdd('2026-06-01T13:59:00Z', 'l2', 't-vip'), { at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' }, { at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l2' }],
    });
    expect(runs(simulate(s))).toEqual(['l1@2026-06-01T14:00:00Z', 'l2@2026-06-01T14:00:00Z']);
    expect(resultMoment(s, 'run', 1)?.lead?.tagIds).toHaveLength(41);
    expect(resultMoment(s, 'run', 0)?.lead?.tagIds).toEqual(['t-vip']);
  });
});

describe('R7 field triggers', () => {
  const loc = bot('loc', [{ type: 'field_updated', entity: 'lead', fieldId: 'f-location' }]);
  it('fires for any origin when set, changed or cleared; setting the current value is no change', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1', { fields: { 'f-location': 'Lisbon' } })],
        bots: [loc],
        events: [
          setField('2026-06-01T14:00:00Z', 'l1', 'f-location', 'Lisbon'),
          setField('2026-06-01T14:01:00Z', 'l1', 'f-location', 'Porto', 'api'),
          setField('2026-06-01T14:02:00Z', 'l1', 'f-location', null, 'automation'),
          setField('2026-06-01T14:03:00Z', 'l1', 'f-location', null),
          setField('2026-06-01T14:04:00Z', 'l1', 'f-location', 'Faro'),
        ],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T14:01:00Z', 'l1@2026-06-01T14:02:00Z', 'l1@2026-06-01T14:04:00Z']);
  });

  it('compares values strictly: 5 and "5" differ; null on a field the lead never had is no change', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1', { fields: { 'f-location': '5' } }), lead('l2')],
        bots: [loc],
        events: [
          setField('2026-06-01T14:00:00Z', 'l1', 'f-location', 5),
          setField('2026-06-01T14:01:00Z', 'l1', 'f-location', 5),
          setField('2026-06-01T14:02:00Z', 'l1', 'f-location', '5'),
          setField('2026-06-01T14:03:00Z', 'l2', 'f-location', null),
        ],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T14:00:00Z', 'l1@2026-06-01T14:02:00Z']);
  });
});

describe('R8 plan gating', () => {
  it('on the base plan every match is skipped with reason plan', () => {
    const r = simulate(
      scenario({
        account: { plan: 'base' },
        bots: [bot('b', [{ type: 'call_received' }]), stageBot('lead_moved_to_stage', 5)],
        events: [{ at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' }, move('2026-06-01T14:01:00Z', 'l1', 's-qualified')],
        until: '2026-06-01T15:00:00Z',
      }),
    );
    expect(r.activations).toEqual([]);
    expect(skips(r)).toEqual(['l1@2026-06-01T14:00:00Z:plan', 'l1@2026-06-01T14:01:00Z:plan']);
  });

  it('on the advanced plan tag and field triggers are skipped with reason plan, others run', () => {
    const r = simulate(
      rawScenario({
        account: { plan: 'advanced' },
        bots: [bot('tag', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }]), bot('call', [{ type: 'call_received' }])],
        events: [tagAdd('2026-06-01T14:00:00Z', 'l1', 't-vip'), { at: '2026-06-01T14:01:00Z', type: 'call_received', leadId: 'l1' }],
      }),
    );
    expect(skips(r, 'tag')).toEqual(['l1@2026-06-01T14:00:00Z:plan']);
    expect(runs(r, 'call')).toEqual(['l1@2026-06-01T14:01:00Z']);
  });
});

describe('R8a applyToExisting', () => {
  it('runs at start plus the delay for leads already in the stage, with no cause', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1', { stageId: 's-qualified' }), lead('l2'), lead('l3', { stageId: 's-qualified' })],
        bots: [stageBot('lead_moved_or_created_in_stage', 30, { applyToExisting: true })],
        start: '2026-06-01T14:00:00Z',
        until: '2026-06-01T16:00:00Z',
        events: [move('2026-06-01T14:10:00Z', 'l3', 's-won')],
      }),
    );
    expect(r.activations).toEqual([
      { botId: 'lead_moved_or_created_in_stage', leadId: 'l1', at: '2026-06-01T14:30:00Z', trigger: 0, cause: null },
    ]);
    expect(skips(r)).toEqual(['l3@2026-06-01T14:30:00Z:left_stage']);
  });
});

describe('R9 rate limits', () => {
  const N = 25_000;
  const flood = (at: string, count: number, offset = 0) =>
    Array.from({ length: count }, (_, i) => tagAdd(at, `x${offset + i}`, 't-new', 'automation'));
  const xs = Array.from({ length: N + 10 }, (_, i) => lead(`x${i}`));

  it('the 25,001st tag action within an hour suspends tag triggers for exactly 60 minutes, with one warning', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), ...xs],
        bots: [bot('vip', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }])],
        events: [
          ...flood('2026-06-01T14:00:00Z', N),
          tagAdd('2026-06-01T14:30:00Z', 'l1', 't-vip'), // number 25,001: crosses the limit
          tagRemove('2026-06-01T14:40:00Z', 'l1', 't-vip'),
          tagAdd('2026-06-01T15:29:00Z', 'l1', 't-vip'), // still suspended
          tagRemove('2026-06-01T15:29:30Z', 'l1', 't-vip'),
          tagAdd('2026-06-01T15:30:00Z', 'l1', 't-vip'), // the suspension has ended exactly now
        ],
      }),
    );
    expect(r.warnings).toEqual([{ at: '2026-06-01T14:30:00Z', code: 'tag_triggers_suspended', until: '2026-06-01T15:30:00Z' }]);
    expect(skips(r)).toEqual(['l1@2026-06-01T14:30:00Z:rate_limited', 'l1@2026-06-01T15:29:00Z:rate_limited']);
    expect(runs(r)).toEqual(['l1@2026-06-01T15:30:00Z']);
  });

  it('the suspension sentence gives its end to the second when it does not fall on a whole minute', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), ...xs],
        bots: [bot('vip', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }])],
        events: [...flood('2026-06-01T14:00:00Z', N), tagAdd('2026-06-01T14:41:40Z', 'l1', 't-vip')],
      }),
    );
    expect(r.warnings.map((w) => w.until)).toEqual(['2026-06-01T15:41:40Z']);
    expect(r.skipped.map((s) => s.detail)).toEqual([
      'Tag triggers are paused until Mon 11:41:40 (America/New_York) after more than 25,000 tag actions within an hour',
    ]);
  });

  it('a suspension that ends between two seconds is said to last until the next whole second', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), ...xs],
        bots: [bot('vip', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }])],
        events: [...flood('2026-06-01T14:00:00Z', N), tagAdd('2026-06-01T14:41:40.250Z', 'l1', 't-vip')],
      }),
    );
    expect(r.skipped.map((s) => s.detail)).toEqual([
      'Tag triggers are paused until Mon 11:41:41 (America/New_York) after more than 25,000 tag actions within an hour',
    ]);
  });

  it('exactly 25,000 actions in the window is not over the limit; the window is the 60 minutes up to the action', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), ...xs],
        bots: [bot('vip', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }])],
        events: [
          ...flood('2026-06-01T13:30:00Z', 1),
          ...flood('2026-06-01T14:00:00Z', N - 1, 1),
          tagAdd('2026-06-01T14:30:00Z', 'l1', 't-vip'), // 25,001 in (13:30, 14:30]? no: the 13:30 one is out
        ],
      }),
    );
    expect(r.warnings).toEqual([]);
    expect(runs(r)).toEqual(['l1@2026-06-01T14:30:00Z']);
  });

  it('a rate-limited tag action is still applied', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), ...xs],
        bots: [
          bot('vip', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }]),
          bot('call', [{ type: 'call_received' }], { conditions: [{ type: 'tags', mode: 'and', tagIds: ['t-vip'] }] }),
        ],
        events: [...flood('2026-06-01T14:00:00Z', N), tagAdd('2026-06-01T14:00:00Z', 'l1', 't-vip'), { at: '2026-06-01T14:01:00Z', type: 'call_received', leadId: 'l1' }],
      }),
    );
    expect(skips(r, 'vip')).toEqual(['l1@2026-06-01T14:00:00Z:rate_limited']);
    expect(runs(r, 'call')).toEqual(['l1@2026-06-01T14:01:00Z']);
  });

  it('field changes have their own counter and warning', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), ...xs],
        bots: [bot('loc', [{ type: 'field_updated', entity: 'lead', fieldId: 'f-location' }])],
        events: [
          ...Array.from({ length: N }, (_, i) => setField('2026-06-01T14:00:00Z', `x${i}`, 'f-location', 'A', 'api')),
          setField('2026-06-01T14:10:00Z', 'l1', 'f-location', 'B'),
        ],
      }),
    );
    // The change at 14:10 is number 25,001 within the hour: it is itself rate-limited.
    expect(r.warnings).toEqual([{ at: '2026-06-01T14:10:00Z', code: 'field_triggers_suspended', until: '2026-06-01T15:10:00Z' }]);
    expect(r.skipped.filter((s) => s.leadId === 'l1').map((s) => s.reason)).toEqual(['rate_limited']);
  });
});

describe('R10 relative to a date field', () => {
  const reminder = (hours: number, direction: 'before' | 'after' = 'before') =>
    bot('rem', [{ type: 'relative_to_date_field', fieldId: 'f-meeting', hours, direction }]);

  it('plans leads that exist at start, and re-plans when the field changes (the old plan is dropped)', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1', { fields: { 'f-meeting': '2026-06-01T18:00:00Z' } })],
        bots: [reminder(2)],
        start: '2026-06-01T12:00:00Z',
        until: '2026-06-02T00:00:00Z',
        events: [setField('2026-06-01T13:00:00Z', 'l1', 'f-meeting', '2026-06-01T20:00:00Z')],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T18:00:00Z']);
  });

  it('clearing the field drops the plan', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1', { fields: { 'f-meeting': '2026-06-01T18:00:00Z' } })],
        bots: [reminder(2)],
        start: '2026-06-01T12:00:00Z',
        until: '2026-06-02T00:00:00Z',
        events: [setField('2026-06-01T13:00:00Z', 'l1', 'f-meeting', null)],
      }),
    );
    expect(r.activations).toEqual([]);
  });

  it('late by exactly half the window still runs at once; later is window_passed', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), lead('l2')],
        bots: [reminder(2)],
        events: [
          setField('2026-06-01T17:00:00Z', 'l1', 'f-meeting', '2026-06-01T18:00:00Z'), // due 16:00, 60 min late
          setField('2026-06-01T17:01:00Z', 'l2', 'f-meeting', '2026-06-01T18:00:00Z'), // 61 min late
        ],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T17:00:00Z']);
    expect(skips(r)).toEqual(['l2@2026-06-01T17:01:00Z:window_passed']);
  });

  it('a window_passed sentence never reads as on time: lateness is rounded up (seconds under an hour)', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), lead('l2')],
        bots: [reminder(2), { ...reminder(0), id: 'zero' }],
        events: [
          setField('2026-06-01T17:00:01Z', 'l1', 'f-meeting', '2026-06-01T18:00:00Z'), // due 16:00: 1 hour 1 second late
          setField('2026-06-01T17:00:00.250Z', 'l2', 'f-meeting', '2026-06-01T17:00:00Z'), // a quarter second late
        ],
      }),
    );
    // l2 first (the earlier event): both bots; then l1 (the zero-hour bot plans it for 18:00).
    expect(r.skipped.map((s) => s.detail)).toEqual([
      'Too late: the run 2 hours before Meeting Time was already 2 h 1 min overdue when it was planned; a late run is only made up to half of 2 hours (1 h) late',
      'Too late: the run at Meeting Time was already 1 s overdue when it was planned; with 0 hours a late run is never made up',
      'Too late: the run 2 hours before Meeting Time was already 1 h 1 min overdue when it was planned; a late run is only made up to half of 2 hours (1 h) late',
    ]);
  });

  it('with hours 0 any lateness is window_passed, but a due instant equal to the planning instant runs', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1'), lead('l2')],
        bots: [reminder(0)],
        events: [
          setField('2026-06-01T17:00:00Z', 'l1', 'f-meeting', '2026-06-01T17:00:00Z'),
          setField('2026-06-01T17:01:00Z', 'l2', 'f-meeting', '2026-06-01T17:00:00Z'),
        ],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T17:00:00Z']);
    expect(skips(r)).toEqual(['l2@2026-06-01T17:01:00Z:window_passed']);
  });

  it('a date value means 00:00 in the account zone, and a datetime without offset is local', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1', { fields: { 'f-renewal': '2026-06-10' } }), lead('l2', { fields: { 'f-meeting': '2026-06-10T09:00' } })],
        bots: [
          bot('renew', [{ type: 'relative_to_date_field', fieldId: 'f-renewal', hours: 24, direction: 'before' }]),
          bot('meet', [{ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 1, direction: 'after' }]),
        ],
        start: '2026-06-01T00:00:00Z',
        until: '2026-06-30T00:00:00Z',
      }),
    );
    expect(runs(r, 'renew')).toEqual(['l1@2026-06-09T04:00:00Z']);
    expect(runs(r, 'meet')).toEqual(['l2@2026-06-10T14:00:00Z']);
    expect(r.activations.every((a) => a.cause === null)).toBe(true);
  });
});

describe('R11 on a date and recurring', () => {
  it('on_date in the spring DST gap runs at the first valid minute after it (America/New_York)', () => {
    const r = simulate(
      scenario({
        bots: [bot('b', [{ type: 'on_date', at: '2026-03-08T02:30' }])],
        start: '2026-03-01T00:00:00Z',
        until: '2026-03-31T00:00:00Z',
      }),
    );
    expect(r.activations).toEqual([{ botId: 'b', leadId: 'l1', at: '2026-03-08T07:00:00Z', trigger: 0, cause: null }]);
  });

  it('a recurring time repeated by the autumn overlap runs once, at its first occurrence', () => {
    const r = simulate(
      scenario({
        bots: [bot('b', [{ type: 'recurring', every: 'day', time: '01:30' }])],
        start: '2026-10-31T00:00:00Z',
        until: '2026-11-02T12:00:00Z',
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-10-31T05:30:00Z', 'l1@2026-11-01T05:30:00Z', 'l1@2026-11-02T06:30:00Z']);
  });

  it('day 31 clamps to the last day of shorter months, and occurrences at exactly start and until count', () => {
    const r = simulate(
      scenario({
        account: { timezone: 'UTC' },
        bots: [bot('b', [{ type: 'recurring', every: 'month', dayOfMonth: 31, time: '10:00' }])],
        start: '2026-01-31T10:00:00Z',
        until: '2026-04-30T10:00:00Z',
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-01-31T10:00:00Z', 'l1@2026-02-28T10:00:00Z', 'l1@2026-03-31T10:00:00Z', 'l1@2026-04-30T10:00:00Z']);
  });

  it('schedules are read in the active hours\' time zone where the bot gives one, else in the account\'s (SPEC §1)', () => {
    const hoursIn = (timezone?: string) => ({ ...(timezone ? { timezone } : {}), ranges: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday: weekday as 1, from: '00:00', to: '24:00' })) });
    const at = (activeHours: Bot['activeHours']) =>
      runs(
        simulate(
          scenario({
            bots: [bot('b', [{ type: 'on_date', at: '2026-06-01T09:00' }, { type: 'recurring', every: 'day', time: '18:00' }], { activeHours })],
            start: '2026-06-01T00:00:00Z',
            until: '2026-06-01T23:59:00Z',
          }),
        ),
      );
    // Account America/New_York (UTC-4 in June); Berlin is UTC+2.
    expect(at(hoursIn('Europe/Berlin'))).toEqual(['l1@2026-06-01T07:00:00Z', 'l1@2026-06-01T16:00:00Z']);
    expect(at(hoursIn())).toEqual(['l1@2026-06-01T13:00:00Z', 'l1@2026-06-01T22:00:00Z']);
    expect(at(null)).toEqual(['l1@2026-06-01T13:00:00Z', 'l1@2026-06-01T22:00:00Z']);
  });

  it('runs once per lead existing at the occurrence, skipping those failing the conditions', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1', { tagIds: ['t-vip'] }), lead('l2')],
        bots: [bot('b', [{ type: 'on_date', at: '2026-06-01T10:00' }], { conditions: [{ type: 'tags', mode: 'or', tagIds: ['t-vip'] }] })],
        start: '2026-06-01T00:00:00Z',
        until: '2026-06-02T00:00:00Z',
        events: [{ at: '2026-06-01T15:00:00Z', type: 'lead_created', lead: lead('l3', { tagIds: ['t-vip'] }) }],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T14:00:00Z']);
    expect(skips(r)).toEqual(['l2@2026-06-01T14:00:00Z:condition']);
  });

  it('two schedules of one bot at the same instant run it once per lead', () => {
    const r = simulate(
      scenario({
        bots: [bot('b', [{ type: 'recurring', every: 'day', time: '10:00' }, { type: 'on_date', at: '2026-06-01T10:00' }])],
        start: '2026-06-01T00:00:00Z',
        until: '2026-06-01T23:00:00Z',
      }),
    );
    expect(r.activations).toEqual([{ botId: 'b', leadId: 'l1', at: '2026-06-01T14:00:00Z', trigger: 0, cause: null }]);
  });
});

describe('R12 behaviour triggers', () => {
  it('form [] matches any form, email [] only the account\'s connected inboxes, and calls always', () => {
    const r = simulate(
      scenario({
        bots: [
          bot('form', [{ type: 'form_submitted', formIds: [] }]),
          bot('demo', [{ type: 'form_submitted', formIds: ['form-demo'] }]),
          bot('mail', [{ type: 'email_received', inboxIds: [] }]),
          bot('call', [{ type: 'call_received' }]),
        ],
        events: [
          { at: '2026-06-01T14:00:00Z', type: 'form_submitted', formId: 'form-contact', leadId: 'l1' },
          { at: '2026-06-01T14:01:00Z', type: 'email_received', inboxId: 'in-sales', leadId: 'l1' },
          { at: '2026-06-01T14:02:00Z', type: 'email_received', inboxId: 'in-elsewhere', leadId: 'l1' },
          { at: '2026-06-01T14:03:00Z', type: 'call_received', leadId: 'l1' },
        ],
      }),
    );
    expect(r.activations.map((a) => `${a.botId}@${a.at}`)).toEqual(['form@2026-06-01T14:00:00Z', 'mail@2026-06-01T14:01:00Z', 'call@2026-06-01T14:03:00Z']);
  });

  it('website_visited ignores scheme, www., host case, trailing slash, query and fragment; then its delay applies', () => {
    const r = simulate(
      scenario({
        bots: [bot('web', [{ type: 'website_visited', url: 'https://www.Example.com/pricing', delayMinutes: 5 }])],
        until: '2026-06-01T15:00:00Z',
        events: [
          { at: '2026-06-01T14:00:00Z', type: 'website_visited', url: 'http://EXAMPLE.com/pricing/?utm=1#top', leadId: 'l1' },
          { at: '2026-06-01T14:01:00Z', type: 'website_visited', url: 'https://example.com/Pricing', leadId: 'l1' },
          { at: '2026-06-01T14:02:00Z', type: 'website_visited', url: 'https://example.com/pricing/plans', leadId: 'l1' },
        ],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T14:05:00Z']);
  });

  it('website_visited drops only a leading "www." label: a host that merely begins with "www" is another site', () => {
    const r = simulate(
      scenario({
        bots: [bot('web', [{ type: 'website_visited', url: 'https://wwwidget.io/x', delayMinutes: 0 }])],
        events: [
          { at: '2026-06-01T14:00:00Z', type: 'website_visited', url: 'https://idget.io/x', leadId: 'l1' },
          { at: '2026-06-01T14:01:00Z', type: 'website_visited', url: 'https://www.wwwidget.io/x', leadId: 'l1' },
        ],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T14:01:00Z']);
  });

  it('website_visited reads the path\'s escapes: a space typed in the address matches the %20 browsers report', () => {
    const r = simulate(
      scenario({
        bots: [bot('sale', [{ type: 'website_visited', url: 'https://example.com/summer sale', delayMinutes: 0 }]), bot('esc', [{ type: 'website_visited', url: 'https://example.com/a%2Fb', delayMinutes: 0 }])],
        events: [
          { at: '2026-06-01T14:00:00Z', type: 'website_visited', url: 'https://example.com/summer%20sale', leadId: 'l1' },
          { at: '2026-06-01T14:01:00Z', type: 'website_visited', url: 'https://example.com/a/b', leadId: 'l1' }, // %2F is no "/"
          { at: '2026-06-01T14:02:00Z', type: 'website_visited', url: 'https://example.com/bad%zz', leadId: 'l1' }, // malformed: as written
        ],
      }),
    );
    expect(r.activations.map((a) => `${a.botId}@${a.at}`)).toEqual(['sale@2026-06-01T14:00:00Z']);
  });

  it('website_visited reads a port that is the scheme’s default as no port; another port is another site', () => {
    const visit = (minute: number, url: string): SimEvent => ({ at: `2026-06-01T14:${String(minute).padStart(2, '0')}:00Z`, type: 'website_visited', url, leadId: 'l1' });
    const r = simulate(
      scenario({
        bots: [bot('web', [{ type: 'website_visited', url: 'https://www.example.com/pricing', delayMinutes: 0 }])],
        events: [
          visit(0, 'https://example.com:443/pricing'),
          visit(1, 'http://WWW.example.com:80/pricing/'),
          visit(2, 'https://example.com:/pricing'),
          visit(3, 'https://example.com:8443/pricing'),
          visit(4, 'https://example.com:80/pricing'), // not https's port
          visit(5, 'http://example.com:443/pricing'),
        ],
      }),
    );
    expect(r.activations.map((a) => a.at.slice(11, 16))).toEqual(['14:00', '14:01', '14:02']);
  });

  it('website_visited matches an international host name typed in its own letters to the xn-- form browsers report, and back', () => {
    const visit = (minute: number, url: string): SimEvent => ({ at: `2026-06-01T14:${String(minute).padStart(2, '0')}:00Z`, type: 'website_visited', url, leadId: 'l1' });
    const r = simulate(
      scenario({
        bots: [
          bot('de', [{ type: 'website_visited', url: 'https://www.München.de/angebot', delayMinutes: 0 }]),
          bot('rf', [{ type: 'website_visited', url: 'https://xn--e1afmkfd.xn--p1ai/sale', delayMinutes: 0 }]),
        ],
        events: [
          visit(0, 'https://www.xn--mnchen-3ya.de/angebot/'),
          visit(1, 'http://münchen.de:80/angebot'),
          visit(2, 'https://пример.рф/sale'),
          visit(3, 'https://xn--mnchen-3ya.com/angebot'), // another site
          visit(4, 'https://m\u00fcnchen.de/angebote'), // another page
        ],
      }),
    );
    expect(r.activations.map((a) => `${a.botId}@${a.at.slice(11, 16)}`)).toEqual(['de@14:00', 'de@14:01', 'rf@14:02']);
  });
});

describe('R13–R15 conversations', () => {
  it('conversation_started fires on the opening message of a (lead, channel) conversation, again after it is closed', () => {
    const r = simulate(
      scenario({
        bots: [bot('start', [{ type: 'conversation_started', direction: 'any', channelIds: [] }])],
        events: [
          msg('2026-06-01T14:00:00Z'),
          msg('2026-06-01T14:01:00Z', 'l1', 'ch-wa', 'outgoing'),
          msg('2026-06-01T14:02:00Z', 'l1', 'ch-tg', 'outgoing'),
          { at: '2026-06-01T14:03:00Z', type: 'conversation_closed', channelId: 'ch-wa', leadId: 'l1' },
          msg('2026-06-01T14:04:00Z', 'l1', 'ch-wa'),
        ],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T14:00:00Z', 'l1@2026-06-01T14:02:00Z', 'l1@2026-06-01T14:04:00Z']);
  });

  it('R13: a story mention opens no conversation; closing a channel with none open still fires conversation_closed', () => {
    const r = simulate(
      scenario({
        bots: [
          bot('start', [{ type: 'conversation_started', direction: 'any', channelIds: [] }]),
          bot('closed', [{ type: 'conversation_closed', channelIds: [], delayMinutes: 0 }]),
        ],
        events: [
          { at: '2026-06-01T14:00:00Z', type: 'story_mention', channelId: 'ch-tg', leadId: 'l1' },
          msg('2026-06-01T14:01:00Z', 'l1', 'ch-tg'), // the conversation opens here, not at the mention
          { at: '2026-06-01T14:02:00Z', type: 'conversation_closed', channelId: 'ch-wa', leadId: 'l1' },
        ],
      }),
    );
    expect(r.activations.map((a) => `${a.botId}@${a.at}#${a.cause}`)).toEqual(['start@2026-06-01T14:01:00Z#1', 'closed@2026-06-01T14:02:00Z#2']);
  });

  it('conversation_started with a direction only fires when the opening message has it', () => {
    const r = simulate(
      scenario({
        bots: [bot('in', [{ type: 'conversation_started', direction: 'incoming', channelIds: ['ch-wa'] }])],
        events: [msg('2026-06-01T14:00:00Z', 'l1', 'ch-wa', 'outgoing'), msg('2026-06-01T14:01:00Z')],
      }),
    );
    expect(r.activations).toEqual([]);
  });

  it('R14: a cooldown of a day or more names the date of the last run, not just its weekday', () => {
    const r = simulate(
      scenario({
        bots: [bot('m', [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 43200 }])],
        events: [msg('2026-06-01T13:00:00Z'), msg('2026-06-15T13:00:00Z')],
      }),
    );
    expect(r.skipped.map((s) => s.detail)).toEqual(['Within the 30-day cooldown of the last run at Mon 1 Jun 2026, 09:00 (America/New_York)']);
  });

  it('R14: a cooldown of exactly one day (1,440 minutes) names the date too; one minute less, the weekday is enough', () => {
    const detail = (cooldownMinutes: number) =>
      simulate(
        scenario({
          bots: [bot('m', [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes }])],
          events: [msg('2026-06-01T13:00:00Z'), msg('2026-06-02T12:00:00Z')],
        }),
      ).skipped.map((s) => s.detail);
    expect(detail(1440)).toEqual(['Within the one-day cooldown of the last run at Mon 1 Jun 2026, 09:00 (America/New_York)']);
    expect(detail(1439)).toEqual(['Within the 23 h 59 min cooldown of the last run at Mon 09:00 (America/New_York)']);
  });

  it('R14 cooldown boundary: exactly cooldownMinutes later runs; a skip for another reason starts no cooldown', () => {
    const r = simulate(
      scenario({
        bots: [
          bot('m', [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 10 }], {
            conditions: [{ type: 'not_tags', mode: 'or', tagIds: ['t-spam'] }],
          }),
        ],
        events: [
          tagAdd('2026-06-01T13:59:00Z', 'l1', 't-spam'),
          msg('2026-06-01T14:00:00Z'), // condition: no cooldown starts
          tagRemove('2026-06-01T14:00:30Z', 'l1', 't-spam'),
          msg('2026-06-01T14:01:00Z'), // runs
          msg('2026-06-01T14:10:59Z'), // cooldown
          msg('2026-06-01T14:11:00Z'), // exactly 10 minutes later: runs
        ],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T14:01:00Z', 'l1@2026-06-01T14:11:00Z']);
    expect(skips(r)).toEqual(['l1@2026-06-01T14:00:00Z:condition', 'l1@2026-06-01T14:10:59Z:cooldown']);
  });

  it('R15 seen and closed run after their delay, story mentions at once', () => {
    const r = simulate(
      scenario({
        bots: [
          bot('seen', [{ type: 'outgoing_message_seen', channelIds: [], delayMinutes: 1440 }]),
          bot('closed', [{ type: 'conversation_closed', channelIds: ['ch-wa'], delayMinutes: 5 }]),
          bot('story', [{ type: 'story_mention', channelIds: [] }]),
        ],
        until: '2026-06-03T00:00:00Z',
        events: [
          { at: '2026-06-01T14:00:00Z', type: 'message_seen', channelId: 'ch-wa', leadId: 'l1' },
          { at: '2026-06-01T14:00:00Z', type: 'conversation_closed', channelId: 'ch-wa', leadId: 'l1' },
          { at: '2026-06-01T14:00:00Z', type: 'conversation_closed', channelId: 'ch-tg', leadId: 'l1' },
          { at: '2026-06-01T14:00:00Z', type: 'story_mention', channelId: 'ch-tg', leadId: 'l1' },
        ],
      }),
    );
    expect(r.activations.map((a) => `${a.botId}@${a.at}#${a.cause}`)).toEqual([
      'story@2026-06-01T14:00:00Z#3',
      'closed@2026-06-01T14:05:00Z#1',
      'seen@2026-06-02T14:00:00Z#0',
    ]);
  });

  it('R15 first message of the day counts incoming messages per local day of the account, whether or not the bot ran', () => {
    const r = simulate(
      scenario({
        bots: [
          bot('fmd', [{ type: 'first_message_of_day', channelIds: ['ch-wa'] }], {
            activeHours: { ranges: [{ weekday: 2, from: '09:00', to: '17:00' }] },
          }),
        ],
        events: [
          msg('2026-06-02T03:30:00Z'), // Mon 23:30 New York: Monday's first (outside hours: skipped)
          msg('2026-06-02T04:30:00Z'), // Tue 00:30: Tuesday's first (outside hours)
          msg('2026-06-02T14:00:00Z'), // Tue 10:00: not the first any more
          msg('2026-06-02T14:30:00Z', 'l1', 'ch-tg'), // not a listed channel
        ],
      }),
    );
    expect(r.activations).toEqual([]);
    expect(skips(r)).toEqual(['l1@2026-06-02T03:30:00Z:outside_hours', 'l1@2026-06-02T04:30:00Z:outside_hours']);
  });
});

describe('R15 first message of the day across listed channels', () => {
  it('a message on another listed channel the same local day is not the first; the next day is', () => {
    const r = simulate(
      scenario({
        bots: [bot('fmd', [{ type: 'first_message_of_day', channelIds: ['ch-wa', 'ch-tg'] }])],
        events: [
          msg('2026-06-02T14:00:00Z', 'l1', 'ch-wa'),
          msg('2026-06-02T15:00:00Z', 'l1', 'ch-tg'),
          msg('2026-06-02T15:30:00Z', 'l1', 'ch-tg', 'outgoing'),
          msg('2026-06-03T04:30:00Z', 'l1', 'ch-tg'), // 00:30 the next day in New York
        ],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-02T14:00:00Z', 'l1@2026-06-03T04:30:00Z']);
  });

  it('remembers the day per channel when channels first seen in events widen the day table', () => {
    const r = simulate(
      rawScenario({
        leads: [lead('l1'), lead('l2')],
        bots: [bot('fmd', [{ type: 'first_message_of_day', channelIds: ['ch-wa', 'ch-tg'] }])],
        events: [
          msg('2026-06-02T14:00:00Z', 'l1', 'ch-tg'),
          ...['x1', 'x2', 'x3', 'x4', 'x5', 'x6'].map((ch, i) => msg(`2026-06-02T14:1${i}:00Z`, 'l2', ch)),
          msg('2026-06-02T15:00:00Z', 'l1', 'ch-wa'), // not the first: ch-tg earlier today
          msg('2026-06-02T15:05:00Z', 'l2', 'ch-wa'), // the first on a listed channel
        ],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-02T14:00:00Z', 'l2@2026-06-02T15:05:00Z']);
  });
});

describe('R16 conditions', () => {
  type Conditions = Bot['conditions'];
  const call = (conditions: Conditions) => bot('c', [{ type: 'call_received' }], { conditions });
  const check = (l: ReturnType<typeof lead>, conditions: Conditions) =>
    simulate(scenario({ leads: [l], bots: [call(conditions)], events: [{ at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: l.id }] }));

  it('tags and/or, not_tags and/or', () => {
    const l = lead('l1', { tagIds: ['t-vip'] });
    expect(check(l, [{ type: 'tags', mode: 'and', tagIds: ['t-vip', 't-new'] }]).skipped[0]!.detail).toBe('Lead has no tag New (condition 1)');
    expect(check(l, [{ type: 'tags', mode: 'or', tagIds: ['t-vip', 't-new'] }]).activations).toHaveLength(1);
    expect(check(l, [{ type: 'not_tags', mode: 'and', tagIds: ['t-vip', 't-new'] }]).activations).toHaveLength(1);
    expect(check(l, [{ type: 'not_tags', mode: 'or', tagIds: ['t-vip', 't-new'] }]).skipped[0]!.detail).toBe('Lead has the tag VIP (condition 1)');
  });

  it('stages [] holds always; sale bounds are inclusive and a missing bound is open', () => {
    const l = lead('l1', { price: 100 });
    expect(check(l, [{ type: 'stages', stageIds: [] }]).activations).toHaveLength(1);
    expect(check(l, [{ type: 'sale', min: 100, max: 100 }]).activations).toHaveLength(1);
    expect(check(l, [{ type: 'sale', min: null, max: 99 }]).skipped[0]!.condition).toBe(0);
    expect(check(l, [{ type: 'stages', stageIds: ['s-won'] }]).skipped[0]!.detail).toBe('Lead is in Incoming leads, not in Won (condition 1)');
  });

  it('a lead without a source is said without brackets inside the condition\'s own', () => {
    expect(check(lead('l1'), [{ type: 'source', sourceIds: ['src-ig'] }]).skipped[0]!.detail).toBe('Lead has no source, and the condition wants Instagram (condition 1)');
  });

  it('reports the index of the first failing condition', () => {
    const r = check(lead('l1', { responsibleUserId: 'u-bruno' }), [
      { type: 'stages', stageIds: [] },
      { type: 'responsible', userIds: ['u-ana'] },
      { type: 'source', sourceIds: ['src-ig'] },
    ]);
    expect(r.skipped[0]).toMatchObject({ reason: 'condition', condition: 1, detail: "Lead's responsible user is Bruno, not Ana (condition 2)" });
  });

  it('utm values are trimmed and compared without letter case; not_match holds for a missing value', () => {
    const l = lead('l1', { utm: { utm_source: '  Google ', utm_medium: '   ' } });
    expect(check(l, [{ type: 'utm', param: 'utm_source', op: 'match', value: 'google' }]).activations).toHaveLength(1);
    expect(check(l, [{ type: 'utm', param: 'utm_source', op: 'contains', value: 'OOG' }]).activations).toHaveLength(1);
    expect(check(l, [{ type: 'utm', param: 'utm_medium', op: 'empty' }]).activations).toHaveLength(1);
    expect(check(l, [{ type: 'utm', param: 'utm_campaign', op: 'not_match', value: 'x' }]).activations).toHaveLength(1);
    expect(check(l, [{ type: 'utm', param: 'utm_campaign', op: 'not_empty' }]).activations).toHaveLength(0);
  });

  it('the condition’s own utm value is trimmed and compared without letter case too', () => {
    const l = lead('l1', { utm: { utm_source: 'google' } });
    expect(check(l, [{ type: 'utm', param: 'utm_source', op: 'match', value: '  GOOGLE ' }]).activations).toHaveLength(1);
    expect(check(l, [{ type: 'utm', param: 'utm_source', op: 'not_match', value: '  GOOGLE ' }]).activations).toHaveLength(0);
  });

  it('lead_updated with utm replaces the whole UTM object', () => {
    const r = simulate(
      scenario({
        leads: [lead('l1', { utm: { utm_source: 'google' } })],
        bots: [call([{ type: 'utm', param: 'utm_source', op: 'empty' }])],
        events: [
          { at: '2026-06-01T13:00:00Z', type: 'lead_updated', leadId: 'l1', set: { utm: { utm_medium: 'cpc' } } },
          { at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' },
        ],
      }),
    );
    expect(r.activations).toHaveLength(1);
  });
});

describe('R17 active hours', () => {
  const hoursBot = (ranges: { weekday: 1 | 2 | 3 | 4 | 5 | 6 | 7; from: string; to: string }[], timezone?: string) =>
    bot('h', [{ type: 'call_received' }], { activeHours: { ranges, ...(timezone ? { timezone } : {}) } });
  const callsAt = (...ats: string[]) => ats.map((at) => ({ at, type: 'call_received' as const, leadId: 'l1' }));

  it('`to` is exclusive and skips are not postponed', () => {
    const r = simulate(
      scenario({
        bots: [hoursBot([{ weekday: 1, from: '09:00', to: '17:00' }])],
        events: callsAt('2026-06-01T13:00:00Z', '2026-06-01T20:59:00Z', '2026-06-01T21:00:00Z'), // Mon 09:00, 16:59, 17:00 NY
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T13:00:00Z', 'l1@2026-06-01T20:59:00Z']);
    expect(r.skipped).toEqual([
      { botId: 'h', leadId: 'l1', at: '2026-06-01T21:00:00Z', trigger: 0, reason: 'outside_hours', detail: 'Outside active hours: Mon 17:00 is when the hours end, and 17:00 itself is not included (America/New_York)' },
    ]);
  });

  it('overnight ranges run past midnight into the next day, in the active hours\' own zone', () => {
    const r = simulate(
      scenario({
        bots: [hoursBot([{ weekday: 7, from: '22:00', to: '02:00' }], 'Europe/London')],
        // Sun 23:30 London (BST = UTC+1), Mon 01:59, Mon 02:00
        events: callsAt('2026-06-07T22:30:00Z', '2026-06-08T00:59:00Z', '2026-06-08T01:00:00Z'),
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-07T22:30:00Z', 'l1@2026-06-08T00:59:00Z']);
    expect(skips(r)).toEqual(['l1@2026-06-08T01:00:00Z:outside_hours']);
  });
});

describe('R18 one run per bot and event', () => {
  it('a disabled bot never fires and is never listed', () => {
    const r = simulate(scenario({ bots: [bot('off', [{ type: 'call_received' }], { enabled: false })], events: [{ at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' }] }));
    expect(r).toEqual({ activations: [], skipped: [], warnings: [] });
  });

  it('two matching triggers run the bot once, reporting the first', () => {
    const r = simulate(
      scenario({
        bots: [
          bot('two', [
            { type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 5 },
            { type: 'conversation_started', direction: 'any', channelIds: [] },
          ]),
        ],
        events: [msg('2026-06-01T14:00:00Z')],
      }),
    );
    expect(r.activations).toEqual([{ botId: 'two', leadId: 'l1', at: '2026-06-01T14:00:00Z', trigger: 0, cause: 0, unanswered: false }]);
  });

  it('a bot runs once per lead per instant: another event at that instant is ignored, without a skip', () => {
    const call = (at: string): SimEvent => ({ at, type: 'call_received', leadId: 'l1' });
    const r = simulate(
      scenario({
        bots: [bot('b', [{ type: 'call_received' }, { type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 0 }])],
        events: [call('2026-06-01T14:00:00Z'), move('2026-06-01T14:00:00Z', 'l1', 's-qualified'), call('2026-06-01T14:01:00Z')],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T14:00:00Z', 'l1@2026-06-01T14:01:00Z']);
    expect(r.skipped).toEqual([]);
  });

  it('once per lead per instant holds for every lead the bot ran for then, not only the first; the next instant starts afresh', () => {
    const call = (at: string, leadId: string): SimEvent => ({ at, type: 'call_received', leadId });
    const t = '2026-06-01T14:00:00Z';
    const next = '2026-06-01T14:01:00Z';
    const r = simulate(
      scenario({
        leads: [lead('l1'), lead('l2'), lead('l3')],
        bots: [bot('b', [{ type: 'call_received' }, { type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 0 }])],
        events: [
          call(t, 'l1'),
          call(t, 'l2'),
          call(t, 'l3'),
          move(t, 'l3', 's-qualified'),
          move(t, 'l2', 's-qualified'),
          move(t, 'l1', 's-qualified'),
          // At the next instant l2 again runs after another lead: what ran a minute earlier is no "now".
          call(next, 'l1'),
          call(next, 'l2'),
        ],
      }),
    );
    expect(r.activations.map((a) => `${a.leadId}@${a.at}#${a.trigger}`)).toEqual([
      `l1@${t}#0`,
      `l2@${t}#0`,
      `l3@${t}#0`,
      `l1@${next}#0`,
      `l2@${next}#0`,
    ]);
    expect(r.skipped).toEqual([]);
  });

  it('once per lead per instant holds for delayed runs of several leads coming due at one instant', () => {
    const visit = (leadId: string): SimEvent => ({ at: '2026-06-01T14:00:00Z', type: 'website_visited', url: 'https://example.com/pricing', leadId });
    const r = simulate(
      scenario({
        until: '2026-06-01T15:00:00Z',
        leads: [lead('l1'), lead('l2'), lead('l3')],
        bots: [
          bot('b', [
            { type: 'website_visited', url: 'https://example.com/pricing', delayMinutes: 10 },
            { type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 10 },
          ]),
        ],
        events: [visit('l1'), visit('l2'), visit('l3'), move('2026-06-01T14:00:00Z', 'l3', 's-qualified'), move('2026-06-01T14:00:00Z', 'l2', 's-qualified')],
      }),
    );
    expect(r.activations.map((a) => `${a.leadId}@${a.at}#${a.trigger}`)).toEqual(['l1@2026-06-01T14:10:00Z#0', 'l2@2026-06-01T14:10:00Z#0', 'l3@2026-06-01T14:10:00Z#0']);
    expect(r.skipped).toEqual([]);
  });

  it('a match that fails its own checks at an instant where the bot already ran is still a skip (R14 cooldown, R8 plan)', () => {
    // R14: the second message is 0 minutes after the trigger's last activation, less than the cooldown.
    const r = simulate(
      scenario({
        bots: [bot('m', [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 10 }])],
        events: [msg('2026-06-01T14:00:00Z'), msg('2026-06-01T14:00:00Z'), msg('2026-06-01T14:00:00Z', 'l1', 'ch-tg')],
      }),
    );
    expect(runs(r)).toEqual(['l1@2026-06-01T14:00:00Z']);
    expect(r.skipped.map((s) => `${s.reason}@${s.at}`)).toEqual(['cooldown@2026-06-01T14:00:00Z', 'cooldown@2026-06-01T14:00:00Z']);
    // A tag trigger the plan keeps from starting, matched at the instant another trigger of the bot ran.
    const plan = simulate(
      rawScenario({
        account: { plan: 'advanced' },
        bots: [bot('t', [{ type: 'call_received' }, { type: 'tag_added', entity: 'lead', tagId: 't-vip' }])],
        events: [{ at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' }, tagAdd('2026-06-01T14:00:00Z', 'l1', 't-vip')],
      }),
    );
    expect(runs(plan)).toEqual(['l1@2026-06-01T14:00:00Z']);
    expect(plan.skipped.map((s) => `${s.trigger}:${s.reason}`)).toEqual(['1:plan']);
  });

  it('a delay whose lead left, or a date plan too late, is a skip even at an instant where the bot already ran (R4 left_stage, R10 window_passed)', () => {
    // R4: the lead left Qualified during the delay; at the delay's end another trigger of the bot runs.
    // Whichever was planned first, the left_stage skip is listed beside the run.
    const bots = [bot('b', [{ type: 'website_visited', url: 'https://example.com/pricing', delayMinutes: 10 }, { type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 10 }])];
    const visit: SimEvent = { at: '2026-06-01T14:00:00Z', type: 'website_visited', url: 'https://example.com/pricing', leadId: 'l1' };
    const moves = [move('2026-06-01T14:00:00Z', 'l1', 's-qualified'), move('2026-06-01T14:05:00Z', 'l1', 's-won')];
    for (const events of [[visit, ...moves], [moves[0]!, visit, moves[1]!]]) {
      const r = simulate(scenario({ until: '2026-06-01T15:00:00Z', bots, events }));
      expect(r.activations.map((a) => `${a.at}#${a.trigger}`)).toEqual(['2026-06-01T14:10:00Z#0']);
      expect(r.skipped.map((s) => `${s.at}#${s.trigger}:${s.reason}`)).toEqual(['2026-06-01T14:10:00Z#1:left_stage']);
    }
    // R10: the meeting is set two hours in the past at the instant a call started the bot.
    const late = simulate(
      scenario({
        bots: [bot('d', [{ type: 'call_received' }, { type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 1, direction: 'before' }])],
        events: [{ at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' }, setField('2026-06-01T14:00:00Z', 'l1', 'f-meeting', '2026-06-01T13:00:00Z')],
      }),
    );
    expect(late.activations.map((a) => `${a.at}#${a.trigger}`)).toEqual(['2026-06-01T14:00:00Z#0']);
    expect(late.skipped.map((s) => `${s.at}#${s.trigger}:${s.reason}`)).toEqual(['2026-06-01T14:00:00Z#1:window_passed']);
  });

  it('one event gives a bot one outcome: a late date plan the event itself makes adds no skip beside its run or first skip (R18, R10)', () => {
    const late = setField('2026-06-01T14:00:00Z', 'l1', 'f-meeting', '2026-06-01T11:00:00Z');
    const dateTrigger = (hours: number) => ({ type: 'relative_to_date_field' as const, fieldId: 'f-meeting', hours, direction: 'before' as const });
    // The field change runs the bot (trigger 0); the same change plans trigger 1 too late.
    const ran = simulate(scenario({ bots: [bot('d', [{ type: 'field_updated', entity: 'lead', fieldId: 'f-meeting' }, dateTrigger(1)])], events: [late] }));
    expect(ran.activations.map((a) => `${a.at}#${a.trigger}`)).toEqual(['2026-06-01T14:00:00Z#0']);
    expect(ran.skipped).toEqual([]);
    // Two date triggers, both too late for this change: the first one's skip only.
    const both = simulate(scenario({ bots: [bot('d', [dateTrigger(1), dateTrigger(2)])], events: [late] }));
    expect(both.activations).toEqual([]);
    expect(both.skipped.map((s) => `${s.at}#${s.trigger}:${s.reason}`)).toEqual(['2026-06-01T14:00:00Z#0:window_passed']);
    // A new lead created with the date already past: its creation runs the bot, the late plan adds nothing.
    const created = simulate(
      scenario({
        bots: [bot('c', [{ type: 'lead_created_in_stage', stageIds: ['s-incoming'], delayMinutes: 0 }, dateTrigger(1)])],
        events: [{ at: '2026-06-01T14:00:00Z', type: 'lead_created', lead: lead('l9', { fields: { 'f-meeting': '2026-06-01T11:00:00Z' } }) }],
      }),
    );
    expect(created.activations.map((a) => `${a.leadId}#${a.trigger}`)).toEqual(['l9#0']);
    expect(created.skipped).toEqual([]);
  });

  it('a delayed match at an instant where the bot already ran still runs later: once per instant counts runs, not matches', () => {
    const stages = ['s-qualified', 's-won'];
    // Moved again at the very instant the first delayed run happens: the second delay starts then.
    const again = simulate(
      scenario({
        until: '2026-06-01T15:00:00Z',
        bots: [bot('d', [{ type: 'lead_moved_to_stage', stageIds: stages, delayMinutes: 10 }])],
        events: [move('2026-06-01T14:00:00Z', 'l1', 's-qualified'), move('2026-06-01T14:10:00Z', 'l1', 's-won')],
      }),
    );
    expect(again.activations.map((a) => `${a.at}#${a.cause}`)).toEqual(['2026-06-01T14:10:00Z#0', '2026-06-01T14:20:00Z#1']);
    // Another event at the instant the bot ran for the lead starts a delay of another trigger.
    const other = simulate(
      scenario({
        until: '2026-06-01T15:00:00Z',
        bots: [bot('b', [{ type: 'call_received' }, { type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 10 }])],
        events: [{ at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' }, move('2026-06-01T14:00:00Z', 'l1', 's-won')],
      }),
    );
    expect(other.activations.map((a) => `${a.at}#${a.trigger}`)).toEqual(['2026-06-01T14:00:00Z#0', '2026-06-01T14:10:00Z#1']);
    // A delayed run due when the bot has already run then is the one ignored (timers run first there).
    const due = simulate(
      scenario({
        until: '2026-06-01T15:00:00Z',
        bots: [bot('b', [{ type: 'call_received' }, { type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 10 }])],
        events: [move('2026-06-01T14:00:00Z', 'l1', 's-won'), { at: '2026-06-01T14:10:00Z', type: 'call_received', leadId: 'l1' }],
      }),
    );
    expect(due.activations.map((a) => `${a.at}#${a.trigger}`)).toEqual(['2026-06-01T14:10:00Z#1']);
    expect(due.skipped).toEqual([]);
  });

  it('the first trigger passing its own checks runs; when none passes, the first trigger\'s skip is reported', () => {
    const r = simulate(
      scenario({
        bots: [
          bot('two', [
            { type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 60 },
            { type: 'message', direction: 'incoming', channelIds: ['ch-wa'], cooldownMinutes: 30 },
          ]),
        ],
        events: [msg('2026-06-01T14:00:00Z'), msg('2026-06-01T14:10:00Z'), msg('2026-06-01T14:20:00Z'), msg('2026-06-01T14:45:00Z')],
      }),
    );
    expect(r.activations.map((a) => `${a.at}#${a.trigger}`)).toEqual(['2026-06-01T14:00:00Z#0', '2026-06-01T14:10:00Z#1', '2026-06-01T14:45:00Z#1']);
    expect(r.skipped.map((s) => `${s.at}#${s.trigger}:${s.reason}`)).toEqual(['2026-06-01T14:20:00Z#0:cooldown']);
  });
});

describe('R19 keepUnanswered', () => {
  it('is copied onto activations of conversational triggers only', () => {
    const r = simulate(
      scenario({
        bots: [
          bot('talk', [{ type: 'story_mention', channelIds: [] }], { keepUnanswered: true }),
          bot('call', [{ type: 'call_received' }], { keepUnanswered: true }),
        ],
        events: [{ at: '2026-06-01T14:00:00Z', type: 'story_mention', channelId: 'ch-wa', leadId: 'l1' }, { at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' }],
      }),
    );
    expect(r.activations[0]!.unanswered).toBe(true);
    expect('unanswered' in r.activations[1]!).toBe(false);
  });
});

describe('R20 precedence', () => {
  it('plan wins over not_manual', () => {
    const r = simulate(
      rawScenario({ account: { plan: 'base' }, bots: [bot('t', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }])], events: [tagAdd('2026-06-01T14:00:00Z', 'l1', 't-vip', 'api')] }),
    );
    expect(r.skipped.map((s) => s.reason)).toEqual(['plan']);
  });

  it('left_stage wins over condition, and condition over outside_hours', () => {
    const picky = {
      conditions: [{ type: 'tags' as const, mode: 'and' as const, tagIds: ['t-vip'] }],
      activeHours: { ranges: [{ weekday: 3 as const, from: '09:00', to: '10:00' }] },
    };
    const r = simulate(
      scenario({
        leads: [lead('l1'), lead('l2')],
        bots: [{ ...stageBot('lead_moved_to_stage', 10), ...picky }],
        until: '2026-06-01T15:00:00Z',
        events: [move('2026-06-01T14:00:00Z', 'l1', 's-qualified'), move('2026-06-01T14:00:00Z', 'l2', 's-qualified'), move('2026-06-01T14:01:00Z', 'l1', 's-won')],
      }),
    );
    expect(skips(r)).toEqual(['l1@2026-06-01T14:10:00Z:left_stage', 'l2@2026-06-01T14:10:00Z:condition']);
  });
});

describe('wording', () => {
  it('names a stage with its pipeline when the account has several (two may share a name)', () => {
    const pipelines = [
      ...scenario({}).account.pipelines,
      { id: 'p-partners', name: 'Partners', stages: [{ id: 'ps-won', name: 'Won' }] },
    ];
    const r = simulate(
      scenario({
        account: { pipelines },
        leads: [lead('l1', { pipelineId: 'p-partners', stageId: 'ps-won' })],
        bots: [bot('won', [{ type: 'call_received' }], { conditions: [{ type: 'stages', stageIds: ['s-won'] }] })],
        events: [{ at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' }],
      }),
    );
    expect(r.skipped.map((s) => s.detail)).toEqual(['Lead is in Won (Partners), not in Won (Sales) (condition 1)']);
  });

  it('a delay or cooldown is named as the editor names it ("1 h 30 min", "one day"), never as 1439 minutes', () => {
    expect([10, 60, 90, 119, 120, 1439, 1440, 1441, 1500, 2881, 43_200].map(durationModifier)).toEqual([
      '10 min',
      '1 h',
      '1 h 30 min',
      '1 h 59 min',
      '2 h',
      '23 h 59 min',
      'one-day',
      '1-day 1 min',
      '1-day 1 h',
      '2-day 1 min',
      '30-day',
    ]);
  });

  it('spans are rounded up, with seconds under an hour only, in the editor\'s units', () => {
    const s = 1000;
    const m = 60 * s;
    const h = 60 * m;
    expect([0, 1, 61 * s, 45 * m, h, h + s, 90 * m, 24 * h, 3 * 24 * h + 4 * h + 12 * m + 33 * s].map(spanWords)).toEqual([
      '0 min',
      '1 s',
      '1 min 1 s',
      '45 min',
      '1 h',
      '1 h 1 min',
      '1 h 30 min',
      'one day',
      '3 days 4 h 13 min',
    ]);
  });

  it('a typed value is quoted trimmed, in curly quotes, so quotes inside it cannot end it', () => {
    expect([' google ', 'say "hi"', 'x'.repeat(100)].map(quote)).toEqual(['“google”', '“say "hi"”', `“${'x'.repeat(77)}…”`]);
  });

  it('an account name is quoted only when a sentence could misread it, and shortened when long', () => {
    expect(['VIP', 'Hot, new', 'Black and white', 'Now OR never', 'Orlando', 'y'.repeat(81)].map(nameText)).toEqual([
      'VIP',
      '“Hot, new”',
      '“Black and white”',
      '“Now OR never”',
      'Orlando',
      `“${'y'.repeat(77)}…”`,
    ]);
  });
});

describe('results', () => {
  it('instants are UTC with Z, milliseconds only when non-zero, whatever offset the input used', () => {
    const r = simulate(
      scenario({
        bots: [bot('call', [{ type: 'call_received' }])],
        events: [
          { at: '2026-06-01T10:00:00-04:00', type: 'call_received', leadId: 'l1' },
          { at: '2026-06-01T14:00:01.500+00:00', type: 'call_received', leadId: 'l1' },
        ],
      }),
    );
    expect(r.activations.map((a) => a.at)).toEqual(['2026-06-01T14:00:00Z', '2026-06-01T14:00:01.500Z']);
  });
});

describe('runs planned after the end (simulateLog afterEnd)', () => {
  it('counts delayed runs still waiting and current date-field plans past until, by bot; a lead that left the stage, a re-planned or a cleared plan is not counted', () => {
    const log = simulateLog(
      scenario({
        leads: [lead('l1'), lead('l2'), lead('l3')],
        bots: [
          bot('call', [{ type: 'call_received' }]),
          bot('moved', [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 60 }]),
          bot('rem', [{ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 2, direction: 'before' }]),
        ],
        events: [
          move('2026-06-01T13:00:00Z', 'l1', 's-qualified'), // due 14:00: runs
          move('2026-06-01T13:30:00Z', 'l2', 's-qualified'), // due 14:30: after the end
          move('2026-06-01T13:35:00Z', 'l3', 's-qualified'), // due 14:35, but l3 leaves: a skip, not a run
          move('2026-06-01T13:36:00Z', 'l3', 's-won'),
          setField('2026-06-01T13:40:00Z', 'l1', 'f-meeting', '2026-06-02T09:00:00Z'), // due 07:00 next day
          setField('2026-06-01T13:41:00Z', 'l2', 'f-meeting', '2026-06-03T09:00:00Z'), // re-planned below
          setField('2026-06-01T13:42:00Z', 'l2', 'f-meeting', '2026-06-04T09:00:00Z'), // due 4 Jun 07:00
          setField('2026-06-01T13:43:00Z', 'l3', 'f-meeting', '2026-06-05T09:00:00Z'), // cleared below
          setField('2026-06-01T13:44:00Z', 'l3', 'f-meeting', null),
          { at: '2026-06-01T14:15:00Z', type: 'call_received', leadId: 'l1' }, // the last event: the end
        ],
      }),
    );
    expect(log.runs.count).toBe(2); // the call and l1's move
    expect(log.afterEnd).toEqual([
      { bot: 1, count: 1, firstMs: Date.parse('2026-06-01T14:30:00Z'), lastMs: Date.parse('2026-06-01T14:30:00Z') },
      { bot: 2, count: 2, firstMs: Date.parse('2026-06-02T07:00:00Z'), lastMs: Date.parse('2026-06-04T07:00:00Z') },
    ]);
  });

  it('is empty when everything planned came due before the end', () => {
    const log = simulateLog(scenario({ leads: [lead('l1')], bots: [bot('call', [{ type: 'call_received' }])], events: [{ at: '2026-06-01T14:15:00Z', type: 'call_received', leadId: 'l1' }] }));
    expect(log.afterEnd).toEqual([]);
  });
});

describe('panel helpers', () => {
  it('resultMoment gives the lead as a result was decided: after its event, before later ones at that instant', () => {
    const s = scenario({
      leads: [lead('l1', { price: 500 })],
      bots: [bot('call', [{ type: 'call_received' }], { conditions: [{ type: 'tags', mode: 'and', tagIds: ['t-vip'] }] })],
      events: [
        { at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' }, // skipped: no VIP yet
        tagAdd('2026-06-01T14:00:00Z', 'l1', 't-vip'), // same instant, later in the file
        { at: '2026-06-01T15:00:00Z', type: 'call_received', leadId: 'l1' }, // runs
      ],
    });
    expect(resultMoment(s, 'skip', 0)).toEqual({ lead: lead('l1', { price: 500 }), afterEvent: 0 });
    expect(resultMoment(s, 'run', 0)).toEqual({ lead: lead('l1', { price: 500, tagIds: ['t-vip'] }), afterEvent: 2 });
    expect(resultMoment(s, 'run', 1)).toBeNull();
  });

  it('resultMoment: a delayed run is decided before the events of its instant; a late date plan after its event', () => {
    const s = scenario({
      leads: [lead('l1', { price: 500 }), lead('l2')],
      bots: [
        bot('stage', [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 10 }], { conditions: [{ type: 'sale', min: 1000, max: null }] }),
        bot('rem', [{ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 2, direction: 'before' }], { conditions: [{ type: 'sale', min: 1000, max: null }] }),
      ],
      until: '2026-06-01T19:00:00Z',
      events: [
        move('2026-06-01T14:00:00Z', 'l1', 's-qualified'),
        { at: '2026-06-01T14:10:00Z', type: 'lead_updated', leadId: 'l1', set: { price: 5000 } }, // after the due run
        { at: '2026-06-01T18:30:00Z', type: 'lead_updated', leadId: 'l2', set: { price: 5000 } },
        setField('2026-06-01T18:30:00Z', 'l2', 'f-meeting', '2026-06-01T20:00:00Z'), // due 18:00: 30 min late, runs now
      ],
    });
    const r = simulate(s);
    expect(skips(r)).toEqual(['l1@2026-06-01T14:10:00Z:condition']);
    expect(runs(r)).toEqual(['l2@2026-06-01T18:30:00Z']);
    // The skip was decided on the price of 500, before the update at 14:10 (timers run first).
    expect(resultMoment(s, 'skip', 0)).toMatchObject({ lead: { id: 'l1', price: 500, stageId: 's-qualified' }, afterEvent: 0 });
    // The late plan ran when its field was set: the lead has the new price and the date.
    expect(resultMoment(s, 'run', 0)).toMatchObject({ lead: { id: 'l2', price: 5000, fields: { 'f-meeting': '2026-06-01T20:00:00Z' } }, afterEvent: 3 });
  });

  it('evaluateConditions explains each condition with the actual and expected values', () => {
    const checks = evaluateConditions(
      [
        { type: 'tags', mode: 'and', tagIds: ['t-vip'] },
        { type: 'sale', min: 1000, max: null },
      ],
      lead('l1', { price: 500, tagIds: ['t-vip'] }),
      scenario({}).account,
    );
    expect(checks).toEqual([
      { index: 0, pass: true, actual: 'Has VIP', expected: 'Has the tag VIP' },
      { index: 1, pass: false, actual: 'Sale value $500', expected: 'At least $1,000' },
    ]);
  });
});
