// Words for what the panel shows: triggers, events, reasons — named by the account's names.
import { assertNever, MONTH_NAMES, stageLabels, WEEKDAY_NAMES, type Account, type Reason, type SimEvent, type Trigger, type TriggerOf } from '../../../domain';
import { formatAmount } from '../../../lib/amount-words';
import { cooldownWords, delayWords } from '../../../lib/duration-words';
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


function scheduleWords(t: TriggerOf<'on_date'> | TriggerOf<'recurring'>): string {
  if (t.type === 'on_date') return `On ${t.at.replace('T', ' ')}`;
  // With its day, as the editor says it: "Every Sunday at 10:00", "Every month on day 31 at 10:00".
  switch (t.every) {
    case 'day':
      return `Every day at ${t.time}`;
    case 'week':
      return `Every ${WEEKDAY_NAMES[(t.weekday ?? 1) - 1]} at ${t.time}`;
    case 'month':
      return `Every month on day ${t.dayOfMonth ?? 1} at ${t.time}`;
    case 'year':
      return `Every year on ${t.dayOfMonth ?? 1} ${MONTH_NAMES[(t.month ?? 1) - 1]} at ${t.time}`;
    default:
      return assertNever(t.every);
  }
}

const list = (ids: readonly string[], name: (id: string) => string, none: string) =>
  ids.length === 0 ? none : ids.map(name).join(', ');

/**
 * A trigger in the panel's words. `zone`: the bot's (botTimeZone); a schedule read in another zone
 * than the account's, whose times the results show, names it: "Every day at 10:00 (Europe/Berlin)".
 */
export function describeTrigger(t: Trigger, n: Names, zone: string = n.timezone): string {
  if ((t.type === 'on_date' || t.type === 'recurring') && zone !== n.timezone) return `${scheduleWords(t)} (${zone})`;
  switch (t.type) {
    case 'lead_created_in_stage':
      return `Created in ${list(t.stageIds, n.stage, 'a stage')}, ${delayWords(t.delayMinutes)}`;
    case 'lead_moved_to_stage':
      return `Moved to ${list(t.stageIds, n.stage, 'a stage')}, ${delayWords(t.delayMinutes)}`;
    case 'lead_moved_or_created_in_stage':
      return `Moved to or created in ${list(t.stageIds, n.stage, 'a stage')}, ${delayWords(t.delayMinutes)}`;
    case 'responsible_user_changed':
      return 'Responsible user changed';
    case 'tag_added':
      return `Tag ${n.tag(t.tagId)} added to a ${t.entity}`;
    case 'tag_removed':
      return `Tag ${n.tag(t.tagId)} removed from a ${t.entity}`;
    case 'field_updated':
      return `Field ${n.field(t.fieldId)} of a ${t.entity} updated`;
    case 'relative_to_date_field':
      return `${t.hours} h ${t.direction} ${n.field(t.fieldId)}`;
    case 'on_date':
    case 'recurring':
      return scheduleWords(t);
    case 'form_submitted':
      return `Form submitted (${list(t.formIds, n.form, 'any form')})`;
    case 'email_received':
      return `Email received (${list(t.inboxIds, n.inbox, 'any inbox')})`;
    case 'call_received':
      return 'Call received';
    case 'website_visited':
      return `Visited ${t.url}, ${delayWords(t.delayMinutes)}`;
    case 'conversation_started':
      return `Conversation started by ${t.direction === 'any' ? 'any' : `an ${t.direction}`} message (${list(t.channelIds, n.channel, 'any channel')})`;
    case 'message':
      return `${t.direction === 'incoming' ? 'Incoming' : 'Outgoing'} message (${list(t.channelIds, n.channel, 'any channel')}), ${cooldownWords(t.cooldownMinutes)}`;
    case 'story_mention':
      return `Story mention (${list(t.channelIds, n.channel, 'any channel')})`;
    case 'outgoing_message_seen':
      return `Outgoing message seen (${list(t.channelIds, n.channel, 'any channel')}), ${delayWords(t.delayMinutes)}`;
    case 'conversation_closed':
      return `Conversation closed (${list(t.channelIds, n.channel, 'any channel')}), ${delayWords(t.delayMinutes)}`;
    case 'first_message_of_day':
      return `First message of the day (${list(t.channelIds, n.channel, 'any channel')})`;
    default:
      return assertNever(t);
  }
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
