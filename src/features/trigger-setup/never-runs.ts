// Warnings (not errors) for bots that are valid but can never run: the conditions or the active
// hours rule out every activation. Pure: works on the draft as typed, valid or not.
import { botTimeZone, clockToMinutes, isClock, isLocalDateTime, rangeIntervals, UTM_OPERATORS, UTM_OPERATORS_WITH_VALUE, UTM_PARAMS, type Account, type ActiveHours, type Condition, type Trigger, type UtmOperator } from '../../domain';
import { orList, stageNames } from './lib/words';
import { basePlanWarning } from './plan-warnings';
import { findShadowedTriggers } from './shadowed-triggers';
import { formatLocal, fromLocal, toLocal } from '../../engine/time';

export type NeverRunWarning = {
  code:
    | 'plan_base'
    | 'stages_excluded'
    | 'tag_required_and_excluded'
    | 'sale_range_empty'
    | 'utm_contradiction'
    | 'active_hours_empty'
    | 'schedule_outside_hours'
    | 'dates_passed'
    | 'trigger_shadowed';
  /** Where the problem sits, as a validation path would name it. */
  path: string;
  message: string;
};

export type BotShape = {
  triggers: readonly Trigger[];
  conditions: readonly Condition[];
  activeHours: ActiveHours | null;
};

const STAGE_TRIGGERS = new Set<Trigger['type']>(['lead_created_in_stage', 'lead_moved_to_stage', 'lead_moved_or_created_in_stage']);

function intersect(a: ReadonlySet<string> | null, b: readonly string[]): Set<string> {
  return new Set(a === null ? b : b.filter((x) => a.has(x)));
}

/** Stages a lead may be in for the conditions to hold (null: any stage). */
function allowedStages(conditions: readonly Condition[]): { allowed: Set<string> | null; index: number } {
  let allowed: Set<string> | null = null;
  let index = -1;
  conditions.forEach((c, i) => {
    if (c.type !== 'stages' || !Array.isArray(c.stageIds) || c.stageIds.length === 0) return;
    allowed = intersect(allowed, c.stageIds);
    index = i;
  });
  return { allowed, index };
}

function checkStages(bot: BotShape, account: Account, out: NeverRunWarning[]): void {
  const { allowed, index } = allowedStages(bot.conditions);
  const stageConditions = bot.conditions.filter((c) => c.type === 'stages' && Array.isArray(c.stageIds) && c.stageIds.length > 0).length;
  if (allowed === null || bot.triggers.length === 0) return;
  const stageTriggers = bot.triggers.filter((t) => STAGE_TRIGGERS.has(t.type));
  if (stageTriggers.length !== bot.triggers.length) return; // another trigger may still run the bot
  const excluded = stageTriggers.every((t) => 'stageIds' in t && t.stageIds.length > 0 && t.stageIds.every((s) => !allowed.has(s)));
  if (!excluded) return;
  const triggerStages = [...new Set(stageTriggers.flatMap((t) => ('stageIds' in t ? t.stageIds : [])))];
  out.push({
    code: 'stages_excluded',
    path: `conditions.${index}`,
    message:
      `This bot can never run: its triggers fire in ${orList(stageNames(account, triggerStages))}, ` +
      `but the lead stage ${stageConditions > 1 ? 'conditions together allow' : 'condition only allows'} ${allowed.size === 0 ? 'no stage at all' : orList(stageNames(account, [...allowed]))}.`,
  });
}

function checkTags(bot: BotShape, account: Account, out: NeverRunWarning[]): void {
  const tagName = (id: string) => account.tags.find((t) => t.id === id)?.name ?? id;
  // Tags every lead that passes must have: all of a tags/and list, or the one tag of a tags/or list.
  const required = new Map<string, number>();
  const anyOf: { ids: string[]; index: number }[] = [];
  bot.conditions.forEach((c, i) => {
    if (c.type !== 'tags' || !Array.isArray(c.tagIds) || c.tagIds.length === 0) return;
    if (c.mode === 'and' || c.tagIds.length === 1) {
      for (const id of c.tagIds) if (!required.has(id)) required.set(id, i);
    } else {
      anyOf.push({ ids: c.tagIds, index: i });
    }
  });
  bot.conditions.forEach((c, i) => {
    if (c.type !== 'not_tags' || !Array.isArray(c.tagIds) || c.tagIds.length === 0) return;
    if (c.mode === 'or') {
      // Excludes a lead with any of these tags.
      const clash = c.tagIds.filter((id) => required.has(id));
      if (clash.length > 0) {
        out.push({
          code: 'tag_required_and_excluded',
          path: `conditions.${i}`,
          message:
            clash.length === 1
              ? `This bot can never run: the tag ${tagName(clash[0]!)} is both required and excluded.`
              : `This bot can never run: the tags ${clash.map(tagName).join(' and ')} are both required and excluded.`,
        });
        return;
      }
      const blocked = anyOf.find((o) => o.ids.every((id) => c.tagIds.includes(id)));
      if (blocked) {
        out.push({
          code: 'tag_required_and_excluded',
          path: `conditions.${i}`,
          message: `This bot can never run: a lead needs ${orList(blocked.ids.map(tagName))}, and every one of these tags is excluded.`,
        });
      }
    } else if (c.tagIds.every((id) => required.has(id))) {
      // Excludes a lead with all of these tags, which every passing lead has.
      out.push({
        code: 'tag_required_and_excluded',
        path: `conditions.${i}`,
        message:
          c.tagIds.length === 1
            ? `This bot can never run: the tag ${tagName(c.tagIds[0]!)} is both required and excluded.`
            : `This bot can never run: the tags ${c.tagIds.map(tagName).join(' and ')} are required and a lead with all of them is excluded.`,
      });
    }
  });
}

