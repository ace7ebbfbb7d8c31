import { describe, expect, it } from 'vitest';
import type { Account, Bot } from '../../../domain';
import account from '../../../../mocks/fixtures/demo-account.json';
import { rebaseDraft, versionChanges } from './version-changes';
import type { BotForm } from './draft-storage';

const ACCOUNT = account as Account;
const base: BotForm = {
  name: 'Follow-up',
  enabled: true,
  triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 10 }],
  conditions: [],
  activeHours: null,
  keepUnanswered: false,
};

describe('versionChanges: both sides of a save conflict', () => {
  it('lists what they changed and what I changed against the version both started from', () => {
    const theirs: Bot = { ...base, id: 'b1', version: 3, triggers: [{ type: 'call_received' }] };
    const mine: BotForm = { ...base, name: 'My follow-up', conditions: [{ type: 'tags', tagIds: ['t-vip'], mode: 'and' }] };
    const changes = versionChanges(base, theirs, mine, ACCOUNT);
    if (!changes.known) throw new Error('the base was given');
    expect(changes.theirs.map((c) => c.part)).toEqual(['Triggers']);
    expect(changes.theirs[0]!.now).toMatch(/call/i);
    expect(changes.yours.map((c) => c.part)).toEqual(['Name', 'Conditions']);
    expect(changes.yours[0]!.now).toBe('“My follow-up”');
  });

  it('lists a part both changed on both sides, and nothing for a save with the same settings', () => {
    const theirs: Bot = { ...base, id: 'b1', version: 3, activeHours: { ranges: [{ weekday: 1, from: '09:00', to: '17:00' }] } };
    const mine: BotForm = { ...base, activeHours: { ranges: [{ weekday: 2, from: '09:00', to: '17:00' }] } };
    const both = versionChanges(base, theirs, mine, ACCOUNT);
    if (!both.known) throw new Error('the base was given');
    expect(both.theirs.map((c) => c.part)).toEqual(['Active hours']);
    expect(both.yours.map((c) => c.part)).toEqual(['Active hours']);
    expect(both.both).toEqual([]);
    expect(versionChanges(base, { ...base, id: 'b1', version: 4 }, base, ACCOUNT)).toEqual({ known: true, theirs: [], yours: [], both: [] });
  });

  it('a part both changed to the same is listed apart, under neither side (neither button discards it)', () => {
    const theirs: Bot = { ...base, id: 'b1', version: 3, name: 'Won A', enabled: false };
    const mine: BotForm = { ...base, name: 'Won A', conditions: [{ type: 'tags', tagIds: ['t-vip'], mode: 'and' }] };
    const changes = versionChanges(base, theirs, mine, ACCOUNT);
    if (!changes.known) throw new Error('the base was given');
    expect(changes.both).toEqual([{ part: 'Name', now: '“Won A”' }]);
    expect(changes.theirs.map((c) => c.part)).toEqual(['Bot enabled']);
    expect(changes.yours.map((c) => c.part)).toEqual(['Conditions']);
  });

  it('tells apart long addresses that differ only past the part a summary shows', () => {
    const page = (campaign: string) => [{ type: 'website_visited' as const, url: `https://example.com/${'landing/'.repeat(20)}?utm_campaign=${campaign}`, delayMinutes: 0 }];
    const start: BotForm = { ...base, triggers: page('winter') };
    const changes = versionChanges(start, { ...start, id: 'b1', version: 3, triggers: page('spring') }, { ...start, triggers: page('summer') }, ACCOUNT);
    if (!changes.known) throw new Error('the base was given');
    expect(changes.theirs[0]!.now).toContain('utm_campaign=spring');
    expect(changes.yours[0]!.now).toContain('utm_campaign=summer');
  });

  it('without the version both started from (a draft kept from an earlier visit), says only where the two differ', () => {
    const theirs: Bot = { ...base, id: 'b1', version: 3, name: 'Theirs', conditions: [{ type: 'tags', tagIds: ['t-vip'], mode: 'and' }] };
    const mine: BotForm = { ...base, triggers: [{ type: 'call_received' }] };
    const changes = versionChanges(null, theirs, mine, ACCOUNT);
    expect(changes.known).toBe(false);
    expect(!changes.known && changes.differ.map((c) => c.part)).toEqual(['Name', 'Triggers', 'Conditions']);
    expect(!changes.known && changes.differ[0]).toEqual({ part: 'Name', theirs: '“Theirs”', yours: '“Follow-up”' });
  });
});

describe('rebaseDraft: a kept draft moved onto a version saved since', () => {
  it('takes the parts the draft changed over theirs when the two changed different parts', () => {
    const theirs: Bot = { ...base, id: 'b1', version: 4, enabled: false };
    const mine: BotForm = { ...base, name: 'My follow-up', triggers: [{ type: 'call_received' }] };
    expect(rebaseDraft(mine, base, theirs)).toEqual({ ...base, name: 'My follow-up', triggers: [{ type: 'call_received' }], enabled: false });
  });

  it('gives up when both changed one part differently, and not when they changed it alike', () => {
    const theirs: Bot = { ...base, id: 'b1', version: 4, name: 'Their name' };
    expect(rebaseDraft({ ...base, name: 'My name' }, base, theirs)).toBeNull();
    expect(rebaseDraft({ ...base, name: 'Their name', keepUnanswered: true }, base, theirs)).toEqual({ ...base, name: 'Their name', keepUnanswered: true });
  });

  it('copies what it takes: editing the result changes neither side', () => {
    const theirs: Bot = { ...base, id: 'b1', version: 4, enabled: false };
    const mine: BotForm = { ...base, conditions: [{ type: 'tags', tagIds: ['t-vip'], mode: 'and' }] };
    const next = rebaseDraft(mine, base, theirs)!;
    (next.conditions[0] as { tagIds: string[] }).tagIds.push('t-other');
    next.triggers.push({ type: 'call_received' });
    expect(mine.conditions).toEqual([{ type: 'tags', tagIds: ['t-vip'], mode: 'and' }]);
    expect(theirs.triggers).toHaveLength(1);
  });
});
