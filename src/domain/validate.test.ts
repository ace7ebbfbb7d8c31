import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import demoAccount from '../../mocks/fixtures/demo-account.json';
import { Account, type Bot, type Condition, type Trigger, parseScenarioText, validateAccount, validateBot, validateScenario, MAX_BOT_BYTES } from '.';

const account = Account.parse(demoAccount);
const baseAccount: Account = { ...account, plan: 'base' };

function bot(over: Partial<Bot> = {}): Bot {
  return {
    id: 'b1',
    name: 'Welcome',
    version: 1,
    enabled: true,
    triggers: [{ type: 'conversation_started', direction: 'incoming', channelIds: [] }],
    conditions: [],
    activeHours: null,
    keepUnanswered: false,
    ...over,
  };
}
const withTrigger = (t: unknown) => bot({ triggers: [t as Trigger] });
const withCondition = (c: unknown) => bot({ conditions: [c as Condition] });

/** The errors' paths, or [] when valid. */
function paths(input: unknown, acc: Account = account): string[] {
  const r = validateBot(input, acc);
  return r.ok ? [] : r.errors.map((e) => e.path);
}
function messages(input: unknown, acc: Account = account): string[] {
  const r = validateBot(input, acc);
  return r.ok ? [] : r.errors.map((e) => e.message);
}

describe('a valid bot', () => {
  it('passes and comes back unchanged', () => {
    const b = bot();
    const r = validateBot(b, account);
    expect(r).toEqual({ ok: true, value: b });
  });
});

describe('V1 tags and not_tags need at least one tag', () => {
  for (const type of ['tags', 'not_tags'] as const) {
    it(`${type} with no tags is refused at conditions.0.tagIds with a sentence`, () => {
      const b = withCondition({ type, mode: 'and', tagIds: [] });
      expect(paths(b)).toEqual(['conditions.0.tagIds']);
      expect(messages(b)[0]).toBe('Select at least one tag.');
    });
    it(`${type} with one tag is accepted`, () => {
      expect(paths(withCondition({ type, mode: 'or', tagIds: ['t-vip'] }))).toEqual([]);
    });
  }
});

describe('V2 sale bounds', () => {
  it('no bound at all is refused', () => {
    expect(paths(withCondition({ type: 'sale', min: null, max: null }))).toEqual(['conditions.0.min']);
  });
  it('one open bound is accepted', () => {
    expect(paths(withCondition({ type: 'sale', min: 10000, max: null }))).toEqual([]);
    expect(paths(withCondition({ type: 'sale', min: null, max: 0 }))).toEqual([]);
  });
  it('a negative bound is refused', () => {
    expect(paths(withCondition({ type: 'sale', min: -1, max: null }))).toEqual(['conditions.0.min']);
  });
  it('min greater than max is refused at max; equal bounds are accepted', () => {
    expect(paths(withCondition({ type: 'sale', min: 100, max: 99 }))).toEqual(['conditions.0.max']);
    expect(paths(withCondition({ type: 'sale', min: 100, max: 100 }))).toEqual([]);
  });
});

describe('V3 utm values', () => {
  for (const op of ['match', 'not_match', 'contains', 'not_contains'] as const) {
    it(`${op} needs a non-blank value`, () => {
      expect(paths(withCondition({ type: 'utm', param: 'utm_source', op, value: '  ' }))).toEqual(['conditions.0.value']);
      expect(paths(withCondition({ type: 'utm', param: 'utm_source', op }))).toEqual(['conditions.0.value']);
      expect(paths(withCondition({ type: 'utm', param: 'utm_source', op, value: 'google' }))).toEqual([]);
    });
  }
  for (const op of ['empty', 'not_empty'] as const) {
    it(`${op} takes no value`, () => {
      expect(paths(withCondition({ type: 'utm', param: 'utm_term', op, value: 'x' }))).toEqual(['conditions.0.value']);
      expect(paths(withCondition({ type: 'utm', param: 'utm_term', op }))).toEqual([]);
    });
  }
});

describe('V4 field trigger does not take Name or Budget', () => {
  it('builtin name and budget are refused at fieldId', () => {
    expect(paths(withTrigger({ type: 'field_updated', entity: 'lead', fieldId: 'f-name' }))).toEqual(['triggers.0.fieldId']);
    expect(paths(withTrigger({ type: 'field_updated', entity: 'lead', fieldId: 'f-budget' }))).toEqual(['triggers.0.fieldId']);
  });
  it('a custom field is accepted', () => {
    expect(paths(withTrigger({ type: 'field_updated', entity: 'lead', fieldId: 'f-location' }))).toEqual([]);
  });
});

describe('V5 tag and field triggers need Enterprise', () => {
  const triggers = [
    { type: 'tag_added', entity: 'lead', tagId: 't-vip' },
    { type: 'tag_removed', entity: 'lead', tagId: 't-vip' },
    { type: 'field_updated', entity: 'lead', fieldId: 'f-location' },
  ];
  for (const t of triggers) {
    it(`${t.type} is refused on base and advanced, accepted on enterprise`, () => {
      expect(paths(withTrigger(t), baseAccount)).toEqual(['triggers.0.type']);
      expect(paths(withTrigger(t), { ...account, plan: 'advanced' })).toEqual(['triggers.0.type']);
      expect(paths(withTrigger(t), account)).toEqual([]);
    });
  }
  it('other triggers can be saved on the base plan', () => {
    expect(paths(withTrigger({ type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 0 }), baseAccount)).toEqual([]);
  });
});

describe('V6 email trigger needs a connected inbox', () => {
  it('is refused when the account has no inbox', () => {
    const noInbox = { ...account, inboxes: [] };
    expect(paths(withTrigger({ type: 'email_received', inboxIds: [] }), noInbox)).toEqual(['triggers.0.inboxIds']);
  });
  it('is accepted with a connected inbox, for any or a named inbox', () => {
    expect(paths(withTrigger({ type: 'email_received', inboxIds: [] }))).toEqual([]);
    expect(paths(withTrigger({ type: 'email_received', inboxIds: ['in-sales'] }))).toEqual([]);
  });
});