const isBound = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function checkSale(bot: BotShape, out: NeverRunWarning[]): void {
  let min = 0; // a sale value is never negative
  let max = Infinity;
  let last = -1;
  bot.conditions.forEach((c, i) => {
    if (c.type !== 'sale') return;
    if (isBound(c.min)) min = Math.max(min, c.min);
    if (isBound(c.max)) max = Math.min(max, c.max);
    last = i;
  });
  if (last >= 0 && min > max) {
    out.push({
      code: 'sale_range_empty',
      path: `conditions.${last}`,
      message: 'This bot can never run: no sale value fits every sale condition (the minimum is above the maximum).',
    });
  }
}

/** A UTM condition as the engine compares it (SPEC R16: trimmed, any letter case); null for one still being typed. */
type Utm = { index: number; param: string; op: UtmOperator; value: string; shown: string };

function readUtm(c: Condition, index: number): Utm | null {
  if (c.type !== 'utm' || !UTM_PARAMS.includes(c.param) || !UTM_OPERATORS.includes(c.op)) return null;
  if (!UTM_OPERATORS_WITH_VALUE.includes(c.op)) return { index, param: c.param, op: c.op, value: '', shown: '' };
  const shown = typeof c.value === 'string' ? c.value.trim() : '';
  return shown === '' ? null : { index, param: c.param, op: c.op, value: shown.toLowerCase(), shown };
}

/** "match “Google”", "be empty": what a condition asks of the value, after "must both". */
const utmAsks = (u: Utm): string => {
  switch (u.op) {
    case 'match':
      return `match “${u.shown}”`;
    case 'not_match':
      return `not match “${u.shown}”`;
    case 'contains':
      return `contain “${u.shown}”`;
    case 'not_contains':
      return `not contain “${u.shown}”`;
    case 'empty':
      return 'be empty';
    case 'not_empty':
      return 'not be empty';
    default:
      return u.op satisfies never;
  }
};

/**
 * Whether no value can satisfy both conditions (same parameter), read as SPEC R16 compares: a missing
 * value is empty; "matches" is the whole value, "contains" a part of it.
 */
function utmClash(a: Utm, b: Utm): boolean {
  const one = (x: Utm, y: Utm): boolean => {
    switch (x.op) {
      case 'empty':
        return y.op === 'not_empty' || y.op === 'match' || y.op === 'contains';
      case 'match':
        return (
          (y.op === 'match' && y.value !== x.value) ||
          (y.op === 'not_match' && y.value === x.value) ||
          (y.op === 'contains' && !x.value.includes(y.value)) ||
          (y.op === 'not_contains' && x.value.includes(y.value))
        );
      case 'contains':
        return y.op === 'not_contains' && x.value.includes(y.value);
      default:
        return false;
    }
  };
  return one(a, b) || one(b, a);
}

/** UTM conditions no lead can meet together: "utm_source matches Google" and "does not match Google", "is empty" and "is not empty" … */
function checkUtm(bot: BotShape, out: NeverRunWarning[]): void {
  const utms = bot.conditions.map(readUtm).filter((u): u is Utm => u !== null);
  const warned = new Set<string>();
  for (let j = 0; j < utms.length; j++) {
    const later = utms[j]!;
    if (warned.has(later.param)) continue;
    const earlier = utms.slice(0, j).find((u) => u.param === later.param && utmClash(u, later));
    if (!earlier) continue;
    // One warning per parameter: the first pair that clashes, at the later condition.
    warned.add(later.param);
    const both =
      earlier.op === 'match' && later.op === 'match'
        ? `match both “${earlier.shown}” and “${later.shown}”`
        : (earlier.op === 'empty' && later.op === 'not_empty') || (earlier.op === 'not_empty' && later.op === 'empty')
          ? `be both empty and not empty`
          : `both ${utmAsks(earlier)} and ${utmAsks(later)}`;
    out.push({ code: 'utm_contradiction', path: `conditions.${later.index}`, message: `This bot can never run: ${later.param} must ${both}.` });
  }
}

/** Minute-of-week intervals the active hours cover; null when the hours are "always". */
function coveredIntervals(hours: ActiveHours): [number, number][] {
  const ranges = Array.isArray(hours.ranges) ? hours.ranges : [];
  return ranges
    .filter((r) => isClock(r.from) && isClock(r.to, true) && r.from !== r.to && r.weekday >= 1 && r.weekday <= 7)
    .flatMap((r) => rangeIntervals(r));
}

