// The engine's time module: zones, instants, schedules and active hours. Pure: no Date.now, no host
// time zone (every conversion names its IANA zone), no dayjs.
export { parseInstant, tryParseInstant, formatInstant, dateFieldInstant } from './instant';
export { toLocal, fromLocal, localDayNumber, utcOffsetAt, wallTimeInstants } from './local';
export type { LocalTime } from './local';
export { occurrences, nextOccurrences } from './schedule';
export type { ScheduleTrigger } from './schedule';
export { compileActiveHours } from './active-hours';
export type { CompiledActiveHours } from './active-hours';
export { formatLocal, formatLocalDate, formatOffset, zoneLabel } from './format';
export { civilFromDays, pad2 } from './civil';
