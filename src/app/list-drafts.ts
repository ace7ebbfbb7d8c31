// The drafts the bot list offers, composed from the trigger-setup feature (the drafts) and the
// simulator (the events kept with them): features never import each other. The simulator's code
// loads on demand, only when an offer is taken up or discarded.
import type { ListDrafts } from '../features/bots';
import { draftsForList } from '../features/trigger-setup';

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

export const listDrafts: ListDrafts = {
  ...draftsForList,
  adopt: (botId) => {
    const adopted = draftsForList.adopt(botId);
    if (adopted) scenarioMove = import('../features/simulator').then((m) => m.adoptDeletedBotScenario(botId)).catch(() => {});
    return adopted;
  },
  // Another tab's new bot, continued here, with its scenario. Refused, like a draft of this tab's
  // new bot, when this tab's new bot has simulator events of its own: they would stay, and the other
  // tab's would be left where nothing leads back to them. "Continue it here" waits for the simulator
  // itself.
  continueOther: async (slot) => {
    const simulator = await import('../features/simulator').catch(() => null);
    if (simulator?.newBotHoldsScenario()) return false;
    const continued = draftsForList.continueOther(slot);
    if (continued) simulator?.adoptOtherNewBotScenario(slot);
    return continued;
  },
  discardOther: (slot) => {
    draftsForList.discardOther(slot);
    void import('../features/simulator').then((m) => m.forgetOtherNewBotScenario(slot)).catch(() => {});
  },
};
