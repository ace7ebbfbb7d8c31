// "What happened after this event?" in words: the engine's EventEcho (what one event started, bot
// by bot, and why the others stayed silent) as sentences a sales admin reads.
import { assertNever, type Bot, type SimEvent, type SimEventOf, type Trigger } from '../../../domain';
import type { EchoOutcome, EchoSilence, EventEcho, MissPart } from '../../../engine';
import { durationText, listText } from '../../../engine/words';
import { formatLocal } from '../../../engine/time';
import { describeTrigger, reasonLine, type Names } from './describe';

export type EchoBotView = { id: string; name: string; isDraft: boolean; started: boolean; lines: string[] };
export type EchoView = {
  /** What the event did as a whole, when that is all there is to say (before Start, no change…); else null. */
  summary: string | null;
  /** By bot, the draft first, as the scenario lists them; empty with a summary. */
  bots: EchoBotView[];
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
      return 'This event is before “Start”: it changes the lead, but no bot starts on events before the simulation starts.';
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

/** "Trigger 2 (Moved to Qualified, immediately)", or "Its trigger (…)" when the bot has one. */
function triggerName(bot: Bot, index: number, n: Names): string {
  const t = bot.triggers[index];
  const words = t ? describeTrigger(t, n) : `trigger ${index + 1}`;
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
      return `is for ${t.type === 'email_received' ? listOr(t.inboxIds, n.inbox) : 'other inboxes'}; this email came to ${n.inbox((e as SimEventOf<'email_received'>).inboxId)}`;
    case 'inbox_unconnected':
      return `is for any inbox connected to the account; ${n.inbox((e as SimEventOf<'email_received'>).inboxId)} is not connected`;
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
      const lines = [`None of its triggers starts on ${EVENT_KIND[e.type]}. It starts on: ${bot.triggers.map((t) => describeTrigger(t, n)).join('; ') || 'nothing (no trigger)'}.`];
      if (e.type === 'lead_created' && bot.triggers.some((t) => t.type === 'lead_moved_to_stage'))
        lines.push('“Moved to” does not start for a lead created in the stage; “Moved to or created in” does.');
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

function outcomeLine(o: EchoOutcome, bot: Bot, eventMs: number, tz: string): string {
  const when = o.ms === eventMs ? 'at once' : `at ${formatLocal(o.ms, tz)}${o.ms > eventMs ? ` (${durationText(o.ms - eventMs)} later)` : ''}`;
  const sentence = ((): string => {
    switch (o.kind) {
      case 'ran':
        return `Ran ${when}.`;
      case 'skipped': {
        const { label, rest } = reasonLine(o.reason, o.detail);
        return `Skipped ${when}: ${label}. ${rest}.`;
      }
      case 'after_end':
        return `Planned ${when}, after the simulation ends: not in the results.`;
      case 'replanned':
        return `Planned ${when}, then dropped: a later change of the date field planned it again or cleared it.`;
      case 'once':
        return `Matched, but did not run ${when}: this bot had already run for this lead at that moment (once per lead per moment).`;
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
  if (summary !== null) return { summary, bots: [] };
  const eventMs = Date.parse(event.at);
  const views = echo.bots.map(({ bot: index, outcomes, silence }): EchoBotView => {
    const bot = bots[index]!;
    const lines = outcomes.length > 0 ? outcomes.map((o) => outcomeLine(o, bot, eventMs, tz)) : silence ? silenceLines(silence, bot, event, n, tz) : [];
    return { id: bot.id, name: bot.name, isDraft: bot.id === draftId, started: outcomes.length > 0, lines };
  });
  return { summary: views.some((v) => v.started) ? null : 'No bot started on this event.', bots: views };
}
