// Small wording helpers for the sentences a sales admin reads in skip details.

/**
 * "10-minute", "90-minute", "2-hour", "1-day", "23-hour 59-minute", "2-day 1-minute" (used as "the
 * 10-minute delay"). Under two hours the minutes alone read best; longer spans are told in days,
 * hours and minutes: "the 1439-minute cooldown" made an admin do the sum.
 */
export function durationAdjective(minutes: number): string {
  if (minutes <= 0 || !Number.isInteger(minutes) || (minutes < 120 && minutes % 60 !== 0)) return `${minutes}-minute`;
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days}-day`);
  if (hours) parts.push(`${hours}-hour`);
  if (rest) parts.push(`${rest}-minute`);
  return parts.join(' ');
}

/** "1 hour 30 minutes", "45 minutes", "2 days 3 hours". */
export function durationText(ms: number): string {
  // Rounded up, never down: a run 1 ms late reads "1 second", never "0 minutes", and 2 hours and a
  // bit is more than "2 hours" (the window sentence compares it with half the window). Seconds
  // are named under an hour only; longer spans are rounded up to the minute.
  const totalSeconds = Math.max(0, Math.ceil(ms / 1000));
  const exact = totalSeconds < 3600;
  const totalMinutes = exact ? Math.floor(totalSeconds / 60) : Math.ceil(totalSeconds / 60);
  const seconds = exact ? totalSeconds % 60 : 0;
  const days = Math.floor(totalMinutes / 1440);
  const hours = Math.floor((totalMinutes % 1440) / 60);
  const minutes = totalMinutes % 60;
  const parts: string[] = [];
  if (days) parts.push(`${days} day${days === 1 ? '' : 's'}`);
  if (hours) parts.push(`${hours} hour${hours === 1 ? '' : 's'}`);
  if (minutes || (parts.length === 0 && seconds === 0)) parts.push(`${minutes} minute${minutes === 1 ? '' : 's'}`);
  if (seconds) parts.push(`${seconds} second${seconds === 1 ? '' : 's'}`);
  return parts.join(' ');
}

/** "VIP", "VIP and Offer", "VIP, Offer and New" (joiner "or" for alternatives). */
export function listText(items: readonly string[], joiner: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
}

/** 12500 → "12,500"; 0.5 → "0.5". Locale-independent. */
export function amountText(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const text = String(Math.abs(n));
  if (text.includes('e')) return String(n);
  const dot = text.indexOf('.');
  const int = dot < 0 ? text : text.slice(0, dot);
  const head = int.length % 3 || 3;
  let grouped = int.slice(0, head);
  for (let i = head; i < int.length; i += 3) grouped += `,${int.slice(i, i + 3)}`;
  return `${n < 0 ? '-' : ''}${grouped}${dot < 0 ? '' : text.slice(dot)}`;
}

/** A value quoted for a sentence, shortened when long. */
export function quote(value: string): string {
  const short = value.length > 80 ? `${value.slice(0, 77)}…` : value;
  return `"${short}"`;
}
