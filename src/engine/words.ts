// Small wording helpers for the sentences a sales admin reads in skip details.
import { durationWords } from '../lib/duration-words';

/**
 * A delay or cooldown as the editor says it, before a noun: "the 10 min delay", "the 1 h 30 min
 * cooldown", "the one-day delay", "the 2-day 1 min cooldown" (durationWords, days hyphenated: "the
 * 2 days cooldown" does not read). "the 1439-minute cooldown" made an admin do the sum, and
 * "90-minute" was not what the editor showed.
 */
export function durationModifier(minutes: number): string {
  return durationWords(minutes).replace(/ days?(?= |$)/, '-day');
}

/**
 * A span of time as the editor says durations: "1 s", "2 min 5 s", "1 h 30 min", "one day".
 * Rounded up, never down: a run 1 ms late reads "1 s", never "0 min", and 2 hours and a bit is
 * more than "2 h" (the window sentence compares it with half the window). Seconds are named under
 * an hour only; longer spans are rounded up to the minute.
 */
export function spanWords(ms: number): string {
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  if (totalSeconds >= 3600) return durationWords(Math.ceil(totalSeconds / 60));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  if (seconds === 0) return `${minutes} min`;
  return minutes ? `${minutes} min ${seconds} s` : `${seconds} s`;
}

/** "VIP", "VIP and Offer", "VIP, Offer and New" (joiner "or" for alternatives). */
export function listText(items: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
}

const cut = (value: string): string => (value.length > 80 ? `${value.slice(0, 77)}…` : value);

/**
 * A typed value quoted for a sentence: trimmed (R16 compares trimmed values), shortened when long,
 * in curly quotes so that straight quotes inside it do not end it: `“google”`, `“say "hi"”`.
 */
export function quote(value: string): string {
  return `“${cut(value.trim())}”`;
}

/** A name that could be read as several: a comma, " and " or " or " in it. */
const LIST_LIKE = /,| and | or /i;

/**
 * An account's name (tag, stage, user, source, field) for a sentence: as it is, unless it could be
 * misread there. A name with ",", " and " or " or " is quoted ("Lead has the tag “Hot, and new”"
 * is one tag), and a long one is shortened and quoted.
 */
export function nameText(name: string): string {
  return name.length > 80 || LIST_LIKE.test(name) ? `“${cut(name)}”` : name;
}
