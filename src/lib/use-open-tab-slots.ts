// Which of the new bots kept by other tabs belong to a tab that is open now (src/lib/tab-slot.ts:
// each page holds its slot's Web Lock). The bot list takes up, or discards, only the new bots of
// tabs since closed: a tab still open writes its draft back when it sees it go, but not its
// simulator events, which were lost from under it.
import { useCallback, useEffect, useRef, useState } from 'react';
import { canTellOpenTabs, isTabSlot, openTabSlots } from './tab-slot';

/** 'open': a tab holds the slot now; 'closed': none does (or the browser cannot say); 'unknown': not asked yet. */
export type TabSlotState = 'open' | 'closed' | 'unknown';

type Answer = { asked: ReadonlySet<string>; open: ReadonlySet<string> };

/** While a tab is found open, how often it is asked about again (while this page is shown). */
export const OPEN_RECHECK_MS = 3000;

/**
 * Asks the browser which of `slots` are held by an open tab: at first, whenever the slots change
 * (another tab started a new bot: its storage event renders the list again), and when this page
 * comes back to the admin (focus, or shown again), which is when a tab closed meanwhile matters. A
 * tab closing says nothing to the others, and this page may not hear of it (two windows side by
 * side, the one in front closed): while some tab is found open, it is also asked again every
 * OPEN_RECHECK_MS as long as this page is shown. Asking reads no storage (the browser keeps the
 * locks), and nothing is asked on a timer while no tab is open.
 * Without Web Locks every slot is 'closed' (the list offers them all, as it did before).
 *
 * `stateOf(slot)`: what the last answer said of it ('unknown' for a slot that came after it: its tab
 * may have opened since). `recheck()`: asks again now (before a change that must not touch an open
 * tab's bot), with the slots held now, or null when the browser cannot say. `onOpened`: slots found
 * open that were closed, told before they are shown so (their offers lose their buttons).
 */
export function useOpenTabSlots(
  slots: readonly string[],
  onOpened?: (slots: string[]) => void,
): { stateOf(slot: string): TabSlotState; recheck(): Promise<ReadonlySet<string> | null> } {
  const [answer, setAnswer] = useState<Answer | null>(null);
  const key = JSON.stringify(slots);
  // What to ask about, and the last answer, for the listeners (kept current after each render).
  const latest = useRef({ slots, answer, onOpened });
  useEffect(() => {
    latest.current = { slots, answer, onOpened };
  });
  // Answers may come back out of order: only the last question's is taken.
  const asking = useRef(0);

  const recheck = useCallback(async (): Promise<ReadonlySet<string> | null> => {
    const asked = new Set(latest.current.slots);
    const n = ++asking.current;
    const held = await openTabSlots();
    if (n !== asking.current) return held;
    // No answer (an error, or none in time): as without Web Locks, none is taken for open.
    const open = new Set(held === null ? [] : [...asked].filter((slot) => held.has(slot)));
    const before = latest.current.answer;
    const opened = [...open].filter((slot) => before?.asked.has(slot) && !before.open.has(slot));
    if (opened.length > 0) latest.current.onOpened?.(opened);
    setAnswer({ asked, open });
    return held;
  }, []);

  useEffect(() => {
    if (canTellOpenTabs() && latest.current.slots.length > 0) void recheck();
  }, [key, recheck]);

  useEffect(() => {
    if (!canTellOpenTabs()) return;
    const ask = () => {
      if (document.visibilityState !== 'hidden' && latest.current.slots.length > 0) void recheck();
    };
    window.addEventListener('focus', ask);
    document.addEventListener('visibilitychange', ask);
    return () => {
      window.removeEventListener('focus', ask);
      document.removeEventListener('visibilitychange', ask);
    };
  }, [recheck]);

  const someOpen = answer !== null && answer.open.size > 0;
  useEffect(() => {
    if (!someOpen) return;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void recheck();
    }, OPEN_RECHECK_MS);
    return () => clearInterval(timer);
  }, [someOpen, recheck]);

  const stateOf = (slot: string): TabSlotState => {
    // No tab holds the place all tabs once shared ('').
    if (!canTellOpenTabs() || !isTabSlot(slot)) return 'closed';
    if (!answer?.asked.has(slot)) return 'unknown';
    return answer.open.has(slot) ? 'open' : 'closed';
  };
  return { stateOf, recheck };
}
