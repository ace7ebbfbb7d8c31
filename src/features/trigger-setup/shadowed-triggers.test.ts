import { describe, expect, it } from 'vitest';
import type { Trigger } from '../../domain';
import { simulate } from '../../engine';
import { findShadowedTriggers } from './shadowed-triggers';
import { account } from './test/account';

const created = (stageIds: string[], delayMinutes = 0): Trigger => ({ type: 'lead_created_in_stage', stageIds, delayMinutes });
const moved = (stageIds: string[], delayMinutes = 0): Trigger => ({ type: 'lead_moved_to_stage', stageIds, delayMinutes });
const either = (stageIds: string[], delayMinutes = 0, applyToExisting?: boolean): Trigger => ({
  type: 'lead_moved_or_created_in_stage',
  stageIds,
  delayMinutes,
  ...(applyToExisting ? { applyToExisting } : {}),
});
const say = (...triggers: Trigger[]) => findShadowedTriggers(triggers, account);

describe('findShadowedTriggers (SPEC R18: the first matching trigger runs)', () => {
  it('a "now" trigger behind a delayed one: the bot waits, and says so at the later trigger', () => {
    expect(say(created(['s-qualified'], 10), either(['s-qualified']))).toEqual([
      {
        path: 'triggers.1',
        message: 'Trigger 2 does not start this bot for leads created in Qualified: trigger 1 matches them first, so the bot starts after 10 min, not immediately.',
      },
    ]);
  });

  it('a trigger every lead of which an earlier one takes never starts the bot, whatever the delays', () => {
    expect(say(either(['s-won', 's-lost']), moved(['s-won']))).toEqual([
      { path: 'triggers.1', message: 'Trigger 2 never starts this bot: trigger 1 matches the same leads first.' },
    ]);
    expect(say(created(['s-won'], 1440), moved(['s-won'], 0), either(['s-won'], 5))).toEqual([
      {
        path: 'triggers.2',
        message: 'Trigger 3 never starts this bot: triggers 1 and 2 match the same leads first.',
      },
    ]);
    expect(say(either(['s-won'], 60), either(['s-won']))[0]!.message).toBe(
      'Trigger 2 never starts this bot: trigger 1 matches the same leads first, so the bot starts after 1 h, not immediately.',
    );
  });

  it('says nothing where the triggers do not meet, or where an earlier one takes some leads at the same time', () => {
    expect(say(created(['s-won']), moved(['s-won']))).toEqual([]); // created vs moved: never the same event
    expect(say(either(['s-won'], 10), either(['s-lost']))).toEqual([]); // other stages
    expect(say(created(['s-won'], 10), either(['s-won'], 10))).toEqual([]); // moves still its own; same timing
    expect(say(moved(['s-won']), created(['s-won'], 10), either(['s-won', 's-lost']))).toEqual([
      { path: 'triggers.2', message: 'Trigger 3 does not start this bot for leads moved to or created in Won: triggers 1 and 2 match them first.' },
    ]);
  });

  it('one that also applies to leads already in its stages (R8a) is not said never to start the bot', () => {
    expect(say(either(['s-won']), either(['s-won'], 0, true))).toEqual([]);
    expect(say(either(['s-won'], 30), either(['s-won'], 0, true))).toEqual([
      {
        path: 'triggers.1',
        message: 'Trigger 2 does not start this bot for leads moved to or created in Won: trigger 1 matches them first, so the bot starts after 30 min, not immediately.',
      },
    ]);
  });

  it('reads a draft as typed: no stages, a delay to fix or a half-made trigger are passed over', () => {
    expect(say(moved([]), moved([]))).toEqual([]);
    expect(findShadowedTriggers([either(['s-won'], Number.NaN), either(['s-won']), null, { type: 'lead_moved_to_stage' }], account)).toEqual([]);
  });

  it('agrees with the engine: the later trigger of the warning is not the one reported', () => {
    const triggers = [created(['s-qualified'], 10), either(['s-qualified'])];
    const r = simulate({
      account,
      bots: [{ id: 'b', name: 'B', enabled: true, version: 1, triggers, conditions: [], activeHours: null, keepUnanswered: false }],
      leads: [],
      start: '2026-06-01T09:00:00Z',
      until: '2026-06-01T12:00:00Z',
      events: [{ type: 'lead_created', at: '2026-06-01T10:00:00Z', lead: { id: 'l1', stageId: 's-qualified' } }],
    } as never);
    expect(r.activations.map((a) => [a.at, a.trigger])).toEqual([['2026-06-01T10:10:00Z', 0]]);
  });
});
