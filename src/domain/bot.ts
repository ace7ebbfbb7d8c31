import * as z from 'zod';
import { EntityType, Id, idSchema, TimeZone, UtmParam } from './account';
import { clockToMinutes, daysInMonth, isClock, isLocalDateTime, isTimeZone, MONTH_NAMES, splitLocalDateTime } from './time-formats';

/** Longest delay or cooldown: 30 days (V9). */
export const MAX_DELAY_MINUTES = 43200;
/** V10: a relative-date trigger's hours before or after its field (720 hours: 30 days). */
export const MAX_RELATIVE_HOURS = 720;

type WholeNumberWords = {
  /** Not a number at all (text, null …); given the input, for the editor's NaN. */
  type: string | ((input: unknown) => string);
  /** A number with a fraction. */
  whole: string;
  /** Below the minimum, or endlessly below it. */
  tooSmall: string;
  /** Above the maximum, or so far above it that it is no exact whole number any more. */
  tooBig: string;
};

/**
 * A whole number from `min` to `max`, with one sentence for each way to miss it. A value beyond the
 * range is told the range whatever part of zod finds it: 1e300 is whole, but zod's int() refuses it as
 * beyond 2^53 (it was worded "must be a whole number", then "at most 30 days" beside it), and 1e400
 * reads from JSON as Infinity, which z.number() refuses as not a number ("The version is a number").
 * int() aborts, so a value it refuses gets no second sentence from min() or max().
 */
function wholeNumber(min: number, max: number, words: WholeNumberWords) {
  const { type, whole, tooSmall, tooBig } = words;
  return z
    .number({
      error: (iss) => {
        const input = iss.input;
        if (input === Infinity) return tooBig;
        if (input === -Infinity) return tooSmall;
        return typeof type === 'function' ? type(input) : type;
      },
    })
    .int({ abort: true, error: (iss) => (iss.code === 'too_big' ? tooBig : iss.code === 'too_small' ? tooSmall : whole) })
    .min(min, { error: tooSmall })
    .max(max, { error: tooBig });
}

/**
 * What is wrong with an on_date's `at`. The editor's date and time boxes keep a half-filled value as
 * it is ("2027-02-15T", "T09:30", "2027-02-15T25:00"), so the part missing or wrong is named, as
 * beside the boxes; a file or the API gets the format.
 */
function onDateProblem(input: unknown): string {
  if (input === '' || input === 'T') return 'Choose the date and time the bot runs.';
  if (typeof input !== 'string') return 'Enter a date and time that exists, as YYYY-MM-DDTHH:MM.';
  const { date, time } = splitLocalDateTime(input);
  if (date === '') return 'Choose the date the bot runs.';
  if (/^\d{4}-\d{2}-\d{2}$/.test(date) && input.includes('T')) {
    if (time.trim() === '') return 'Enter the time the bot runs.';
    // "2026-12-31T09:00Z", "…T09:00+02:00", "…T09:00:00": an instant's habits, from a file or an API client.
    if (/^\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i.test(time)) {
      return 'Give the date and time without a time zone (no “Z” or “+02:00”): it is a local time, in the account’s time zone (or the active hours’).';
    }
    if (/^\d{2}:\d{2}:\d{2}(?:\.\d+)?$/.test(time)) return 'Give the time as HH:MM, without seconds.';
    if (!isClock(time)) return 'Enter a time as HH:MM, from 00:00 to 23:59.';
  }
  return 'Enter a date and time that exists, as YYYY-MM-DDTHH:MM.';
}

const Minutes = (min: number, what: string) =>
  wholeNumber(min, MAX_DELAY_MINUTES, {
    // NaN never comes from JSON: it is the editor's custom HH:MM box holding text it cannot read.
    type: (input) => (Number.isNaN(input) ? `Type the ${what} as hours and minutes, HH:MM, with minutes from 00 to 59 (for example 01:30).` : `Enter the ${what} in whole minutes.`),
    whole: `The ${what} must be a whole number of minutes.`,
    tooSmall: min === 0 ? `The ${what} cannot be negative.` : `The ${what} must be at least ${min} minute.`,
    tooBig: `The ${what} can be at most 30 days (43,200 minutes).`,
  });

export const DelayMinutes = Minutes(0, 'delay');
export const CooldownMinutes = Minutes(1, 'cooldown');

const StageIds = z
  .array(Id, { error: 'Select at least one stage.' })
  .min(1, { error: 'Select at least one stage.' })
  .max(500, { error: 'Select at most 500 stages.' });

/** Channel ids; [] means "any channel". */
export const ChannelIds = z.array(Id, { error: 'Choose channels (or none for any channel).' }).max(500);

