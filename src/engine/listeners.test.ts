// An event meets only the bots whose triggers can match its channel or stage (Simulation.narrow):
// which bots run, in which order, and which of a bot's triggers is reported must stay as R18 says.
import { describe, expect, it } from 'vitest';
import { simulate } from './simulate';
import { bot, lead, scenario } from './test-scenario';

const at = (minute: number) => `2026-06-01T14:${String(minute).padStart(2, '0')}:00Z`;

describe('listeners by channel and stage', () => {
  it('runs, for a message, every bot with a trigger on its channel or on any channel, in bot order', () => {
    const result = simulate(
      scenario({
        bots: [
          bot('tg-only', [{ type: 'message', direction: 'incoming', channelIds: ['ch-tg'], cooldownMinutes: 1 }]),
          bot('any', [{ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 1 }]),
          // A channel-specific trigger that cannot match, then one that can: the bot still runs.
          bot('second-trigger', [
            { type: 'message', direction: 'incoming', channelIds: ['ch-tg'], cooldownMinutes: 1 },
            { type: 'message', direction: 'incoming', channelIds: ['ch-wa'], cooldownMinutes: 1 },
          ]),
          bot('wa-only', [{ type: 'message', direction: 'incoming', channelIds: ['ch-wa'], cooldownMinutes: 1 }]),
        ],
        events: [
          { at: at(0), type: 'message', direction: 'incoming', channelId: 'ch-wa', leadId: 'l1' },
          { at: at(1), type: 'message', direction: 'incoming', channelId: 'ch-tg', leadId: 'l1' },
          { at: at(2), type: 'message', direction: 'incoming', channelId: 'ch-new', leadId: 'l1' }, // not in the account
        ],
      }),
    );
    expect(result.activations.map((a) => [a.at, a.botId, a.trigger])).toEqual([
      [at(0), 'any', 0],
      [at(0), 'second-trigger', 1],
      [at(0), 'wa-only', 0],
      [at(1), 'tg-only', 0],
      [at(1), 'any', 0],
      [at(1), 'second-trigger', 0],
      [at(2), 'any', 0],
    ]);
  });

  it('reports the first matching trigger of a bot, whichever stage the lead moves to', () => {
    const result = simulate(
      scenario({
        leads: [lead('l1'), lead('l2')],
        bots: [
          bot('won-or-qualified', [
            { type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 0 },
            { type: 'lead_moved_to_stage', stageIds: ['s-qualified', 's-won'], delayMinutes: 0 },
          ]),
          bot('discussions', [{ type: 'lead_moved_to_stage', stageIds: ['s-discussions'], delayMinutes: 0 }]),
        ],
        events: [
          { at: at(0), type: 'lead_moved', leadId: 'l1', toStageId: 's-qualified' },
          { at: at(1), type: 'lead_moved', leadId: 'l2', toStageId: 's-won' },
          { at: at(2), type: 'lead_moved', leadId: 'l1', toStageId: 's-discussions' },
        ],
      }),
    );
    expect(result.activations.map((a) => [a.leadId, a.botId, a.trigger])).toEqual([
      ['l1', 'won-or-qualified', 1],
      ['l2', 'won-or-qualified', 0],
      ['l1', 'discussions', 0],
    ]);
  });
});
