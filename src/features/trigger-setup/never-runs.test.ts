import { describe, expect, it } from 'vitest';
import type { ActiveHours, Condition, Trigger } from '../../domain';
import { findNeverRuns, type BotShape } from './never-runs';
import { account } from './test/account';

const moved = (...stageIds: string[]): Trigger => ({ type: 'lead_moved_to_stage', stageIds, delayMinutes: 0 });
const bot = (patch: Partial<BotShape>): BotShape => ({ triggers: [moved('s-won')], conditions: [], activeHours: null, ...patch });
const codes = (b: BotShape) => findNeverRuns(b, account).map((w) => w.code);
const codes2 = (b: BotShape, now: number) => findNeverRuns(b, account, now).map((w) => w.code);

describe('findNeverRuns', () => {
  it('finds nothing in a bot that can run', () => {
    expect(findNeverRuns(bot({}), account)).toEqual([]);
  });

  it('says where a trigger is beaten by an earlier one of the bot (R18), among the warnings, at that trigger', () => {
    const late: Trigger = { type: 'lead_created_in_stage', stageIds: ['s-won'], delayMinutes: 10 };
    expect(findNeverRuns(bot({ triggers: [late, moved('s-lost'), { ...late, delayMinutes: 0 }] }), account)).toEqual([
      {
        code: 'trigger_shadowed',
        path: 'triggers.2',
        message: 'Trigger 3 never starts this bot: trigger 1 matches the same leads first, so the bot starts after 10 min, not immediately.',
      },
    ]);
  });

  it('warns that no bot starts on the Base plan (SPEC R8), and only there', () => {
    expect(findNeverRuns(bot({}), { ...account, plan: 'base' })).toEqual([
      { code: 'plan_base', path: '', message: 'No bot starts on the Base plan: this one can be set up and saved, and starts on the Advanced or Enterprise plan.' },
    ]);
    expect(findNeverRuns(bot({}), { ...account, plan: 'advanced' })).toEqual([]);
  });

  it('on the Base plan, does not promise "can be saved" to a bot whose tag or field triggers need Enterprise (V5)', () => {
    const tagged = bot({ triggers: [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }, { type: 'field_updated', entity: 'lead', fieldId: 'f-city' }] });
    expect(findNeverRuns(tagged, { ...account, plan: 'base' })).toEqual([
      {
        code: 'plan_base',
        path: '',
        message: 'No bot starts on the Base plan. This one also has tag and field triggers, which need the Enterprise plan: it can be saved on this plan only without them.',
      },
    ]);
  });

  describe('stage condition against stage triggers', () => {
    it('warns when the stage condition excludes every trigger stage', () => {
      const warnings = findNeverRuns(bot({ conditions: [{ type: 'stages', stageIds: ['s-lost'] }] }), account);
      expect(warnings).toEqual([
        {
          code: 'stages_excluded',
          path: 'conditions.0',
          message: 'This bot can never run: its triggers fire in Won, but the lead stage condition only allows Lost.',
        },
      ]);
    });
    it('stays quiet when one trigger stage is allowed', () => {
      expect(codes(bot({ triggers: [moved('s-won', 's-lost')], conditions: [{ type: 'stages', stageIds: ['s-lost'] }] }))).toEqual([]);
    });
    it('stays quiet when another kind of trigger can still start the bot', () => {
      const triggers: Trigger[] = [moved('s-won'), { type: 'call_received' }];
      expect(codes(bot({ triggers, conditions: [{ type: 'stages', stageIds: ['s-lost'] }] }))).toEqual([]);
    });
    it('treats an empty stage condition as "all stages"', () => {
      expect(codes(bot({ conditions: [{ type: 'stages', stageIds: [] }] }))).toEqual([]);
    });
    it('intersects several stage conditions', () => {
      const conditions: Condition[] = [
        { type: 'stages', stageIds: ['s-won', 's-lost'] },
        { type: 'stages', stageIds: ['s-lost'] },
      ];
      expect(codes(bot({ conditions }))).toEqual(['stages_excluded']);
      // Said of the conditions together: condition 1 alone allows Won.
      expect(findNeverRuns(bot({ conditions }), account)[0]?.message).toMatch(/but the lead stage conditions together allow Lost\.$/);
    });
  });

  describe('tags required and excluded', () => {
    it('warns when a tag is required (and) and excluded (or)', () => {
      const conditions: Condition[] = [
        { type: 'tags', mode: 'and', tagIds: ['t-vip', 't-new'] },
        { type: 'not_tags', mode: 'or', tagIds: ['t-spam', 't-vip'] },
      ];
      const [warning] = findNeverRuns(bot({ conditions }), account);
      expect(warning).toMatchObject({ code: 'tag_required_and_excluded', path: 'conditions.1' });
      expect(warning?.message).toBe('This bot can never run: the tag VIP is both required and excluded.');
      // Two tags required and both excluded: "and", not "or".
      const both: Condition[] = [
        { type: 'tags', mode: 'and', tagIds: ['t-vip', 't-new'] },
        { type: 'not_tags', mode: 'or', tagIds: ['t-vip', 't-new'] },
      ];
      expect(findNeverRuns(bot({ conditions: both }), account)[0]?.message).toBe('This bot can never run: the tags VIP and New are both required and excluded.');
      // One tag required and a "does not have all of" list of that one tag.
      const one: Condition[] = [
        { type: 'tags', mode: 'and', tagIds: ['t-vip'] },
        { type: 'not_tags', mode: 'and', tagIds: ['t-vip'] },
      ];
      expect(findNeverRuns(bot({ conditions: one }), account)[0]?.message).toBe('This bot can never run: the tag VIP is both required and excluded.');
    });
    it('warns when a "does not have all of" list is a subset of the required tags', () => {
      const conditions: Condition[] = [
        { type: 'tags', mode: 'and', tagIds: ['t-vip', 't-new'] },
        { type: 'not_tags', mode: 'and', tagIds: ['t-new', 't-vip'] },
      ];
      expect(codes(bot({ conditions }))).toEqual(['tag_required_and_excluded']);
    });
    it('warns when every tag of an "or" list is excluded', () => {
      const conditions: Condition[] = [
        { type: 'tags', mode: 'or', tagIds: ['t-vip', 't-new'] },
        { type: 'not_tags', mode: 'or', tagIds: ['t-new', 't-vip', 't-spam'] },
      ];
      expect(codes(bot({ conditions }))).toEqual(['tag_required_and_excluded']);
    });
    it('stays quiet when the lists only overlap in a way some lead can satisfy', () => {
      const conditions: Condition[] = [
        { type: 'tags', mode: 'or', tagIds: ['t-vip', 't-new'] },
        { type: 'not_tags', mode: 'or', tagIds: ['t-vip'] },
        { type: 'not_tags', mode: 'and', tagIds: ['t-vip', 't-spam'] },
      ];
      expect(codes(bot({ conditions }))).toEqual([]);
    });
  });

  describe('sale range', () => {
    it('warns when sale conditions leave no value', () => {
      const conditions: Condition[] = [
        { type: 'sale', min: 100, max: 200 },
        { type: 'sale', min: 500, max: null },
      ];
      expect(findNeverRuns(bot({ conditions }), account)).toEqual([expect.objectContaining({ code: 'sale_range_empty', path: 'conditions.1' })]);
    });
    it('warns when the only sale range is upside down', () => {
      expect(codes(bot({ conditions: [{ type: 'sale', min: 10, max: 5 }] }))).toEqual(['sale_range_empty']);
    });
    it('stays quiet for open and touching ranges', () => {
      const conditions: Condition[] = [
        { type: 'sale', min: 100, max: null },
        { type: 'sale', min: null, max: 100 },
      ];
      expect(codes(bot({ conditions }))).toEqual([]);
    });
  });

  describe('UTM conditions that contradict each other', () => {
    const utm = (param: string, op: string, value?: string): Condition => ({ type: 'utm', param, op, ...(value === undefined ? {} : { value }) }) as Condition;
    const said = (...conditions: Condition[]) => findNeverRuns(bot({ conditions }), account);

    it('warns, worded like the tag one, at the later condition', () => {
      expect(said(utm('utm_source', 'match', 'Google'), utm('utm_source', 'not_match', 'Google'))).toEqual([
        { code: 'utm_contradiction', path: 'conditions.1', message: 'This bot can never run: utm_source must both match “Google” and not match “Google”.' },
      ]);
      expect(said(utm('utm_term', 'empty'), { type: 'stages', stageIds: [] }, utm('utm_term', 'not_empty'))).toEqual([
        { code: 'utm_contradiction', path: 'conditions.2', message: 'This bot can never run: utm_term must be both empty and not empty.' },
      ]);
      expect(said(utm('utm_source', 'match', 'Google'), utm('utm_source', 'match', 'Facebook'))[0]?.message).toBe(
        'This bot can never run: utm_source must match both “Google” and “Facebook”.',
      );
      expect(said(utm('utm_medium', 'empty'), utm('utm_medium', 'match', 'cpc'))[0]?.message).toBe('This bot can never run: utm_medium must both be empty and match “cpc”.');
      expect(said(utm('utm_medium', 'contains', 'summer'), utm('utm_medium', 'empty'))[0]?.message).toBe(
        'This bot can never run: utm_medium must both contain “summer” and be empty.',
      );
    });

    it('compares values trimmed and in any letter case (SPEC R16)', () => {
      expect(said(utm('utm_source', 'match', ' google '), utm('utm_source', 'not_match', 'GOOGLE'))[0]?.message).toBe(
        'This bot can never run: utm_source must both match “google” and not match “GOOGLE”.',
      );
      // The same value twice, spelt differently, is no contradiction.
      expect(codes(bot({ conditions: [utm('utm_source', 'match', 'Google'), utm('utm_source', 'match', ' GOOGLE')] }))).toEqual([]);
    });

    it('knows what "contains" implies', () => {
      expect(codes(bot({ conditions: [utm('utm_campaign', 'contains', 'summer_sale'), utm('utm_campaign', 'not_contains', 'SUMMER')] }))).toEqual(['utm_contradiction']);
      expect(codes(bot({ conditions: [utm('utm_campaign', 'match', 'summer2024'), utm('utm_campaign', 'contains', 'winter')] }))).toEqual(['utm_contradiction']);
      expect(codes(bot({ conditions: [utm('utm_campaign', 'match', 'summer2024'), utm('utm_campaign', 'not_contains', '2024')] }))).toEqual(['utm_contradiction']);
    });

    it('stays quiet for conditions some lead can meet, other parameters, and values still being typed', () => {
      const quiet = [
        [utm('utm_source', 'match', 'Google'), utm('utm_medium', 'not_match', 'Google')],
        [utm('utm_source', 'empty'), utm('utm_source', 'not_match', 'Google')], // a missing value does not match
        [utm('utm_source', 'empty'), utm('utm_source', 'not_contains', 'Google')],
        [utm('utm_source', 'not_empty'), utm('utm_source', 'not_match', 'Google')],
        [utm('utm_source', 'contains', 'goo'), utm('utm_source', 'not_match', 'goo')], // "goods"
        [utm('utm_source', 'contains', 'goo'), utm('utm_source', 'contains', 'gle')],
        [utm('utm_source', 'match', 'Google'), utm('utm_source', 'contains', 'OOG')],
        [utm('utm_source', 'match', 'Google'), utm('utm_source', 'not_match', '  ')],
        [utm('utm_source', 'empty'), utm('utm_source', 'match', '')],
      ];
      for (const conditions of quiet) expect(codes(bot({ conditions }))).toEqual([]);
    });

    it('warns once per parameter', () => {
      const conditions = [utm('utm_source', 'empty'), utm('utm_source', 'not_empty'), utm('utm_source', 'match', 'x'), utm('utm_term', 'empty'), utm('utm_term', 'not_empty')];
      expect(findNeverRuns(bot({ conditions }), account).map((w) => w.path)).toEqual(['conditions.1', 'conditions.4']);
    });
  });

  describe('active hours', () => {
    it('warns when active hours hold no range', () => {
      expect(codes(bot({ activeHours: { ranges: [] } }))).toEqual(['active_hours_empty']);
    });
    it('warns when every range is empty (from = to)', () => {
      expect(codes(bot({ activeHours: { ranges: [{ weekday: 1, from: '09:00', to: '09:00' }] } }))).toEqual(['active_hours_empty']);
    });
    it('stays quiet when the bot is always active or has time', () => {
      expect(codes(bot({ activeHours: null }))).toEqual([]);
      expect(codes(bot({ activeHours: { ranges: [{ weekday: 1, from: '09:00', to: '18:00' }] } }))).toEqual([]);
    });

    const weekdaysNineToSix: ActiveHours = {
      ranges: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, from: '09:00', to: '18:00' })),
    };
    it('warns when a scheduled run always falls outside the hours', () => {
      // 2026-12-26 is a Saturday.
      expect(codes(bot({ triggers: [{ type: 'on_date', at: '2026-12-26T10:00' }], activeHours: weekdaysNineToSix }))).toEqual([
        'schedule_outside_hours',
      ]);
      expect(codes(bot({ triggers: [{ type: 'recurring', every: 'day', time: '20:00' }], activeHours: weekdaysNineToSix }))).toEqual([
        'schedule_outside_hours',
      ]);
      expect(codes(bot({ triggers: [{ type: 'recurring', every: 'week', weekday: 6, time: '10:00' }], activeHours: weekdaysNineToSix }))).toEqual([
        'schedule_outside_hours',
      ]);
    });
    it('judges no time still being typed: a schedule at "25:00", or hours with a range at "abc", are validation\'s to name', () => {
      expect(codes(bot({ triggers: [{ type: 'recurring', every: 'day', time: '25:00' }], activeHours: weekdaysNineToSix }))).toEqual([]);
      expect(codes(bot({ triggers: [{ type: 'on_date', at: '2026-12-26T25:00' }], activeHours: weekdaysNineToSix }))).toEqual([]);
      expect(codes(bot({ activeHours: { ranges: [{ weekday: 1, from: 'abc', to: '18:00' }] } }))).toEqual([]);
      expect(codes(bot({ activeHours: { ranges: [{ weekday: 1, from: '09:00', to: '2' }] } }))).toEqual([]);
    });
    it('stays quiet when a scheduled run falls inside, including an overnight range', () => {
      expect(codes(bot({ triggers: [{ type: 'recurring', every: 'day', time: '10:00' }], activeHours: weekdaysNineToSix }))).toEqual([]);
      const overnight: ActiveHours = { ranges: [{ weekday: 5, from: '22:00', to: '06:00' }] };
      // Saturday 05:00 is inside Friday's overnight range.
      expect(codes(bot({ triggers: [{ type: 'recurring', every: 'week', weekday: 6, time: '05:00' }], activeHours: overnight }))).toEqual([]);
    });
    it('reads an on-date run at the wall time it really runs at, after a clock change', () => {
      // 02:30 does not exist on 8 March 2026 in New York (spring forward): it runs at 03:00 (R11).
      const sundayThreeToFour: ActiveHours = { ranges: [{ weekday: 7, from: '03:00', to: '04:00' }] };
      expect(codes(bot({ triggers: [{ type: 'on_date', at: '2026-03-08T02:30' }], activeHours: sundayThreeToFour }))).toEqual([]);
      // A week later 02:30 exists and is outside 03:00–04:00.
      expect(codes(bot({ triggers: [{ type: 'on_date', at: '2026-03-15T02:30' }], activeHours: sundayThreeToFour }))).toEqual(['schedule_outside_hours']);
    });
    it('compares schedules with hours kept in another time zone in that zone, where both are read (SPEC §1)', () => {
      const elsewhere: ActiveHours = { ...weekdaysNineToSix, timezone: 'Asia/Tokyo' };
      expect(codes(bot({ triggers: [{ type: 'recurring', every: 'day', time: '20:00' }], activeHours: elsewhere }))).toEqual(['schedule_outside_hours']);
      expect(codes(bot({ triggers: [{ type: 'recurring', every: 'day', time: '10:00' }], activeHours: elsewhere }))).toEqual([]);
    });
  });

  describe('dates gone by (R11: an on-date trigger runs once, at its date)', () => {
    const NOW = Date.parse('2026-03-05T12:00:00Z'); // 07:00 in New York, the test account's zone
    const on = (at: string): Trigger => ({ type: 'on_date', at });

    it('warns when the only trigger is a date that has passed, in the bot’s zone', () => {
      expect(findNeverRuns(bot({ triggers: [on('2020-01-01T09:00')] }), account, NOW)).toEqual([
        { code: 'dates_passed', path: 'triggers', message: 'This bot can never run: its date, Wed 1 Jan 2020, 09:00 EST, has passed.' },
      ]);
      // 06:59 in New York is before 07:00; 07:00 itself is not past yet.
      expect(codes2(bot({ triggers: [on('2026-03-05T06:59')] }), NOW)).toEqual(['dates_passed']);
      expect(codes2(bot({ triggers: [on('2026-03-05T07:00')] }), NOW)).toEqual([]);
    });

    it('warns when every trigger is a passed date, naming the last', () => {
      expect(findNeverRuns(bot({ triggers: [on('2025-06-01T09:00'), on('2020-01-01T09:00')] }), account, NOW)).toEqual([
        { code: 'dates_passed', path: 'triggers', message: 'This bot can never run: all its dates have passed (the last, Sun 1 Jun 2025, 09:00 EDT).' },
      ]);
    });

    it('says nothing while one date is to come, another trigger can start it, a date does not read, or no clock is given', () => {
      expect(codes2(bot({ triggers: [on('2020-01-01T09:00'), on('2027-01-01T09:00')] }), NOW)).toEqual([]);
      expect(codes2(bot({ triggers: [on('2020-01-01T09:00'), moved('s-won')] }), NOW)).toEqual([]);
      expect(codes2(bot({ triggers: [on('2020-01-01T09:00'), on('2020-02-30T09:00')] }), NOW)).toEqual([]);
      expect(codes(bot({ triggers: [on('2020-01-01T09:00')] }))).toEqual([]);
    });
  });
});
