import type { Account, Bot, Expectations, Lead, SimEvent, SimResult, Validated } from '../../../domain';

/** The panel's props: structurally the trigger-setup dialog's DraftContext (features never import each other). */
export type SimulatorProps = {
  account: Account;
  /** The current form value, maybe invalid. */
  draft: unknown;
  validation: Validated<Bot>;
  saved: Bot | null;
  applyBot(bot: Bot): void;
  /** Whether the admin has changed the draft's triggers, conditions, hours, toggle or on/off from the saved bot's (or a new bot's defaults). */
  behaviourChanged?: boolean;
  /**
   * The account's saved bots, as the host's bots query has them, for "Include the account's other
   * bots". Without it (a host that has no list) the panel does not offer them.
   */
  accountBots?: AccountBotsList;
};

/** The account's saved bots as the host has loaded them: `bots` once read (also while a later fetch fails or runs). */
export type AccountBotsList =
  | { status: 'loading'; bots?: undefined; retry(): void }
  | { status: 'failed'; bots?: undefined; retry(): void }
  | { status: 'ready'; bots: readonly Bot[]; retry(): void };

/** Events and leads held only by the worker (generated traffic or a large import): counted here, not copied. */
export type BulkInfo = {
  label: string;
  events: number;
  leads: number;
  /** Where it came from, for how to get it back once the worker lost it. */
  from?: 'generated' | 'file';
};

/** What the simulator replays the draft against; the draft bot itself comes from the props. */
export type Workbench = {
  name: string;
  description?: string;
  leads: Lead[];
  events: SimEvent[];
  start?: string;
  until?: string;
  expect?: Expectations;
  /** The id the expectations use for the bot under edit (a sample's or a file's bot id). */
  mainBotRef: string | null;
  /** Other bots of an imported file or of a load demo, simulated beside the draft. */
  otherBots: Bot[];
  bulk: BulkInfo | null;
  /** "Include the account's other bots": the account's saved bots run beside the draft (absent: off). */
  includeAccountBots?: boolean;
};

export const EMPTY_WORKBENCH: Workbench = {
  name: 'My scenario',
  leads: [],
  events: [],
  mainBotRef: null,
  otherBots: [],
  bulk: null,
};

/** One finished run as the panel shows it. */
export type RunOutcome = {
  runId: number;
  botId: string;
  result: SimResult;
  /** The same events against the saved version, when it exists and differs. */
  savedResult: SimResult | null;
  engineMs: number;
  eventCount: number;
};
