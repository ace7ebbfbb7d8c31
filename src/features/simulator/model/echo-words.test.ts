import { describe, expect, it } from 'vitest';
import type { Account, Bot, SimEvent } from '../../../domain';
import type { EventEcho } from '../../../engine';
import account from '../../../../mocks/fixtures/demo-account.json';
import { namesOf } from './describe';
import { echoWords } from './echo-words';

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
  it('names the channel a seen message missed, and lists every bot', () => {
    const view = echoWords(
      applied([
        { bot: 0, outcomes: [], silence: { kind: 'missed', misses: [{ trigger: 0, part: 'channel' }] } },
        { bot: 1, outcomes: [], silence: { kind: 'off' } },
      ]),
      seen,
      [bot('draft', [seenOnWa]), { ...bot('b2', [seenOnWa]), enabled: false }],
      'draft',
      names,
      TZ,
    );
    expect(view.summary).toBe('No bot started on this event.');
    expect(view.bots).toEqual([
      {
        id: 'draft',
        name: 'Follow-up',
        isDraft: true,
        started: false,
        lines: ['Its trigger (Outgoing message seen (WhatsApp), after 1 h) is for WhatsApp; this seen message was on Telegram.'],
      },
      { id: 'b2', name: 'Bot b2', isDraft: false, started: false, lines: ['Turned off (“Bot enabled”): it never starts.'] },
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
      'Trigger 2: ran at Mon 1 Jun 2026, 11:00 EDT (1 hour later).',
      'Trigger 2: skipped at once: Condition not met. Lead has no tag VIP (condition 1).',
      'Trigger 2: planned at Mon 1 Jun 2026, 12:00 EDT (2 hours later), after the simulation ends: not in the results.',
      'Trigger 2: matched, but did not run at once: this bot had already run for this lead at that moment (once per lead per moment).',
    ]);
  });

  it('says that "moved to" does not start for a new lead', () => {
    const created: SimEvent = { at: AT, type: 'lead_created', lead: { id: 'l9', pipelineId: 'p-sales', stageId: 's-qualified', responsibleUserId: 'u-ana', price: 0 } };
    const view = echoWords(
      applied([{ bot: 0, outcomes: [], silence: { kind: 'deaf' } }]),
      created,
      [bot('draft', [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 0 }])],
      'draft',
      names,
      TZ,
    );
    expect(view.bots[0]!.lines).toEqual([
      'None of its triggers starts on a new lead. It starts on: Moved to Qualified, immediately.',
      '“Moved to” does not start for a lead created in the stage; “Moved to or created in” does.',
    ]);
  });

  it('says why an event changed nothing, and where events outside the span stand', () => {
    const tag: SimEvent = { at: AT, type: 'tag_added', entity: 'lead', entityId: 'l1', leadId: 'l1', tagId: 't-vip', origin: 'user' };
    const bots = [bot('draft', [seenOnWa])];
    const words = (phase: EventEcho['phase'], e: SimEvent) => echoWords({ event: 0, phase, bots: [] }, e, bots, 'draft', names, TZ);
    expect(words('unchanged', tag)).toEqual({ summary: 'The lead l1 already had the tag VIP: adding it again changes nothing, so no bot starts on it.', bots: [] });
    expect(words('unchanged', { at: AT, type: 'lead_moved', leadId: 'l1', toStageId: 's-qualified' }).summary).toBe(
      'Lead l1 was already in Qualified: a move to the stage a lead is in is no move, so no bot starts on it.',
    );
    expect(words('before_start', tag).summary).toMatch(/^This event is before “Start”/);
    expect(words('after_until', tag).summary).toMatch(/^This event is after “Until”/);
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
      'Its trigger (Conversation started by an incoming message (any channel)) starts on the message that opens a conversation; lead l1’s WhatsApp conversation was already open (it stays open until it is closed).',
      'Its trigger (First message of the day (WhatsApp)) starts on a lead’s first incoming message of the day (America/New_York); lead l1 had already written that day through WhatsApp.',
    ]);
  });
});
