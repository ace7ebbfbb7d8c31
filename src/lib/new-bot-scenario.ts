// What the simulator keeps for the new bot this tab is creating, read without the simulator: the
// bot editor says in its close question that "Discard changes" deletes it too (the app forgets the
// scenario with a discarded new bot), and features never import each other. The place is the
// simulator's `newBotChecksKey(tabSlot())` (src/app/new-bot-scenario.test.ts checks that the two agree).
import { pageStorage } from './page-storage';
import { tabSlot } from './tab-slot';

export const NEW_BOT_SCENARIO_PREFIX = 'salesbot-studio:new-checks:';

/**
 * How many events the simulator keeps for this tab's new bot: null when it keeps nothing, 0 when it
 * keeps a scenario without events (leads or expectations only, or one it cannot read).
 */
export function newBotScenarioEvents(storage: Storage | undefined = pageStorage()): number | null {
  let text: string | null;
  try {
    text = storage?.getItem(`${NEW_BOT_SCENARIO_PREFIX}${tabSlot()}`) ?? null;
  } catch {
    return null; // blocked since
  }
  if (text === null) return null;
  try {
    const kept: unknown = JSON.parse(text);
    const events = typeof kept === 'object' && kept !== null ? (kept as { events?: unknown }).events : undefined;
    return Array.isArray(events) ? events.length : 0;
  } catch {
    return 0;
  }
}
