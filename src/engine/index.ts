// The engine's public surface: a pure simulate() and the helpers the simulator panel needs.
export { simulate, simulateLog, prepareEvents, resultMoment, eventEcho } from './simulate';
export type { BotEcho, EchoOutcome, EchoSilence, EventEcho, MissPart } from './echo';
export type { PreparedEvents } from './simulate';
export { prepareAppended } from './prepared-append';
export { toSimResult, activationOf, instantOf, ResultInstants } from './result-log';
export type { AfterEnd, ResultLog, ResultView, RunColumns, RunView, SkipColumns, SkipView } from './result-log';
export { evaluateConditions } from './conditions';
export type { ConditionCheck } from './conditions';
export { normalizeUrl } from './url';
export { mulberry32 } from './prng';
export {
  parseInstant,
  tryParseInstant,
  formatInstant,
  formatLocal,
  toLocal,
  fromLocal,
  occurrences,
  nextOccurrences,
  compileActiveHours,
  dateFieldInstant,
} from './time';
export type { LocalTime, ScheduleTrigger, CompiledActiveHours } from './time';
