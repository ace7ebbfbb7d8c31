import { describe, expect, it } from 'vitest';
import { validateScenario, type Bot } from '../../../domain';
import account from '../../../../mocks/fixtures/demo-account.json';
import { accountBotsBeside } from './account-bots';
import { DRAFT_ID } from './build-scenario';

const acc = validateScenario({ name: 'x', account, bots: [], events: [] });
if (!acc.ok) throw new Error('demo account invalid');
const ACCOUNT = acc.value.account;

const bot = (id: string, over: Partial<Bot> = {}): Bot => ({
  id,
  name: `Bot ${id}`,
  version: 1,
  enabled: true,
  triggers: [{ type: 'message', direction: 'incoming', channelIds: ['ch-wa'], cooldownMinutes: 10 }],
  conditions: [],
  activeHours: null,
  keepUnanswered: false,
  ...over,
});

describe("the account's other bots beside the draft", () => {
  it('are all the saved bots but the one being edited, whose draft stands for it', () => {
    const r = accountBotsBeside([bot('a'), bot('edited'), bot('b')], ACCOUNT, 'edited', []);
    expect(r.bots.map((b) => b.id)).toEqual(['a', 'b']);
    expect(r).toMatchObject({ off: 0, leftOut: [], shadowed: 0 });
  });

  it('are all the saved bots for a new bot, never one under the draft id', () => {
    expect(accountBotsBeside([bot('a'), bot(DRAFT_ID)], ACCOUNT, null, []).bots.map((b) => b.id)).toEqual(['a']);
  });

  it('include the bots turned off, counted: the engine never starts them (R18)', () => {
    const r = accountBotsBeside([bot('a', { enabled: false }), bot('b')], ACCOUNT, null, []);
    expect(r.bots.map((b) => b.id)).toEqual(['a', 'b']);
    expect(r.off).toBe(1);
  });

  it('include a bot the plan now refuses (R8 skips it with reason "plan"), and leave out one naming what the account lacks', () => {
    const tagBot = bot('vip', { triggers: [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }] });
    const ghost = bot('ghost', { name: 'Ghost', triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-gone'], delayMinutes: 0 }] });
    const r = accountBotsBeside([tagBot, ghost], { ...ACCOUNT, plan: 'advanced' }, null, []);
    expect(r.bots.map((b) => b.id)).toEqual(['vip']);
    expect(r.leftOut).toEqual([{ name: 'Ghost', problem: expect.stringMatching(/^Trigger 1: /) as unknown as string }]);
  });

  it("give way to a scenario's bot of the same id (an imported file's copy), counted", () => {
    const r = accountBotsBeside([bot('a'), bot('b')], ACCOUNT, null, [bot('a', { name: 'Copy in the file' })]);
    expect(r.bots.map((b) => b.id)).toEqual(['b']);
    expect(r.shadowed).toBe(1);
  });
});
