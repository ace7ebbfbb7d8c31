import { describe, expect, it } from 'vitest';
import { Account } from '../../../domain';
import demoAccount from '../../../../mocks/fixtures/demo-account.json';
import { defaultEvent, eventTypeFor, leadLeftBehind, leadsBefore } from './event-defaults';
import type { Lead, SimEvent, Trigger } from '../../../domain';

const account = Account.parse(demoAccount);
const AT = '2026-06-01T13:00:00Z';

describe('defaultEvent', () => {
  it('starts a story mention on the Instagram account, and other channel events on the first channel', () => {
    expect(defaultEvent('story_mention', AT, 'l1', account)).toEqual({ at: AT, type: 'story_mention', channelId: 'ch-ig', leadId: 'l1' });
    expect(defaultEvent('message_seen', AT, 'l1', account)).toEqual({ at: AT, type: 'message_seen', channelId: 'ch-wa', leadId: 'l1' });
    const noInstagram = { ...account, channels: account.channels.filter((c) => c.kind !== 'instagram') };
    expect(defaultEvent('story_mention', AT, 'l1', noInstagram)).toMatchObject({ channelId: 'ch-wa' });
  });

  it("fills a new event in from the draft's first trigger of its kind", () => {
    const triggers: Trigger[] = [
      { type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 0 },
      { type: 'message', direction: 'outgoing', channelIds: ['ch-tg'], cooldownMinutes: 10 },
      { type: 'tag_added', entity: 'lead', tagId: 't-vip' },
      { type: 'relative_to_date_field', fieldId: 'f-meeting', direction: 'before', hours: 2 },
      { type: 'lead_created_in_stage', stageIds: ['s-qualified'], delayMinutes: 0 },
    ];
    expect(defaultEvent('lead_moved', AT, 'l1', account, [], triggers)).toMatchObject({ toStageId: 's-won' });
    expect(defaultEvent('message', AT, 'l1', account, [], triggers)).toMatchObject({ direction: 'outgoing', channelId: 'ch-tg' });
    expect(defaultEvent('tag_added', AT, 'l1', account, [], triggers)).toMatchObject({ tagId: 't-vip', entity: 'lead', entityId: 'l1' });
    // A reminder's date field, set a day after the event: the run falls inside a short simulation.
    expect(defaultEvent('field_updated', AT, 'l1', account, [], triggers)).toMatchObject({ fieldId: 'f-meeting', value: '2026-06-02T13:00:00Z' });
    expect(defaultEvent('lead_created', AT, '', account, ['l1'], triggers)).toMatchObject({ lead: { id: 'l2', stageId: 's-qualified' } });
    // A move goes to a stage the lead is not in (a move to its own stage is none, R3).
    const twoStages: Trigger[] = [{ type: 'lead_moved_to_stage', stageIds: ['s-incoming', 's-won'], delayMinutes: 0 }];
    expect(defaultEvent('lead_moved', AT, 'l1', account, [], twoStages, 's-incoming')).toMatchObject({ toStageId: 's-won' });
    // No trigger of that kind: the account's first choices, as before.
    expect(defaultEvent('form_submitted', AT, 'l1', account, [], triggers)).toEqual(defaultEvent('form_submitted', AT, 'l1', account));
  });

  it('fills a field change in with a value that changes the field; with no field trigger, it clears the field', () => {
    const fieldOf = (type: string) => account.fields.find((f) => f.entity === 'lead' && f.type === type && !f.builtin)?.id ?? '';
    const on = (fieldId: string): Trigger[] => [{ type: 'field_updated', entity: 'lead', fieldId }];
    expect(defaultEvent('field_updated', AT, 'l1', account, [], on(fieldOf('text')))).toMatchObject({ fieldId: fieldOf('text'), value: 'New value' });
    const price: Trigger[] = [{ type: 'field_updated', entity: 'product', fieldId: 'f-price' }];
    expect(defaultEvent('field_updated', AT, 'l1', account, [], price)).toMatchObject({ entity: 'product', entityId: 'product-1', fieldId: 'f-price', value: 1 });
    expect(defaultEvent('field_updated', AT, 'l1', account, [], on(fieldOf('date')))).toMatchObject({ value: '2026-06-02' });
    // An empty value is a cleared field (null, SPEC R7), as the box says: not a text "".
    expect(defaultEvent('field_updated', AT, 'l1', account)).toMatchObject({ value: null });
  });

  it('knows which kind of event starts each trigger', () => {
    expect(eventTypeFor({ type: 'lead_moved_or_created_in_stage', stageIds: ['s-won'], delayMinutes: 0 })).toBe('lead_moved');
    expect(eventTypeFor({ type: 'outgoing_message_seen', channelIds: [], delayMinutes: 60 })).toBe('message_seen');
    expect(eventTypeFor({ type: 'first_message_of_day', channelIds: [] })).toBe('message');
    expect(eventTypeFor({ type: 'recurring', every: 'day', time: '09:00' })).toBeNull();
  });
});

