// The words on a condition chip: pure, so that summaries and tests share them.
import { assertNever, stageLabels, type Account, type Condition, type UtmOperator } from '../../../domain';
import { formatAmount } from '../../../lib/amount-words';

export { formatAmount };

/** How many names a chip spells out before folding the rest into "+N more". */
const MAX_NAMES = 4;

function nameList(names: readonly string[], joiner: 'and' | 'or'): string {
  if (names.length === 0) return 'none selected';
  const shown = names.slice(0, MAX_NAMES).join(` ${joiner} `);
  const rest = names.length - MAX_NAMES;
  return rest > 0 ? `${shown} ${joiner} ${rest} more` : shown;
}

const byId = <T extends { id: string; name: string }>(items: readonly T[]) => new Map(items.map((i) => [i.id, i.name]));

function names(ids: readonly string[], known: Map<string, string>): string[] {
  return ids.map((id) => known.get(id) ?? `unknown (${id})`);
}

export const UTM_OPERATOR_WORDS: Record<UtmOperator, string> = {
  match: 'matches',
  not_match: 'does not match',
  contains: 'contains',
  not_contains: 'does not contain',
  empty: 'is empty',
  not_empty: 'is not empty',
};

function stageNames(ids: readonly string[], account: Account): string[] {
  return names(ids, stageLabels(account));
}

/** The condition in words, e.g. "Tags: VIP or New", "Sale: $10,000 – $100,000", "utm_source matches Google". */
export function describeCondition(condition: Condition, account: Account): string {
  switch (condition.type) {
    case 'tags':
      return `Tags: ${nameList(names(condition.tagIds, byId(account.tags)), condition.mode)}`;
    case 'not_tags':
      // R16: "and" fails only when the lead has all of them ("Does not have tags: VIP and New"
      // read as "has neither"); "or" fails when it has any ("does not have VIP or New" is right).
      return condition.mode === 'and' && condition.tagIds.length > 1
        ? `Does not have all of: ${nameList(names(condition.tagIds, byId(account.tags)), 'and')}`
        : `Does not have tags: ${nameList(names(condition.tagIds, byId(account.tags)), condition.mode)}`;
    case 'stages':
      return condition.stageIds.length === 0
        ? 'Lead stage: any'
        : `Lead stage: ${nameList(stageNames(condition.stageIds, account), 'or')}`;
    case 'responsible':
      return `Responsible user: ${nameList(names(condition.userIds, byId(account.users)), 'or')}`;
    case 'sale': {
      const { min, max } = condition;
      if (min !== null && max !== null) return `Sale: ${formatAmount(min)} – ${formatAmount(max)}`;
      if (min !== null) return `Sale: at least ${formatAmount(min)}`;
      if (max !== null) return `Sale: at most ${formatAmount(max)}`;
      return 'Sale: any amount';
    }
    case 'source':
      return `Source: ${nameList(names(condition.sourceIds, byId(account.sources)), 'or')}`;
    case 'utm': {
      const words = `${condition.param} ${UTM_OPERATOR_WORDS[condition.op]}`;
      if (condition.op === 'empty' || condition.op === 'not_empty') return words;
      const value = condition.value?.trim() ?? '';
      return value === '' ? `${words} (no value yet)` : `${words} ${value}`;
    }
    default:
      return assertNever(condition);
  }
}
