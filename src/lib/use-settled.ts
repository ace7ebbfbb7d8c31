// Words for a live region that follow typing: spoken once the typing pauses, not at each key,
// which cut each other off ("3 triggers match", "2 triggers match", …) and talked over the echo of
// the letters typed. Also words for a wait, said only when it lasts: `useSettled(text, SLOW_WAIT_MS, '')`
// is '' until the same text has stood that long ("Loading the bot…" for a bot that comes at once
// was said after the bot had come).
import { useEffect, useState } from 'react';

/** How long typing must pause before a count is spoken. */
export const SETTLE_MS = 700;

/** How long a wait must last before it is said ("Loading the bot…"): a shorter one is not noticed. */
export const SLOW_WAIT_MS = 1000;

/**
 * `value` once it has stayed the same for `ms`; until then the last settled value, which is
 * `initial` at first (by default `value` itself, at once).
 */
export function useSettled<T>(value: T, ms = SETTLE_MS, initial: T = value): T {
  const [settled, setSettled] = useState(initial);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
