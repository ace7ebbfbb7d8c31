import { describe, expect, it } from 'vitest';
import type { Trigger } from '../../domain';
import { simulate } from '../../engine';
import { findShadowedTriggers } from './shadowed-triggers';
import { account } from './test/account';

const created = (stageIds: string[], delayMinutes = 0, applyToExisting?: boolean): Trigger => ({
  type: 'lead_created_in_stage',
  stageIds,
  delayMinutes,
  ...(applyToExisting ? { applyToExisting } : {}),
});
const moved = (stageIds: string[], delayMinutes = 0, applyToExisting?: boolean): Trigger => ({
  type: 'lead_moved_to_stage',
  stageIds,
  delayMinutes,
  ...(applyToExisting ? { applyToExisting } : {}),
});
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
        // Each winner with another delay says what the admin gets instead.
        message:
          'Trigger 3 never starts this bot: triggers 1 and 2 match the same leads first; leads created in Won start it after one day, not after 5 min (trigger 1); leads moved to Won start it immediately, not after 5 min (trigger 2).',
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
      // Moves are taken at the same delay (nothing changes); only the new leads wait.
      { path: 'triggers.2', message: 'Trigger 3 does not start this bot for leads created in Won: trigger 2 matches them first, so the bot starts after 10 min, not immediately.' },
    ]);
  });

  it('the runs for leads already in a stage (R8a) go to the first trigger that applies to them, as events do', () => {
    // The later one still runs for those leads: not "never".
    expect(say(either(['s-won']), either(['s-won'], 0, true))).toEqual([]);
    expect(say(either(['s-won'], 30), either(['s-won'], 0, true))).toEqual([
      {
        path: 'triggers.1',
        message: 'Trigger 2 does not start this bot for leads moved to or created in Won: trigger 1 matches them first, so the bot starts after 30 min, not immediately.',
      },
    ]);
    // Both apply to leads already there: the earlier takes those too.
    expect(say(moved(['s-qualified'], 10, true), moved(['s-qualified'], 0, true))).toEqual([
      {
        path: 'triggers.1',
        message: 'Trigger 2 never starts this bot: trigger 1 matches the same leads first, so the bot starts after 10 min, not immediately.',
      },
    ]);
    expect(say(created(['s-qualified'], 10, true), moved(['s-qualified'], 0, true))).toEqual([
      {
        path: 'triggers.1',
        message: 'Trigger 2 does not start this bot for leads already in Qualified when the bot starts: trigger 1 matches them first, so the bot starts after 10 min, not immediately.',
      },
    ]);
  });

  it('names only the leads whose start changes, for each earlier trigger', () => {
    expect(say(created(['s-qualified']), moved(['s-won'], 10), either(['s-qualified', 's-won']))).toEqual([
      { path: 'triggers.2', message: 'Trigger 3 does not start this bot for leads moved to Won: trigger 2 matches them first, so the bot starts after 10 min, not immediately.' },
    ]);
    expect(say(created(['s-qualified'], 5), moved(['s-won'], 10), either(['s-qualified', 's-won']))).toEqual([
      {
        path: 'triggers.2',
        message:
          'Trigger 3 does not start this bot for some leads: leads created in Qualified start it after 5 min, not immediately (trigger 1 matches them first); leads moved to Won start it after 10 min, not immediately (trigger 2 matches them first).',
      },
    ]);
  });

  it('reads a draft as typed: no stages, a delay to fix or a half-made trigger are passed over', () => {
    expect(say(moved([]), moved([]))).toEqual([]);
    expect(findShadowedTriggers([either(['s-won'], Number.NaN), either(['s-won']), null, { type: 'lead_moved_to_stage' }], account)).toEqual([]);
  });

  it('agrees with the engine: the later trigger of the warning is not the one reported', () => {
    const run = (triggers: Trigger[], leads: unknown[], events: unknown[]) =>
      simulate({
        account,
        bots: [{ id: 'b', name: 'B', enabled: true, version: 1, triggers, conditions: [], activeHours: null, keepUnanswered: false }],
        leads,
        start: '2026-06-01T09:00:00Z',
        until: '2026-06-01T12:00:00Z',
        events,
      } as never).activations.map((a) => [a.at, a.trigger]);
    const created10 = [created(['s-qualified'], 10), either(['s-qualified'])];
    expect(run(created10, [], [{ type: 'lead_created', at: '2026-06-01T10:00:00Z', lead: { id: 'l1', stageId: 's-qualified' } }])).toEqual([['2026-06-01T10:10:00Z', 0]]);
    // R8a: a lead already in Qualified at the start, both triggers applying to such leads.
    const lead = { id: 'l0', pipelineId: 'p-sales', stageId: 's-qualified', responsibleUserId: 'u-ana', price: 0 };
    expect(run([moved(['s-qualified'], 10, true), moved(['s-qualified'], 0, true)], [lead], [])).toEqual([['2026-06-01T09:10:00Z', 0]]);
  });
});