const Direction2 = z.enum(['incoming', 'outgoing'], { error: 'Choose incoming or outgoing.' });

const stageTrigger = <T extends string>(type: T) =>
  z.strictObject({
    type: z.literal(type),
    stageIds: StageIds,
    delayMinutes: DelayMinutes,
    applyToExisting: z.boolean({ error: 'Apply to existing leads is on or off.' }).optional(),
  });

export const HttpUrl = z
  .string({ error: 'Enter the page address.' })
  .max(2048, { error: 'The address is longer than 2,048 characters.' })
  // Spaces around it are ignored. In the site name a space is a typo, and browsers and Node disagree
  // about it (Chromium's URL turns it into %20, Node refuses the address): refused everywhere alike.
  // (Spaces in the path or query are escaped the same way by both.)
  .refine((value) => !/\s/.test(value.trim().replace(/^https?:\/\//i, '').split(/[/?#]/)[0]!), {
    error: 'The site name in the address cannot contain spaces (for example https://example.com/pricing).',
    abort: true,
  })
  .refine(
    (value) => {
      if (!/^https?:\/\//i.test(value.trim())) return false;
      try {
        const url = new URL(value.trim());
        // A % in the host name: a character the browser escaped where Node refuses the address.
        return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0 && !url.hostname.includes('%');
      } catch {
        return false;
      }
    },
    {
      error: (issue) => {
        if (typeof issue.input !== 'string' || !/^https?:\/\//i.test(issue.input.trim())) {
          return 'Enter a web address that starts with http:// or https://.';
        }
        const port = badPort(issue.input.trim());
        if (port !== null) {
          const shown = port.length <= 12 ? ` (:${port})` : ''; // a long paste is not repeated back
          return `The port in the address${shown} is not valid: a port is a number from 0 to 65535.`;
        }
        // "https://" alone (the editor's starting value) does start with https://: ask for the rest.
        return 'Enter the rest of the page address, such as https://example.com/pricing.';
      },
    },
  );

/**
 * The port of an http(s) address when one is written and URL cannot take it (":99999", ":80a"), else
 * null: such an address has its site name, and asking for "the rest" of it did not say what was wrong.
 */
function badPort(address: string): string | null {
  const authority = address.replace(/^https?:\/\//i, '').split(/[/?#]/)[0]!;
  const hostPort = authority.slice(authority.lastIndexOf('@') + 1);
  // The last colon outside an IPv6 address's brackets ("[::1]:8080"), with a site name before it.
  const match = /^([^:]*|\[[^\]]*\]):([^:]*)$/.exec(hostPort);
  if (!match || match[1] === '' || match[2] === '') return null;
  const port = match[2]!;
  return /^\d+$/.test(port) && Number(port) <= 65535 ? null : port;
}

export const LocalClock = z
  .string({ error: 'Enter a time as HH:MM.' })
  // An emptied time box (the editor's boxes show the browser's clock, often 12-hour) is asked for
  // as a time; the HH:MM form is said where one was typed wrong (files, the API).
  .refine((v) => isClock(v), {
    error: (issue) =>
      issue.input === ''
        ? 'Enter a time.'
        : typeof issue.input === 'string' && /^\d{2}:\d{2}:\d{2}(?:\.\d+)?$/.test(issue.input)
          ? 'Give the time as HH:MM, without seconds.' // "10:00:00", from a file or an API client
          : 'Enter a time as HH:MM, from 00:00 to 23:59.',
  });

const Weekday = wholeNumber(1, 7, {
  type: 'Choose a weekday.',
  whole: 'Choose a weekday.',
  tooSmall: 'Choose a weekday from Monday (1) to Sunday (7).',
  tooBig: 'Choose a weekday from Monday (1) to Sunday (7).',
});

export const RECURRING_EVERY = ['day', 'week', 'month', 'year'] as const;

export const Trigger = z.discriminatedUnion(
  'type',
  [
    // pipeline
    stageTrigger('lead_created_in_stage'),
    stageTrigger('lead_moved_to_stage'),
    stageTrigger('lead_moved_or_created_in_stage'),
    z.strictObject({ type: z.literal('responsible_user_changed') }),
    z.strictObject({ type: z.literal('tag_added'), entity: EntityType, tagId: idSchema('Choose a tag.') }),
    z.strictObject({ type: z.literal('tag_removed'), entity: EntityType, tagId: idSchema('Choose a tag.') }),
    z.strictObject({ type: z.literal('field_updated'), entity: EntityType, fieldId: idSchema('Choose a field.') }),
    // scheduled
    z.strictObject({
      type: z.literal('relative_to_date_field'),
      fieldId: idSchema('Choose a date field.'),
      hours: wholeNumber(0, MAX_RELATIVE_HOURS, {
        type: 'Enter the number of hours.',
        whole: 'Enter a whole number of hours.',
        tooSmall: 'The hours cannot be negative.',
        tooBig: 'The hours can be at most 720 (30 days).',
      }),
      direction: z.enum(['before', 'after'], { error: 'Choose before or after.' }),
    }),
    z.strictObject({
      type: z.literal('on_date'),
      at: z
        .string({ error: 'Enter a date and time.' })
        .refine(isLocalDateTime, { error: (issue) => onDateProblem(issue.input) }),
    }),
    z
      .strictObject({
        type: z.literal('recurring'),
        every: z.enum(RECURRING_EVERY, { error: 'Choose daily, weekly, monthly or yearly.' }),
        time: LocalClock,
        weekday: Weekday.optional(),
        dayOfMonth: wholeNumber(1, 31, {
          type: 'Choose a day of the month.',
          whole: 'Choose a day of the month.',
          tooSmall: 'Choose a day of the month from 1 to 31.',
          tooBig: 'Choose a day of the month from 1 to 31.',
        }).optional(),
        month: wholeNumber(1, 12, {
          type: 'Choose a month.',
          whole: 'Choose a month.',
          tooSmall: 'Choose a month from 1 to 12.',
          tooBig: 'Choose a month from 1 to 12.',
        }).optional(),
      })
      .superRefine((t, ctx) => {
        // V11: each kind of repetition has the parts it needs.
        if (t.every === 'week' && t.weekday === undefined) {
          ctx.addIssue({ code: 'custom', path: ['weekday'], message: 'Choose the weekday the bot runs on.' });
        }
        if ((t.every === 'month' || t.every === 'year') && t.dayOfMonth === undefined) {
          ctx.addIssue({ code: 'custom', path: ['dayOfMonth'], message: 'Choose the day of the month the bot runs on.' });
        }
        if (t.every === 'year') {
          if (t.month === undefined) {
            ctx.addIssue({ code: 'custom', path: ['month'], message: 'Choose the month the bot runs in.' });
          } else if (t.dayOfMonth !== undefined && t.dayOfMonth > daysInMonth(2024, t.month)) {
            ctx.addIssue({
              code: 'custom',
              path: ['dayOfMonth'],
              message: `This date does not exist: ${MONTH_NAMES[t.month - 1] ?? `month ${t.month}`} has at most ${daysInMonth(2024, t.month)} days.`,
            });
          }
        }
      }),
    // behaviour
    z.strictObject({ type: z.literal('form_submitted'), formIds: z.array(Id).max(500) }),
    z.strictObject({ type: z.literal('email_received'), inboxIds: z.array(Id).max(500) }),
    z.strictObject({ type: z.literal('call_received') }),
    z.strictObject({ type: z.literal('website_visited'), url: HttpUrl, delayMinutes: DelayMinutes }),
    // conversational
    z.strictObject({
      type: z.literal('conversation_started'),
      direction: z.enum(['incoming', 'outgoing', 'any'], { error: 'Choose incoming, outgoing or any.' }),
      channelIds: ChannelIds,
    }),
    z.strictObject({
      type: z.literal('message'),
      direction: Direction2,
      channelIds: ChannelIds,
      cooldownMinutes: CooldownMinutes,
    }),
    z.strictObject({ type: z.literal('story_mention'), channelIds: ChannelIds }),
    z.strictObject({ type: z.literal('outgoing_message_seen'), channelIds: ChannelIds, delayMinutes: DelayMinutes }),
    z.strictObject({ type: z.literal('conversation_closed'), channelIds: ChannelIds, delayMinutes: DelayMinutes }),
    z.strictObject({ type: z.literal('first_message_of_day'), channelIds: ChannelIds }),
  ],
  { error: 'Choose a known kind of trigger.' },
);
export type Trigger = z.infer<typeof Trigger>;
export type TriggerType = Trigger['type'];
export type TriggerOf<T extends TriggerType> = Extract<Trigger, { type: T }>;

const TagIds = z
  .array(Id, { error: 'Select at least one tag.' })
  .min(1, { error: 'Select at least one tag.' })
  .max(500, { error: 'Select at most 500 tags.' });
const AndOr = z.enum(['and', 'or'], { error: 'Choose "and" or "or".' });

const Bound = z
  .number({
    // Infinity (1e400 in JSON) is refused here, by z.number(), not by min(): say what is wrong with it.
    error: (iss) =>
      iss.input === Infinity ? 'The amount is too large.' : iss.input === -Infinity ? 'The amount cannot be negative.' : 'Enter an amount (a number) or leave it empty.',
  })
  .min(0, { error: 'The amount cannot be negative.' })
  .nullable();

export const UTM_OPERATORS = ['match', 'not_match', 'contains', 'not_contains', 'empty', 'not_empty'] as const;
export const UtmOperator = z.enum(UTM_OPERATORS, { error: 'Choose how to compare the UTM value.' });
export type UtmOperator = z.infer<typeof UtmOperator>;
/** Operators that compare against a value (V3); the others take none. */
export const UTM_OPERATORS_WITH_VALUE: readonly UtmOperator[] = ['match', 'not_match', 'contains', 'not_contains'];

export const Condition = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ type: z.literal('tags'), mode: AndOr, tagIds: TagIds }),
    z.strictObject({ type: z.literal('not_tags'), mode: AndOr, tagIds: TagIds }),
    z.strictObject({ type: z.literal('stages'), stageIds: z.array(Id).max(500) }),
    z.strictObject({
      type: z.literal('responsible'),
      userIds: z.array(Id).min(1, { error: 'Select at least one responsible user.' }).max(500),
    }),
    z
      .strictObject({ type: z.literal('sale'), min: Bound, max: Bound })
      .superRefine((c, ctx) => {
        if (c.min === null && c.max === null) {
          ctx.addIssue({ code: 'custom', path: ['min'], message: 'Enter a minimum, a maximum or both.' });
        } else if (c.min !== null && c.max !== null && c.min > c.max) {
          ctx.addIssue({ code: 'custom', path: ['max'], message: 'The maximum must not be less than the minimum.' });
        }
      }),
    z.strictObject({
      type: z.literal('source'),
      sourceIds: z.array(Id).min(1, { error: 'Select at least one source.' }).max(500),
    }),
    z
      .strictObject({
        type: z.literal('utm'),
        param: UtmParam,
        op: UtmOperator,
        value: z.string({ error: 'Enter the UTM value as text.' }).max(2000, { error: 'The value is at most 2,000 characters.' }).optional(),
      })
      .superRefine((c, ctx) => {
        const needsValue = UTM_OPERATORS_WITH_VALUE.includes(c.op);
        if (needsValue && (c.value === undefined || c.value.trim() === '')) {
          ctx.addIssue({ code: 'custom', path: ['value'], message: 'Enter the value to compare with.' });
        }
        if (!needsValue && c.value !== undefined) {
          ctx.addIssue({ code: 'custom', path: ['value'], message: '"Empty" and "not empty" take no value.' });
        }
      }),
  ],
  { error: 'Choose a known kind of condition.' },
);
export type Condition = z.infer<typeof Condition>;
export type ConditionType = Condition['type'];

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export const HoursRange = z
  .strictObject({
    weekday: Weekday,
    from: LocalClock,
    to: z
      .string({ error: 'Enter a time as HH:MM.' })
      .refine((v) => isClock(v, true), { error: (issue) => (issue.input === '' ? 'Enter a time.' : 'Enter a time as HH:MM, from 00:00 to 24:00.') }),
  })
  .superRefine((r, ctx) => {
    if (r.from === r.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'The end time must differ from the start time.' });
    }
  });

