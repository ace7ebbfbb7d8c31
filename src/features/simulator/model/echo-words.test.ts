import { describe, expect, it } from 'vitest';
import type { Account, Bot, SimEvent, Trigger } from '../../../domain';
import type { EventEcho } from '../../../engine';
import account from '../../../../mocks/fixtures/demo-account.json';
import { namesOf } from './describe';
import { echoWords, laterWords } from './echo-words';

const names = namesOf(account as Account);
const TZ = 'America/New_York';
const AT = '2026-06-01T14:00:00Z';
const MS = Date.parse(AT);

const bot = (id: string, triggers: Bot['triggers']): Bot => ({
  id,
  name: id === 'draft' ? 'Follow-up' : `Bot ${id}`,
  version: 1,
  enabled: true,
  triggers,
  conditions: [],
  activeHours: null,
  keepUnanswered: false,
});
const seenOnWa: Bot['triggers'][number] = { type: 'outgoing_message_seen', channelIds: ['ch-wa'], delayMinutes: 60 };
const seen: SimEvent = { at: AT, type: 'message_seen', leadId: 'l1', channelId: 'ch-tg' };
const applied = (bots: EventEcho['bots']): EventEcho => ({ event: 0, phase: 'applied', bots });

describe('echoWords: what an event did, in words', () => {
  it('names the channel a seen message missed, and groups other bots that could not have started', () => {
    const view = echoWords(
      applied([
        { bot: 0, outcomes: [], silence: { kind: 'missed', misses: [{ trigger: 0, part: 'channel' }] } },
        { bot: 1, outcomes: [], silence: { kind: 'off' } },
        { bot: 2, outcomes: [], silence: { kind: 'deaf' } },
        { bot: 3, outcomes: [], silence: { kind: 'deaf' } },
      ]),
      seen,
      [bot('draft', [seenOnWa]), { ...bot('b2', [seenOnWa]), enabled: false }, bot('b3', []), bot('b4', [])],
      'draft',
      names,
      TZ,
    );
    expect(view.summary).toBe('No bot in this simulation ran because of this event.');
    expect(view.bots).toEqual([
      {
        id: 'draft',
        name: 'Follow-up',
        isDraft: true,
        started: false,
        lines: ['Its trigger (An outgoing message is seen in WhatsApp, after 1 h) is for WhatsApp; this seen message was on Telegram.'],
      },
    ]);
    expect(view.others).toEqual([
      { title: 'Other bots with no trigger for a message being seen (2)', names: ['Bot b3', 'Bot b4'] },
      { title: 'Other bots turned off (1)', names: ['Bot b2'] },
    ]);
  });

  it('says when a run came, after a delay, and which trigger when the bot has several', () => {
    const draft = bot('draft', [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 0 }, seenOnWa]);
    const view = echoWords(
      applied([
        {
          bot: 0,
          outcomes: [
            { kind: 'ran', trigger: 1, ms: MS + 3_600_000 },
            { kind: 'skipped', trigger: 1, ms: MS, reason: 'condition', condition: 0, detail: 'Lead has no tag VIP (condition 1)' },
            { kind: 'after_end', trigger: 1, ms: MS + 7_200_000 },
            { kind: 'once', trigger: 1, ms: MS },
          ],
          silence: null,
        },
      ]),
      seen,
      [draft],
      'draft',
      names,
      TZ,
    );
    expect(view.summary).toBeNull();
    expect(view.bots[0]!.started).toBe(true);
    expect(view.bots[0]!.lines).toEqual([
      'Trigger 2: ran at Mon 1 Jun 2026, 11:00 EDT (1 h later).',
      'Trigger 2: skipped at once: Condition not met. Lead has no tag VIP (condition 1).',
      'Trigger 2: planned at Mon 1 Jun 2026, 12:00 EDT (2 h later), after the simulation ends: not in the results.',
      'Trigger 2: matched, but did not run: this bot had already run for this lead at that moment (a bot runs once per lead and moment).',
    ]);
  });

  it('says that "moved to" does not start for a new lead', () => {
    const created: SimEvent = { at: AT, type: 'lead_created', lead: { id: 'l9', pipelineId: 'p-sales', stageId: 's-qualified', responsibleUserId: 'u-ana', price: 0 } };
    const words = (stageIds: string[]) =>
      echoWords(applied([{ bot: 0, outcomes: [], silence: { kind: 'deaf' } }]), created, [bot('draft', [{ type: 'lead_moved_to_stage', stageIds, delayMinutes: 0 }])], 'draft', names, TZ).bots[0]!
        .lines;
    expect(words(['s-qualified'])).toEqual([
      'None of its triggers starts on a new lead. Its trigger: A lead is moved to Qualified, immediately.',
      '“When a lead is moved to Qualified” does not start for a lead created in Qualified; “When a lead is moved to or created in Qualified” does.',
    ]);
    // For another stage the hint would be false: "moved to or created in Won" would not start either.
    expect(words(['s-won'])).toEqual(['None of its triggers starts on a new lead. Its trigger: A lead is moved to Won, immediately.']);
  });

  it('says why an event changed nothing, and where events outside the span stand', () => {
    const tag: SimEvent = { at: AT, type: 'tag_added', entity: 'lead', entityId: 'l1', leadId: 'l1', tagId: 't-vip', origin: 'user' };
    const bots = [bot('draft', [seenOnWa])];
    const words = (phase: EventEcho['phase'], e: SimEvent) => echoWords({ event: 0, phase, bots: [] }, e, bots, 'draft', names, TZ);
    expect(words('unchanged', tag)).toEqual({ summary: 'The lead l1 already had the tag VIP: adding it again changes nothing, so no bot starts on it.', bots: [], others: [] });
    expect(words('unchanged', { at: AT, type: 'lead_moved', leadId: 'l1', toStageId: 's-qualified' }).summary).toBe(
      'Lead l1 was already in Qualified: a move to the stage a lead is in is no move, so no bot starts on it.',
    );
    expect(words('before_start', tag).summary).toMatch(/^This event is before “Start”: no bot starts on it, but what it changed holds when the simulation starts/);
    expect(words('after_until', tag).summary).toMatch(/^This event is after “Until”/);
  });

  it('says what became of a date-field reminder: dropped by a clearing, or replaced', () => {
    const reminder = bot('draft', [{ type: 'relative_to_date_field', fieldId: 'f-meeting', direction: 'before', hours: 1 }]);
    const set = (value: string | null): SimEvent => ({ at: AT, type: 'field_updated', entity: 'lead', entityId: 'l1', leadId: 'l1', fieldId: 'f-meeting', value, origin: 'user' });
    const line = (o: EventEcho['bots'][number]['outcomes'][number], e: SimEvent) => echoWords(applied([{ bot: 0, outcomes: [o], silence: null }]), e, [reminder], 'draft', names, TZ).bots[0]!.lines[0];
    expect(line({ kind: 'unplanned', trigger: 0, ms: MS }, set(null))).toBe('No run planned: the event cleared Meeting Time, which drops its reminder.');
    expect(line({ kind: 'replanned', trigger: 0, ms: MS + 3_600_000 }, set(AT))).toBe(
      'Planned at Mon 1 Jun 2026, 11:00 EDT (1 h later), then dropped: a later change of Meeting Time planned it again or cleared it.',
    );
    expect(line({ kind: 'after_end', trigger: 0, ms: MS + 3_600_000, leftStage: 's-qualified' }, set(AT))).toBe(
      'Planned at Mon 1 Jun 2026, 11:00 EDT (1 h later), after the simulation ends; the lead has left Qualified since, so the run would be skipped then.',
    );
    // Back in the stage before the delay ended: that run is skipped; a new one counts from the return
    // only for a trigger that listens to moves (a lead coming back by a move creates nothing).
    const back = (t: Trigger) =>
      echoWords(applied([{ bot: 0, outcomes: [{ kind: 'after_end', trigger: 0, ms: MS + 5_400_000, leftStage: 's-qualified', backInStage: true }], silence: null }]), set(AT), [bot('draft', [t])], 'draft', names, TZ).bots[0]!.lines[0];
    expect(back({ type: 'lead_created_in_stage', stageIds: ['s-qualified'], delayMinutes: 90 })).toBe(
      'Planned at Mon 1 Jun 2026, 11:30 EDT (1 h 30 min later), after the simulation ends; the lead has since left Qualified and come back before the 1 h 30 min delay ended, so this run would be skipped then.',
    );
    expect(back({ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 90 })).toBe(
      'Planned at Mon 1 Jun 2026, 11:30 EDT (1 h 30 min later), after the simulation ends; the lead has since left Qualified and come back before the 1 h 30 min delay ended, so this run would be skipped then.',
    );
    // A contact's tag, with no lead: the bot ran for the contact.
    const contactTag: SimEvent = { at: AT, type: 'tag_added', entity: 'contact', entityId: 'c1', tagId: 't-partner', origin: 'user' };
    expect(line({ kind: 'once', trigger: 0, ms: MS }, contactTag)).toBe('Matched, but did not run: this bot had already run for the contact c1 at that moment (a bot runs once per contact and moment).');
  });

  it('explains an open conversation and the first message of the day', () => {
    const message: SimEvent = { at: AT, type: 'message', direction: 'incoming', channelId: 'ch-wa', leadId: 'l1' };
    const view = echoWords(
      applied([
        { bot: 0, outcomes: [], silence: { kind: 'missed', misses: [{ trigger: 0, part: 'not_opening' }] } },
        { bot: 1, outcomes: [], silence: { kind: 'missed', misses: [{ trigger: 0, part: 'not_first_today' }] } },
      ]),
      message,
      [bot('draft', [{ type: 'conversation_started', direction: 'incoming', channelIds: [] }]), bot('b2', [{ type: 'first_message_of_day', channelIds: ['ch-wa'] }])],
      'draft',
      names,
      TZ,
    );
    expect(view.bots.map((b) => b.lines[0])).toEqual([
      'Its trigger (A conversation is started by an incoming message in any channel) starts on the message that opens a conversation; lead l1’s WhatsApp conversation was already open (it stays open until it is closed).',
      'Its trigger (A lead starts chatting for the first time that day in WhatsApp) starts on a lead’s first incoming message of the day (America/New_York); lead l1 had already written that day through WhatsApp.',
    ]);
  });
});

