// Triggers in words, the same in the editor's summaries, the bot list and the simulator's results
// ("When a user adds the tag VIP to a lead", "Daily at 10:00", "2 hours before Meeting Time"). The
// simulator said "Every day at 10:00", "Tag VIP added to a lead" and "any inbox" where the editor
// said otherwise (docs/decisions.md). Pure: names come from the caller, with its own words for an
// id it does not know.
import { assertNever, isClock, isLocalDateTime, MAX_DELAY_MINUTES, MAX_RELATIVE_HOURS, MONTH_NAMES, WEEKDAY_NAMES, type EntityType, type Trigger } from '../domain';
import { cooldownWords, delayWords, hoursWords } from './duration-words';

/** Names of what a trigger refers to. The editor says "an unknown stage" for an id it lacks; the simulator the id. */
export type TriggerNames = {
  stage(id: string): string;
  tag(id: string): string;
  field(id: string): string;
  form(id: string): string;
  inbox(id: string): string;
  channel(id: string): string;
};

export const ENTITY_LABELS: Record<EntityType, string> = {
  lead: 'lead',
  contact: 'contact',
  company: 'company',
  product: 'product',
};

/** "Qualified", "Qualified or Won", "Incoming leads, Qualified or Won". */
export function orList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * "2026-12-31T09:00" → "31 December 2026 at 09:00" (wall time, no zone maths). A value the boxes hold
 * while a part is missing or wrong ("2027-02-15T", "2027-02-15T25:00") is not said as a date.
 */
export function localDateTimeWords(at: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}:\d{2})$/.exec(at);
  if (at === '' || at === 'T') return 'a date not set yet';
  if (!m || !isLocalDateTime(at)) return 'a date and time to fix';
  const month = MONTH_NAMES[Number(m[2]) - 1];
  if (!month) return 'a date not set yet';
  return `${Number(m[3])} ${month} ${m[1]} at ${m[4]}`;
}

/** At most this many characters of an address in a summary: a pasted 70,000-character one filled the dialog with its heading. */
const SUMMARY_URL_CHARS = 120;
const clipped = (url: string) => (url.length > SUMMARY_URL_CHARS ? `${url.slice(0, SUMMARY_URL_CHARS - 1)}…` : url);

const wholeIn = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/**
 * A delay in a summary. Out of V9's range (0 to 30 days, whole minutes) it is "a delay to fix", as
 * an unreadable one is "an unset time": "-1 min" or "30 days 1 h" read as if they would run.
 */
const delayPart = (minutes: number) => (Number.isNaN(minutes) || wholeIn(minutes, 0, MAX_DELAY_MINUTES) ? delayWords(minutes) : 'after a delay to fix');

/** A cooldown in a summary (V9: 1 minute to 30 days); "at most once every 0 min" read as valid. */
const cooldownPart = (minutes: number) =>
  Number.isNaN(minutes) ? 'with an unset cooldown' : wholeIn(minutes, 1, MAX_DELAY_MINUTES) ? cooldownWords(minutes) : 'with a cooldown to fix';

/** Those hours in a summary; "-1 hours before" read as valid. */
const hoursPart = (hours: number) =>
  Number.isNaN(hours) ? 'Some hours' : wholeIn(hours, 0, MAX_RELATIVE_HOURS) ? hoursWords(hours) : 'An hours value to fix';

const stageSuffix = (t: { delayMinutes: number; applyToExisting?: boolean | undefined }) =>
  `, ${delayPart(t.delayMinutes)}${t.applyToExisting ? ' (also for leads already there)' : ''}`;

const stageList = (n: TriggerNames, ids: readonly string[]) => (ids.length === 0 ? 'a stage (none chosen yet)' : orList(ids.map(n.stage)));

const channelsWords = (n: TriggerNames, ids: readonly string[]) => (ids.length === 0 ? 'any channel' : orList(ids.map(n.channel)));

const entityWords = (entity: EntityType) => ENTITY_LABELS[entity] ?? 'record';

function recurringWords(t: Extract<Trigger, { type: 'recurring' }>): string {
  // The time box is text: what is typed there is said only once it is a time.
  const time = t.time.trim() === '' ? '(no time set)' : isClock(t.time) ? t.time : 'a time to fix';
  switch (t.every) {
    case 'day':
      return `Daily at ${time}`;
    case 'week':
      return `Weekly on ${WEEKDAY_NAMES[(t.weekday ?? 0) - 1] ?? '(no weekday set)'} at ${time}`;
    case 'month':
      return `Monthly on day ${t.dayOfMonth ?? '(not set)'} at ${time}`;
    case 'year':
      return `Yearly on ${t.dayOfMonth ?? '(day not set)'} ${MONTH_NAMES[(t.month ?? 0) - 1] ?? '(month not set)'} at ${time}`;
    default:
      return assertNever(t.every);
  }
}

