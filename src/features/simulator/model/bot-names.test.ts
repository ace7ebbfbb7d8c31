import { describe, expect, it } from 'vitest';
import type { Bot } from '../../../domain';
import { withDistinctNames } from './bot-names';
import { namedBot } from '../../../test/bots';

const bot = namedBot;
const names = (bots: Bot[]) => [...withDistinctNames(new Map(bots.map((b) => [b.id, b]))).values()].map((b) => b.name);

describe('withDistinctNames: how the results name bots', () => {
  it('follows a name two bots share with each one’s id (letter case and spaces around aside), and leaves the others', () => {
    expect(names([bot('welcome', 'Welcome'), bot('welcome-2', ' welcome '), bot('follow-up', 'Follow-up')])).toEqual([
      'Welcome (welcome)',
      'welcome (welcome-2)',
      'Follow-up',
    ]);
  });

  it('gives back the same map when every name is its own', () => {
    const map = new Map([bot('a', 'A'), bot('b', 'B')].map((b) => [b.id, b]));
    expect(withDistinctNames(map)).toBe(map);
  });
});