const inside = (intervals: readonly [number, number][], minuteOfWeek: number) =>
  intervals.some(([s, e]) => minuteOfWeek >= s && minuteOfWeek < e);

/** Day of the week (1 = Monday) of a calendar date, without any time zone. */
function weekdayOf(year: number, month: number, day: number): number {
  const d = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The instant an "on a date" trigger runs at, in the bot's zone; null while its date does not read. */
function onDateInstant(t: Trigger, tz: string): number | null {
  if (t.type !== 'on_date') return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(t.at);
  if (!m || !isLocalDateTime(t.at)) return null;
  return fromLocal(tz, Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
}

/** Whether a scheduled trigger has at least one run inside the intervals (same zone `tz`); null when unknown. */
function scheduleCanRun(t: Trigger, intervals: readonly [number, number][], tz: string): boolean | null {
  if (t.type === 'on_date') {
    const at = onDateInstant(t, tz);
    if (at === null) return null;
    // The wall time it really runs at: one skipped by a clock change runs at the first minute
    // after the gap (R11), e.g. 02:30 on the spring-forward night runs at 03:00.
    const real = toLocal(at, tz);
    return inside(intervals, (weekdayOf(real.year, real.month, real.day) - 1) * 1440 + real.hour * 60 + real.minute);
  }
  if (t.type === 'recurring') {
    if (!isClock(t.time)) return null;
    const minute = clockToMinutes(t.time);
    const days = t.every === 'week' ? (t.weekday ? [t.weekday] : []) : [1, 2, 3, 4, 5, 6, 7];
    if (days.length === 0) return null;
    return days.some((d) => inside(intervals, (d - 1) * 1440 + minute));
  }
  return null;
}

function checkActiveHours(bot: BotShape, account: Account, out: NeverRunWarning[]): void {
  if (bot.activeHours === null || bot.activeHours === undefined) return;
  // A time still being typed ("25:00", "abc") is validation's to name; the hours are not judged
  // until every range reads (they said "contain no time" of a range typed "abc").
  const ranges = Array.isArray(bot.activeHours.ranges) ? bot.activeHours.ranges : [];
  if (ranges.some((r) => !isClock(r.from) || !isClock(r.to, true))) return;
  const intervals = coveredIntervals(bot.activeHours);
  if (intervals.length === 0) {
    out.push({
      code: 'active_hours_empty',
      path: 'activeHours',
      message: 'This bot can never run: its active hours contain no time. Add a time range or choose "Always active".',
    });
    return;
  }
  // Scheduled triggers run at known wall times, in the active hours' own zone (SPEC §1).
  const zone = botTimeZone(bot, account);
  if (bot.triggers.length === 0) return;
  const verdicts = bot.triggers.map((t) => scheduleCanRun(t, intervals, zone));
  if (verdicts.every((v) => v === false)) {
    out.push({
      code: 'schedule_outside_hours',
      path: 'activeHours',
      message: 'This bot can never run: every scheduled run falls outside its active hours.',
    });
  }
}

/** Every trigger a date, each one passed at `now` (R11: an on-date trigger runs once, at its date). */
function checkDatesPassed(bot: BotShape, account: Account, now: number, out: NeverRunWarning[]): void {
  if (bot.triggers.length === 0) return;
  const zone = botTimeZone(bot, account);
  const at = bot.triggers.map((t) => onDateInstant(t, zone));
  if (!at.every((ms): ms is number => ms !== null && ms < now)) return;
  out.push({
    code: 'dates_passed',
    path: 'triggers',
    message:
      at.length === 1
        ? `This bot can never run: its date, ${formatLocal(at[0]!, zone)}, has passed.`
        : `This bot can never run: all its dates have passed (the last, ${formatLocal(Math.max(...at), zone)}).`,
  });
}

/**
 * Reasons why a bot can never run, as warnings; [] when it can run. `now`: the instant its dates are
 * compared with (a bot whose only triggers are dates gone by never runs again); without it, not.
 */
export function findNeverRuns(bot: BotShape, account: Account, now?: number): NeverRunWarning[] {
  const out: NeverRunWarning[] = [];
  const conditions = Array.isArray(bot.conditions) ? bot.conditions : [];
  const shape: BotShape = { triggers: Array.isArray(bot.triggers) ? bot.triggers : [], conditions, activeHours: bot.activeHours ?? null };
  // SPEC R8. (Off the Enterprise plan, tag and field triggers carry their own errors.)
  if (account.plan === 'base') out.push({ code: 'plan_base', path: '', message: basePlanWarning(shape.triggers as Trigger[]) });
  checkStages(shape, account, out);
  checkTags(shape, account, out);
  checkSale(shape, out);
  checkUtm(shape, out);
  checkActiveHours(shape, account, out);
  if (now !== undefined) checkDatesPassed(shape, account, now, out);
  // Not "never runs" for the bot, but for one of its triggers: said in the same place.
  for (const w of findShadowedTriggers(shape.triggers, account)) out.push({ code: 'trigger_shadowed', ...w });
  return out;
}