describe('V7 source and responsible need an id', () => {
  it('empty lists are refused', () => {
    expect(paths(withCondition({ type: 'source', sourceIds: [] }))).toEqual(['conditions.0.sourceIds']);
    expect(paths(withCondition({ type: 'responsible', userIds: [] }))).toEqual(['conditions.0.userIds']);
  });
  it('one id is accepted', () => {
    expect(paths(withCondition({ type: 'source', sourceIds: ['src-site'] }))).toEqual([]);
    expect(paths(withCondition({ type: 'responsible', userIds: ['u-ana'] }))).toEqual([]);
  });
});

describe('V8 ids exist and entities match', () => {
  it('unknown ids are refused at the exact list position', () => {
    expect(paths(withTrigger({ type: 'lead_moved_to_stage', stageIds: ['s-won', 's-nope'], delayMinutes: 0 }))).toEqual([
      'triggers.0.stageIds.1',
    ]);
    expect(paths(withCondition({ type: 'tags', mode: 'and', tagIds: ['t-nope'] }))).toEqual(['conditions.0.tagIds.0']);
    expect(paths(withCondition({ type: 'stages', stageIds: ['s-nope'] }))).toEqual(['conditions.0.stageIds.0']);
    expect(paths(withCondition({ type: 'responsible', userIds: ['u-nope'] }))).toEqual(['conditions.0.userIds.0']);
    expect(paths(withCondition({ type: 'source', sourceIds: ['nope'] }))).toEqual(['conditions.0.sourceIds.0']);
    expect(paths(withTrigger({ type: 'message', direction: 'incoming', channelIds: ['ch-x'], cooldownMinutes: 5 }))).toEqual([
      'triggers.0.channelIds.0',
    ]);
    expect(paths(withTrigger({ type: 'form_submitted', formIds: ['form-x'] }))).toEqual(['triggers.0.formIds.0']);
    expect(paths(withTrigger({ type: 'email_received', inboxIds: ['in-x'] }))).toEqual(['triggers.0.inboxIds.0']);
  });
  it("a tag of another entity is refused; the trigger's own entity is accepted", () => {
    expect(paths(withTrigger({ type: 'tag_added', entity: 'lead', tagId: 't-partner' }))).toEqual(['triggers.0.tagId']);
    expect(paths(withTrigger({ type: 'tag_added', entity: 'contact', tagId: 't-partner' }))).toEqual([]);
    const r = validateBot(withTrigger({ type: 'tag_added', entity: 'company', tagId: 't-vip' }), account);
    expect(r.ok ? [] : r.errors).toEqual([{ path: 'triggers.0.tagId', message: 'The tag "VIP" belongs to leads, not companies.' }]);
  });
  it('a tags or not_tags condition takes lead tags only: a contact tag is refused at its place in the list', () => {
    for (const type of ['tags', 'not_tags'] as const) {
      const r = validateBot(withCondition({ type, mode: 'or', tagIds: ['t-vip', 't-partner'] }), account);
      expect(r.ok ? [] : r.errors).toEqual([{ path: 'conditions.0.tagIds.1', message: "The tag \"Partner\" belongs to contacts: conditions check the lead's own tags." }]);
      expect(paths(withCondition({ type, mode: 'or', tagIds: ['t-partner'] }))).toEqual(['conditions.0.tagIds.0']);
    }
  });
  it("a field of another entity is refused; the trigger's own entity is accepted", () => {
    expect(paths(withTrigger({ type: 'field_updated', entity: 'lead', fieldId: 'f-phone' }))).toEqual(['triggers.0.fieldId']);
    expect(paths(withTrigger({ type: 'field_updated', entity: 'contact', fieldId: 'f-phone' }))).toEqual([]);
  });
});

describe('V9 delays and cooldowns', () => {
  const stage = (delayMinutes: unknown) => withTrigger({ type: 'lead_created_in_stage', stageIds: ['s-incoming'], delayMinutes });
  const msg = (cooldownMinutes: unknown) => withTrigger({ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes });
  it('delays 0..43200 whole minutes', () => {
    expect(paths(stage(0))).toEqual([]);
    expect(paths(stage(43200))).toEqual([]);
    expect(paths(stage(43201))).toEqual(['triggers.0.delayMinutes']);
    expect(paths(stage(-1))).toEqual(['triggers.0.delayMinutes']);
    expect(paths(stage(1.5))).toEqual(['triggers.0.delayMinutes']);
  });
  it('cooldown at least 1', () => {
    expect(paths(msg(0))).toEqual(['triggers.0.cooldownMinutes']);
    expect(paths(msg(1))).toEqual([]);
    expect(paths(msg(43201))).toEqual(['triggers.0.cooldownMinutes']);
  });
});

describe('a tag or field not chosen yet is asked for, not called an empty id', () => {
  it.each([
    [{ type: 'tag_added', entity: 'lead', tagId: '' }, 'triggers.0.tagId', 'Choose a tag.'],
    [{ type: 'tag_removed', entity: 'contact', tagId: '' }, 'triggers.0.tagId', 'Choose a tag.'],
    [{ type: 'field_updated', entity: 'lead', fieldId: '' }, 'triggers.0.fieldId', 'Choose a field.'],
    [{ type: 'relative_to_date_field', fieldId: '', hours: 2, direction: 'before' }, 'triggers.0.fieldId', 'Choose a date field.'],
  ])('%j', (trigger, path, message) => {
    const r = validateBot(withTrigger(trigger), account);
    expect(r.ok ? [] : r.errors).toEqual([{ path, message }]);
  });
});

