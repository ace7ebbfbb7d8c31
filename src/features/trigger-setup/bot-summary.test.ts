// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { Bot } from '../../domain';
import { draftsForList, summarizeBot, unsavedDraft } from './bot-summary';
import { draftKey, formFromBot, NEW_BOT_FORM, writeDraft } from './lib/draft-storage';
import { account } from './test/account';

const bot: Bot = {
  id: 'b1',
  name: 'VIP follow-up',
  version: 4,
  enabled: true,
  triggers: [{ type: 'call_received' }],
  conditions: [
    { type: 'tags', mode: 'or', tagIds: ['t-vip', 't-offer'] },
    { type: 'sale', min: 1000, max: null },
  ],
  activeHours: { ranges: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, from: '09:00', to: '17:00' })) },
  keepUnanswered: false,
};

afterEach(() => localStorage.clear());

describe('summarizeBot', () => {
  it('says the triggers, then the conditions and active hours in the dialog’s words', () => {
    const summary = summarizeBot(bot, account);
    expect(summary.lines).toEqual(['When a call is received']);
    expect(summary.more).toBe(0);
    expect(summary.rules).toEqual([
      'Conditions: Tags: VIP or Offer; Sale: at least $1,000',
      'Active hours: Mon–Fri 09:00–17:00 (America/New_York)',
    ]);
  });

  it('says which triggers the Advanced (and Base) plan keeps from starting (SPEC R8)', () => {
    const tagged: Bot = { ...bot, triggers: [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }] };
    expect(summarizeBot(tagged, account).warnings).toEqual([]); // the test account is on Enterprise
    // On Base the list says once, for every bot, that none starts; beside this one, that Advanced would not do either.
    expect(summarizeBot(tagged, { ...account, plan: 'base' }).warnings).toEqual(['Its tag triggers start on the Enterprise plan only, not on the Advanced plan.']);
    expect(summarizeBot(bot, { ...account, plan: 'base' }).warnings).toEqual([]);
    const advanced = { ...account, plan: 'advanced' as const };
    expect(summarizeBot(bot, advanced).warnings).toEqual([]);
    expect(summarizeBot(tagged, advanced).warnings).toEqual(['Does not start on the Advanced plan: tag triggers start on the Enterprise plan only.']);
    const mixed: Bot = { ...tagged, triggers: [...tagged.triggers, { type: 'field_updated', entity: 'lead', fieldId: 'f-city' }, { type: 'call_received' }] };
    expect(summarizeBot(mixed, advanced).warnings).toEqual(['Its tag and field triggers do not start on the Advanced plan (Enterprise only); its other triggers do.']);
  });

  it('says nothing more for a bot without conditions that is always active', () => {
    expect(summarizeBot({ ...bot, conditions: [], activeHours: null }, account).rules).toEqual([]);
  });

  it('says that bot replies stay unanswered, where the switch does something (R19: conversational triggers)', () => {
    const chat: Bot = { ...bot, conditions: [], activeHours: null, keepUnanswered: true, triggers: [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 10 }] };
    expect(summarizeBot(chat, account).rules).toEqual(['Bot replies stay marked unanswered']);
    expect(summarizeBot({ ...chat, triggers: [{ type: 'call_received' }] }, account).rules).toEqual([]);
  });

  it('names the active hours’ own time zone', () => {
    const rules = summarizeBot({ ...bot, conditions: [], activeHours: { ...bot.activeHours!, timezone: 'Europe/Berlin' } }, account).rules;
    expect(rules).toEqual(['Active hours: Mon–Fri 09:00–17:00 (Europe/Berlin)']);
  });

  it('says which clock the schedules follow when the hours keep another one', () => {
    const berlin = { ...bot.activeHours!, timezone: 'Europe/Berlin' };
    const daily: Bot = { ...bot, conditions: [], triggers: [{ type: 'recurring', every: 'day', time: '10:00' }], activeHours: berlin };
    expect(summarizeBot(daily, account).rules).toEqual([
      'Active hours: Mon–Fri 09:00–17:00 (Europe/Berlin)',
      'Scheduled times are in Europe/Berlin, the active hours’ time zone',
    ]);
    // Same zone, or no schedule: nothing to add.
    expect(summarizeBot({ ...daily, activeHours: bot.activeHours }, account).rules).toHaveLength(1);
    expect(summarizeBot({ ...bot, conditions: [], activeHours: berlin }, account).rules).toHaveLength(1);
  });
});

describe('unsavedDraft', () => {
  const at = '2026-06-01T13:00:00.000Z';

  it('finds a draft that differs from the bot, with the name it gives the bot', () => {
    writeDraft('b1', { form: { ...formFromBot(bot), name: ' VIP follow-up v2 ' }, baseVersion: 4, savedAt: at });
    expect(unsavedDraft('b1', bot)).toEqual({ name: 'VIP follow-up v2' });
    expect(unsavedDraft('b2', { ...bot, id: 'b2' })).toBeNull();
  });

  it('finds none when the draft equals the bot (or the new bot’s defaults), or when there is no draft', () => {
    expect(unsavedDraft('b1', bot)).toBeNull();
    writeDraft('b1', { form: formFromBot(bot), baseVersion: 4, savedAt: at });
    expect(unsavedDraft('b1', bot)).toBeNull();
    writeDraft(null, { form: NEW_BOT_FORM, baseVersion: 0, savedAt: at });
    expect(unsavedDraft(null, null)).toBeNull();
  });

  it('finds a new bot’s draft, also one without a name yet', () => {
    writeDraft(null, { form: { ...NEW_BOT_FORM, name: 'Spring promo' }, baseVersion: 0, savedAt: at });
    expect(unsavedDraft(null, null)).toEqual({ name: 'Spring promo' });
    writeDraft(null, { form: { ...NEW_BOT_FORM, conditions: [{ type: 'sale', min: 10, max: null }] }, baseVersion: 0, savedAt: at });
    expect(unsavedDraft(null, null)).toEqual({ name: '' });
  });

  it('gives the list the drafts it offers back with when each was last changed (drafts of one name are told apart by it)', () => {
    writeDraft('gone', { form: { ...formFromBot(bot), name: 'Broken bot' }, baseVersion: 4, savedAt: at });
    expect(draftsForList.orphans(['b1'])).toEqual([{ botId: 'gone', name: 'Broken bot', savedAt: at }]);
    localStorage.setItem('salesbot-studio:new-draft:aaaaaaaaaaaaaaaa', JSON.stringify({ form: { ...NEW_BOT_FORM, name: 'Broken bot' }, baseVersion: 0, savedAt: at }));
    expect(draftsForList.others()).toEqual([{ slot: 'aaaaaaaaaaaaaaaa', name: 'Broken bot', savedAt: at }]);
  });

  it('finds no draft, and leaves it for the list to offer as unreadable, when what is stored is not a draft', () => {
    localStorage.setItem(draftKey(null), '{"form": 7}');
    expect(unsavedDraft(null, null)).toBeNull();
    expect(draftsForList.unreadable().map((d) => [d.key, d.botId])).toEqual([[draftKey(null), null]]);
  });
});
