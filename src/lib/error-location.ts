// Where a bot's validation error sits, in words a sales admin reads ("Condition 1 (Tags)") rather
// than the validator's path ("conditions.0.tagIds"): for the editor's notice after Save and for the
// simulator's list of what stops a replay.

const CONDITION_NAMES: ReadonlyMap<string, string> = new Map([
  ['tags', 'Tags'],
  ['not_tags', 'Does not have tags'],
  ['stages', 'Lead stage'],
  ['responsible', 'Responsible user'],
  ['sale', 'Sale'],
  ['source', 'Source'],
  ['utm', 'UTM'],
]);

/** The kind of the draft's condition `n`, read safely: the draft may be anything a form or a file held. */
function conditionType(bot: unknown, n: number): string {
  const list = typeof bot === 'object' && bot !== null ? (bot as { conditions?: unknown }).conditions : undefined;
  const condition: unknown = Array.isArray(list) ? list[n] : undefined;
  const type = typeof condition === 'object' && condition !== null ? (condition as { type?: unknown }).type : undefined;
  return typeof type === 'string' ? type : '';
}

/** Where an error of a bot sits, in words ("Condition 1 (Tags)"); `bot`, the draft, names the condition's kind. */
export function locationOf(path: string, bot?: unknown): string {
  const [head, index] = path.split('.');
  const n = Number(index);
  switch (head) {
    case 'name':
      return 'Bot name';
    case 'triggers':
      return Number.isInteger(n) ? `Trigger ${n + 1}` : 'Triggers';
    case 'conditions': {
      if (!Number.isInteger(n)) return 'Conditions';
      const kind = CONDITION_NAMES.get(conditionType(bot, n));
      return kind ? `Condition ${n + 1} (${kind})` : `Condition ${n + 1}`;
    }
    case 'activeHours':
      return 'Active hours';
    case 'keepUnanswered':
      return 'Message status';
    default:
      return 'Bot';
  }
}
