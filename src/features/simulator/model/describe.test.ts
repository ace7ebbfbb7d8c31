import { describe, expect, it } from 'vitest';
import type { Account } from '../../../domain';
import account from '../../../../mocks/fixtures/demo-account.json';
import { describeEvent, describeTrigger, namesOf, REASON_LABELS } from './describe';

const names = namesOf(account as Account);

describe("the simulator's trigger words", () => {
  it('are the editor’s summaries without their opening “When”, delays and cooldowns included', () => {
    expect(describeTrigger({ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 0 }, names)).toBe('A lead is moved to Qualified, immediately');
    expect(describeTrigger({ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 1440 }, names)).toBe('A lead is moved to Qualified, after one day');
    expect(describeTrigger({ type: 'conversation_closed', channelIds: [], delayMinutes: 90 }, names)).toBe('After a conversation is closed in any channel, after 1 h 30 min');
    expect(describeTrigger({ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 10 }, names)).toBe(
      'On an incoming message in any channel, at most once every 10 min',
    );
    expect(describeTrigger({ type: 'message', direction: 'outgoing', channelIds: [], cooldownMinutes: 1440 }, names)).toBe('On an outgoing message in any channel, at most once a day');
  });

  it('say what the editor says: "or" lists, "a user adds", "any connected mailbox", "any Instagram account", hours and dates in words', () => {
    expect(describeTrigger({ type: 'lead_created_in_stage', stageIds: ['s-qualified', 's-won'], delayMinutes: 0 }, names)).toBe('A lead is created in Qualified or Won, immediately');
    expect(describeTrigger({ type: 'tag_added', entity: 'lead', tagId: 't-vip' }, names)).toBe('A user adds the tag VIP to a lead');
    expect(describeTrigger({ type: 'tag_removed', entity: 'contact', tagId: 't-partner' }, names)).toBe('A user removes the tag Partner from a contact');
    expect(describeTrigger({ type: 'email_received', inboxIds: [] }, names)).toBe('An email is received in any connected mailbox');
    expect(describeTrigger({ type: 'story_mention', channelIds: [] }, names)).toBe('A lead mentions you in an Instagram story on any Instagram account');
    expect(describeTrigger({ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 2, direction: 'before' }, names)).toBe('2 hours before Meeting Time');
    expect(describeTrigger({ type: 'on_date', at: '2026-12-31T09:00' }, names)).toBe('On 31 December 2026 at 09:00');
    expect(describeTrigger({ type: 'first_message_of_day', channelIds: ['ch-wa'] }, names)).toBe('A lead starts chatting for the first time that day in WhatsApp');
    // An address is what was typed: not capitalised, and cut as the editor cuts it.
    expect(describeTrigger({ type: 'website_visited', url: 'https://example.com/pricing', delayMinutes: 5 }, names)).toBe('https://example.com/pricing is visited, after 5 min');
    const long = `https://example.com/${'a'.repeat(200)}`;
    expect(describeTrigger({ type: 'website_visited', url: long, delayMinutes: 0 }, names)).toBe(`${long.slice(0, 119)}… is visited, immediately`);
  });

  it("name the zone of a schedule read in another zone than the account's (the bot's active hours')", () => {
    expect(describeTrigger({ type: 'recurring', every: 'day', time: '10:00' }, names, 'Europe/Berlin')).toBe('Daily at 10:00 (Europe/Berlin)');
    expect(describeTrigger({ type: 'on_date', at: '2026-12-31T09:00' }, names, 'Europe/Berlin')).toBe('On 31 December 2026 at 09:00 (Europe/Berlin)');
    expect(describeTrigger({ type: 'recurring', every: 'day', time: '10:00' }, names, names.timezone)).toBe('Daily at 10:00');
    expect(describeTrigger({ type: 'call_received' }, names, 'Europe/Berlin')).toBe(describeTrigger({ type: 'call_received' }, names));
  });
  it('say the day of a recurring schedule, as the editor does', () => {
    expect(describeTrigger({ type: 'recurring', every: 'day', time: '09:00' }, names)).toBe('Daily at 09:00');
    expect(describeTrigger({ type: 'recurring', every: 'week', weekday: 7, time: '10:00' }, names)).toBe('Weekly on Sunday at 10:00');
    expect(describeTrigger({ type: 'recurring', every: 'month', dayOfMonth: 31, time: '10:00' }, names)).toBe('Monthly on day 31 at 10:00');
    expect(describeTrigger({ type: 'recurring', every: 'year', dayOfMonth: 29, month: 2, time: '08:30' }, names)).toBe('Yearly on 29 February at 08:30');
  });

  it('show a date-time field’s value as a time in the account’s zone, whatever form the file used', () => {
    const set = (value: string | null) => describeEvent({ at: '2026-06-01T13:00:00Z', type: 'field_updated', entity: 'lead', entityId: 'l1', leadId: 'l1', fieldId: 'f-meeting', value, origin: 'user' }, names);
    expect(set('2026-06-01T15:00')).toBe('Meeting Time of lead l1 set to Mon 1 Jun 2026, 15:00 EDT by user');
    expect(set('2026-06-01T19:00:00Z')).toBe('Meeting Time of lead l1 set to Mon 1 Jun 2026, 15:00 EDT by user');
    expect(set(null)).toBe('Meeting Time of lead l1 set to empty by user');
    expect(set('soon')).toBe('Meeting Time of lead l1 set to soon by user');
  });

  it('name a stage with its pipeline when the account has several', () => {
    const two = { ...(account as Account), pipelines: [...(account as Account).pipelines, { id: 'p2', name: 'Partners', stages: [{ id: 'p2-won', name: 'Won' }] }] };
    expect(namesOf(two).stage('p2-won')).toBe('Won (Partners)');
    expect(names.stage('s-won')).toBe('Won');
  });

  it("say a lead's new sale as the editor says amounts, and call it a sale", () => {
    expect(describeEvent({ at: '2026-06-01T13:00:00Z', type: 'lead_updated', leadId: 'l1', set: { price: 12000.5, utm: { utm_source: 'x' } } }, names)).toBe(
      'Lead l1 updated (sale $12,000.50, UTM)',
    );
  });

  it('label a not_manual skip for added and removed tags alike', () => {
    expect(REASON_LABELS.not_manual).toBe('Not changed by a user');
  });
});