describe('whole numbers far out of range are told the range, once', () => {
  // 1e300 is whole but beyond 2^53, where zod's int() refuses it; 1e400 reads from JSON as Infinity.
  const errors = (input: unknown) => {
    const r = validateBot(input, account);
    return r.ok ? [] : r.errors;
  };
  const stage = (delayMinutes: unknown) => withTrigger({ type: 'lead_created_in_stage', stageIds: ['s-incoming'], delayMinutes });
  const msg = (cooldownMinutes: unknown) => withTrigger({ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes });
  const rel = (hours: unknown) => withTrigger({ type: 'relative_to_date_field', fieldId: 'f-meeting', hours, direction: 'before' });
  const yearly = (over: object) => withTrigger({ type: 'recurring', every: 'year', time: '09:00', month: 3, dayOfMonth: 1, ...over });
  const weekly = (weekday: unknown) => withTrigger({ type: 'recurring', every: 'week', time: '09:00', weekday });
  const hoursOn = (weekday: unknown) => bot({ activeHours: { ranges: [{ weekday, from: '09:00', to: '17:00' }] } as Bot['activeHours'] });
  const delayTooBig = 'The delay can be at most 30 days (43,200 minutes).';
  const cases: [string, unknown, string, string][] = [
    ['a delay of 1e300', stage(1e300), 'triggers.0.delayMinutes', delayTooBig],
    ['a delay of Infinity', stage(Infinity), 'triggers.0.delayMinutes', delayTooBig],
    ['a delay of -1e300', stage(-1e300), 'triggers.0.delayMinutes', 'The delay cannot be negative.'],
    ['a delay of -Infinity', stage(-Infinity), 'triggers.0.delayMinutes', 'The delay cannot be negative.'],
    ['a cooldown of 2^53', msg(2 ** 53), 'triggers.0.cooldownMinutes', 'The cooldown can be at most 30 days (43,200 minutes).'],
    ['a cooldown of -Infinity', msg(-Infinity), 'triggers.0.cooldownMinutes', 'The cooldown must be at least 1 minute.'],
    ['hours of 1e300', rel(1e300), 'triggers.0.hours', 'The hours can be at most 720 (30 days).'],
    ['hours of Infinity', rel(Infinity), 'triggers.0.hours', 'The hours can be at most 720 (30 days).'],
    ['a day of the month of 1e300', yearly({ dayOfMonth: 1e300 }), 'triggers.0.dayOfMonth', 'Choose a day of the month from 1 to 31.'],
    ['a month of -1e300', yearly({ month: -1e300 }), 'triggers.0.month', 'Choose a month from 1 to 12.'],
    ['a weekday of 1e300', weekly(1e300), 'triggers.0.weekday', 'Choose a weekday from Monday (1) to Sunday (7).'],
    ['an active-hours weekday of Infinity', hoursOn(Infinity), 'activeHours.ranges.0.weekday', 'Choose a weekday from Monday (1) to Sunday (7).'],
    ['a version of 1e300', bot({ version: 1e300 }), 'version', 'The version is too large (at most 9,007,199,254,740,991).'],
    ['a version of Infinity', bot({ version: Infinity }), 'version', 'The version is too large (at most 9,007,199,254,740,991).'],
    ['a version of -1e300', bot({ version: -1e300 }), 'version', 'The version cannot be negative.'],
  ];
  it.each(cases)('%s', (_, input, path, message) => {
    expect(errors(input)).toEqual([{ path, message }]);
  });
  it('the largest exact version passes; a fraction is still "not whole", and text still "a number"', () => {
    expect(errors(bot({ version: Number.MAX_SAFE_INTEGER }))).toEqual([]);
    expect(errors(stage(1.5))).toEqual([{ path: 'triggers.0.delayMinutes', message: 'The delay must be a whole number of minutes.' }]);
    expect(errors(stage(50000.5))).toEqual([{ path: 'triggers.0.delayMinutes', message: 'The delay must be a whole number of minutes.' }]);
    expect(errors(bot({ version: 'one' as unknown as number }))).toEqual([{ path: 'version', message: 'The version is a number.' }]);
    expect(errors(stage(NaN))).toEqual([{ path: 'triggers.0.delayMinutes', message: 'Type the delay as hours and minutes, HH:MM, with minutes from 00 to 59 (for example 01:30).' }]);
  });
  it('amounts that JSON reads as Infinity are said to be too large', () => {
    expect(errors(withCondition({ type: 'sale', min: Infinity, max: null }))).toEqual([{ path: 'conditions.0.min', message: 'The amount is too large.' }]);
    expect(errors(withCondition({ type: 'sale', min: null, max: -Infinity }))).toEqual([{ path: 'conditions.0.max', message: 'The amount cannot be negative.' }]);
  });
  it('from a scenario file, 1e300 and 1e400 get the range sentence only', () => {
    const text = readFileSync(join(__dirname, '../../mocks/fixtures/scenarios/welcome-on-created.json'), 'utf8');
    const s = JSON.parse(text);
    s.bots[0].triggers[0].delayMinutes = 1e300;
    s.leads = [{ id: 'l0', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 }];
    const json = JSON.stringify(s).replace('"version":1,', '"version":1e400,').replace('"price":0', '"price":1e400');
    const r = parseScenarioText(json);
    expect(r.ok ? [] : r.errors).toEqual([
      { path: 'leads.0.price', message: 'The amount is too large.' },
      { path: 'bots.0.version', message: 'The version is too large (at most 9,007,199,254,740,991).' },
      { path: 'bots.0.triggers.0.delayMinutes', message: delayTooBig },
    ]);
  });
});

describe('V10 relative to a date field', () => {
  const rel = (fieldId: string, hours: unknown) => withTrigger({ type: 'relative_to_date_field', fieldId, hours, direction: 'before' });
  it('needs a date or datetime field of leads', () => {
    expect(paths(rel('f-meeting', 2))).toEqual([]);
    expect(paths(rel('f-renewal', 2))).toEqual([]);
    expect(paths(rel('f-location', 2))).toEqual(['triggers.0.fieldId']);
  });
  it('a date or datetime field of contacts is refused: the date must be a lead\'s', () => {
    const withContactDates: Account = {
      ...account,
      fields: [...account.fields, { id: 'f-birthday', entity: 'contact', name: 'Birthday', type: 'date' }, { id: 'f-last-call', entity: 'contact', name: 'Last call', type: 'datetime' }],
    };
    const errors = (fieldId: string) => {
      const r = validateBot(rel(fieldId, 2), withContactDates);
      return r.ok ? [] : r.errors;
    };
    expect(errors('f-birthday')).toEqual([{ path: 'triggers.0.fieldId', message: 'The field "Birthday" belongs to contacts: choose a date or date-time field of leads.' }]);
    expect(errors('f-last-call')).toEqual([{ path: 'triggers.0.fieldId', message: 'The field "Last call" belongs to contacts: choose a date or date-time field of leads.' }]);
    expect(errors('f-meeting')).toEqual([]);
  });
  it('hours are whole, 0..720', () => {
    expect(paths(rel('f-meeting', 0))).toEqual([]);
    expect(paths(rel('f-meeting', 720))).toEqual([]);
    expect(paths(rel('f-meeting', 721))).toEqual(['triggers.0.hours']);
    expect(paths(rel('f-meeting', 2.5))).toEqual(['triggers.0.hours']);
  });
});

