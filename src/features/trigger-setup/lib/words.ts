// Small wording helpers shared by the summaries and the editors.
import { stageLabels, type Account } from '../../../domain';

export { MONTH_NAMES, WEEKDAY_NAMES } from '../../../domain';

// Shared with the simulator's results (src/lib): one wording of triggers everywhere.
export { ENTITY_LABELS, localDateTimeWords, orList } from '../../../lib/trigger-words';

// Shared with the simulator's results (src/lib): one wording of delays everywhere.
export { cooldownWords, delayWords, durationWords } from '../../../lib/duration-words';

/** Stage names, with the pipeline when the account has several. */
export function stageNames(account: Account, stageIds: readonly string[]): string[] {
  const labels = stageLabels(account);
  return stageIds.map((id) => labels.get(id) ?? 'an unknown stage');
}

export function nameOf<T extends { id: string }>(items: readonly T[], id: string, name: (item: T) => string, unknown: string): string {
  const item = items.find((i) => i.id === id);
  return item ? name(item) : unknown;
}