/** Minute-of-week intervals [start, end) that a range covers; overnight ranges spill into the next day. */
export function rangeIntervals(r: { weekday: number; from: string; to: string }): [number, number][] {
  const day = (r.weekday - 1) * 1440;
  const from = clockToMinutes(r.from);
  let to = clockToMinutes(r.to);
  if (to <= from) to += 1440; // runs past midnight
  const start = day + from;
  const end = day + to;
  const week = 7 * 1440;
  if (end <= week) return [[start, end]];
  return [
    [start, week],
    [0, end - week],
  ];
}

/** Whether a range's times are what V12 accepts (each a clock, "24:00" only as `to`, and `from` ≠ `to`). */
function hasValidTimes(r: { from: unknown; to: unknown }): boolean {
  return typeof r.from === 'string' && typeof r.to === 'string' && isClock(r.from) && isClock(r.to, true) && r.from !== r.to;
}

/**
 * SPEC §1: the zone a bot's wall-clock values are local to: its active hours' zone where given
 * (and known), else the account's. The engine reads on_date and recurring times in it, and the
 * editor says it beside them. (Lead field values, R10, and R15's calendar day stay the account's.)
 */
export function botTimeZone(bot: { activeHours: { timezone?: string | undefined } | null }, account: { timezone: string }): string {
  const zone = bot.activeHours?.timezone;
  return zone !== undefined && isTimeZone(zone) ? zone : account.timezone;
}