/**
 * The trigger as the editor's summary says it: "When a lead is moved to Qualified, after 10 min".
 * Tolerates half-edited values (an editor's draft may be invalid). `whole`: a long address is not
 * shortened (where two versions are compared, addresses differing past 120 characters must differ).
 */
export function triggerSentence(t: Trigger, n: TriggerNames, whole = false): string {
  switch (t.type) {
    case 'lead_created_in_stage':
      return `When a lead is created in ${stageList(n, t.stageIds)}${stageSuffix(t)}`;
    case 'lead_moved_to_stage':
      return `When a lead is moved to ${stageList(n, t.stageIds)}${stageSuffix(t)}`;
    case 'lead_moved_or_created_in_stage':
      return `When a lead is moved to or created in ${stageList(n, t.stageIds)}${stageSuffix(t)}`;
    case 'responsible_user_changed':
      return 'When the responsible user is changed';
    case 'tag_added':
      return `When a user adds the tag ${n.tag(t.tagId)} to a ${entityWords(t.entity)}`;
    case 'tag_removed':
      return `When a user removes the tag ${n.tag(t.tagId)} from a ${entityWords(t.entity)}`;
    case 'field_updated':
      return `When the ${entityWords(t.entity)} field ${n.field(t.fieldId)} is updated`;
    case 'relative_to_date_field':
      return `${hoursPart(t.hours)} ${t.direction} ${n.field(t.fieldId)}`;
    case 'on_date':
      return `On ${localDateTimeWords(t.at)}`;
    case 'recurring':
      return recurringWords(t);
    case 'form_submitted':
      return t.formIds.length === 0 ? 'When any form is submitted' : `When the form ${orList(t.formIds.map(n.form))} is submitted`;
    case 'email_received':
      return `When an email is received in ${t.inboxIds.length === 0 ? 'any connected mailbox' : orList(t.inboxIds.map(n.inbox))}`;
    case 'call_received':
      return 'When a call is received';
    case 'website_visited': {
      const url = t.url.trim();
      return `When ${url && url !== 'https://' ? (whole ? url : clipped(url)) : 'a page (no address yet)'} is visited, ${delayPart(t.delayMinutes)}`;
    }
    case 'conversation_started':
      return `When a conversation is started by ${t.direction === 'any' ? 'any' : t.direction === 'incoming' ? 'an incoming' : 'an outgoing'} message in ${channelsWords(n, t.channelIds)}`;
    case 'message':
      return `On ${t.direction === 'incoming' ? 'an incoming' : 'an outgoing'} message in ${channelsWords(n, t.channelIds)}, ${cooldownPart(t.cooldownMinutes)}`;
    case 'story_mention':
      // The business is mentioned, by a lead; the channel is where the mention arrives.
      return `When a lead mentions you in an Instagram story on ${t.channelIds.length === 0 ? 'any Instagram account' : channelsWords(n, t.channelIds)}`;
    case 'outgoing_message_seen':
      return `When an outgoing message is seen in ${channelsWords(n, t.channelIds)}, ${delayPart(t.delayMinutes)}`;
    case 'conversation_closed':
      return `After a conversation is closed in ${channelsWords(n, t.channelIds)}, ${delayPart(t.delayMinutes)}`;
    case 'first_message_of_day':
      // The article's "When a Lead starts chatting for the first time that day".
      return `When a lead starts chatting for the first time that day in ${channelsWords(n, t.channelIds)}`;
    default:
      return assertNever(t);
  }
}

/**
 * The same words without the opening "When", for a table cell or a list where every line is a
 * trigger: "A user adds the tag VIP to a lead", "Daily at 10:00", "https://x.test is visited, after
 * 5 min" (an address is never capitalised: it is what was typed).
 */
export function triggerClause(t: Trigger, n: TriggerNames, whole = false): string {
  const sentence = triggerSentence(t, n, whole);
  if (!sentence.startsWith('When ')) return sentence;
  const rest = sentence.slice('When '.length);
  return t.type === 'website_visited' && t.url.trim() !== '' && t.url.trim() !== 'https://' ? rest : `${rest.charAt(0).toUpperCase()}${rest.slice(1)}`;
}
