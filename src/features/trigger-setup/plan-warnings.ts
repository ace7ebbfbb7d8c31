// What the account's plan keeps a saved bot from doing (SPEC R8): on the Base plan no bot starts
// (the list says it once, above the bots; the dialog says it as a warning); off the Enterprise plan
// tag and field triggers do not (the list says it beside the bot, so that a bot saved before a
// downgrade does not look as if it runs; in the dialog those triggers carry errors).
import type { Account, Trigger } from '../../domain';
import { ENTERPRISE_ONLY } from './trigger-registry';

export const BASE_PLAN_WARNING = 'No bot starts on the Base plan: this one can be set up and saved, and starts on the Advanced or Enterprise plan.';

/** Sentences on which of these triggers the plan stops, when it lets bots start at all (not on Base). */
export function planWarnings(triggers: readonly Trigger[], account: Account): string[] {
  if (account.plan !== 'advanced') return [];
  const kinds: string[] = [];
  let held = 0;
  for (const t of triggers) {
    const kind = ENTERPRISE_ONLY[t.type];
    if (kind === undefined) continue;
    held++;
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  if (held === 0) return [];
  const what = `${kinds.join(' and ')} triggers`;
  return held === triggers.length
    ? [`Does not start on the Advanced plan: ${what} start on the Enterprise plan only.`]
    : [`Its ${what} do not start on the Advanced plan (Enterprise only); its other triggers do.`];
}
