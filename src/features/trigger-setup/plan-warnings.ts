// What the account's plan keeps a saved bot from doing (SPEC R8): on the Base plan no bot starts
// (the list says it once, above the bots; the dialog says it as a warning); off the Enterprise plan
// tag and field triggers do not (the list says it beside the bot, so that a bot saved before a
// downgrade does not look as if it runs; in the dialog those triggers carry errors).
import type { Account, Trigger } from '../../domain';
import { ENTERPRISE_ONLY } from './trigger-registry';

export const BASE_PLAN_WARNING = 'No bot starts on the Base plan: this one can be set up and saved, and starts on the Advanced or Enterprise plan.';

/** The kinds of Enterprise-only triggers among these ("tag", "field"), and how many triggers are of them. */
function enterpriseOnlyKinds(triggers: readonly Trigger[]): { kinds: string[]; held: number } {
  const kinds: string[] = [];
  let held = 0;
  for (const t of triggers) {
    const kind = ENTERPRISE_ONLY[t.type];
    if (kind === undefined) continue;
    held++;
    if (!kinds.includes(kind)) kinds.push(kind);
  }
  return { kinds, held };
}

/**
 * The dialog's Base-plan warning for these triggers. With tag or field triggers, "can be saved" and
 * "starts on the Advanced plan" would both be wrong (V5: those need Enterprise, and each carries
 * its error): the warning says what to do instead.
 */
export function basePlanWarning(triggers: readonly Trigger[]): string {
  const { kinds } = enterpriseOnlyKinds(triggers);
  if (kinds.length === 0) return BASE_PLAN_WARNING;
  return `No bot starts on the Base plan. This one also has ${kinds.join(' and ')} triggers, which need the Enterprise plan: it can be saved on this plan only without them.`;
}

/** Sentences on which of these triggers the plan stops, when it lets bots start at all (not on Base). */
export function planWarnings(triggers: readonly Trigger[], account: Account): string[] {
  if (account.plan === 'enterprise') return [];
  const { kinds, held } = enterpriseOnlyKinds(triggers);
  if (held === 0) return [];
  const what = `${kinds.join(' and ')} triggers`;
  // On Base the list says above the bots that none starts; beside this one, that Advanced would not do either.
  if (account.plan === 'base') return [`Its ${what} start on the Enterprise plan only, not on the Advanced plan.`];
  return held === triggers.length
    ? [`Does not start on the Advanced plan: ${what} start on the Enterprise plan only.`]
    : [`Its ${what} do not start on the Advanced plan (Enterprise only); its other triggers do.`];
}
