// "What happened after this event?" in words: the engine's EventEcho (what one event started, bot
// by bot, and why the others stayed silent) as sentences a sales admin reads.
import { assertNever, botTimeZone, type Bot, type SimEvent, type SimEventOf, type Trigger } from '../../../domain';
import type { EchoOutcome, EchoSilence, EventEcho, MissPart } from '../../../engine';
import { listText, spanWords } from '../../../engine/words';
import { formatLocal } from '../../../engine/time';
import { durationWords } from '../../../lib/duration-words';
import { describeTrigger, reasonLine, type Names } from './describe';

/** `started`: the bot ran because of the event (at once or later). */
export type EchoBotView = { id: string; name: string; isDraft: boolean; started: boolean; lines: string[] };
export type EchoView = {
  /** What the event did as a whole, when that is all there is to say (before Start, no change…); else null. */
  summary: string | null;
  /**
   * By bot, the draft first, as the scenario lists them; empty with a summary. Other bots with no
   * trigger for this kind of event, or turned off, are not here but in `others`.
   */
  bots: EchoBotView[];
  /** Other bots in groups of one line each ("Other bots with no trigger for a message (8)": names). */
  others: { title: string; names: string[] }[];
};

/** What a kind of event is, for "None of its triggers starts on …". */
const EVENT_KIND: Record<SimEvent['type'], string> = {
  lead_created: 'a new lead',
  lead_moved: 'a lead moving to another stage',
  lead_updated: 'a change of a lead’s sale, source or UTM',
  responsible_changed: 'a change of responsible user',
  tag_added: 'a tag being added',
  tag_removed: 'a tag being removed',
  field_updated: 'a field change',
  form_submitted: 'a form being submitted',
  email_received: 'an email',
  call_received: 'a call',
  website_visited: 'a website visit',
  message: 'a message',
  message_seen: 'a message being seen',
  conversation_closed: 'a conversation being closed',
  story_mention: 'a story mention',
};

const listOr = (ids: readonly string[], name: (id: string) => string) => listText(ids.map(name), 'or');

/** The event's channel, where it has one. */
const channelOf = (e: SimEvent): string | null =>
  e.type === 'message' || e.type === 'message_seen' || e.type === 'conversation_closed' || e.type === 'story_mention' ? e.channelId : null;

/** Why the event changed nothing (R3, R5–R7), or the other whole-event phases. */
function phaseSentence(echo: EventEcho, e: SimEvent, n: Names): string | null {
  switch (echo.phase) {
    case 'applied':
      return null;
    case 'before_start':
      // What it changed is there at Start: a lead it moved is "already in the stage" for triggers
      // applied to existing leads (R8a), a date it set plans reminders (R10).
      return 'This event is before “Start”: no bot starts on it, but what it changed holds when the simulation starts (a stage, a date field a reminder counts from), so runs at Start or on schedule may come from it.';
    case 'after_until':
      return 'This event is after “Until”: the simulation ends before it and ignores it.';
    case 'unchanged':
      switch (e.type) {
        case 'lead_moved':
          return `Lead ${e.leadId} was already in ${n.stage(e.toStageId)}: a move to the stage a lead is in is no move, so no bot starts on it.`;
        case 'tag_added':
          return `The ${e.entity} ${e.entityId} already had the tag ${n.tag(e.tagId)}: adding it again changes nothing, so no bot starts on it.`;
        case 'tag_removed':
          return `The ${e.entity} ${e.entityId} did not have the tag ${n.tag(e.tagId)}: removing it changes nothing, so no bot starts on it.`;
        case 'field_updated':
          return `${n.field(e.fieldId)} already held this value: setting the same value is no change, so no bot starts on it.`;
        case 'responsible_changed':
          return `${n.user(e.toUserId)} was already responsible for lead ${e.leadId}: no bot starts on it.`;
        case 'lead_updated':
          return 'No trigger starts on a change of a lead’s sale, source or UTM; conditions read the new values from then on.';
        default:
          return 'This event changed nothing, so no bot starts on it.';
      }
    default:
      return assertNever(echo.phase);
  }
}

/** "Trigger 2 (A lead is moved to Qualified, immediately)", or "Its trigger (…)" when the bot has one. */
function triggerName(bot: Bot, index: number, n: Names): string {
  const t = bot.triggers[index];
  const words = t ? describeTrigger(t, n, botTimeZone(bot, n)) : `trigger ${index + 1}`;
  return bot.triggers.length === 1 ? `Its trigger (${words})` : `Trigger ${index + 1} (${words})`;
}

