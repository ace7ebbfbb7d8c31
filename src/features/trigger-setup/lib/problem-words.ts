// A problem's words as the form says them, beside its box and in the not-saved notice alike: from
// here only, so that the two never disagree ("This date does not exist…" beside the date box while
// the notice said "Choose the date the bot runs.").
import { splitLocalDateTime, type ValidationError } from '../../../domain';
import { UNREADABLE_DATE } from '../../../lib/unreadable-date';

/**
 * The date an on_date's `at` holds while its date box holds what the browser cannot read as a date
 * (31 February, a part left blank), which the box reports as "", as it does an empty box. Kept in the
 * draft, as the delay's unreadable HH:MM is (NaN), so that every place that says the problem knows
 * it; the date box shows it as empty. Never valid, so never saved.
 */
export const UNREADABLE_DAY = '????-??-??';

/** Said in place of the validator's words while the date box holds a date the browser cannot read. */
export const UNREADABLE_DATE_TIME = `${UNREADABLE_DATE}. Choose a date that exists.`;

/** Whether an on_date's `at` holds UNREADABLE_DAY as its date. */
export const holdsUnreadableDay = (at: string): boolean => splitLocalDateTime(at).date === UNREADABLE_DAY;

/** The words of a problem of an on_date's `at` (the validator's `message`), as the form says them. */
export const atProblem = (at: string, message: string): string => (holdsUnreadableDay(at) ? UNREADABLE_DATE_TIME : message);

/** The draft's trigger `n`'s on_date `at`, read safely; undefined for any other trigger. */
function onDateAt(bot: unknown, n: number): string | undefined {
  const list = typeof bot === 'object' && bot !== null ? (bot as { triggers?: unknown }).triggers : undefined;
  const trigger: unknown = Array.isArray(list) ? list[n] : undefined;
  if (typeof trigger !== 'object' || trigger === null) return undefined;
  const { type, at } = trigger as { type?: unknown; at?: unknown };
  return type === 'on_date' && typeof at === 'string' ? at : undefined;
}

/** The words of `error` (a path from the draft `bot`'s root) as the form says them. */
export function problemWords(error: ValidationError, bot: unknown): string {
  const m = /^triggers\.(\d+)\.at$/.exec(error.path);
  const at = m ? onDateAt(bot, Number(m[1])) : undefined;
  return at === undefined ? error.message : atProblem(at, error.message);
}