describe('echoWords: the triggers in the editor’s words', () => {
  it('lists several triggers with “or” lists and schedules as the editor says them, and mailboxes as mailboxes', () => {
    const email: SimEvent = { at: AT, type: 'email_received', leadId: 'l1', inboxId: 'in-sales' };
    const two = bot('draft', [
      { type: 'lead_moved_to_stage', stageIds: ['s-qualified', 's-won'], delayMinutes: 0 },
      { type: 'recurring', every: 'day', time: '10:00' },
    ]);
    expect(echoWords(applied([{ bot: 0, outcomes: [], silence: { kind: 'deaf' } }]), email, [two], 'draft', names, TZ).bots[0]!.lines).toEqual([
      'None of its triggers starts on an email. Its triggers: A lead is moved to Qualified or Won, immediately; Daily at 10:00.',
    ]);
    const mail = bot('draft', [{ type: 'email_received', inboxIds: [] }]);
    expect(echoWords(applied([{ bot: 0, outcomes: [], silence: { kind: 'missed', misses: [{ trigger: 0, part: 'inbox_unconnected' }] } }]), email, [mail], 'draft', names, TZ).bots[0]!.lines).toEqual([
      'Its trigger (An email is received in any connected mailbox) is for any connected mailbox; sales@example.com is not connected.',
    ]);
  });
});

describe('laterWords: how long after the event, in the editor’s words', () => {
  it('says hours, minutes and days as the delays do, and seconds under an hour only', () => {
    expect(laterWords(5_400_000)).toBe('1 h 30 min');
    expect(laterWords(86_400_000)).toBe('one day');
    expect(laterWords(90_000_000)).toBe('1 day 1 h');
    expect(laterWords(135_000)).toBe('2 min 15 s');
    expect(laterWords(1)).toBe('1 s');
    expect(laterWords(3_600_001)).toBe('1 h 1 min'); // rounded up, never down
  });
});