export const ActiveHours = z
  .strictObject({
    timezone: TimeZone.optional(),
    ranges: z
      .array(HoursRange, { error: 'Add at least one time range.' })
      .min(1, { error: 'Add at least one time range, or choose “Always active”.' })
      .max(200, { error: 'Use at most 200 time ranges.' }),
  })
  .superRefine((h, ctx) => {
    // V12: ranges of one weekday do not overlap; the later range is the one reported.
    // zod runs this refinement even when a range's own times failed (an emptied "from" in the
    // editor): such a range covers no known interval, so it overlaps nothing and keeps only its
    // own error rather than a false "overlaps" beside it.
    for (let j = 1; j < h.ranges.length; j++) {
      const b = h.ranges[j]!;
      if (!hasValidTimes(b)) continue;
      for (let i = 0; i < j; i++) {
        const a = h.ranges[i]!;
        if (a.weekday !== b.weekday || !hasValidTimes(a)) continue;
        const overlaps = rangeIntervals(a).some(([s1, e1]) => rangeIntervals(b).some(([s2, e2]) => s1 < e2 && s2 < e1));
        if (overlaps) {
          ctx.addIssue({
            code: 'custom',
            path: ['ranges', j],
            message: `This time range overlaps another range on the same day (${a.from}–${a.to}).`,
          });
          break;
        }
      }
    }
  });