describe('V11 dates and recurrences', () => {
  it('on_date needs a real local date-time', () => {
    expect(paths(withTrigger({ type: 'on_date', at: '2026-12-31T09:00' }))).toEqual([]);
    expect(paths(withTrigger({ type: 'on_date', at: '2026-02-30T09:00' }))).toEqual(['triggers.0.at']);
    expect(paths(withTrigger({ type: 'on_date', at: '2026-12-31T24:00' }))).toEqual(['triggers.0.at']);
    expect(paths(withTrigger({ type: 'on_date', at: '2026-12-31T09:00Z' }))).toEqual(['triggers.0.at']);
  });
  it('an on_date trigger with no date yet asks for one; a date that does not exist says the format', () => {
    expect(messages(withTrigger({ type: 'on_date', at: '' }))).toEqual(['Choose the date and time the bot runs.']);
    expect(messages(withTrigger({ type: 'on_date', at: '2026-02-30T09:00' }))).toEqual(['Enter a date and time that exists, as YYYY-MM-DDTHH:MM.']);
    // Half-filled, as the editor's date and time boxes keep it: the missing or wrong part is named.
    expect(messages(withTrigger({ type: 'on_date', at: 'T09:30' }))).toEqual(['Choose the date the bot runs.']);
    expect(messages(withTrigger({ type: 'on_date', at: '2027-02-15T' }))).toEqual(['Enter the time the bot runs.']);
    expect(messages(withTrigger({ type: 'on_date', at: '2027-02-15T25:00' }))).toEqual(['Enter a time as HH:MM, from 00:00 to 23:59.']);
    expect(messages(withTrigger({ type: 'on_date', at: '2027-02-15T9:30' }))).toEqual(['Enter a time as HH:MM, from 00:00 to 23:59.']);
    // An instant's habits, from a file or an API client: the time is local, and has no seconds.
    const zoneless = 'Give the date and time without a time zone (no “Z” or “+02:00”): it is a local time, in the account’s time zone (or the active hours’).';
    expect(messages(withTrigger({ type: 'on_date', at: '2026-12-31T09:00Z' }))).toEqual([zoneless]);
    expect(messages(withTrigger({ type: 'on_date', at: '2026-12-31T09:00:00+02:00' }))).toEqual([zoneless]);
    expect(messages(withTrigger({ type: 'on_date', at: '2026-12-31T09:00:00' }))).toEqual(['Give the time as HH:MM, without seconds.']);
    expect(messages(withTrigger({ type: 'recurring', every: 'day', time: '10:00:00' }))).toEqual(['Give the time as HH:MM, without seconds.']);
  });
  it('each repetition has the parts it needs', () => {
    expect(paths(withTrigger({ type: 'recurring', every: 'day', time: '10:00' }))).toEqual([]);
    expect(paths(withTrigger({ type: 'recurring', every: 'week', time: '10:00' }))).toEqual(['triggers.0.weekday']);
    expect(paths(withTrigger({ type: 'recurring', every: 'week', time: '10:00', weekday: 1 }))).toEqual([]);
    expect(paths(withTrigger({ type: 'recurring', every: 'month', time: '10:00' }))).toEqual(['triggers.0.dayOfMonth']);
    expect(paths(withTrigger({ type: 'recurring', every: 'month', time: '10:00', dayOfMonth: 31 }))).toEqual([]);
    expect(paths(withTrigger({ type: 'recurring', every: 'year', time: '10:00', dayOfMonth: 1 }))).toEqual(['triggers.0.month']);
  });
  it('31 April is refused, 29 February is allowed', () => {
    expect(paths(withTrigger({ type: 'recurring', every: 'year', time: '10:00', month: 4, dayOfMonth: 31 }))).toEqual([
      'triggers.0.dayOfMonth',
    ]);
    expect(paths(withTrigger({ type: 'recurring', every: 'year', time: '10:00', month: 4, dayOfMonth: 30 }))).toEqual([]);
    expect(paths(withTrigger({ type: 'recurring', every: 'year', time: '10:00', month: 2, dayOfMonth: 29 }))).toEqual([]);
  });
  it('a day the month does not have names the month as the editor shows it', () => {
    expect(messages(withTrigger({ type: 'recurring', every: 'year', time: '10:00', month: 4, dayOfMonth: 31 }))).toEqual([
      'This date does not exist: April has at most 30 days.',
    ]);
    expect(messages(withTrigger({ type: 'recurring', every: 'year', time: '10:00', month: 2, dayOfMonth: 30 }))).toEqual([
      'This date does not exist: February has at most 29 days.',
    ]);
  });
  it('time is HH:MM', () => {
    expect(paths(withTrigger({ type: 'recurring', every: 'day', time: '25:00' }))).toEqual(['triggers.0.time']);
    expect(paths(withTrigger({ type: 'recurring', every: 'day', time: '9:00' }))).toEqual(['triggers.0.time']);
  });
});

