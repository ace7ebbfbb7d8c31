// Delays and cooldowns in words, the same in the editor's summaries, the bot list and the
// simulator's results ("immediately", "after 10 min", "after one day", "after 1 h 30 min").

/** A duration in words: 0 → "0 min", 90 → "1 h 30 min", 1440 → "one day", 2880 → "2 days". */
export function durationWords(minutes: number): string {
  if (!Number.isFinite(minutes)) return 'an unset time';
  if (minutes === 1440) return 'one day';
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} day${days === 1 ? '' : 's'}`);
  if (hours) parts.push(`${hours} h`);
  if (mins || parts.length === 0) parts.push(`${mins} min`);
  return parts.join(' ');
}

/** The delay suffix of a summary: "immediately" or "after 10 min". */
export function delayWords(minutes: number): string {
  return minutes === 0 ? 'immediately' : `after ${durationWords(minutes)}`;
}

/** A cooldown in words: "at most once every 10 min", "at most once a day". */
export function cooldownWords(minutes: number): string {
  return minutes === 1440 ? 'at most once a day' : `at most once every ${durationWords(minutes)}`;
}

/** A date-field trigger's hours as its summary says them: "1 hour", "2 hours" (not "2 h"). */
export function hoursWords(hours: number): string {
  return `${hours} hour${hours === 1 ? '' : 's'}`;
}