describe('leads when a "Lead created" changes kind', () => {
  const lead = (id: string): Lead => ({ id, pipelineId: 'p-sales', stageId: 's-won', responsibleUserId: 'u-ana', price: 500, tagIds: ['t-vip'] });
  const created = (at: string, id: string): SimEvent => ({ at, type: 'lead_created', lead: lead(id) });
  const call = (at: string, leadId: string): SimEvent => ({ at, type: 'call_received', leadId });

  it('knows the leads there are when an event is replayed: by time, equal times in list order', () => {
    const events = [created('2026-06-01T15:00:00Z', 'late'), call('2026-06-01T14:00:00Z', 'l1'), created('2026-06-01T14:00:00Z', 'same')];
    expect(leadsBefore([lead('l1')], events, 1)).toEqual(['l1']); // "late" comes after, "same" after it in the list
    expect(leadsBefore([lead('l1')], events, 2)).toEqual(['l1']);
    expect(leadsBefore([lead('l1')], events, 0)).toEqual(['l1', 'same']);
  });

  it('keeps the lead among the leads at the start when the changed event, or a later one, still names it', () => {
    const before = created('2026-06-01T14:00:00Z', 'l7');
    // No other lead: the event, now a call, is about its own lead, which nothing makes any more.
    expect(leadLeftBehind([], before, [call('2026-06-01T14:00:00Z', 'l7')], 0)).toEqual(lead('l7'));
    // About another lead now, but a later event still names l7.
    expect(leadLeftBehind([lead('l1')], before, [call('2026-06-01T14:00:00Z', 'l1'), call('2026-06-01T16:00:00Z', 'l7')], 0)).toEqual(lead('l7'));
  });

  it('keeps nothing when no event names the lead, another event makes it, it is there already, or the event still creates it', () => {
    const before = created('2026-06-01T14:00:00Z', 'l7');
    expect(leadLeftBehind([lead('l1')], before, [call('2026-06-01T14:00:00Z', 'l1')], 0)).toBeNull();
    expect(leadLeftBehind([], before, [call('2026-06-01T14:00:00Z', 'l7'), created('2026-06-01T13:00:00Z', 'l7')], 0)).toBeNull();
    expect(leadLeftBehind([lead('l7')], before, [call('2026-06-01T14:00:00Z', 'l7')], 0)).toBeNull();
    // Still a "Lead created" (its id typed anew): the admin renames the lead, nothing moves.
    expect(leadLeftBehind([], before, [created('2026-06-01T14:00:00Z', 'l8'), call('2026-06-01T15:00:00Z', 'l7')], 0)).toBeNull();
    expect(leadLeftBehind([], call('2026-06-01T14:00:00Z', 'l7'), [call('2026-06-01T14:00:00Z', 'l7')], 0)).toBeNull();
  });
});