describe('V12 active hours', () => {
  const hours = (ranges: unknown, timezone?: string) => bot({ activeHours: { ranges, ...(timezone ? { timezone } : {}) } as Bot['activeHours'] });
  it('needs at least one range', () => {
    expect(paths(hours([]))).toEqual(['activeHours.ranges']);
    expect(paths(hours([{ weekday: 1, from: '09:00', to: '17:00' }]))).toEqual([]);
  });
  it('from must differ from to; 24:00 is allowed as to only', () => {
    expect(paths(hours([{ weekday: 1, from: '09:00', to: '09:00' }]))).toEqual(['activeHours.ranges.0.to']);
    expect(paths(hours([{ weekday: 1, from: '00:00', to: '24:00' }]))).toEqual([]);
    expect(paths(hours([{ weekday: 1, from: '24:00', to: '23:00' }]))).toEqual(['activeHours.ranges.0.from']);
  });
  it('overlapping ranges of one weekday are refused at the later range; touching ranges are fine', () => {
    expect(paths(hours([{ weekday: 2, from: '09:00', to: '12:00' }, { weekday: 2, from: '11:00', to: '14:00' }]))).toEqual([
      'activeHours.ranges.1',
    ]);
    expect(paths(hours([{ weekday: 2, from: '09:00', to: '12:00' }, { weekday: 2, from: '12:00', to: '14:00' }]))).toEqual([]);
    expect(paths(hours([{ weekday: 2, from: '09:00', to: '12:00' }, { weekday: 3, from: '11:00', to: '14:00' }]))).toEqual([]);
  });
  it('an overnight range overlapping a later range of the same weekday is refused', () => {
    expect(paths(hours([{ weekday: 5, from: '22:00', to: '02:00' }, { weekday: 5, from: '23:00', to: '23:30' }]))).toEqual([
      'activeHours.ranges.1',
    ]);
  });
  it('a range whose times are not valid is not said to overlap: only its own error is shown', () => {
    const monday = { weekday: 1, from: '09:00', to: '18:00' };
    // The usability review's case: range 2's "from" emptied, its "to" 10:00.
    const emptied = hours([monday, { weekday: 1, from: '', to: '10:00' }]);
    expect(paths(emptied)).toEqual(['activeHours.ranges.1.from']);
    expect(messages(emptied)).toEqual(['Enter a time.']);
    expect(messages(hours([monday, { weekday: 1, from: '9:00', to: '10:00' }]))).toEqual(['Enter a time as HH:MM, from 00:00 to 23:59.']);
    expect(messages(hours([monday, { weekday: 1, from: '10:00', to: '' }]))).toEqual(['Enter a time.']);
    expect(messages(hours([monday, { weekday: 1, from: '10:00', to: '24:01' }]))).toEqual(['Enter a time as HH:MM, from 00:00 to 24:00.']);
    expect(paths(hours([monday, { weekday: 1, from: '10:00', to: '' }]))).toEqual(['activeHours.ranges.1.to']);
    expect(paths(hours([monday, { weekday: 1, from: '10:00', to: '10:00' }]))).toEqual(['activeHours.ranges.1.to']);
    // An invalid earlier range is not the "other range" of a valid later one either.
    expect(paths(hours([{ weekday: 1, from: '9', to: '18:00' }, { weekday: 1, from: '10:00', to: '11:00' }]))).toEqual([
      'activeHours.ranges.0.from',
    ]);
    // A valid range overlapping still is, past an invalid one.
    expect(paths(hours([monday, { weekday: 1, from: '', to: '10:00' }, { weekday: 1, from: '17:00', to: '19:00' }]))).toEqual([
      'activeHours.ranges.1.from',
      'activeHours.ranges.2',
    ]);
    expect(messages(hours([monday, { weekday: 1, from: '17:00', to: '19:00' }]))).toEqual([
      'This time range overlaps another range on the same day (09:00–18:00).',
    ]);
  });
  it('an unknown time zone is refused', () => {
    expect(paths(hours([{ weekday: 1, from: '09:00', to: '17:00' }], 'Mars/Olympus'))).toEqual(['activeHours.timezone']);
    expect(paths(hours([{ weekday: 1, from: '09:00', to: '17:00' }], 'Europe/Berlin'))).toEqual([]);
  });
});

describe('V13 triggers and URLs', () => {
  it('a bot has 1..50 triggers', () => {
    expect(paths(bot({ triggers: [] }))).toEqual(['triggers']);
    const t: Trigger = { type: 'call_received' };
    expect(paths(bot({ triggers: Array.from({ length: 50 }, () => t) }))).toEqual([]);
    expect(paths(bot({ triggers: Array.from({ length: 51 }, () => t) }))).toEqual(['triggers']);
  });
  it('stage triggers list at least one stage', () => {
    expect(paths(withTrigger({ type: 'lead_moved_or_created_in_stage', stageIds: [], delayMinutes: 0 }))).toEqual(['triggers.0.stageIds']);
  });
  it('website_visited needs an http(s) URL', () => {
    const site = (url: string) => withTrigger({ type: 'website_visited', url, delayMinutes: 0 });
    expect(paths(site('https://shop.example.com/pricing'))).toEqual([]);
    expect(paths(site('http://example.com'))).toEqual([]);
    expect(paths(site('ftp://example.com'))).toEqual(['triggers.0.url']);
    expect(paths(site('javascript:alert(1)'))).toEqual(['triggers.0.url']);
    expect(paths(site('example.com'))).toEqual(['triggers.0.url']);
  });
  it('a page address with no host after https:// asks for the rest, not for the scheme it already has', () => {
    const site = (url: string) => withTrigger({ type: 'website_visited', url, delayMinutes: 0 });
    expect(messages(site('https://'))).toEqual(['Enter the rest of the page address, such as https://example.com/pricing.']);
    expect(messages(site('ftp://example.com'))).toEqual(['Enter a web address that starts with http:// or https://.']);
  });
  it('a port URL cannot take is named as the problem, not "the rest of the address"', () => {
    const site = (url: string) => withTrigger({ type: 'website_visited', url, delayMinutes: 0 });
    const errors = (url: string) => {
      const r = validateBot(site(url), account);
      return r.ok ? [] : r.errors;
    };
    const port = (shown: string) => [
      { path: 'triggers.0.url', message: `The port in the address${shown} is not valid: a port is a number from 0 to 65535.` },
    ];
    expect(errors('https://example.com:99999/x')).toEqual(port(' (:99999)'));
    expect(errors('http://example.com:80a')).toEqual(port(' (:80a)'));
    expect(errors('https://user:secret@example.com:65536?q=1')).toEqual(port(' (:65536)'));
    expect(errors('https://[::1]:70000/')).toEqual(port(' (:70000)'));
    expect(errors(`https://example.com:${'9'.repeat(40)}/`)).toEqual(port(''));
    // Ports URL takes, and addresses with no site name before the colon, are as before.
    expect(errors('https://example.com:65535/x')).toEqual([]);
    expect(errors('https://[::1]:8080/')).toEqual([]);
    expect(errors('https://user:secret@example.com/')).toEqual([]);
    expect(messages(site('https://:99999/x'))).toEqual(['Enter the rest of the page address, such as https://example.com/pricing.']);
  });
  it('a space in the site name is refused as such (browsers would accept it, Node not); elsewhere it is escaped alike', () => {
    const site = (url: string) => withTrigger({ type: 'website_visited', url, delayMinutes: 0 });
    const spaced = 'The site name in the address cannot contain spaces (for example https://example.com/pricing).';
    expect(messages(site('https://exa mple.com/pricing'))).toEqual([spaced]);
    expect(messages(site('https:// bad'))).toEqual([spaced]);
    expect(paths(site('https://example.com/price list?q=a b'))).toEqual([]);
    expect(paths(site('  https://shop.example.com/pricing  '))).toEqual([]);
  });
});

