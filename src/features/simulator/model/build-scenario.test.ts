import { describe, expect, it } from 'vitest';
import { validateBot, validateScenario, type Bot } from '../../../domain';
import account from '../../../../mocks/fixtures/demo-account.json';
import { SAMPLES, loadSample } from '../samples';
import { baseScenario, behaviourDiffers, DRAFT_ID, exportScenario, retargetExpectations, scenarioFor, simulatedBot, simulationValidation, UNNAMED_BOT, workbenchFromScenario } from './build-scenario';
import { EMPTY_WORKBENCH } from './types';

const acc = validateScenario({ name: 'x', account, bots: [], events: [] });
if (!acc.ok) throw new Error('demo account invalid');
const ACCOUNT = acc.value.account;

const bot = (over: Partial<Bot> = {}): Bot => ({
  id: 'b1',
  name: 'Follow-up',
  version: 3,
  enabled: true,
  triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 10 }],
  conditions: [],
  activeHours: null,
  keepUnanswered: false,
  ...over,
});

describe('the simulated bot', () => {
  it('is the draft under the saved id when a saved version exists', () => {
    expect(simulatedBot(validateBot(bot({ id: 'whatever' }), ACCOUNT), bot({ id: 'bot-7' }))?.id).toBe('bot-7');
  });
  it('is called "draft" before the first save', () => {
    expect(simulatedBot(validateBot(bot(), ACCOUNT), null)?.id).toBe(DRAFT_ID);
  });
  it('does not exist while the draft is invalid', () => {
    expect(simulatedBot(validateBot(bot({ conditions: [{ type: 'tags', mode: 'and', tagIds: [] }] }), ACCOUNT), null)).toBeNull();
  });
});

describe('a new bot without a name yet', () => {
  const check = (draft: Bot) => simulationValidation(draft, validateBot(draft, ACCOUNT), ACCOUNT);
  it('is simulated under a stand-in name, since a name changes no timing', () => {
    const r = check(bot({ name: '' }));
    expect(r.ok && r.value.name).toBe(UNNAMED_BOT);
    expect(r.ok && r.value.triggers).toEqual(bot().triggers);
  });
  it('is still refused when anything else is wrong, and lists only what stops the replay', () => {
    const r = check(bot({ name: '', conditions: [{ type: 'tags', mode: 'and', tagIds: [] }] }));
    expect(r.ok ? [] : r.errors.map((e) => e.path)).toEqual(['conditions.0.tagIds']);
  });
  it('keeps a valid draft as it is', () => {
    const draft = bot();
    expect(check(draft)).toEqual({ ok: true, value: draft });
  });
});

describe('draft versus saved', () => {
  it('differs when a delay changes', () => {
    expect(behaviourDiffers(bot(), bot({ triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 20 }] }))).toBe(true);
  });
  it('does not differ on a new name or version alone', () => {
    expect(behaviourDiffers(bot(), bot({ name: 'Renamed', version: 9 }))).toBe(false);
  });
});

describe('scenario building', () => {
  it('puts the bot under edit first and lets it replace another bot with its id', () => {
    const wb = { ...EMPTY_WORKBENCH, otherBots: [bot({ id: 'b1', name: 'old copy' }), bot({ id: 'b2' })] };
    const s = scenarioFor(baseScenario(ACCOUNT, wb), bot({ id: 'b1' }));
    expect(s.bots.map((b) => [b.id, b.name])).toEqual([
      ['b1', 'Follow-up'],
      ['b2', 'Follow-up'],
    ]);
  });

  it("runs the account's other bots after the scenario's, but never over the bot under edit or a scenario's bot of the same id", () => {
    const wb = { ...EMPTY_WORKBENCH, otherBots: [bot({ id: 'b2', name: 'file copy' })] };
    const saved = [bot({ id: 'b1', name: 'saved b1' }), bot({ id: 'b2', name: 'saved b2' }), bot({ id: 'b3', name: 'saved b3' })];
    const s = scenarioFor(baseScenario(ACCOUNT, wb, saved), bot({ id: 'b1' }));
    expect(s.bots.map((b) => b.name)).toEqual(['Follow-up', 'file copy', 'saved b3']);
    expect(validateScenario(s).ok).toBe(true);
    // Without them the base is as it was.
    expect(baseScenario(ACCOUNT, wb)).not.toHaveProperty('accountBots');
  });

  it("exports the account's other bots that ran, but not one the plan refuses (the file could not be read back)", () => {
    const tagBot = bot({ id: 'vip', triggers: [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }] });
    const advanced = { ...ACCOUNT, plan: 'advanced' as const };
    const file = exportScenario(EMPTY_WORKBENCH, advanced, bot({ id: DRAFT_ID }), [bot({ id: 'b3' }), tagBot]);
    expect(file.bots.map((b) => b.id)).toEqual([DRAFT_ID, 'b3']);
    expect(validateScenario(JSON.parse(JSON.stringify(file))).ok).toBe(true);
  });

  it('rewrites expectations written for a sample bot to the simulated id', () => {
    const e = retargetExpectations({ activations: [{ botId: 'welcome', at: '2026-06-01T14:00:00Z' }], skipped: [{ botId: 'other', reason: 'plan' }] }, 'welcome', 'draft');
    expect(e).toEqual({ activations: [{ botId: 'draft', at: '2026-06-01T14:00:00Z' }], skipped: [{ botId: 'other', reason: 'plan' }] });
  });

  it('exports a file that validates, with the draft bot and its expectations', () => {
    const sample = loadSample(SAMPLES.find((s) => s.id === 'qualified-follow-up')!);
    if (!sample.ok) throw new Error('sample');
    const { workbench } = workbenchFromScenario(sample.value, null);
    const draft = bot({ id: DRAFT_ID });
    const file = exportScenario(workbench, ACCOUNT, draft);
    expect(validateScenario(JSON.parse(JSON.stringify(file))).ok).toBe(true);
    expect(file.bots[0]).toEqual(draft);
    expect(file.expect?.activations?.every((a) => a.botId === DRAFT_ID)).toBe(true);
  });

  it('applies the bot with the saved id from an imported file, else the first', () => {
    const s = { name: 'two', account: ACCOUNT, bots: [bot({ id: 'a' }), bot({ id: 'b', name: 'B' })], events: [] };
    expect(workbenchFromScenario(s, 'b').apply?.id).toBe('b');
    expect(workbenchFromScenario(s, 'b').workbench.otherBots.map((x) => x.id)).toEqual(['a']);
    expect(workbenchFromScenario(s, null).apply?.id).toBe('a');
  });
});
