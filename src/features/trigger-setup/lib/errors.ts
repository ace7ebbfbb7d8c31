// Maps the validator's error paths to the part of the form they concern.
import type { ValidationError } from '../../../domain';
import { locationOf } from '../../../lib/error-location';

export { errorsUnder } from '../../../domain';

/** Messages for one field: its own path and anything below it ("stageIds", "stageIds.2"). */
export function messagesFor(errors: readonly ValidationError[], key: string): string[] {
  return errors.filter((e) => e.path === key || e.path.startsWith(`${key}.`)).map((e) => e.message);
}

/**
 * A list field's messages ("stageIds"), split for a Checklist: `itemErrors`, those about one item, by
 * its place in the list ("stageIds.2": an id the account does not have), shown on that item's box;
 * `errors`, the rest, about the list as a whole.
 */
export function listMessages(errors: readonly ValidationError[], key: string): { errors: string[]; itemErrors: Map<number, string[]> } {
  const whole: string[] = [];
  const items = new Map<number, string[]>();
  for (const e of errors) {
    if (e.path !== key && !e.path.startsWith(`${key}.`)) continue;
    const at = /^\d+$/.exec(e.path.slice(key.length + 1).split('.')[0] ?? '');
    if (at) items.set(Number(at[0]), [...(items.get(Number(at[0])) ?? []), e.message]);
    else whole.push(e.message);
  }
  return { errors: whole, itemErrors: items };
}

/** Where an error sits, in words: shared with the simulator, which lists the same errors. */
export { locationOf } from '../../../lib/error-location';

/** A part of a trigger, condition or range, in the words of its box's label ("delayMinutes": "delay"). */
const PART_WORDS: Readonly<Record<string, string>> = {
  stageIds: 'stages',
  delayMinutes: 'delay',
  cooldownMinutes: 'launch cooldown',
  entity: 'entity',
  tagId: 'tag',
  fieldId: 'field',
  hours: 'hours',
  direction: 'direction',
  at: 'date and time',
  every: 'repeats',
  time: 'time',
  weekday: 'weekday',
  dayOfMonth: 'day of the month',
  month: 'month',
  formIds: 'forms',
  inboxIds: 'mailboxes',
  url: 'page address',
  channelIds: 'channels',
  // Conditions
  tagIds: 'tags',
  userIds: 'users',
  sourceIds: 'sources',
  min: 'minimum amount',
  max: 'maximum amount',
  param: 'UTM parameter',
  op: 'comparison',
  value: 'value',
  mode: 'combine with',
  // Active hours and their ranges
  from: 'from',
  to: 'to',
  timezone: 'time zone',
  ranges: 'days',
};

/** Where a trigger's part has a label of its own: the words of that label. */
const TRIGGER_PART_WORDS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  tag_added: { entity: 'added to' },
  tag_removed: { entity: 'removed from' },
  relative_to_date_field: { fieldId: 'date field', direction: 'before or after' },
  conversation_started: { direction: 'started by' },
  message: { direction: 'message' },
};