describe('V14 a bot is at most 64 KB', () => {
  it('a name-sized bot passes; an oversized one is refused with its size', () => {
    const big = bot({ conditions: [{ type: 'utm', param: 'utm_source', op: 'match', value: 'x'.repeat(1990) }] });
    expect(paths(big)).toEqual([]);
    const huge = { ...bot(), padding: 'x'.repeat(MAX_BOT_BYTES) };
    const r = validateBot(huge, account);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]!.message).toMatch(/too large .*64 KB/);
  });
  it('an oversized bot also names the field that makes it so, where the field has a limit of its own', () => {
    const pasted = bot({ triggers: [{ type: 'website_visited', url: `https://example.com/${'a'.repeat(70_000)}`, delayMinutes: 0 }] });
    const r = validateBot(pasted, account);
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['', 'triggers.0.url']);
    expect(r.ok ? '' : r.errors[1]!.message).toBe('The address is longer than 2,048 characters.');
  });
  // A valid bot whose JSON (as given, id and version included) is exactly `size` bytes of UTF-8: its
  // bulk is in 32 page addresses, and its name is two-byte letters, so that counting characters
  // instead of bytes would come out 100 short.
  const botOfBytes = (size: number): Bot => {
    const bytes = (b: Bot) => new TextEncoder().encode(JSON.stringify(b)).length;
    const make = (extra: (i: number) => number) =>
      bot({
        name: 'é'.repeat(100),
        triggers: Array.from({ length: 32 }, (_, i) => ({ type: 'website_visited', url: `https://example.com/${'a'.repeat(extra(i))}`, delayMinutes: 0 })),
      });
    const missing = size - bytes(make(() => 0));
    const each = Math.floor(missing / 32);
    const b = make((i) => each + (i === 0 ? missing % 32 : 0));
    expect(bytes(b)).toBe(size);
    return b;
  };
  it('exactly 64 KB (65,536 bytes) passes; one byte more is refused at the bot with its size', () => {
    expect(MAX_BOT_BYTES).toBe(65_536);
    expect(validateBot(botOfBytes(65_536), account).ok).toBe(true);
    const r = validateBot(botOfBytes(65_537), account);
    expect(r.ok ? [] : r.errors).toEqual([
      { path: '', message: 'The bot is too large (65 KB); a bot can be at most 64 KB. Its 32 triggers take 64 KB (the largest: trigger 1, 2.0 KB).' },
    ]);
  });
  it('says where an oversized bot\'s bytes are: the parts that take a quarter of it or more, each with its largest', () => {
    const url = (n: number) => ({ type: 'website_visited' as const, url: `https://example.com/${'a'.repeat(n)}`, delayMinutes: 0 });
    const utm = (n: number) => ({ type: 'utm' as const, param: 'utm_source' as const, op: 'match' as const, value: 'v'.repeat(n) });
    const both = bot({ triggers: [url(1000), url(30_000)], conditions: [utm(20_000), utm(500), utm(19_000)] });
    const r = validateBot(both, account);
    expect(r.ok ? '' : r.errors[0]!.message).toBe(
      'The bot is too large (70 KB); a bot can be at most 64 KB. Its 3 conditions take 39 KB (the largest: condition 1, 20 KB), and its 2 triggers take 30 KB (the largest: trigger 2, 29 KB).',
    );
    const one = validateBot(bot({ triggers: [url(66_000)] }), account);
    expect(one.ok ? '' : one.errors[0]!.message).toMatch(/ Its one trigger takes 65 KB\.$/);
  });
});

