// Maps the validator's error paths to the part of the form they concern.
import type { ValidationError } from '../../../domain';

export { errorsUnder } from '../../../domain';

/** Messages for one field: its own path and anything below it ("stageIds", "stageIds.2"). */
export function messagesFor(errors: readonly ValidationError[], key: string): string[] {
  return errors.filter((e) => e.path === key || e.path.startsWith(`${key}.`)).map((e) => e.message);
}

const CONDITION_NAMES: Record<string, string> = {
  tags: 'Tags',
  not_tags: 'Does not have tags',
  stages: 'Lead stage',
  responsible: 'Responsible user',
  sale: 'Sale',
  source: 'Source',
  utm: 'UTM',
};

/** Where an error sits, in words, for the notification after Save ("Condition 1 (Tags)"). */
export function locationOf(path: string, form?: { conditions: readonly { type: string }[] }): string {
  const [head, index] = path.split('.');
  const n = Number(index);
  switch (head) {
    case 'name':
      return 'Bot name';
    case 'triggers':
      return Number.isInteger(n) ? `Trigger ${n + 1}` : 'Triggers';
    case 'conditions':
      if (!Number.isInteger(n)) return 'Conditions';
      {
        const kind = CONDITION_NAMES[form?.conditions[n]?.type ?? ''];
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
