// After a save conflict: what the other admin changed and what this admin changed, part by part,
// against the version both started from. "Reload theirs" discards the admin's changes and
// "Overwrite" theirs; the conflict notice lists both, so that neither is chosen blind.
import type { Account, Bot } from '../../../domain';
import { describeActiveHours } from '../active-hours/describe-active-hours';
import { describeCondition } from '../conditions/describe-condition';
import { describeTrigger } from '../trigger-registry';
import type { BotForm } from './draft-storage';

export type PartChange = { part: string; now: string };
export type VersionChanges = { theirs: PartChange[]; yours: PartChange[] };

type Part = { part: string; of(b: BotForm): unknown; words(b: BotForm, account: Account): string };

const PARTS: Part[] = [
  { part: 'Name', of: (b) => b.name, words: (b) => (b.name.trim() ? `“${b.name}”` : 'no name') },
  { part: 'Bot enabled', of: (b) => b.enabled, words: (b) => (b.enabled ? 'on' : 'off') },
  { part: 'Triggers', of: (b) => b.triggers, words: (b, a) => b.triggers.map((t) => describeTrigger(t, a)).join('; ') || 'none' },
  { part: 'Conditions', of: (b) => b.conditions, words: (b, a) => b.conditions.map((c) => describeCondition(c, a)).join('; ') || 'none' },
  { part: 'Active hours', of: (b) => b.activeHours, words: (b, a) => describeActiveHours(b.activeHours, a.timezone) },
  { part: 'Keep bot replies marked unanswered', of: (b) => b.keepUnanswered, words: (b) => (b.keepUnanswered ? 'on' : 'off') },
];

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** `base`: the version both started from; `theirs`: the one saved meanwhile; `yours`: the form now. */
export function versionChanges(base: BotForm, theirs: Bot, yours: BotForm, account: Account): VersionChanges {
  const changes: VersionChanges = { theirs: [], yours: [] };
  for (const p of PARTS) {
    if (!same(p.of(theirs), p.of(base))) changes.theirs.push({ part: p.part, now: p.words(theirs, account) });
    if (!same(p.of(yours), p.of(base))) changes.yours.push({ part: p.part, now: p.words(yours, account) });
  }
  return changes;
}