function missSentence(t: Trigger, part: MissPart, e: SimEvent, n: Names, tz: string): string {
  const channels = 'channelIds' in t ? t.channelIds : [];
  switch (part) {
    case 'stage': {
      const stage = e.type === 'lead_created' ? e.lead.stageId : e.type === 'lead_moved' ? e.toStageId : '';
      const wanted = 'stageIds' in t ? listOr(t.stageIds, n.stage) : 'other stages';
      return `is for ${wanted}; this lead ${e.type === 'lead_created' ? 'was created in' : 'moved to'} ${n.stage(stage)}`;
    }
    case 'entity': {
      const ev = e as SimEventOf<'tag_added' | 'field_updated'>;
      return `is for a ${'entity' in t ? t.entity : 'lead'}; this event is on a ${ev.entity}`;
    }
    case 'tag': {
      const ev = e as SimEventOf<'tag_added'>;
      return `is for the tag ${'tagId' in t ? n.tag(t.tagId) : ''}; this event ${e.type === 'tag_removed' ? 'removed' : 'added'} ${n.tag(ev.tagId)}`;
    }
    case 'field':
      return `is for ${'fieldId' in t ? n.field(t.fieldId) : 'another field'}; this event changed ${n.field((e as SimEventOf<'field_updated'>).fieldId)}`;
    case 'form':
      return `is for ${t.type === 'form_submitted' ? listOr(t.formIds, n.form) : 'other forms'}; this was ${n.form((e as SimEventOf<'form_submitted'>).formId)}`;
    case 'inbox':
      return `is for ${t.type === 'email_received' ? listOr(t.inboxIds, n.inbox) : 'other mailboxes'}; this email came to ${n.inbox((e as SimEventOf<'email_received'>).inboxId)}`;
    case 'inbox_unconnected':
      return `is for any connected mailbox; ${n.inbox((e as SimEventOf<'email_received'>).inboxId)} is not connected`;
    case 'url':
      return `is for ${t.type === 'website_visited' ? t.url : 'another page'}; this visit was to ${(e as SimEventOf<'website_visited'>).url}`;
    case 'direction': {
      const ev = e as SimEventOf<'message'>;
      if (t.type === 'first_message_of_day') return 'counts incoming messages only; this one was outgoing';
      const wanted = 'direction' in t ? t.direction : 'incoming';
      return `is for ${wanted} messages; this one was ${ev.direction}`;
    }
    case 'channel': {
      const noun = e.type === 'message' ? 'message' : e.type === 'message_seen' ? 'seen message' : e.type === 'story_mention' ? 'mention' : 'conversation';
      return `is for ${listOr(channels, n.channel)}; this ${noun} was on ${n.channel(channelOf(e) ?? '')}`;
    }
    case 'not_opening':
      return `starts on the message that opens a conversation; lead ${(e as SimEventOf<'message'>).leadId}’s ${n.channel(channelOf(e) ?? '')} conversation was already open (it stays open until it is closed)`;
    case 'not_first_today':
      return `starts on a lead’s first incoming message of the day (${tz}); lead ${(e as SimEventOf<'message'>).leadId} had already written that day${
        channels.length ? ` through ${listOr(channels, n.channel)}` : ''
      }`;
    default:
      return assertNever(part);
  }
}

function silenceLines(s: EchoSilence, bot: Bot, e: SimEvent, n: Names, tz: string): string[] {
  switch (s.kind) {
    case 'off':
      return ['Turned off (“Bot enabled”): it never starts.'];
    case 'deaf': {
      // Its triggers in the editor's words, less their "When": "Its trigger: A lead is moved to Won, immediately."
      const own = bot.triggers.map((t) => describeTrigger(t, n, botTimeZone(bot, n)));
      const lines = [
        `None of its triggers starts on ${EVENT_KIND[e.type]}. ${own.length === 0 ? 'It has no trigger' : `${own.length === 1 ? 'Its trigger' : 'Its triggers'}: ${own.join('; ')}`}.`,
      ];
      // The hint only where it is true: a "moved to" trigger for the very stage the lead was created in.
      const stage = e.type === 'lead_created' ? e.lead.stageId : null;
      if (stage !== null && bot.triggers.some((t) => t.type === 'lead_moved_to_stage' && t.stageIds.includes(stage)))
        lines.push(`“When a lead is moved to ${n.stage(stage)}” does not start for a lead created in ${n.stage(stage)}; “When a lead is moved to or created in ${n.stage(stage)}” does.`);
      return lines;
    }
    case 'missed':
      return s.misses.map((m) => {
        const t = bot.triggers[m.trigger];
        return `${triggerName(bot, m.trigger, n)} ${t ? missSentence(t, m.part, e, n, tz) : 'did not match'}.`;
      });
    default:
      return assertNever(s);
  }
}

/** Who a run is for: the lead, or a contact, company or product with no lead ("contact"). */
function subjectKind(e: SimEvent): string {
  return (e.type === 'tag_added' || e.type === 'tag_removed' || e.type === 'field_updated') && e.entity !== 'lead' && e.leadId === undefined ? e.entity : 'lead';
}

