// The account's other saved bots, replayed beside the draft when the admin asks for them ("Include
// the account's other bots"): which of them run, and which are left out and why.
import { validateBot, type Account, type Bot } from '../../../domain';
import { locationOf } from '../../../lib/error-location';
import { DRAFT_ID } from './build-scenario';

export type AccountBotsBeside = {
  /** The saved bots that run beside the draft, in the account's order (those turned off included: the engine never starts them, R18). */
  bots: Bot[];
  /** How many of `bots` are turned off ("Bot enabled"): they never start, so they have no rows. */
  off: number;
  /** Saved bots left out because they name what this account does not have, with the first problem in words. */
  leftOut: { name: string; problem: string }[];
  /** Saved bots left out because the scenario (an imported file) brings a bot of the same id: the file's copy runs. */
  shadowed: number;
};

export const NO_ACCOUNT_BOTS: AccountBotsBeside = { bots: [], off: 0, leftOut: [], shadowed: 0 };

/**
 * The account's saved bots that run beside the draft: all but the bot being edited (`editedId`: the
 * draft replaces its saved version), and but those whose id a bot of the scenario already has (a
 * file's bots: the file's copy is the one its expectations speak of).
 *
 * A saved bot whose only problem is the plan (tag or field triggers after a downgrade from
 * Enterprise) runs: the engine skips those triggers with reason `plan` (R8), which is what the
 * account would do. One that names a stage, tag, channel… the account no longer has is left out and
 * said: the engine replays validated bots only.
 */
export function accountBotsBeside(list: readonly Bot[], account: Account, editedId: string | null, scenarioBots: readonly Bot[]): AccountBotsBeside {
  const taken = new Set(scenarioBots.map((b) => b.id));
  const anyPlan: Account = { ...account, plan: 'enterprise' };
  const bots: Bot[] = [];
  const leftOut: AccountBotsBeside['leftOut'] = [];
  let shadowed = 0;
  for (const bot of list) {
    if (bot.id === editedId || bot.id === DRAFT_ID) continue;
    if (taken.has(bot.id)) {
      shadowed += 1;
      continue;
    }
    const checked = validateBot(bot, anyPlan);
    if (checked.ok) bots.push(checked.value);
    else {
      const first = checked.errors[0];
      leftOut.push({ name: bot.name, problem: first ? `${locationOf(first.path, bot)}: ${first.message}` : 'it cannot be read' });
    }
  }
  return { bots, off: bots.filter((b) => !b.enabled).length, leftOut, shadowed };
}
