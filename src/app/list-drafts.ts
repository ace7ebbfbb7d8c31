// The drafts the bot list offers, composed from the trigger-setup feature (the drafts) and the
// simulator (the events kept with them): features never import each other. The simulator's code
// loads on demand, only when an offer is taken up or discarded.
import type { ListDrafts } from '../features/bots';
import { draftsForList } from '../features/trigger-setup';
import { pageStorage } from '../lib/page-storage';
import { isTabSlot, tabSlot } from '../lib/tab-slot';
import { NEW_BOT_SCENARIO_PREFIX } from '../lib/new-bot-scenario';
import { simulatorCode } from './simulator-code';

/**
 * Where the simulator keeps the events of the new bot of the tab `<slot>`, and where all tabs kept
 * them before each had its own (slot ''): the simulator's `newBotChecksKey`, read here without
 * loading the simulator (list-drafts.test.ts checks that the two agree).
 */
export const NEW_BOT_EVENTS_PREFIX = NEW_BOT_SCENARIO_PREFIX;
export const SHARED_NEW_BOT_EVENTS_KEY = 'salesbot-studio:checks:draft';

/**
 * The tabs (slots) other than this one whose new bot has simulator events kept in this browser ('':
 * the place all tabs once shared), in the order of their keys.
 */
export function otherNewBotEventSlots(storage: Storage | undefined = pageStorage()): string[] {
  if (!storage) return [];
  const mine = tabSlot();
  const found: string[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key === SHARED_NEW_BOT_EVENTS_KEY) found.push('');
      else if (key?.startsWith(NEW_BOT_EVENTS_PREFIX)) {
        const slot = key.slice(NEW_BOT_EVENTS_PREFIX.length);
        if (isTabSlot(slot) && slot !== mine) found.push(slot);
      }
    }
  } catch {
    return []; // blocked since
  }
  return found.sort();
}

/**
 * "Keep as a new bot" also moves the deleted bot's simulator scenario to the new bot. The list opens
 * the new bot right after `adopt`, so the move waits here for the app's `onOpen` (takeScenarioMove),
 * which waits for it (the simulator's chunk) before the panel reads it.
 */
let scenarioMove: Promise<void> | null = null;

/** The scenario move the last "Keep as a new bot" started, if any (taken once). */
export function takeScenarioMove(): Promise<void> | null {
  const move = scenarioMove;
  scenarioMove = null;
  return move;
}

const simulator = () => simulatorCode.load();

export const listDrafts: ListDrafts = {
  ...draftsForList,
  adopt: (botId) => {
    const adopted = draftsForList.adopt(botId);
    if (adopted) scenarioMove = simulator().then((m) => m.adoptDeletedBotScenario(botId)).catch(() => {});
    return adopted;
  },
  // Other tabs' new bots: those with a draft, then those with simulator events only (their tab
  // composed events but never changed the form, so no draft was written): kept, and offered too.
  others: () => {
    const withDraft = draftsForList.others();
    const slots = new Set(withDraft.map((o) => o.slot));
    const eventsOnly = otherNewBotEventSlots()
      .filter((slot) => !slots.has(slot))
      .map((slot) => ({ slot, name: '', eventsOnly: true }));
    return [...withDraft, ...eventsOnly];
  },
  // Another tab's new bot, continued here, with its scenario. Refused, like a draft of this tab's
  // new bot, when this tab's new bot has simulator events of its own: they would stay, and the other
  // tab's would be left where nothing leads back to them. "Continue it here" waits for the simulator
  // itself. Events alone come when this tab has no unsaved new bot (nor events) of its own.
  continueOther: async (slot) => {
    const sim = await simulator().catch(() => null);
    if (sim?.newBotHoldsScenario()) return false;
    if (!draftsForList.others().some((o) => o.slot === slot)) {
      if (sim === null || draftsForList.of(null, null) !== null) return false;
      sim.adoptOtherNewBotScenario(slot);
      return true;
    }
    const continued = draftsForList.continueOther(slot);
    if (continued) sim?.adoptOtherNewBotScenario(slot);
    return continued;
  },
  // Resolves once both are gone, so that the list, reading them again, no longer offers them.
  discardOther: async (slot) => {
    draftsForList.discardOther(slot);
    await simulator()
      .then((m) => m.forgetOtherNewBotScenario(slot))
      .catch(() => {});
  },
};
