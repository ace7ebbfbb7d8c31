// Stage triggers that another trigger of the same bot always beats (SPEC R18: when two triggers of
// one bot match one event, the first that passes its own checks runs, and stage triggers have no
// checks of their own, so the earlier one always wins). The trap an engine audit found: "When a lead
// is created in Qualified, after 10 min" above "…moved to or created in Qualified, immediately" makes
// the bot wait 10 minutes for a new lead, and not start at all if the lead moves on within them.
// Pure: works on the draft as typed, valid or not.
import type { Account, Trigger } from '../../domain';
import { delayWords, orList, stageNames } from './lib/words';

type Kind = 'created' | 'moved';

const KINDS: Partial<Record<Trigger['type'], readonly Kind[]>> = {
  lead_created_in_stage: ['created'],
  lead_moved_to_stage: ['moved'],
  lead_moved_or_created_in_stage: ['created', 'moved'],
};

type StageTrigger = { index: number; kinds: readonly Kind[]; stageIds: readonly string[]; delay: number; applyToExisting: boolean };

function stageTrigger(t: unknown, index: number): StageTrigger | null {
  if (typeof t !== 'object' || t === null) return null;
  const { type, stageIds, delayMinutes, applyToExisting } = t as Record<string, unknown>;
  const kinds = KINDS[type as Trigger['type']];
  if (!kinds || !Array.isArray(stageIds) || typeof delayMinutes !== 'number' || !Number.isInteger(delayMinutes) || delayMinutes < 0) return null;
  return { index, kinds, stageIds: [...new Set(stageIds.filter((s): s is string => typeof s === 'string'))], delay: delayMinutes, applyToExisting: applyToExisting === true };
}

/** "leads created in Qualified", "leads moved to or created in Won", "leads created in A or moved to B". */
function leadsWords(account: Account, created: readonly string[], moved: readonly string[]): string {
  const same = created.length === moved.length && created.every((s) => moved.includes(s));
  if (same) return `leads moved to or created in ${orList(stageNames(account, created))}`;
  const parts: string[] = [];
  if (created.length) parts.push(`created in ${orList(stageNames(account, created))}`);
  if (moved.length) parts.push(`moved to ${orList(stageNames(account, moved))}`);
  return `leads ${parts.join(' or ')}`;
}

function triggersWords(indexes: readonly number[]): string {
  const numbers = indexes.map((i) => String(i + 1));
  if (numbers.length === 1) return `trigger ${numbers[0]} matches`;
  return `triggers ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]} match`;
}

export type ShadowWarning = { path: string; message: string };

/**
 * For each stage trigger that an earlier stage trigger beats on some lead, a warning: always when
 * it never starts the bot at all, and, when it is beaten only for some stages, when the earlier
 * trigger's delay differs (otherwise nothing changes for the admin). A trigger that also applies to
 * leads already in its stages (R8a) still does that, so it is never said to never start the bot.
 */
export function findShadowedTriggers(triggers: readonly unknown[], account: Account): ShadowWarning[] {
  const out: ShadowWarning[] = [];
  const stages = triggers.map(stageTrigger);
  stages.forEach((later) => {
    if (!later || later.stageIds.length === 0) return;
    const winners = new Set<number>();
    const taken: Record<Kind, string[]> = { created: [], moved: [] };
    let pairs = 0;
    for (const kind of later.kinds) {
      for (const stage of later.stageIds) {
        pairs++;
        const first = stages.find((e) => e !== null && e.index < later.index && e.kinds.includes(kind) && e.stageIds.includes(stage));
        if (!first) continue;
        winners.add(first.index);
        taken[kind].push(stage);
      }
    }
    if (winners.size === 0) return;
    const winnerList = [...winners].sort((a, b) => a - b);
    const delays = new Set(winnerList.map((i) => stages[i]!.delay));
    const otherTiming = [...delays].some((d) => d !== later.delay);
    const all = taken.created.length + taken.moved.length === pairs && !later.applyToExisting;
    if (!all && !otherTiming) return;
    const who = triggersWords(winnerList);
    // One winner with another delay: say what the admin gets instead.
    const timing =
      otherTiming && delays.size === 1 ? `, so the bot starts ${delayWords(stages[winnerList[0]!]!.delay)}, not ${delayWords(later.delay)}` : '';
    const message = all
      ? `Trigger ${later.index + 1} never starts this bot: ${who} the same leads first${timing}.`
      : `Trigger ${later.index + 1} does not start this bot for ${leadsWords(account, taken.created, taken.moved)}: ${who} them first${timing}.`;
    out.push({ path: `triggers.${later.index}`, message });
  });
  return out;
}