describe('bad input never throws and gets readable errors', () => {
  it('unknown keys are named', () => {
    expect(validateBot({ ...bot(), colour: 'red' }, account)).toEqual({
      ok: false,
      errors: [{ path: 'colour', message: 'Unknown setting "colour".' }],
    });
  });
  it('prototype keys are refused, not applied', () => {
    const input = JSON.parse(`{"id":"b","name":"x","version":1,"enabled":true,"triggers":[{"type":"call_received"}],
      "conditions":[],"activeHours":null,"keepUnanswered":false,"__proto__":{"polluted":true}}`);
    const r = validateBot(input, account);
    expect(r.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  it('wrong types say what is expected', () => {
    expect(messages({ ...bot(), enabled: 'yes' })).toEqual(['Enabled is on or off.']);
    expect(messages({ ...bot(), triggers: 'all' })).toEqual(['Add at least one trigger.']);
    expect(messages(withTrigger({ type: 'teleport' }))).toEqual(['Choose a known kind of trigger.']);
  });
  it.each([null, undefined, 42, 'bot', [], true])('%s is refused', (input) => {
    const r = validateBot(input, account);
    expect(r.ok).toBe(false);
  });
  it('the name is 1..100 characters after trimming', () => {
    expect(paths(bot({ name: '   ' }))).toEqual(['name']);
    expect(paths(bot({ name: ' ' + 'a'.repeat(100) + ' ' }))).toEqual([]);
    expect(paths(bot({ name: 'a'.repeat(101) }))).toEqual(['name']);
    // Characters as people count them: 100 emoji (200 UTF-16 units) are 100 characters.
    expect(paths(bot({ name: '🎉'.repeat(100) }))).toEqual([]);
    expect(paths(bot({ name: '🎉'.repeat(101) }))).toEqual(['name']);
    // What shows as one character is one: a family emoji (7 code points), an e with a combining accent.
    const family = '👨\u200d👩\u200d👧\u200d👦';
    expect(paths(bot({ name: family.repeat(100) }))).toEqual([]);
    expect(paths(bot({ name: 'e\u0301'.repeat(100) }))).toEqual([]);
    expect(paths(bot({ name: family.repeat(101) }))).toEqual(['name']);
  });
  it('the name is one line: a line break, tab or other control character is refused', () => {
    for (const name of ['Line one\nLine two', 'Tab\there', 'Carriage\rreturn', 'Next\u0085line', 'Line\u2028separator', 'Bell\u0007']) {
      expect(messages(bot({ name }))).toEqual(['The name must be one line, without line breaks or tabs.']);
    }
    expect(paths(bot({ name: 'ترحيب بالعملاء (VIP) 2026!' }))).toEqual([]);
  });
});

describe('each id is used once in the account', () => {
  const copy = (): Account => JSON.parse(JSON.stringify(account)) as Account;
  const errors = (input: unknown) => {
    const r = validateAccount(input);
    return r.ok ? [] : r.errors;
  };
  it('the demo account has no id twice', () => {
    expect(errors(demoAccount)).toEqual([]);
  });
  it('a second tag with the same id is refused at its id, also when it is for another entity', () => {
    const a = copy();
    const vip = a.tags.find((t) => t.id === 't-vip')!;
    a.tags.push({ ...vip, name: 'VIP contact', entity: 'contact' });
    expect(errors(a)).toEqual([{ path: `tags.${a.tags.length - 1}.id`, message: 'Another tag already has the id “t-vip”.' }]);
  });
  it.each([
    ['users', 'user'],
    ['sources', 'source'],
    ['channels', 'channel'],
    ['fields', 'field'],
    ['inboxes', 'mailbox'],
    ['forms', 'form'],
    ['pipelines', 'pipeline'],
  ] as const)('a second item of %s with the same id is refused (“Another %s …”)', (list, what) => {
    const a = copy() as unknown as Record<string, { id: string }[]>;
    const first = a[list]![0]!;
    const again: { id: string; stages?: unknown[] } = list === 'pipelines' ? { ...first, stages: [] } : { ...first }; // a copied pipeline's stages would be twice too
    a[list]!.push(again);
    expect(errors(a)).toEqual([{ path: `${list}.${a[list]!.length - 1}.id`, message: `Another ${what} already has the id “${first.id}”.` }]);
  });
  it('stage ids are used once across all pipelines, and each duplicate after the first is named', () => {
    const a = copy();
    const won = a.pipelines[0]!.stages.find((s) => s.id === 's-won')!;
    a.pipelines.push({ id: 'p-partners', name: 'Partners', stages: [{ id: 's-new', name: 'New' }, { ...won }, { id: 's-new', name: 'New again' }] });
    expect(errors(a)).toEqual([
      { path: 'pipelines.1.stages.1.id', message: 'Another stage already has the id “s-won”.' },
      { path: 'pipelines.1.stages.2.id', message: 'Another stage already has the id “s-new”.' },
    ]);
  });
  it('the same id in two different lists is fine (a user and a tag may share one)', () => {
    const a = copy();
    a.users.push({ id: 't-vip', name: 'Vip' });
    expect(errors(a)).toEqual([]);
  });
  it('in a scenario file the path starts at the file root, and the file is refused (exit 2 on the command line)', () => {
    const s = JSON.parse(readFileSync(join(__dirname, '../../mocks/fixtures/scenarios/vip-tag-added-by-hand.json'), 'utf8'));
    const vip = s.account.tags.find((t: { id: string }) => t.id === 't-vip');
    s.account.tags.push({ ...vip, entity: 'contact' });
    const r = validateScenario(s);
    expect(r.ok ? [] : r.errors).toEqual([{ path: `account.tags.${s.account.tags.length - 1}.id`, message: 'Another tag already has the id “t-vip”.' }]);
  });
  it('a list with hundreds of duplicates reports at most 100 of them', () => {
    const a = copy();
    a.forms = Array.from({ length: 500 }, () => ({ id: 'form-x', name: 'Same' }));
    const r = validateAccount(a);
    expect(r.ok ? 0 : r.errors.length).toBe(100);
  });
});

describe('scenario files', () => {
  const dir = join(__dirname, '../../mocks/fixtures/scenarios');
  const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

  it('the public scenarios are all there', () => {
    expect(files.length).toBeGreaterThanOrEqual(7);
  });
  it.each(files)('%s parses and validates', (file) => {
    const r = parseScenarioText(readFileSync(join(dir, file), 'utf8'));
    expect(r.ok ? [] : r.errors).toEqual([]);
  });

  const scenario = () => JSON.parse(readFileSync(join(dir, 'qualified-follow-up-after-10-min.json'), 'utf8'));

  it('error paths start at the file root', () => {
    const s = scenario();
    s.bots[0].conditions = [{ type: 'tags', mode: 'and', tagIds: [] }];
    const r = validateScenario(s);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['bots.0.conditions.0.tagIds']);
  });
  it('rule errors (account-dependent) also carry the bot prefix', () => {
    const s = scenario();
    s.bots[0].triggers[0].stageIds = ['s-nowhere'];
    const r = validateScenario(s);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['bots.0.triggers.0.stageIds.0']);
  });
  it('a bot too large whose field is also wrong says both, the size first, as the editor does (V14)', () => {
    const s = scenario();
    s.bots.push({ ...s.bots[0], id: 'b-pasted', triggers: [{ type: 'website_visited', url: `https://example.com/${'a'.repeat(70_000)}`, delayMinutes: 0 }] });
    s.bots[0].conditions = [{ type: 'tags', mode: 'and', tagIds: [] }];
    const r = validateScenario(s);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['bots.0.conditions.0.tagIds', 'bots.1', 'bots.1.triggers.0.url']);
    expect(r.ok ? '' : r.errors[1]!.message).toMatch(/^The bot is too large \(69 KB\); a bot can be at most 64 KB\./);
  });
  it('an event about an unknown lead is an error at its leadId', () => {
    const s = scenario();
    s.events.push({ at: '2026-06-01T14:30:00Z', type: 'call_received', leadId: 'ghost' });
    const r = validateScenario(s);
    expect(r.ok ? [] : r.errors).toEqual([{ path: 'events.3.leadId', message: expect.stringContaining('ghost') }]);
  });
  it('a lead created by an earlier lead_created event is known; one created later is not', () => {
    const s = scenario();
    const lead = { id: 'l9', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 };
    s.events.push({ at: '2026-06-01T14:40:00Z', type: 'call_received', leadId: 'l9' });
    s.events.push({ at: '2026-06-01T14:30:00Z', type: 'lead_created', lead });
    expect(validateScenario(s).ok).toBe(true);
    s.events[4].at = '2026-06-01T14:50:00Z';
    const r = validateScenario(s);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['events.3.leadId']);
  });
  it('an entity event on a lead names the lead by entityId', () => {
    const s = scenario();
    s.events.push({ at: '2026-06-01T14:30:00Z', type: 'tag_added', entity: 'lead', entityId: 'ghost', tagId: 't-vip', origin: 'user' });
    const r = validateScenario(s);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['events.3.entityId']);
  });
  it('a tag or field change on an unknown lead entity is an error at its entityId, also with a known lead context', () => {
    const s = scenario();
    s.events.push({ at: '2026-06-01T14:30:00Z', type: 'tag_added', entity: 'lead', entityId: 'ghost', tagId: 't-vip', origin: 'user', leadId: 'l1' });
    s.events.push({ at: '2026-06-01T14:31:00Z', type: 'field_updated', entity: 'lead', entityId: 'ghost', fieldId: 'f-location', value: 'x', origin: 'user', leadId: 'l1' });
    s.events.push({ at: '2026-06-01T14:32:00Z', type: 'tag_added', entity: 'lead', entityId: 'l1', tagId: 't-vip', origin: 'user', leadId: 'l1' });
    const r = validateScenario(s);
    expect(r.ok ? [] : r.errors).toEqual([
      { path: 'events.3.entityId', message: expect.stringContaining('"ghost"') },
      { path: 'events.4.entityId', message: expect.stringContaining('"ghost"') },
    ]);
  });
  it("a contact's tag or field change names its lead context by leadId: an unknown one is an error there, as for any event", () => {
    const s = scenario();
    const contactTag = { at: '2026-06-01T14:30:00Z', type: 'tag_added', entity: 'contact', entityId: 'c1', tagId: 't-partner', origin: 'user' };
    const contactField = { at: '2026-06-01T14:31:00Z', type: 'field_updated', entity: 'contact', entityId: 'c1', fieldId: 'f-phone', value: '555', origin: 'user' };
    s.events.push({ ...contactTag, leadId: 'ghost' }, { ...contactField, leadId: 'ghost' });
    const unknown = 'No lead "ghost" exists at this point: add it to the leads at the start, or create it with an earlier "Lead created" event (lead_created).';
    const r = validateScenario(s);
    expect(r.ok ? [] : r.errors).toEqual([
      { path: 'events.3.leadId', message: unknown },
      { path: 'events.4.leadId', message: unknown },
    ]);
    // A known lead context, or none at all (the contact is on its own), is fine.
    s.events.splice(3, 2, { ...contactTag, leadId: 'l1' }, contactField);
    expect(validateScenario(s).ok).toBe(true);
  });
  it('not JSON is an error at the root, never a throw', () => {
    const r = parseScenarioText('{ "name": ');
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.errors[0]!.message).toMatch(/not valid JSON/);
  });
  it('a file that starts with a byte-order mark (as Windows editors save it) reads as its JSON', () => {
    const text = JSON.stringify(scenario());
    const r = parseScenarioText(`\uFEFF${text}`);
    expect(r.ok ? r.value : r.errors).toEqual(JSON.parse(text));
    // Only at the start: anywhere else it is no JSON.
    expect(parseScenarioText(`${text}\uFEFF`).ok).toBe(false);
  });
  it('deeply nested JSON is refused without a crash', () => {
    const deep = '['.repeat(100000) + ']'.repeat(100000);
    expect(parseScenarioText(deep).ok).toBe(false);
    expect(parseScenarioText(`{"name":"x","account":${deep}}`).ok).toBe(false);
  });
  it('an invalid instant is refused', () => {
    const s = scenario();
    s.events[0].at = '2026-02-30T10:00:00Z';
    const r = validateScenario(s);
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['events.0.at']);
  });
});

