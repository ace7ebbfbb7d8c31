// A new event of a kind, filled with the account's first choices, keeping its time and lead.
import { assertNever, isInstagram, type Account, type Lead, type SimEvent, type SimEventType } from '../../../domain';

export const EVENT_TYPES: readonly SimEventType[] = [
  'message',
  'lead_created',
  'lead_moved',
  'lead_updated',
  'responsible_changed',
  'tag_added',
  'tag_removed',
  'field_updated',
  'form_submitted',
  'email_received',
  'call_received',
  'website_visited',
  'message_seen',
  'conversation_closed',
  'story_mention',
];

export function firstStage(account: Account): { pipelineId: string; stageId: string } {
  const p = account.pipelines.find((x) => x.stages.length > 0);
  return { pipelineId: p?.id ?? 'pipeline', stageId: p?.stages[0]?.id ?? 'stage' };
}

export function newLead(account: Account, id: string): Lead {
  return { id, ...firstStage(account), responsibleUserId: account.users[0]?.id ?? 'user', price: 0 };
}

/** A lead id not used yet: l1, l2, … */
export function freshLeadId(taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let i = 1; ; i++) if (!used.has(`l${i}`)) return `l${i}`;
}

export function defaultEvent(type: SimEventType, at: string, leadId: string, account: Account, takenLeadIds: Iterable<string> = []): SimEvent {
  const channelId = account.channels[0]?.id ?? 'channel';
  const leadTag = account.tags.find((t) => t.entity === 'lead')?.id ?? 'tag';
  const leadField = account.fields.find((f) => f.entity === 'lead' && !f.builtin)?.id ?? 'field';
  switch (type) {
    case 'lead_created':
      return { at, type, lead: newLead(account, freshLeadId(takenLeadIds)) };
    case 'lead_moved': {
      const stages = account.pipelines.flatMap((p) => p.stages);
      return { at, type, leadId, toStageId: stages[1]?.id ?? stages[0]?.id ?? 'stage' };
    }
    case 'lead_updated':
      return { at, type, leadId, set: { price: 0 } };
    case 'responsible_changed':
      return { at, type, leadId, toUserId: account.users[1]?.id ?? account.users[0]?.id ?? 'user' };
    case 'tag_added':
    case 'tag_removed':
      return { at, type, entity: 'lead', entityId: leadId, tagId: leadTag, origin: 'user', leadId };
    case 'field_updated':
      return { at, type, entity: 'lead', entityId: leadId, fieldId: leadField, value: '', origin: 'user', leadId };
    case 'form_submitted':
      return { at, type, formId: account.forms[0]?.id ?? 'form', leadId };
    case 'email_received':
      return { at, type, inboxId: account.inboxes[0]?.id ?? 'inbox', leadId };
    case 'call_received':
      return { at, type, leadId };
    case 'website_visited':
      return { at, type, url: 'https://example.com/pricing', leadId };
    case 'message':
      return { at, type, direction: 'incoming', channelId, leadId };
    case 'message_seen':
    case 'conversation_closed':
      return { at, type, channelId, leadId };
    case 'story_mention':
      // Mentions arrive through an Instagram account, when the account has one.
      return { at, type, channelId: account.channels.find(isInstagram)?.id ?? channelId, leadId };
    default:
      return assertNever(type);
  }
}

/** The lead an event concerns, for the composer's lead picker. */
export function leadOfEvent(e: SimEvent): string {
  switch (e.type) {
    case 'lead_created':
      return e.lead.id;
    case 'tag_added':
    case 'tag_removed':
    case 'field_updated':
      return e.leadId ?? (e.entity === 'lead' ? e.entityId : '');
    default:
      return e.leadId;
  }
}

/** The same event about another lead (lead entities follow the lead). */
export function withLead(e: SimEvent, leadId: string): SimEvent {
  switch (e.type) {
    case 'lead_created':
      return e;
    case 'tag_added':
    case 'tag_removed':
    case 'field_updated':
      return e.entity === 'lead' ? { ...e, entityId: leadId, leadId } : { ...e, leadId };
    default:
      return { ...e, leadId };
  }
}

/** Moves item `i` by `delta` places; the list is unchanged when that leaves it. */
export function move<T>(list: readonly T[], i: number, delta: -1 | 1): T[] {
  const j = i + delta;
  if (i < 0 || i >= list.length || j < 0 || j >= list.length) return [...list];
  const next = [...list];
  [next[i], next[j]] = [next[j]!, next[i]!];
  return next;
}
