import { describe, expect, it } from 'vitest';
import type { Account } from '../../../domain';
import account from '../../../../mocks/fixtures/demo-account.json';
import { describeEvent, describeTrigger, namesOf, REASON_LABELS } from './describe';

const names = namesOf(account as Account);

describe("the simulator's trigger words", () => {
  it('say delays and cooldowns in the editor’s words', () => {
    expect(describeTrigger({ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 0 }, names)).toBe('Moved to Qualified, immediately');
    expect(describeTrigger({ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 1440 }, names)).toBe('Moved to Qualified, after one day');
    expect(describeTrigger({ type: 'conversation_closed', channelIds: [], delayMinutes: 90 }, names)).toBe('Conversation closed (any channel), after 1 h 30 min');
    expect(describeTrigger({ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 10 }, names)).toBe(
      'Incoming message (any channel), at most once every 10 min',
    );
    expect(describeTrigger({ type: 'message', direction: 'outgoing', channelIds: [], cooldownMinutes: 1440 }, names)).toBe('Outgoing message (any channel), at most once a day');
  });
  it("name the zone of a schedule read in another zone than the account's (the bot's active hours')", () => {
    expect(describeTrigger({ type: 'recurring', every: 'day', time: '10:00' }, names, 'Europe/Berlin')).toBe('Every day at 10:00 (Europe/Berlin)');
    expect(describeTrigger({ type: 'on_date', at: '2026-12-31T09:00' }, names, 'Europe/Berlin')).toBe('On 2026-12-31 09:00 (Europe/Berlin)');
    expect(describeTrigger({ type: 'recurring', every: 'day', time: '10:00' }, names, names.timezone)).toBe('Every day at 10:00');
    expect(describeTrigger({ type: 'call_received' }, names, 'Europe/Berlin')).toBe(describeTrigger({ type: 'call_received' }, names));
  });
  it('say the day of a recurring schedule, as the editor does', () => {
    expect(describeTrigger({ type: 'recurring', every: 'day', time: '09:00' }, names)).toBe('Every day at 09:00');
    expect(describeTrigger({ type: 'recurring', every: 'week', weekday: 7, time: '10:00' }, names)).toBe('Every Sunday at 10:00');
    expect(describeTrigger({ type: 'recurring', every: 'month', dayOfMonth: 31, time: '10:00' }, names)).toBe('Every month on day 31 at 10:00');
    expect(describeTrigger({ type: 'recurring', every: 'year', dayOfMonth: 29, month: 2, time: '08:30' }, names)).toBe('Every year on 29 February at 08:30');
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
