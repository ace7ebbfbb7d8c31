// A new event of a kind, filled with the account's first choices, keeping its time and lead; or,
// when the draft has a trigger for that kind, with that trigger's choices (its stage, tag, channel…).
import { assertNever, eventLeadKey, eventOrder, isInstagram, type Account, type Lead, type SimEvent, type SimEventType, type Trigger } from '../../../domain';
import { formatInstant } from '../../../engine/time';

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

/** The kind of event that starts a trigger; null for schedules, which need none. */
export function eventTypeFor(t: Trigger): SimEventType | null {
  switch (t.type) {
    case 'lead_created_in_stage':
      return 'lead_created';
    case 'lead_moved_to_stage':
    case 'lead_moved_or_created_in_stage':
      return 'lead_moved';
    case 'responsible_user_changed':
      return 'responsible_changed';
    case 'tag_added':
    case 'tag_removed':
    case 'field_updated':
    case 'form_submitted':
    case 'email_received':
    case 'call_received':
    case 'website_visited':
    case 'story_mention':
    case 'conversation_closed':
      return t.type;
    case 'relative_to_date_field':
      return 'field_updated';
    case 'conversation_started':
    case 'message':
    case 'first_message_of_day':
      return 'message';
    case 'outgoing_message_seen':
      return 'message_seen';
    case 'on_date':
    case 'recurring':
      return null;
    default:
      return assertNever(t);
  }
}

const DAY_MS = 86_400_000;

/** The event, filled from a trigger of the draft that it can start (the first such), if any. `leadStageId`: where its lead is. */
function fromTrigger(e: SimEvent, triggers: readonly Trigger[], account: Account, leadStageId: string | undefined): SimEvent {
  const stageOf = (id: string) => account.pipelines.find((p) => p.stages.some((s) => s.id === id))?.id;
  for (const t of triggers) {
    if (eventTypeFor(t) !== e.type && !(e.type === 'lead_created' && t.type === 'lead_moved_or_created_in_stage')) continue;
    switch (e.type) {
      case 'lead_created':
      case 'lead_moved': {
        // A move to the stage the lead is in is no move (R3): another of the trigger's stages, if it has one.
        const stageIds = 'stageIds' in t ? t.stageIds : [];
        const stageId = (e.type === 'lead_moved' ? stageIds.find((s) => s !== leadStageId) : undefined) ?? stageIds[0];
        if (stageId === undefined) break;
        if (e.type === 'lead_moved') return { ...e, toStageId: stageId };
        return { ...e, lead: { ...e.lead, stageId, pipelineId: stageOf(stageId) ?? e.lead.pipelineId } };
      }
      case 'tag_added':
      case 'tag_removed':
        if (t.type !== 'tag_added' && t.type !== 'tag_removed') break;
        return t.entity === 'lead' ? { ...e, tagId: t.tagId } : { ...e, entity: t.entity, entityId: `${t.entity}-1`, tagId: t.tagId };
      case 'field_updated': {
        if (t.type !== 'field_updated' && t.type !== 'relative_to_date_field') break;
        // A value that changes the field, so that the event starts the bot (an empty box clears the
        // field, which is no change for a lead without it, R7). A reminder's date: a day after the
        // event. The run is then planned after the last event; the panel says so and offers to
        // extend "Until" to it.
        const type = account.fields.find((f) => f.id === t.fieldId)?.type;
        const next = formatInstant(Date.parse(e.at) + DAY_MS);
        const value = type === 'date' ? next.slice(0, 10) : type === 'datetime' ? next : type === 'number' ? 1 : 'New value';
        if (t.type === 'relative_to_date_field') return { ...e, fieldId: t.fieldId, value };
        return t.entity === 'lead' ? { ...e, fieldId: t.fieldId, value } : { ...e, entity: t.entity, entityId: `${t.entity}-1`, fieldId: t.fieldId, value };
      }
      case 'form_submitted':
        return t.type === 'form_submitted' && t.formIds[0] ? { ...e, formId: t.formIds[0] } : e;
      case 'email_received':
        return t.type === 'email_received' && t.inboxIds[0] ? { ...e, inboxId: t.inboxIds[0] } : e;
      case 'website_visited':
        return t.type === 'website_visited' ? { ...e, url: t.url } : e;
      case 'message': {
        const direction = (t.type === 'message' || t.type === 'conversation_started') && t.direction !== 'any' ? t.direction : 'incoming';
        const channelId = 'channelIds' in t && t.channelIds[0] ? t.channelIds[0] : e.channelId;
        return { ...e, direction, channelId };
      }
      case 'message_seen':
      case 'conversation_closed':
      case 'story_mention':
        return 'channelIds' in t && t.channelIds[0] ? { ...e, channelId: t.channelIds[0] } : e;
      default:
        return e;
    }
  }
  return e;
}

/**
 * A new event of `type`. `triggers`: the draft's; the first that this kind of event can start
 * fills it in (its stage, tag, field, form, inbox, address, direction or channel), so that a new
 * event tests the bot as set up rather than the account's first choices. `leadStageId`: the
 * lead's stage, so that a move goes elsewhere.
 */
export function defaultEvent(
  type: SimEventType,
  at: string,
  leadId: string,
  account: Account,
  takenLeadIds: Iterable<string> = [],
  triggers: readonly Trigger[] = [],
  leadStageId?: string,
): SimEvent {
  return fromTrigger(plainEvent(type, at, leadId, account, takenLeadIds), triggers, account, leadStageId);
}

function plainEvent(type: SimEventType, at: string, leadId: string, account: Account, takenLeadIds: Iterable<string>): SimEvent {
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
      return { at, type, entity: 'lead', entityId: leadId, fieldId: leadField, value: null, origin: 'user', leadId };
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

/** Moves item `i` by `delta` places; the list is unchanged when that leaves it (src/lib, shared with the editor). */
export { moveOne as move } from '../../../lib/move-one';

/**
 * The leads that exist when event `index` is replayed: those at the start, and those made by
 * "Lead created" events replayed before it (R1: by time, equal times in list order). A kind change
 * picks its lead from these, so that the event does not name a lead made only later.
 */
export function leadsBefore(leads: readonly Lead[], events: readonly SimEvent[], index: number): string[] {
  const ids = new Set(leads.map((l) => l.id));
  for (const i of eventOrder(events)) {
    if (i === index) break;
    const e = events[i]!;
    if (e.type === 'lead_created') ids.add(e.lead.id);
  }
  return [...ids];
}

/**
 * Event `index` no longer creates its lead (its kind changed from "Lead created"): the lead it
 * made, when an event still names it and nothing else makes it, to keep among the leads at the
 * start. Otherwise the event, or a later one about that lead, would name a lead that no longer
 * exists, and what was typed for the lead (stage, tags, sale) would be lost.
 */
export function leadLeftBehind(leads: readonly Lead[], before: SimEvent, events: readonly SimEvent[], index: number): Lead | null {
  const after = events[index];
  if (before.type !== 'lead_created' || after === undefined || after.type === 'lead_created') return null;
  const id = before.lead.id;
  if (id === '' || leads.some((l) => l.id === id)) return null;
  if (events.some((e) => e.type === 'lead_created' && e.lead.id === id)) return null;
  const named = events.some((e) => {
    const key = eventLeadKey(e);
    return key !== null && (e as Record<typeof key, string | undefined>)[key] === id;
  });
  return named ? before.lead : null;
}
