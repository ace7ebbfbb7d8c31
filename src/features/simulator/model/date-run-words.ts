// When a "relative to a date field" run (R10) was due, and why it ran when it did: the selected
// row's details. The table says only "Planned from its date field"; an admin whose reminder "2 hours
// before Meeting Time" ran at 13:30 for a 15:00 meeting was not told it ran late (the simulation
// started at 13:30, or the field was set then). Worked out for the selected row only, from the lead
// as the engine read it at the run (the inspection): a run's field value is the one that planned it,
// since a change of the field re-plans (R10).
import type { Account, Lead, Trigger } from '../../../domain';
import { dateFieldInstant, formatLocal } from '../../../engine/time';
import { durationWords, hoursWords } from '../../../lib/duration-words';
import { describeTrigger, type Names } from './describe';
import { laterWords } from './echo-words';

const HOUR_MS = 3_600_000;
const BARE_DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

export type DateRunFacts = {
  trigger: Trigger | undefined;
  /** The run's instant. */
  runMs: number;
  /** The lead as the engine read it at the run (Inspection.lead). */
  lead: Lead | null;
  /** The event applied just before the run at the run's instant (Inspection.eventIndex); null: none then. */
  eventIndex: number | null;
  account: Pick<Account, 'fields' | 'timezone'>;
  names: Names;
};

/** "Mon 1 Jun 2026, 13:00 EDT" split into its day and its time with zone. */
function parts(ms: number, tz: string): { day: string; time: string; zone: string } {
  const text = formatLocal(ms, tz, true);
  const comma = text.indexOf(', ');
  const rest = text.slice(comma + 2);
  const space = rest.indexOf(' ');
  return { day: text.slice(0, comma), time: rest.slice(0, space), zone: rest.slice(space + 1) };
}

/**
 * An instant near the run, as short as it stays clear beside the details' heading ("Ran · Mon 1 Jun
 * 2026, 13:30 EDT"): the time alone on the run's day and clock ("13:00"), in full on another day.
 * Its zone is named when the clocks changed between it and the run or the field's time (`alsoMs`):
 * "Due 00:00 EST, 2 hours before Meeting Time (Sun 8 Mar 2026, 03:00 EDT)" reads as 2 hours.
 */
function nearRun(ms: number, runMs: number, tz: string, alsoMs: number = runMs): string {
  const at = parts(ms, tz);
  const run = parts(runMs, tz);
  if (at.day !== run.day) return `${at.day}, ${at.time} ${at.zone}`;
  return at.zone === run.zone && at.zone === parts(alsoMs, tz).zone ? at.time : `${at.time} ${at.zone}`;
}

/**
 * For a run of a relative_to_date_field trigger that no event caused (SPEC §7 cause null): "Due
 * 13:00, 2 hours before Meeting Time (Mon 1 Jun 2026, 15:00 EDT)", and for a late one, when and
 * why it was planned and how late, against the rule the engine's window_passed sentence states
 * ("…; planned at 13:30, when the simulation started, 30 min late: a late run is made up to half of
 * 2 h (1 h) late"). Null for other triggers, a lead without a date there, or a run it cannot explain.
 */
export function dateRunWords({ trigger, runMs, lead, eventIndex, account, names }: DateRunFacts): string | null {
  if (trigger?.type !== 'relative_to_date_field' || !lead) return null;
  const tz = account.timezone;
  const value = lead.fields?.[trigger.fieldId] ?? null;
  const type = account.fields.find((f) => f.id === trigger.fieldId)?.type === 'date' ? 'date' : 'datetime';
  const instant = dateFieldInstant(value, type, tz);
  if (instant === null) return null;
  const due = instant + (trigger.direction === 'after' ? 1 : -1) * trigger.hours * HOUR_MS;
  const lateness = runMs - due;
  // A run before its due instant, or later than R10 allows, is not one this lead's value planned.
  if (lateness < 0 || lateness * 2 > trigger.hours * HOUR_MS) return null;
  const field = names.field(trigger.fieldId);
  // A bare date counts from 00:00 local (R10): said, since the field shows no time.
  const read = parts(instant, tz);
  const valueText = typeof value === 'string' && BARE_DATE_RE.test(value.trim()) ? `${read.day}, a date, read as ${read.time} ${read.zone}` : formatLocal(instant, tz, true);
  const dueText = `Due ${nearRun(due, runMs, tz, instant)}, ${describeTrigger(trigger, names)} (${valueText})`;
  if (lateness === 0) return `${dueText}.`;
  // Late: a plan made after its due instant runs at once, at the planning instant (R10).
  const why = eventIndex === null ? 'when the simulation started' : `when event ${eventIndex + 1} set ${field}`;
  const window = hoursWords(trigger.hours); // as the trigger says it, and the engine's window_passed sentence
  return `${dueText}; planned at ${nearRun(runMs, runMs, tz)}, ${why}, ${laterWords(lateness)} late: a late run is made up to half of ${window} (${durationWords(trigger.hours * 30)}) late.`;
}
