// A bot in words for the bot list: its triggers, then its conditions and active hours; and the
// unsaved draft this browser keeps for it. The words are the dialog's own (chips, hours summary).
import { botTimeZone, type Account, type Bot } from '../../domain';
import { describeActiveHours } from './active-hours/describe-active-hours';
import { describeCondition } from './conditions/describe-condition';
import { adoptDraft, clearDraft, continueNewDraft, discardNewDraft, discardUnreadableDraft, orphanDrafts, otherNewDrafts, pendingDraft, unreadableDrafts } from './lib/draft-storage';
import { planWarnings } from './plan-warnings';
import { TRIGGERS, summarizeTriggers } from './trigger-registry';

/**
 * `lines`: the first triggers in words, `more`: how many are left out; `rules`: conditions and
 * active hours; `warnings`: what the account's plan keeps from starting.
 */
export type BotSummary = { lines: string[]; more: number; rules: string[]; warnings: string[] };

export function summarizeBot(bot: Bot, account: Account): BotSummary {
  const rules: string[] = [];
  if (bot.conditions.length > 0) rules.push(`Conditions: ${bot.conditions.map((c) => describeCondition(c, account)).join('; ')}`);
  if (bot.activeHours !== null) rules.push(`Active hours: ${describeActiveHours(bot.activeHours, account.timezone)}`);
  const triggers = summarizeTriggers(bot.triggers, account);
  // Hours kept in another zone, beside "Daily at 10:00": say which clock the schedules follow
  // (SPEC §1: the active hours' zone), as an admin used to the account's clock would read it so.
  const zone = botTimeZone(bot, account);
  if (zone !== account.timezone && bot.triggers.some((t) => t.type === 'on_date' || t.type === 'recurring')) {
    rules.push(`Scheduled times are in ${zone}, the active hours’ time zone`);
  }
  // R19: the switch marks runs of conversational triggers only; where it does something, say so.
  if (bot.keepUnanswered && bot.triggers.some((t) => TRIGGERS[t.type].group === 'conversational')) rules.push('Bot replies stay marked unanswered');
  // Not why it can never run (the dialog's warnings): findNeverRuns brings the engine's calendar
  // into the list's initial JavaScript, 6.8 KB gzip; Save says it in the status line instead.
  return { ...triggers, rules, warnings: planWarnings(bot.triggers, account) };
}

/**
 * An unsaved draft kept in this browser: the name it gives the bot, and when it was last changed
 * (an ISO instant, '' when not known: the list tells apart offers of drafts of one name by it).
 */
export type DraftNote = { name: string; savedAt?: string };

/** The unsaved draft of a bot (`botId` null: a new bot), if one differs from what it would replace. */
export function unsavedDraft(botId: string | null, bot: Bot | null): DraftNote | null {
  const draft = pendingDraft(botId, bot);
  return draft ? { name: draft.form.name.trim() } : null;
}

/** What the bot list does with the drafts this browser keeps (see BotList's `drafts`). */
export const draftsForList = {
  of: unsavedDraft,
  /** Drafts of bots that are gone (deleted elsewhere while this browser held the changes). */
  orphans: (knownIds: readonly string[]): (DraftNote & { botId: string })[] =>
    orphanDrafts(knownIds).map(({ botId, draft }) => ({ botId, name: draft.form.name.trim(), savedAt: draft.savedAt })),
  /** Makes an orphan the new bot's draft, so that "New bot" opens it; false when one is already there. */
  adopt: adoptDraft,
  discard: (botId: string) => clearDraft(botId),
  /** New bots other tabs are creating, or were creating when they closed (`slot`: where each is kept). */
  others: (): (DraftNote & { slot: string })[] => otherNewDrafts().map(({ slot, draft }) => ({ slot, name: draft.form.name.trim(), savedAt: draft.savedAt })),
  /** Makes another tab's new bot this tab's, so that "New bot" opens it; false when this tab has one already. */
  continueOther: continueNewDraft,
  discardOther: discardNewDraft,
  /** Drafts kept here that this version cannot read (set aside as they were, to download or discard). */
  unreadable: unreadableDrafts,
  discardUnreadable: discardUnreadableDraft,
};
