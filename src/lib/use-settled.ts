// Words for a live region that follow typing: spoken once the typing pauses, not at each key,
// which cut each other off ("3 triggers match", "2 triggers match", …) and talked over the echo of
// the letters typed.
import { useEffect, useState } from 'react';

/** How long typing must pause before a count is spoken. */
export const SETTLE_MS = 700;

/** `value` once it has stayed the same for `ms`; until then the last settled value. */
export function useSettled<T>(value: T, ms = SETTLE_MS): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