/** The type of the draft's trigger `n`, read safely ('' when it has none). */
function triggerType(bot: unknown, n: number): string {
  const list = typeof bot === 'object' && bot !== null ? (bot as { triggers?: unknown }).triggers : undefined;
  const trigger: unknown = Array.isArray(list) ? list[n] : undefined;
  const type = typeof trigger === 'object' && trigger !== null ? (trigger as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : '';
}

/**
 * The part of its place a path is about, in words ("triggers.1.delayMinutes": "delay";
 * "activeHours.ranges.3.to": "to"), or undefined for the place as a whole ("triggers.1").
 */
function partWords(path: string, bot: unknown): string | undefined {
  const steps = path.split('.');
  const [head, second] = steps;
  const key =
    head === 'triggers' || head === 'conditions'
      ? steps[2]
      : head === 'activeHours'
        ? second === 'ranges' && /^\d+$/.test(steps[2] ?? '')
          ? steps[3]
          : second
        : undefined;
  if (key === undefined) return undefined;
  const own = head === 'triggers' ? TRIGGER_PART_WORDS[triggerType(bot, Number(steps[1]))]?.[key] : undefined;
  // A key without words (a file's own): its camel case taken apart ("applyToExisting": "apply to existing").
  return own ?? PART_WORDS[key] ?? key.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`);
}

/**
 * Where the problem `error` sits, in words, among the problems `among` listed with it: its place
 * ("Trigger 2", "Active hours, Thursday"), and when that place has problems in more than one part, the
 * part ("Trigger 2, delay", "Active hours, Thursday, to"). Names each "Go to …" button of the not-saved
 * notice (and its entry): two problems of one trigger made two "Go to Trigger 2" buttons, both going to
 * its first invalid box. Problems still alike after that (two ids of one list the account does not
 * have) are numbered ("Trigger 1, stages (2 of 2)"), so that no two buttons have the same name.
 */
export function placeOf(error: ValidationError, among: readonly ValidationError[], bot: unknown): string {
  const list = among.includes(error) ? among : [...among, error];
  const places = list.map((e) => locationOf(e.path, bot));
  const parts = list.map((e) => partWords(e.path, bot));
  const named = list.map((_, i) => {
    const several = new Set(parts.filter((_, j) => places[j] === places[i])).size > 1;
    return several && parts[i] !== undefined ? `${places[i]}, ${parts[i]}` : places[i]!;
  });
  const at = list.indexOf(error);
  const alike = named.flatMap((n, i) => (n === named[at] ? [i] : []));
  return alike.length > 1 ? `${named[at]} (${alike.indexOf(at) + 1} of ${alike.length})` : named[at]!;
}

/**
 * `errors` after the items of the list at `list` ("triggers", "activeHours.ranges") went from `prev`
 * to `next`, when `next` is `prev` with items taken out (the others the same, in order): a later
 * item's errors follow it to its new number ("triggers.2.stageIds" → "triggers.1.stageIds"), and a
 * removed item's go with it. Any other change leaves `errors` as they are (the same array).
 */
export function afterRemovals(errors: ValidationError[], list: string, prev: readonly unknown[], next: readonly unknown[]): ValidationError[] {
  if (next.length >= prev.length) return errors;
  const moved = new Map<number, number>();
  prev.forEach((item, i) => {
    if (moved.size < next.length && next[moved.size] === item) moved.set(i, moved.size);
  });
  if (moved.size !== next.length) return errors; // not only removals: an item changed or came
  return renumbered(errors, list, moved);
}

/**
 * `errors` after the items of the list at `list` were put in another order (`next` holds exactly the
 * items of `prev`, each once): every item's errors follow it to its new number (trigger 2 moved up
 * is trigger 1, and so are its problems). Any other change leaves `errors` as they are (the same array).
 */
export function afterMoves(errors: ValidationError[], list: string, prev: readonly unknown[], next: readonly unknown[]): ValidationError[] {
  if (next.length !== prev.length || prev.every((item, i) => next[i] === item)) return errors;
  const moved = new Map<number, number>();
  prev.forEach((item, i) => {
    const to = next.indexOf(item);
    if (to >= 0 && next.lastIndexOf(item) === to) moved.set(i, to);
  });
  if (moved.size !== prev.length || new Set(moved.values()).size !== prev.length) return errors; // an edit, or items alike by reference
  return renumbered(errors, list, moved);
}

/** `errors` with the items of `list` renumbered by `moved` (old number → new); an item not in it loses its errors. */
function renumbered(errors: ValidationError[], list: string, moved: ReadonlyMap<number, number>): ValidationError[] {
  return errors.flatMap((e) => {
    const [index, ...rest] = e.path.startsWith(`${list}.`) ? e.path.slice(list.length + 1).split('.') : [];
    if (index === undefined || !/^\d+$/.test(index)) return [e];
    const to = moved.get(Number(index));
    return to === undefined ? [] : [{ ...e, path: [list, to, ...rest].join('.') }];
  });
}
