// Builders for engine tests: a small account and bots/scenarios that pass validateScenario.
import { validateScenario } from '../domain';
import type { Account, Bot, Lead, Scenario, SimEvent, Trigger } from '../domain';

export const ACCOUNT: Account = {
  id: 'acc',
  name: 'Test Store',
  plan: 'enterprise',
  timezone: 'America/New_York',
  pipelines: [
    {
      id: 'p-sales',
      name: 'Sales',
      stages: [
        { id: 's-incoming', name: 'Incoming leads' },
        { id: 's-discussions', name: 'Discussions' },
        { id: 's-qualified', name: 'Qualified' },
        { id: 's-won', name: 'Won' },
      ],
    },
  ],
  users: [
    { id: 'u-ana', name: 'Ana' },
    { id: 'u-bruno', name: 'Bruno' },
  ],
  tags: [
    { id: 't-vip', name: 'VIP', entity: 'lead' },
    { id: 't-new', name: 'New', entity: 'lead' },
    { id: 't-spam', name: 'Spam', entity: 'lead' },
    { id: 't-partner', name: 'Partner', entity: 'contact' },
  ],
  sources: [
    { id: 'src-ig', name: 'Instagram' },
    { id: 'src-fb', name: 'Facebook' },
  ],
  channels: [
    { id: 'ch-wa', name: 'WhatsApp', kind: 'whatsapp' },
    { id: 'ch-tg', name: 'Telegram', kind: 'telegram' },
  ],
  fields: [
    { id: 'f-budget', entity: 'lead', name: 'Budget', type: 'number', builtin: 'budget' },
    { id: 'f-location', entity: 'lead', name: 'Location', type: 'text' },
    { id: 'f-meeting', entity: 'lead', name: 'Meeting Time', type: 'datetime' },
    { id: 'f-renewal', entity: 'lead', name: 'Renewal date', type: 'date' },
    { id: 'f-phone', entity: 'contact', name: 'Phone', type: 'text' },
  ],
  inboxes: [{ id: 'in-sales', address: 'sales@example.com' }],
  forms: [
    { id: 'form-contact', name: 'Contact us' },
    { id: 'form-demo', name: 'Book a demo' },
  ],
};

export function lead(id: string, extra: Partial<Lead> = {}): Lead {
  return { id, pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0, ...extra };
}

export function bot(id: string, triggers: Trigger[], extra: Partial<Bot> = {}): Bot {
  return { id, name: id, version: 1, enabled: true, triggers, conditions: [], activeHours: null, keepUnanswered: false, ...extra };
}

export type ScenarioInput = Partial<Omit<Scenario, 'account'>> & { account?: Partial<Account> };

/** A scenario that must validate (the engine's input contract); throws with the errors otherwise. */
export function scenario(input: ScenarioInput): Scenario {
  const s = {
    name: 'test',
    ...input,
    account: { ...ACCOUNT, ...input.account },
    leads: input.leads ?? [lead('l1')],
    bots: input.bots ?? [],
    events: input.events ?? [],
  };
  const v = validateScenario(s);
  if (!v.ok) throw new Error(`Test scenario does not validate: ${JSON.stringify(v.errors)}`);
  return v.value;
}

/** The same, without validation (for states the validator refuses, e.g. tag triggers on advanced). */
export function rawScenario(input: ScenarioInput): Scenario {
  return {
    name: 'test',
    ...input,
    account: { ...ACCOUNT, ...input.account },
    leads: input.leads ?? [lead('l1')],
    bots: input.bots ?? [],
    events: input.events ?? [],
  } as Scenario;
}

export const msg = (at: string, leadId = 'l1', channelId = 'ch-wa', direction: 'incoming' | 'outgoing' = 'incoming'): SimEvent => ({
  at,
  type: 'message',
  direction,
  channelId,
  leadId,
});

export const move = (at: string, leadId: string, toStageId: string): SimEvent => ({ at, type: 'lead_moved', leadId, toStageId });

export const tagAdd = (at: string, leadId: string, tagId: string, origin: 'user' | 'automation' | 'api' = 'user'): SimEvent => ({
  at,
  type: 'tag_added',
  entity: 'lead',
  entityId: leadId,
  tagId,
  origin,
  leadId,
});

export const tagRemove = (at: string, leadId: string, tagId: string, origin: 'user' | 'automation' | 'api' = 'user'): SimEvent => ({
  at,
  type: 'tag_removed',
  entity: 'lead',
  entityId: leadId,
  tagId,
  origin,
  leadId,
});

export const setField = (at: string, leadId: string, fieldId: string, value: string | number | null, origin: 'user' | 'automation' | 'api' = 'user'): SimEvent => ({
  at,
  type: 'field_updated',
  entity: 'lead',
  entityId: leadId,
  fieldId,
  value,
  origin,
  leadId,
});