export type ActiveHours = z.infer<typeof ActiveHours>;
export type HoursRange = z.infer<typeof HoursRange>;

export const MAX_TRIGGERS = 50;
export const MAX_CONDITIONS = 20;

/** Grapheme clusters, where the runtime has Intl.Segmenter (every supported browser and Node 16+). */
const graphemes = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('en', { granularity: 'grapheme' }) : null;

/**
 * A name's length as a person counts it: what shows as one character is one (an emoji, a family
 * emoji of seven code points, a letter with a combining accent), not JavaScript's UTF-16 units.
 */
export function nameLength(name: string): number {
  if (graphemes === null) return [...name].length;
  let n = 0;
  for (const _ of graphemes.segment(name)) n++;
  return n;
}

/** A line break, tab or other control character (C0, DEL, C1, the Unicode line and paragraph separators). */
function hasControlCharacter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0x2028 || c === 0x2029) return true;
  }
  return false;
}

export const BotName = z
  .string({ error: 'Enter a name for the bot.' })
  .refine((v) => v.trim().length >= 1, { error: 'Enter a name for the bot.' })
  .refine((v) => nameLength(v.trim()) <= 100, { error: 'The name can be at most 100 characters.' })
  // One line: the name box, the list and the notices show it on one; a line break sent through the
  // API showed as words run together ("Line oneLine two"), and any edit in the box saved them so.
  .refine((v) => !hasControlCharacter(v), { error: 'The name must be one line, without line breaks or tabs.' });

export const Bot = z.strictObject({
  id: Id,
  name: BotName,
  version: wholeNumber(0, Number.MAX_SAFE_INTEGER, {
    type: 'The version is a number.',
    whole: 'The version is a whole number.',
    tooSmall: 'The version cannot be negative.',
    tooBig: 'The version is too large (at most 9,007,199,254,740,991).',
  }),
  enabled: z.boolean({ error: 'Enabled is on or off.' }),
  triggers: z
    .array(Trigger, { error: 'Add at least one trigger.' })
    .min(1, { error: 'Add at least one trigger ("When this happens").' })
    .max(MAX_TRIGGERS, { error: `A bot can have at most ${MAX_TRIGGERS} triggers.` }),
  conditions: z
    .array(Condition, { error: 'Conditions are a list.' })
    .max(MAX_CONDITIONS, { error: `A bot can have at most ${MAX_CONDITIONS} conditions.` }),
  activeHours: ActiveHours.nullable(),
  keepUnanswered: z.boolean({ error: 'Message status is on or off.' }),
});
export type Bot = z.infer<typeof Bot>;

/**
 * What decides when a bot runs, and nothing else (not its name, id or version): the parts a
 * sample applies, a save conflict compares and the simulator's draft-versus-saved runs on.
 */
export function behaviourOf(bot: Pick<Bot, 'enabled' | 'triggers' | 'conditions' | 'activeHours' | 'keepUnanswered'>): unknown[] {
  return [bot.enabled, bot.triggers, bot.conditions, bot.activeHours, bot.keepUnanswered];
}
