// From the panel's state (draft, saved version, workbench) to the scenarios the engine replays.
import { behaviourOf, validateBot, type Account, type Bot, type Expectations, type Scenario, type Validated } from '../../../domain';
import type { Workbench } from './types';

/** Id of the bot under edit before it has ever been saved. */
export const DRAFT_ID = 'draft';

/** Stands in for a name not typed yet: a name changes nothing about when a bot runs. */
export const UNNAMED_BOT = 'Unnamed bot';

/**
 * The validation the simulator goes by: the editor's, except that a missing or too long name does
 * not stop a replay (an admin tries a new bot's timing before naming it). Save still refuses it.
 * When something else does stop it, only those errors are listed: the name is not among the reasons.
 */
export function simulationValidation(draft: unknown, validation: Validated<Bot>, account: Account): Validated<Bot> {
  if (validation.ok) return validation;
  const blocking = validation.errors.filter((e) => e.path !== 'name');
  if (blocking.length > 0) return blocking.length === validation.errors.length ? validation : { ok: false, errors: blocking };
  if (!draft || typeof draft !== 'object') return validation;
  return validateBot({ ...draft, name: UNNAMED_BOT }, account);
}

/** The bot that is simulated: the valid draft, under the saved id (or "draft"); null when the draft is invalid. */
export function simulatedBot(validation: Validated<Bot>, saved: Bot | null): Bot | null {
  if (!validation.ok) return null;
  return { ...validation.value, id: saved?.id ?? DRAFT_ID };
}

const behaviour = (bot: Bot): string => JSON.stringify(behaviourOf(bot));

/** True when the saved version would run differently from the draft. */
export function behaviourDiffers(draft: Bot, saved: Bot): boolean {
  return behaviour(draft) !== behaviour(saved);
}

/** The part of the scenario shared by every run: all but the bot under edit. */
export type BaseScenario = Omit<Scenario, 'bots' | 'expect' | 'name' | 'description'> & {
  otherBots: Bot[];
  /**
   * The account's other saved bots, when the admin includes them ("Include the account's other
   * bots"): replayed after the scenario's own bots. Checked by the panel (`accountBotsBeside`), not
   * as the scenario's bots are: one saved before a downgrade of the plan runs, and the engine skips
   * what the plan stops (R8). Runs of theirs are not held against the scenario's expectations.
   */
  accountBots?: Bot[];
  /** Whether the events and leads held by the worker (generated or imported in bulk) belong to it. */
  withBulk: boolean;
};

export function baseScenario(account: Account, wb: Workbench, accountBots: readonly Bot[] = []): BaseScenario {
  return {
    account,
    leads: wb.leads,
    events: wb.events,
    ...(wb.start ? { start: wb.start } : {}),
    ...(wb.until ? { until: wb.until } : {}),
    otherBots: wb.otherBots.filter((b) => b.id !== DRAFT_ID),
    ...(accountBots.length ? { accountBots: [...accountBots] } : {}),
    withBulk: wb.bulk !== null,
  };
}

/**
 * The account's bots that run in a scenario for `bot`: not the bot under edit (the draft replaces
 * its saved version) nor one whose id a bot of the scenario has (the scenario's copy runs).
 */
export function accountBotsFor(base: Pick<BaseScenario, 'otherBots' | 'accountBots'>, botId: string): Bot[] {
  if (!base.accountBots?.length) return [];
  const taken = new Set(base.otherBots.map((b) => b.id)).add(botId);
  return base.accountBots.filter((b) => !taken.has(b.id));
}

/** A full scenario for one bot under edit; other bots with the same id give way to it. */
export function scenarioFor(base: BaseScenario, bot: Bot, name = 'Simulation'): Scenario {
  const { otherBots, accountBots: _accountBots, withBulk: _withBulk, ...rest } = base;
  return { name, ...rest, bots: [bot, ...otherBots.filter((b) => b.id !== bot.id), ...accountBotsFor(base, bot.id)] };
}

/** Expectations written for `from` (a sample's bot id) rewritten for the bot simulated as `to`. */
export function retargetExpectations(expect: Expectations | undefined, from: string | null, to: string): Expectations | undefined {
  if (!expect || from === null || from === to) return expect;
  const swap = <T extends { botId: string }>(x: T): T => (x.botId === from ? { ...x, botId: to } : x);
  return {
    ...(expect.activations ? { activations: expect.activations.map(swap) } : {}),
    ...(expect.skipped ? { skipped: expect.skipped.map(swap) } : {}),
  };
}

/**
 * The scenario file the panel exports: SPEC §8, with the draft bot first and the expectations, and
 * the account's other bots when they are included (`accountBots`), so that the file replays as the
 * panel did. Not those the account's plan refuses (V5): a file holding them could not be read back.
 */
export function exportScenario(wb: Workbench, account: Account, bot: Bot | null, accountBots: readonly Bot[] = []): Scenario {
  const own = bot ? [bot, ...wb.otherBots.filter((b) => b.id !== bot.id)] : wb.otherBots;
  const taken = new Set(own.map((b) => b.id));
  const bots = [...own, ...accountBots.filter((b) => !taken.has(b.id) && validateBot(b, account).ok)];
  const expect = bot ? retargetExpectations(wb.expect, wb.mainBotRef, bot.id) : wb.expect;
  return {
    name: wb.name,
    ...(wb.description ? { description: wb.description } : {}),
    account,
    leads: wb.leads,
    bots,
    events: wb.events,
    ...(wb.start ? { start: wb.start } : {}),
    ...(wb.until ? { until: wb.until } : {}),
    ...(expect ? { expect } : {}),
  };
}

/**
 * A loaded scenario (sample or file) as a workbench plus the bot to apply to the draft:
 * the first bot, or the one with the saved bot's id when the file has it.
 */
export function workbenchFromScenario(s: Scenario, savedId: string | null): { workbench: Workbench; apply: Bot | null } {
  const apply = s.bots.find((b) => b.id === savedId) ?? s.bots[0] ?? null;
  return { apply, workbench: workbenchOf(s, apply?.id ?? null, s.bots.filter((b) => b !== apply)) };
}

/** A validated scenario's parts as a workbench (no bulk traffic): `otherBots` beside the simulated one. */
export function workbenchOf(s: Scenario, mainBotRef: string | null, otherBots: Bot[]): Workbench {
  return {
    name: s.name,
    ...(s.description ? { description: s.description } : {}),
    leads: s.leads ?? [],
    events: s.events,
    ...(s.start ? { start: s.start } : {}),
    ...(s.until ? { until: s.until } : {}),
    ...(s.expect ? { expect: s.expect } : {}),
    mainBotRef,
    otherBots,
    bulk: null,
  };
}
