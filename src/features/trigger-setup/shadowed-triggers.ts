// Stage triggers that another trigger of the same bot always beats (SPEC R18: when two triggers of
// one bot match one event, the first that passes its own checks runs, and stage triggers have no
// checks of their own, so the earlier one always wins). The trap an engine audit found: "When a lead
// is created in Qualified, after 10 min" above "…moved to or created in Qualified, immediately" makes
// the bot wait 10 minutes for a new lead, and not start at all if the lead moves on within them.
// Pure: works on the draft as typed, valid or not.
import type { Account, Trigger } from '../../domain';
import { delayWords, orList, stageNames } from './lib/words';

/** What a stage trigger reacts to: a lead created in, moved to, or already in (R8a) one of its stages. */
type Kind = 'created' | 'moved' | 'existing';

const KINDS: Partial<Record<Trigger['type'], readonly Kind[]>> = {
  lead_created_in_stage: ['created'],
  lead_moved_to_stage: ['moved'],
  lead_moved_or_created_in_stage: ['created', 'moved'],
};

type StageTrigger = { index: number; kinds: readonly Kind[]; stageIds: readonly string[]; delay: number };

function stageTrigger(t: unknown, index: number): StageTrigger | null {
  if (typeof t !== 'object' || t === null) return null;
  const { type, stageIds, delayMinutes, applyToExisting } = t as Record<string, unknown>;
  const kinds = KINDS[type as Trigger['type']];
  if (!kinds || !Array.isArray(stageIds) || typeof delayMinutes !== 'number' || !Number.isInteger(delayMinutes) || delayMinutes < 0) return null;
  // R8a: "per bot and lead, the bot's first stage trigger with applyToExisting that lists the
  // lead's stage is used" — the runs at the start are won the same way as events.
  return {
    index,
    kinds: applyToExisting === true ? [...kinds, 'existing'] : kinds,
    stageIds: [...new Set(stageIds.filter((s): s is string => typeof s === 'string'))],
    delay: delayMinutes,
  };
}

type Taken = Record<Kind, string[]>;
const sameStages = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s) => b.includes(s));

/** "leads created in Qualified", "leads moved to or created in Won", "leads created in A or moved to B", "leads already in Won". */
function leadsWords(account: Account, taken: Taken): string {
  const stages = (ids: readonly string[]) => orList(stageNames(account, ids));
  const parts: string[] = [];
  if (taken.created.length && sameStages(taken.created, taken.moved)) parts.push(`moved to or created in ${stages(taken.created)}`);
  else {
    if (taken.created.length) parts.push(`created in ${stages(taken.created)}`);
    if (taken.moved.length) parts.push(`moved to ${stages(taken.moved)}`);
  }
  if (taken.existing.length) parts.push(`already in ${stages(taken.existing)} when the bot starts`);
  return `leads ${parts.join(' or ')}`;
}

function triggersWords(indexes: readonly number[]): string {
  const numbers = indexes.map((i) => String(i + 1));
  if (numbers.length === 1) return `trigger ${numbers[0]} matches`;
  return `triggers ${numbers.slice(0, -1).join(', ')} and ${numbers[numbers.length - 1]} match`;
}

export type ShadowWarning = { path: string; message: string };

/**
 * For each stage trigger that earlier stage triggers beat on some leads, a warning: always when they
 * beat it on every lead it would take (it never starts the bot), and otherwise for the leads where
 * the winner's delay differs (at the same delay nothing changes for the admin). Each winner with
 * another delay is named with what the admin gets instead.
 */
export function findShadowedTriggers(triggers: readonly unknown[], account: Account): ShadowWarning[] {
  const out: ShadowWarning[] = [];
  const stages = triggers.map(stageTrigger);
  stages.forEach((later) => {
    if (!later || later.stageIds.length === 0) return;
    const byWinner = new Map<number, Taken>();
    let pairs = 0;
    let beaten = 0;
    for (const kind of later.kinds) {
      for (const stage of later.stageIds) {
        pairs++;
        const first = stages.find((e) => e !== null && e.index < later.index && e.kinds.includes(kind) && e.stageIds.includes(stage));
        if (!first) continue;
        beaten++;
        let taken = byWinner.get(first.index);
        if (!taken) byWinner.set(first.index, (taken = { created: [], moved: [], existing: [] }));
        taken[kind].push(stage);
      }
    }
    if (beaten === 0) return;
    const winners = [...byWinner.keys()].sort((a, b) => a - b);
    const other = winners.filter((i) => stages[i]!.delay !== later.delay);
    const all = beaten === pairs;
    if (!all && other.length === 0) return;
    const instead = (i: number) => `${delayWords(stages[i]!.delay)}, not ${delayWords(later.delay)}`;
    const name = `Trigger ${later.index + 1}`;
    let message: string;
    if (all && winners.length === 1) {
      const i = winners[0]!;
      message = `${name} never starts this bot: ${triggersWords(winners)} the same leads first${other.length ? `, so the bot starts ${instead(i)}` : ''}.`;
    } else if (all) {
      const timing = other.map((i) => `; ${leadsWords(account, byWinner.get(i)!)} start it ${instead(i)} (trigger ${i + 1})`).join('');
      message = `${name} never starts this bot: ${triggersWords(winners)} the same leads first${timing}.`;
    } else if (other.length === 1) {
      const i = other[0]!;
      message = `${name} does not start this bot for ${leadsWords(account, byWinner.get(i)!)}: ${triggersWords([i])} them first, so the bot starts ${instead(i)}.`;
    } else {
      const each = other.map((i) => `${leadsWords(account, byWinner.get(i)!)} start it ${instead(i)} (trigger ${i + 1} matches them first)`);
      message = `${name} does not start this bot for some leads: ${each.join('; ')}.`;
    }
    out.push({ path: `triggers.${later.index}`, message });
  });
  return out;
}
