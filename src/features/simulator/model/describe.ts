// Words for what the panel shows: triggers, events, reasons — named by the account's names.
import { assertNever, stageLabels, type Account, type Reason, type SimEvent, type Trigger } from '../../../domain';
import { formatAmount } from '../../../lib/amount-words';
import { triggerClause } from '../../../lib/trigger-words';
import { dateFieldInstant, formatLocal } from '../../../engine/time';

export type Names = {
  /** The account's time zone. */
  timezone: string;
  stage(id: string): string;
  user(id: string): string;
  tag(id: string): string;
  channel(id: string): string;
  field(id: string): string;
  form(id: string): string;
  inbox(id: string): string;
  /** A field's value as people read it: a date-time field's instant in the account's zone ("Mon 1 Jun 2026, 15:00 EDT"). */
  fieldValue(fieldId: string, value: string | number | null): string;
};

export function namesOf(account: Account): Names {
  const map = (list: { id: string; name?: string; address?: string }[]) =>
    new Map(list.map((x) => [x.id, x.name ?? x.address ?? x.id]));
  const stages = stageLabels(account); // "Won (Partners)" with several pipelines, as everywhere
  const users = map(account.users);
  const tags = map(account.tags);
  const channels = map(account.channels);
  const fields = map(account.fields);
  const forms = map(account.forms);
  const inboxes = map(account.inboxes);
  const get = (m: Map<string, string>) => (id: string) => m.get(id) ?? id;
  const dateTimeFields = new Set(account.fields.filter((f) => f.type === 'datetime').map((f) => f.id));
  const fieldValue = (fieldId: string, value: string | number | null): string => {
    if (value === null || value === '') return 'empty';
    if (typeof value === 'string' && dateTimeFields.has(fieldId)) {
      const ms = dateFieldInstant(value, 'datetime', account.timezone);
      if (ms !== null) return formatLocal(ms, account.timezone);
    }
    return String(value);
  };
  return { timezone: account.timezone, stage: get(stages), user: get(users), tag: get(tags), channel: get(channels), field: get(fields), form: get(forms), inbox: get(inboxes), fieldValue };
}


/**
 * A trigger in the panel's words: the editor's summary without its opening "When" ("A user adds the
 * tag VIP to a lead", "Daily at 10:00", "2 hours before Meeting Time"), so that the results say what
 * the editor says. `zone`: the bot's (botTimeZone); a schedule read in another zone than the
 * account's, whose times the results show, names it: "Daily at 10:00 (Europe/Berlin)".
 */
export function describeTrigger(t: Trigger, n: Names, zone: string = n.timezone): string {
  const words = triggerClause(t, n);
  return (t.type === 'on_date' || t.type === 'recurring') && zone !== n.timezone ? `${words} (${zone})` : words;
}

export const REASON_LABELS: Record<Reason, string> = {
  plan: 'Not on this plan',
  rate_limited: 'Rate limited',
  not_manual: 'Not changed by a user', // tag_added and tag_removed skips alike
  cooldown: 'Cooldown',
  left_stage: 'Left the stage',
  window_passed: 'Window passed',
  condition: 'Condition not met',
  outside_hours: 'Outside active hours',
};

/**
 * A skip's reason and sentence for one line, "Label: sentence", without saying the label twice when
 * the engine's sentence already opens with it ("Outside active hours: Thu 10:00 ..."): `rest` is
 * then the sentence after it.
 */
export function reasonLine(reason: Reason, detail: string): { label: string; rest: string } {
  const label = REASON_LABELS[reason];
  const opening = `${label}: `;
  return { label, rest: detail.startsWith(opening) ? detail.slice(opening.length) : detail };
}

export const EVENT_TYPE_LABELS: Record<SimEvent['type'], string> = {
  lead_created: 'Lead created',
  lead_moved: 'Lead moved',
  lead_updated: 'Lead updated',
  responsible_changed: 'Responsible changed',
  tag_added: 'Tag added',
  tag_removed: 'Tag removed',
  field_updated: 'Field updated',
  form_submitted: 'Form submitted',
  email_received: 'Email received',
  call_received: 'Call received',
  website_visited: 'Website visited',
  message: 'Message',
  message_seen: 'Message seen',
  conversation_closed: 'Conversation closed',
  story_mention: 'Story mention',
};

export function describeEvent(e: SimEvent, n: Names): string {
  switch (e.type) {
    case 'lead_created':
      return `Lead ${e.lead.id} created in ${n.stage(e.lead.stageId)}${e.lead.tagIds?.length ? `, tagged ${e.lead.tagIds.map((t) => n.tag(t)).join(', ')}` : ''}`;
    case 'lead_moved':
      return `Lead ${e.leadId} moved to ${n.stage(e.toStageId)}`;
    case 'lead_updated': {
      const parts: string[] = [];
      if (e.set.price !== undefined) parts.push(`sale ${formatAmount(e.set.price)}`); // "Sale" as in its editor and the inspector
      if (e.set.sourceId !== undefined) parts.push('source');
      if (e.set.utm !== undefined) parts.push('UTM');
      return `Lead ${e.leadId} updated (${parts.join(', ') || 'nothing'})`;
    }
    case 'responsible_changed':
      return `Lead ${e.leadId} now with ${n.user(e.toUserId)}`;
    case 'tag_added':
      return `Tag ${n.tag(e.tagId)} added to ${e.entity} ${e.entityId} by ${e.origin}`;
    case 'tag_removed':
      return `Tag ${n.tag(e.tagId)} removed from ${e.entity} ${e.entityId} by ${e.origin}`;
    case 'field_updated':
      return `${n.field(e.fieldId)} of ${e.entity} ${e.entityId} set to ${n.fieldValue(e.fieldId, e.value)} by ${e.origin}`;
    case 'form_submitted':
      return `Lead ${e.leadId} submitted ${n.form(e.formId)}`;
    case 'email_received':
      return `Email from lead ${e.leadId} to ${n.inbox(e.inboxId)}`;
    case 'call_received':
      return `Call from lead ${e.leadId}`;
    case 'website_visited':
      return `Lead ${e.leadId} visited ${e.url}`;
    case 'message':
      return `${e.direction === 'incoming' ? 'Incoming' : 'Outgoing'} ${n.channel(e.channelId)} message, lead ${e.leadId}`;
    case 'message_seen':
      return `Lead ${e.leadId} saw our ${n.channel(e.channelId)} message`;
    case 'conversation_closed':
      return `${n.channel(e.channelId)} conversation with lead ${e.leadId} closed`;
    case 'story_mention':
      return `Lead ${e.leadId} mentioned us in a story (${n.channel(e.channelId)})`;
    default:
      return assertNever(e);
  }
}
