import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../domain';
import { eventEcho, simulate } from '.';
import { bot, lead, move, msg, scenario, setField, tagAdd } from './test-scenario';

const T = (hhmm: string) => `2026-06-01T${hhmm}:00Z`;
const ms = (hhmm: string) => Date.parse(T(hhmm));
const seen = (at: string, channelId = 'ch-wa'): SimEvent => ({ at, type: 'message_seen', leadId: 'l1', channelId });

describe('eventEcho: what one event started, bot by bot', () => {
  it('says the first part of each trigger a message missed: channel, direction', () => {
    const s = scenario({
      bots: [
        bot('wa', [{ type: 'message', direction: 'incoming', channelIds: ['ch-wa'], cooldownMinutes: 1 }]),
        bot('out', [{ type: 'message', direction: 'outgoing', channelIds: [], cooldownMinutes: 1 }]),
        bot('seen', [{ type: 'outgoing_message_seen', channelIds: ['ch-tg'], delayMinutes: 0 }]),
      ],
      events: [msg(T('14:00'), 'l1', 'ch-tg')],
    });
    const echo = eventEcho(s, 0);
    expect(echo.phase).toBe('applied');
    expect(echo.bots.map((b) => b.silence)).toEqual([
      { kind: 'missed', misses: [{ trigger: 0, part: 'channel' }] },
      { kind: 'missed', misses: [{ trigger: 0, part: 'direction' }] },
      { kind: 'deaf' },
    ]);
    expect(echo.bots.every((b) => b.outcomes.length === 0)).toBe(true);
  });

  it('names a seen message on a channel the trigger does not list (the usability walk’s case)', () => {
    const s = scenario({
      bots: [bot('b', [{ type: 'outgoing_message_seen', channelIds: ['ch-wa'], delayMinutes: 60 }])],
      events: [seen(T('14:00'), 'ch-tg')],
    });
    expect(eventEcho(s, 0).bots[0]!.silence).toEqual({ kind: 'missed', misses: [{ trigger: 0, part: 'channel' }] });
  });

  it('follows a delayed run to its outcome, and says when it falls after the end', () => {
    const b = bot('b', [{ type: 'outgoing_message_seen', channelIds: [], delayMinutes: 60 }]);
    const ran = scenario({ bots: [b], events: [seen(T('14:00')), msg(T('16:00'))] });
    expect(eventEcho(ran, 0).bots[0]!.outcomes).toEqual([{ kind: 'ran', trigger: 0, ms: ms('15:00') }]);
    const late = scenario({ bots: [b], events: [seen(T('14:00')), msg(T('14:30'))] });
    expect(eventEcho(late, 0).bots[0]!.outcomes).toEqual([{ kind: 'after_end', trigger: 0, ms: ms('15:00') }]);
  });

  it('reports a skip decided when the delay ends, with its sentence (R4)', () => {
    const s = scenario({
      bots: [bot('b', [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 30 }])],
      events: [move(T('14:00'), 'l1', 's-qualified'), move(T('14:10'), 'l1', 's-won'), msg(T('15:00'))],
    });
    const [echo] = eventEcho(s, 0).bots;
    expect(echo!.outcomes).toEqual([
      { kind: 'skipped', trigger: 0, ms: ms('14:30'), reason: 'left_stage', detail: 'Lead left Qualified before the 30 min delay ended' },
    ]);
    // The second move missed the trigger's stage.
    expect(eventEcho(s, 1).bots[0]!.silence).toEqual({ kind: 'missed', misses: [{ trigger: 0, part: 'stage' }] });
  });

  it('reports the condition of an immediate skip', () => {
    const s = scenario({
      bots: [bot('b', [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 1 }], { conditions: [{ type: 'tags', tagIds: ['t-vip'], mode: 'and' }] })],
      events: [msg(T('14:00'))],
    });
    const out = eventEcho(s, 0).bots[0]!.outcomes[0]!;
    expect(out).toMatchObject({ kind: 'skipped', reason: 'condition', condition: 0, ms: ms('14:00') });
    // The same sentence as the result's skip.
    expect(out.kind === 'skipped' && out.detail).toBe(simulate(s).skipped[0]!.detail);
  });

  it('says that a bot is off, and that "moved to" does not listen to a new lead', () => {
    const s = scenario({
      leads: [],
      bots: [
        bot('off', [{ type: 'lead_created_in_stage', stageIds: ['s-incoming'], delayMinutes: 0 }], { enabled: false }),
        bot('moved', [{ type: 'lead_moved_to_stage', stageIds: ['s-incoming'], delayMinutes: 0 }]),
        bot('created', [{ type: 'lead_created_in_stage', stageIds: ['s-incoming'], delayMinutes: 0 }]),
      ],
      events: [{ at: T('14:00'), type: 'lead_created', lead: lead('l9') }],
    });
    const echo = eventEcho(s, 0);
    expect(echo.bots.map((b) => b.silence?.kind ?? b.outcomes[0]!.kind)).toEqual(['off', 'deaf', 'ran']);
  });

  it('says the event changed nothing: a tag the lead has, a move to its own stage (R3, R6)', () => {
    const s = scenario({
      leads: [lead('l1', { tagIds: ['t-vip'] })],
      bots: [bot('b', [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }])],
      events: [tagAdd(T('14:00'), 'l1', 't-vip'), move(T('14:01'), 'l1', 's-incoming')],
    });
    expect(eventEcho(s, 0)).toEqual({ event: 0, phase: 'unchanged', bots: [] });
    expect(eventEcho(s, 1).phase).toBe('unchanged');
  });

  it('places events before Start and after Until', () => {
    const b = bot('b', [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 1 }]);
    const s = scenario({ bots: [b], start: T('14:00'), until: T('15:00'), events: [msg(T('13:00')), msg(T('14:30')), msg(T('16:00'))] });
    expect(eventEcho(s, 0).phase).toBe('before_start');
    expect(eventEcho(s, 1).bots[0]!.outcomes).toEqual([{ kind: 'ran', trigger: 0, ms: ms('14:30') }]);
    expect(eventEcho(s, 2).phase).toBe('after_until');
  });

  it('says a match that did not run because the bot already ran for the lead then (R18)', () => {
    const call = { at: T('14:00'), type: 'call_received' as const, leadId: 'l1' };
    const s = scenario({ bots: [bot('b', [{ type: 'call_received' }])], events: [call, { ...call }] });
    expect(eventEcho(s, 1).bots[0]!.outcomes).toEqual([{ kind: 'once', trigger: 0, ms: ms('14:00') }]);
  });

  it('says a cooldown skip at the instant of the last run as a skip, not as "already ran" (R14)', () => {
    const s = scenario({
      bots: [bot('b', [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 1 }])],
      events: [msg(T('14:00')), msg(T('14:00'), 'l1', 'ch-tg')],
    });
    expect(eventEcho(s, 1).bots[0]!.outcomes).toMatchObject([{ kind: 'skipped', trigger: 0, ms: ms('14:00'), reason: 'cooldown' }]);
  });

  it('follows a date-field plan the event made, and a plan a later change replaced (R10)', () => {
    const b = bot('b', [{ type: 'relative_to_date_field', fieldId: 'f-meeting', direction: 'before', hours: 1 }]);
    const kept = scenario({ bots: [b], events: [setField(T('10:00'), 'l1', 'f-meeting', T('14:00')), msg(T('15:00'))] });
    expect(eventEcho(kept, 0).bots[0]!.outcomes).toEqual([{ kind: 'ran', trigger: 0, ms: ms('13:00') }]);
    const moved = scenario({
      bots: [b],
      events: [setField(T('10:00'), 'l1', 'f-meeting', T('14:00')), setField(T('11:00'), 'l1', 'f-meeting', T('18:00')), msg(T('19:00'))],
    });
    expect(eventEcho(moved, 0).bots[0]!.outcomes).toEqual([{ kind: 'replanned', trigger: 0, ms: ms('13:00') }]);
    expect(eventEcho(moved, 1).bots[0]!.outcomes).toEqual([{ kind: 'ran', trigger: 0, ms: ms('17:00') }]);
  });

  it('says what became of a plan due after the end: replaced, or its lead gone from the stage (R4, R10)', () => {
    const reminder = bot('b', [{ type: 'relative_to_date_field', fieldId: 'f-meeting', direction: 'before', hours: 1 }]);
    // Planned for 19:00, after the end (16:00); a later change moves it: the first plan will never run.
    const replaced = scenario({
      bots: [reminder],
      events: [setField(T('10:00'), 'l1', 'f-meeting', T('20:00')), setField(T('11:00'), 'l1', 'f-meeting', T('21:00')), msg(T('16:00'))],
    });
    expect(eventEcho(replaced, 0).bots[0]!.outcomes).toEqual([{ kind: 'replanned', trigger: 0, ms: ms('19:00') }]);
    expect(eventEcho(replaced, 1).bots[0]!.outcomes).toEqual([{ kind: 'after_end', trigger: 0, ms: ms('20:00') }]);
    // Cleared: the event dropped the plan.
    const cleared = scenario({ bots: [reminder], events: [setField(T('10:00'), 'l1', 'f-meeting', T('20:00')), setField(T('11:00'), 'l1', 'f-meeting', null)] });
    expect(eventEcho(cleared, 1).bots[0]!.outcomes).toEqual([{ kind: 'unplanned', trigger: 0, ms: ms('11:00') }]);
    expect(eventEcho(cleared, 0).bots[0]!.outcomes).toEqual([{ kind: 'replanned', trigger: 0, ms: ms('19:00') }]);
    // A stage delay past the end, the lead gone and back: R4 would skip it.
    const stage = scenario({
      bots: [bot('s', [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 60 }])],
      events: [move(T('14:00'), 'l1', 's-qualified'), move(T('14:10'), 'l1', 's-won'), move(T('14:20'), 'l1', 's-qualified')],
    });
    expect(eventEcho(stage, 0).bots[0]!.outcomes).toEqual([{ kind: 'after_end', trigger: 0, ms: ms('15:00'), leftStage: 's-qualified', backInStage: true }]);
    const gone = scenario({ bots: stage.bots, events: stage.events.slice(0, 2) });
    expect(eventEcho(gone, 0).bots[0]!.outcomes).toEqual([{ kind: 'after_end', trigger: 0, ms: ms('15:00'), leftStage: 's-qualified', backInStage: false }]);
    expect(eventEcho(stage, 2).bots[0]!.outcomes).toEqual([{ kind: 'after_end', trigger: 0, ms: ms('15:20') }]);
  });

  it('plans nothing for a new lead without the date, and says nothing about it', () => {
    const s = scenario({
      leads: [],
      bots: [bot('b', [{ type: 'relative_to_date_field', fieldId: 'f-meeting', direction: 'before', hours: 1 }])],
      events: [{ at: T('14:00'), type: 'lead_created', lead: lead('l9') }],
    });
    expect(eventEcho(s, 0).bots[0]).toEqual({ bot: 0, outcomes: [], silence: { kind: 'deaf' } });
  });

  it('tells "conversation started" on an open conversation apart from "first message of the day"', () => {
    const s = scenario({
      bots: [
        bot('started', [{ type: 'conversation_started', direction: 'incoming', channelIds: [] }]),
        bot('first', [{ type: 'first_message_of_day', channelIds: [] }]),
      ],
      events: [msg(T('14:00')), msg(T('14:05'))],
    });
    const second = eventEcho(s, 1).bots.map((b) => b.silence);
    expect(second).toEqual([
      { kind: 'missed', misses: [{ trigger: 0, part: 'not_opening' }] },
      { kind: 'missed', misses: [{ trigger: 0, part: 'not_first_today' }] },
    ]);
  });

  it('changes nothing in the result: the same activations and skips with or without an echo', () => {
    const s = scenario({
      bots: [bot('b', [{ type: 'outgoing_message_seen', channelIds: [], delayMinutes: 60 }])],
      events: [seen(T('14:00')), msg(T('16:00'))],
    });
    const before = JSON.stringify(simulate(s));
    eventEcho(s, 0);
    expect(JSON.stringify(simulate(s))).toBe(before);
  });
});