function subjectOf(e: SimEvent): string {
  const kind = subjectKind(e);
  return kind === 'lead' ? 'this lead' : `the ${kind} ${(e as SimEventOf<'tag_added' | 'tag_removed' | 'field_updated'>).entityId}`;
}

/**
 * How long after the event, in the editor's words ("1 h 30 min", "one day"): "1 hour 30 minutes"
 * beside "the 1 h 30 min delay" read as two styles. Seconds under an hour only ("2 min 15 s"); a
 * longer span is rounded up to the minute, never down.
 */
export function laterWords(ms: number): string {
  return spanWords(ms); // the engine's skip sentences count lateness in the same words
}

/** A lead that came back to a stage before a planned run: the run is skipped (R4). */
function backInStageWords(t: Trigger | undefined, stage: string): string {
  const delay = t && 'delayMinutes' in t && t.delayMinutes > 0 ? ` before the ${durationWords(t.delayMinutes)} delay ended` : '';
  // No promise of a new run: that depends on how the lead came back (a move or a creation), which
  // the engine's own skip sentence does not guess either.
  return `the lead has since left ${stage} and come back${delay}, so this run would be skipped then`;
}

function outcomeLine(o: EchoOutcome, bot: Bot, e: SimEvent, eventMs: number, n: Names, tz: string): string {
  const when = o.ms === eventMs ? 'at once' : `at ${formatLocal(o.ms, tz)}${o.ms > eventMs ? ` (${laterWords(o.ms - eventMs)} later)` : ''}`;
  const field = e.type === 'field_updated' ? n.field(e.fieldId) : 'the date field';
  const sentence = ((): string => {
    switch (o.kind) {
      case 'ran':
        return `Ran ${when}.`;
      case 'skipped': {
        const { label, rest } = reasonLine(o.reason, o.detail);
        return `Skipped ${when}: ${label}. ${rest}.`;
      }
      case 'after_end':
        return o.leftStage === undefined
          ? `Planned ${when}, after the simulation ends: not in the results.`
          : o.backInStage
            ? `Planned ${when}, after the simulation ends; ${backInStageWords(bot.triggers[o.trigger], n.stage(o.leftStage))}.`
            : `Planned ${when}, after the simulation ends; the lead has left ${n.stage(o.leftStage)} since, so the run would be skipped then.`;
      case 'replanned':
        return `Planned ${when}, then dropped: a later change of ${field} planned it again or cleared it.`;
      case 'unplanned':
        return e.type === 'field_updated' && e.value !== null
          ? `No run planned: the new value of ${field} is not a date.`
          : `No run planned: the event cleared ${field}, which drops its reminder.`;
      case 'once': {
        const moment = o.ms === eventMs ? 'at that moment' : `at ${formatLocal(o.ms, tz)}`;
        return `Matched, but did not run: this bot had already run for ${subjectOf(e)} ${moment} (a bot runs once per ${subjectKind(e)} and moment).`;
      }
      default:
        return assertNever(o);
    }
  })();
  // Which trigger, when the bot has several.
  return bot.triggers.length > 1 ? `Trigger ${o.trigger + 1}: ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence;
}

/**
 * `bots`: the scenario's bots in its order (the draft first), `draftId` the draft's id.
 */
export function echoWords(echo: EventEcho, event: SimEvent, bots: readonly Bot[], draftId: string, n: Names, tz: string): EchoView {
  const summary = phaseSentence(echo, event, n);
  if (summary !== null) return { summary, bots: [], others: [] };
  const eventMs = Date.parse(event.at);
  const views: EchoBotView[] = [];
  // Other bots that could never have started on this kind of event, or are off: one line each group,
  // so that the answers that matter are not buried under 19 load-demo bots.
  const deaf: string[] = [];
  const off: string[] = [];
  for (const { bot: index, outcomes, silence } of echo.bots) {
    const bot = bots[index]!;
    const isDraft = bot.id === draftId;
    if (!isDraft && outcomes.length === 0 && silence !== null && silence.kind !== 'missed') {
      (silence.kind === 'off' ? off : deaf).push(bot.name);
      continue;
    }
    const lines = outcomes.length > 0 ? outcomes.map((o) => outcomeLine(o, bot, event, eventMs, n, tz)) : silence ? silenceLines(silence, bot, event, n, tz) : [];
    views.push({ id: bot.id, name: bot.name, isDraft, started: outcomes.some((o) => o.kind === 'ran'), lines });
  }
  const others: EchoView['others'] = [];
  if (deaf.length) others.push({ title: `Other bots with no trigger for ${EVENT_KIND[event.type]} (${deaf.length})`, names: deaf });
  if (off.length) others.push({ title: `Other bots turned off (${off.length})`, names: off });
  return { summary: views.some((v) => v.started) ? null : 'No bot in this simulation ran because of this event.', bots: views, others };
}