describe('start and until', () => {
  const scenario = () => JSON.parse(readFileSync(join(__dirname, '../../mocks/fixtures/scenarios/qualified-follow-up-after-10-min.json'), 'utf8'));
  const errors = (start: string, until: string) => {
    const r = validateScenario({ ...scenario(), start, until });
    return r.ok ? [] : r.errors;
  };
  it('an end before the start is refused at until', () => {
    expect(errors('2026-06-01T16:00:00Z', '2026-06-01T15:00:00Z')).toEqual([
      { path: 'until', message: 'The end of the simulation must not be before its start.' },
    ]);
  });
  it('an end at the start is accepted', () => {
    expect(errors('2026-06-01T15:00:00Z', '2026-06-01T15:00:00Z')).toEqual([]);
  });
  it('they are compared as instants, whatever offset each is written with', () => {
    // 12:00-04:00 is 16:00Z, after 14:00Z though it reads earlier; 09:30-04:00 is 13:30Z, before it.
    expect(errors('2026-06-01T14:00:00Z', '2026-06-01T12:00:00-04:00')).toEqual([]);
    expect(errors('2026-06-01T14:00:00Z', '2026-06-01T09:30:00-04:00').map((e) => e.path)).toEqual(['until']);
  });
});

describe('V14 on hostile sizes', () => {
  it('a bot of 150,000 tiny triggers (a 300 KB request) is refused for its size, without a crash', () => {
    const r = validateBot({ ...bot(), triggers: Array.from({ length: 150_000 }, () => 0) }, account);
    expect(r.ok ? '' : r.errors[0]!.message).toBe(
      'The bot is too large (294 KB); a bot can be at most 64 KB. Its 150,000 triggers take 293 KB (the largest: trigger 1, 1 byte).',
    );
  });
});
