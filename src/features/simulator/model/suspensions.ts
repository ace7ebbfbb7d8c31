// Rate-limit suspensions (SPEC R9) as the panel states them: each warning with the number of starts
// it stopped, so the pause is not visible on the timeline alone.
import { REASONS, type Bot, type Warning } from '../../../domain';
import type { ResultTable } from './result-table';

export type Suspension = {
  code: Warning['code'];
  from: number;
  until: number;
  /** Skips with reason rate_limited of this kind of trigger (tag or field) inside [from, until). */
  skipped: number;
};

const RATE_LIMITED = REASONS.indexOf('rate_limited');
const TAG_TRIGGERS: ReadonlySet<string> = new Set(['tag_added', 'tag_removed']);

/** `bots`: the scenario's bots in file order (the table's bot indices). */
export function suspensionsOf(result: ResultTable, bots: readonly Bot[]): Suspension[] {
  if (result.warnings.length === 0) return [];
  const list: Suspension[] = result.warnings.map((w) => ({ code: w.code, from: Date.parse(w.at), until: Date.parse(w.until), skipped: 0 }));
  const { skips } = result;
  for (let i = 0; i < skips.count; i++) {
    if (skips.reason[i] !== RATE_LIMITED) continue;
    const type = bots[skips.bot[i]!]?.triggers[skips.trigger[i]!]?.type;
    const code: Warning['code'] = type !== undefined && TAG_TRIGGERS.has(type) ? 'tag_triggers_suspended' : 'field_triggers_suspended';
    const ms = skips.ms[i]!;
    const s = list.find((x) => x.code === code && x.from <= ms && ms < x.until);
    if (s) s.skipped++;
  }
  return list;
}
