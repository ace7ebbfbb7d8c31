import { describe, expect, it } from 'vitest';
import type { Account, Condition } from '../../../domain';
import { describeCondition } from './describe-condition';
import { account } from './test-support';

const says = (c: Condition, a: Account = account) => describeCondition(c, a);

describe('describeCondition', () => {
  it('names tags joined by the chosen and/or', () => {
    expect(says({ type: 'tags', mode: 'or', tagIds: ['t-vip', 't-new'] })).toBe('Tags: VIP or New');
    expect(says({ type: 'tags', mode: 'and', tagIds: ['t-vip', 't-new'] })).toBe('Tags: VIP and New');
    expect(says({ type: 'not_tags', mode: 'or', tagIds: ['t-spam'] })).toBe('Does not have tags: Spam');
    // "and" holds unless the lead has all of them; "or" holds only when it has none.
    expect(says({ type: 'not_tags', mode: 'and', tagIds: ['t-vip', 't-new'] })).toBe('Does not have all of: VIP and New');
    expect(says({ type: 'not_tags', mode: 'or', tagIds: ['t-vip', 't-new'] })).toBe('Does not have tags: VIP or New');
  });

  it('says when no tag is chosen yet, and folds long lists', () => {
    expect(says({ type: 'tags', mode: 'or', tagIds: [] })).toBe('Tags: none selected');
    const many: Account = { ...account, tags: ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => ({ id: n, name: n.toUpperCase(), entity: 'lead' })) };
    expect(says({ type: 'tags', mode: 'and', tagIds: ['a', 'b', 'c', 'd', 'e', 'f'] }, many)).toBe('Tags: A and B and C and D and 2 more');
  });

  it('shows an id the account does not know as unknown rather than dropping it', () => {
    expect(says({ type: 'responsible', userIds: ['u-ana', 'u-gone'] })).toBe('Responsible user: Ana or unknown (u-gone)');
  });

  it('reads an empty stage list as any stage, and names stages with their pipeline when there are several', () => {
    expect(says({ type: 'stages', stageIds: [] })).toBe('Lead stage: any');
    expect(says({ type: 'stages', stageIds: ['s-won'] })).toBe('Lead stage: Won');
    const two: Account = { ...account, pipelines: [...account.pipelines, { id: 'p2', name: 'Support', stages: [{ id: 's2', name: 'Open' }] }] };
    expect(says({ type: 'stages', stageIds: ['s-won', 's2'] }, two)).toBe('Lead stage: Won (Sales) or Open (Support)');
  });

  it('writes sale bounds as amounts, with open bounds in words', () => {
    expect(says({ type: 'sale', min: 10000, max: 100000 })).toBe('Sale: $10,000 – $100,000');
    expect(says({ type: 'sale', min: 500, max: null })).toBe('Sale: at least $500');
    expect(says({ type: 'sale', min: null, max: 99.5 })).toBe('Sale: at most $99.50');
    expect(says({ type: 'sale', min: 10000.5, max: null })).toBe('Sale: at least $10,000.50');
    // Still being typed: the sign before the dollar.
    expect(says({ type: 'sale', min: -5, max: null })).toBe('Sale: at least -$5');
    expect(says({ type: 'sale', min: null, max: null })).toBe('Sale: any amount');
  });

  it('names sources', () => {
    expect(says({ type: 'source', sourceIds: ['src-instagram', 'src-facebook'] })).toBe('Source: Instagram or Facebook');
  });

  it('reads UTM conditions as a sentence, with no value for empty / not empty', () => {
    expect(says({ type: 'utm', param: 'utm_source', op: 'match', value: 'Google' })).toBe('utm_source matches Google');
    expect(says({ type: 'utm', param: 'utm_medium', op: 'not_contains', value: ' cpc ' })).toBe('utm_medium does not contain cpc');
    expect(says({ type: 'utm', param: 'utm_term', op: 'not_empty' })).toBe('utm_term is not empty');
    expect(says({ type: 'utm', param: 'utm_content', op: 'empty' })).toBe('utm_content is empty');
    expect(says({ type: 'utm', param: 'utm_campaign', op: 'not_match', value: '' })).toBe('utm_campaign does not match (no value yet)');
  });
});
