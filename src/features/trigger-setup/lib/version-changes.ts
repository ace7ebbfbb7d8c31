// After a save conflict: what the other admin changed and what this admin changed, part by part,
// against the version both started from. "Reload theirs" discards the admin's changes and
// "Overwrite" theirs; the conflict notice lists both, so that neither is chosen blind.
import type { Account, Bot } from '../../../domain';
import { describeActiveHours } from '../active-hours/describe-active-hours';
import { describeCondition } from '../conditions/describe-condition';
import { describeTrigger } from '../trigger-registry';
import type { BotForm } from './draft-storage';

export type PartChange = { part: string; now: string };
/**
 * With the version both started from (`known`): what each side changed. Without it (a draft kept
 * from an earlier visit, started from a version no longer at hand), only where the two differ
 * (`differ`): what each changed cannot be told apart then.
 */
export type VersionChanges =
  /** `both`: parts both sides changed to the same (kept whichever is chosen; listed under neither side). */
  | { known: true; theirs: PartChange[]; yours: PartChange[]; both: PartChange[] }
  | { known: false; differ: { part: string; theirs: string; yours: string }[] };

type Part = { part: string; key: keyof BotForm; of(b: BotForm): unknown; words(b: BotForm, account: Account): string };

const PARTS: Part[] = [
  { part: 'Name', key: 'name', of: (b) => b.name, words: (b) => (b.name.trim() ? `“${b.name}”` : 'no name') },
  { part: 'Bot enabled', key: 'enabled', of: (b) => b.enabled, words: (b) => (b.enabled ? 'on' : 'off') },
  { part: 'Triggers', key: 'triggers', of: (b) => b.triggers, words: (b, a) => b.triggers.map((t) => describeTrigger(t, a, true)).join('; ') || 'none' },
  { part: 'Conditions', key: 'conditions', of: (b) => b.conditions, words: (b, a) => b.conditions.map((c) => describeCondition(c, a)).join('; ') || 'none' },
  { part: 'Active hours', key: 'activeHours', of: (b) => b.activeHours, words: (b, a) => describeActiveHours(b.activeHours, a.timezone) },
  { part: 'Keep bot replies marked unanswered', key: 'keepUnanswered', of: (b) => b.keepUnanswered, words: (b) => (b.keepUnanswered ? 'on' : 'off') },
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `base`: the version both started from, null when unknown; `theirs`: the one saved meanwhile; `yours`: the form sent. */
export function versionChanges(base: BotForm | null, theirs: Bot, yours: BotForm, account: Account): VersionChanges {
  if (base === null) {
    const differ = PARTS.filter((p) => !same(p.of(theirs), p.of(yours))).map((p) => ({ part: p.part, theirs: p.words(theirs, account), yours: p.words(yours, account) }));
    return { known: false, differ };
  }
  const changes = { known: true as const, theirs: [] as PartChange[], yours: [] as PartChange[], both: [] as PartChange[] };
  for (const p of PARTS) {
    const theirsChanged = !same(p.of(theirs), p.of(base));
    const yoursChanged = !same(p.of(yours), p.of(base));
    // Both made the same change (both renamed it "Won A"): neither button discards it, so it is no
    // side's; listed under both, it read as a conflict where there is none.
    if (theirsChanged && yoursChanged && same(p.of(theirs), p.of(yours))) changes.both.push({ part: p.part, now: p.words(theirs, account) });
    else {
      if (theirsChanged) changes.theirs.push({ part: p.part, now: p.words(theirs, account) });
      if (yoursChanged) changes.yours.push({ part: p.part, now: p.words(yours, account) });
    }
  }
  return changes;
}

/**
 * A draft started from `base`, moved onto `theirs` (a version saved since): theirs, with the parts
 * the draft changed taken from the draft. Null when both changed one part, differently: the admin
 * must choose then (the conflict notice).
 */
export function rebaseDraft(draft: BotForm, base: BotForm, theirs: Bot): BotForm | null {
  const next: BotForm = { name: theirs.name, enabled: theirs.enabled, triggers: theirs.triggers, conditions: theirs.conditions, activeHours: theirs.activeHours, keepUnanswered: theirs.keepUnanswered };
  for (const p of PARTS) {
    if (same(p.of(draft), p.of(base))) continue;
    if (!same(p.of(theirs), p.of(base)) && !same(p.of(draft), p.of(theirs))) return null;
    (next as Record<keyof BotForm, unknown>)[p.key] = draft[p.key];
  }
  return structuredClone(next);
}
