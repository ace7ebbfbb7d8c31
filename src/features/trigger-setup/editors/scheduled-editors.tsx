import { useId, useRef } from 'react';
import type { ControlProps } from '../../../components/ui';
import { Field, IdSelect, TimeOfDayInput } from '../../../components/ui';
import { durationWords } from '../../../lib/duration-words';
import { holdsUnreadableDate } from '../../../lib/unreadable-date';
import { messagesFor } from '../lib/errors';
import { atProblem, UNREADABLE_DAY } from '../lib/problem-words';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../lib/words';
import { leadDateFields } from '../trigger-registry';
import type { EditorProps } from './editor-props';
import { PathPart } from './path-part';
import { NextRuns } from './next-runs';
import { assertNever, isClock, joinLocalDateTime, MAX_RELATIVE_HOURS, RECURRING_EVERY, splitLocalDateTime, type Account, type TriggerOf } from '../../../domain';

const numberOrNaN = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));

/**
 * Scheduled triggers start the bot for many leads at once: "Daily at 10:00" with no conditions
 * messages every lead each day (SPEC R10, R11), and nothing said so. Always shown, and read with
 * the trigger's main control (not a live region: it never changes while the admin works).
 */
/** "24 h before", "at", or (hours the box refuses: empty, 2.5, 800) "the hours chosen before". */
const hoursWords = (hours: number, direction: 'before' | 'after') =>
  !Number.isInteger(hours) || hours < 0 || hours > MAX_RELATIVE_HOURS ? `the hours chosen ${direction}` : hours === 0 ? 'at' : `${hours} h ${direction}`;

const EACH_LEAD = {
  once: 'Runs once for each lead that meets the conditions at that time: with no conditions, every lead.',
  repeated: 'Each time, runs once for each lead that meets the conditions then: with no conditions, every lead.',
  // Each lead at its own date ("at that lead’s own moment" read oddly): "3 h before that lead’s Renewal date".
  dateField: (field: string, hours: number, direction: 'before' | 'after') =>
    `Runs for each lead whose ${field} holds a date, ${hoursWords(hours, direction)} that lead’s own ${field}, when the lead meets the conditions then.`,
};

/** Which clock a schedule's times follow (SPEC §1): the active hours' zone where the bot gives one. */
const localTimeHint = (timezone: string, account: Account): string =>
  timezone === account.timezone ? `Local time in ${timezone}.` : `Local time in ${timezone}, the active hours’ time zone.`;

/** The control's own description, then the hint `hintId`. */
const describedAlso = (p: ControlProps, hintId: string): ControlProps => ({
  ...p,
  'aria-describedby': [p['aria-describedby'], hintId].filter(Boolean).join(' '),
});

export function RelativeDateEditor({ account, trigger, onChange, errors }: EditorProps<'relative_to_date_field'>) {
  const fields = leadDateFields(account);
  const field = fields.find((f) => f.id === trigger.fieldId);
  const eachLeadId = useId();
  return (
    <>
      <div className="ts-row-fields">
        <PathPart path="hours">
          <Field label="Hours" errors={messagesFor(errors, 'hours')} hint="0 to 720 hours.">
            {(p) => (
              <input
                {...p}
                type="number"
                min={0}
                max={720}
                step={1}
                className="ts-narrow"
                value={Number.isFinite(trigger.hours) ? trigger.hours : ''}
                onChange={(e) => onChange({ ...trigger, hours: numberOrNaN(e.currentTarget.value) })}
              />
            )}
          </Field>
        </PathPart>
        <PathPart path="direction">
          <Field label="Before or after" errors={messagesFor(errors, 'direction')}>
            {(p) => (
              <select {...p} value={trigger.direction} onChange={(e) => onChange({ ...trigger, direction: e.currentTarget.value as 'before' | 'after' })}>
                <option value="before">Before</option>
                <option value="after">After</option>
              </select>
            )}
          </Field>
        </PathPart>
        <PathPart path="fieldId">
          <Field label="Date field" errors={messagesFor(errors, 'fieldId')} hint="Date and date-time fields of leads.">
            {(p) => (
              <IdSelect control={describedAlso(p, eachLeadId)} options={fields} value={trigger.fieldId} placeholder="Choose a field" onChange={(fieldId) => onChange({ ...trigger, fieldId })} />
            )}
          </Field>
        </PathPart>
      </div>
      <p id={eachLeadId} className="ui-hint">
        {EACH_LEAD.dateField(field?.name ?? 'date field', trigger.hours, trigger.direction)}
      </p>
      <p className="ui-hint">{relativeDateRules(trigger, field, account.timezone)}</p>
    </>
  );
}

/** What the article's half-window rule (R10) and a date without a time mean for this trigger, in words. */
function relativeDateRules(trigger: TriggerOf<'relative_to_date_field'>, field: { name: string; type: string } | undefined, timezone: string): string {
  const { hours, direction } = trigger;
  const name = field?.name ?? 'the date';
  const dateOnly = field?.type === 'date' ? `${field.name} has no time: it counts from 00:00 of its day (${timezone}). ` : '';
  if (!Number.isInteger(hours) || hours < 0) return dateOnly.trim();
  const late =
    hours === 0
      ? `If ${name} has already passed when it is set (or when the lead is created), the bot is skipped.`
      : `If the moment (${durationWords(hours * 60)} ${direction} ${name}) has already passed when the date is set or the lead created, the bot still runs at once when it is at most ${durationWords(hours * 30)} late; later, it is skipped.`;
  return dateOnly + late;
}

/**
 * The problems of `at`, said at the box they are about: the time's at the time box, the rest at the
 * date, in the words the not-saved notice uses (lib/problem-words). The time box also says what is
 * wrong with a typed time while the date is missing, which the validator leaves for later.
 */
function onDateProblems(at: string, atErrors: readonly string[]): { date: string[]; time: string[] } {
  if (atErrors.length === 0) return { date: [], time: [] };
  const words = atErrors.map((message) => atProblem(at, message));
  const { date, time } = splitLocalDateTime(at);
  const timeProblem = time === '' ? ['Enter a time.'] : isClock(time) ? [] : ['Enter a time as HH:MM, from 00:00 to 23:59.'];
  if (date === '' || date === UNREADABLE_DAY) return { date: words, time: time === '' ? [] : timeProblem };
  return timeProblem.length ? { date: [], time: words } : { date: words, time: [] };
}

/** What the date box gives: its date, else UNREADABLE_DAY when it holds one the browser cannot read, else "". */
const dateOf = (input: HTMLInputElement): string => input.value || (holdsUnreadableDate(input) ? UNREADABLE_DAY : '');

export function OnDateEditor({ account, trigger, onChange, errors, now, timezone = account.timezone }: EditorProps<'on_date'>) {
  // A date that does not exist (31 February) or a part still missing makes the date picker report ""
  // just as an empty box does; only validity.badInput tells them apart. The draft then holds
  // UNREADABLE_DAY as its date, so that the notice says what the box says. Chromium sends no input
  // event while the value stays "" (typing into an empty box), so leaving the box checks it too.
  // The time is a 24-hour text box of its own: a date-time picker shows the browser's clock, 12-hour
  // in en-US, where "2200" typed became 02:20.
  const { date, time } = splitLocalDateTime(trigger.at);
  const problems = onDateProblems(trigger.at, messagesFor(errors, 'at'));
  const eachLeadId = useId();
  return (
    <>
      {/* One path for both boxes: its problem is at the box it is about (onDateProblems). */}
      <div className="ts-row-fields" data-path="at">
        <Field label="Date" errors={problems.date} hint={localTimeHint(timezone, account)}>
          {(p) => (
            <input
              {...describedAlso(p, eachLeadId)}
              type="date"
              value={date === UNREADABLE_DAY ? '' : date}
              onChange={(e) => onChange({ ...trigger, at: joinLocalDateTime(dateOf(e.currentTarget), time) })}
              onBlur={(e) => {
                const typed = dateOf(e.currentTarget);
                if (typed !== date) onChange({ ...trigger, at: joinLocalDateTime(typed, time) });
              }}
            />
          )}
        </Field>
        <Field label="Time" errors={problems.time} hint={`24-hour, HH:MM. ${localTimeHint(timezone, account)}`}>
          {(p) => <TimeOfDayInput {...p} className="ts-narrow" value={time} onChange={(next) => onChange({ ...trigger, at: joinLocalDateTime(date, next) })} />}
        </Field>
      </div>
      <p id={eachLeadId} className="ui-hint">
        {EACH_LEAD.once}
      </p>
      <NextRuns trigger={trigger} timezone={timezone} now={now} />
    </>
  );
}

type Every = (typeof RECURRING_EVERY)[number];
const EVERY_LABELS: Record<Every, string> = { day: 'Daily', week: 'Once a week', month: 'Once a month', year: 'Once a year' };

/** Keeps exactly the parts a repetition needs (V11), with sensible defaults. */
export function withEvery(t: TriggerOf<'recurring'>, every: Every): TriggerOf<'recurring'> {
  const base = { type: 'recurring' as const, every, time: t.time };
  switch (every) {
    case 'day':
      return base;
    case 'week':
      return { ...base, weekday: t.weekday ?? 1 };
    case 'month':
      return { ...base, dayOfMonth: t.dayOfMonth ?? 1 };
    case 'year':
      return { ...base, dayOfMonth: t.dayOfMonth ?? 1, month: t.month ?? 1 };
    default:
      return assertNever(every);
  }
}

/**
 * What a month day the calendar lacks does (SPEC R11), said only where it applies: a monthly day 29,
 * 30 or 31 (February has 28 days in most years, April 30), and a yearly 29 February.
 */
function monthDayHint({ every, dayOfMonth, month }: TriggerOf<'recurring'>): string | undefined {
  if (dayOfMonth === undefined || !Number.isInteger(dayOfMonth)) return undefined;
  if (every === 'month' && dayOfMonth >= 29) return `In months without a day ${dayOfMonth}, it runs on the month’s last day (28 February in most years).`;
  if (every === 'year' && month === 2 && dayOfMonth === 29) return '29 February runs on 28 February in other years.';
  return undefined;
}

type DateParts = Pick<TriggerOf<'recurring'>, 'weekday' | 'dayOfMonth' | 'month'>;


const MONTH_DAYS: readonly string[] = Array.from({ length: 31 }, (_, i) => String(i + 1));

/** A select of numbered choices (weekday 1–7, month 1–12, day 1–31), each shown by its name. */
function NumberedSelect({ names, value, onChange, ...control }: ControlProps & { names: readonly string[]; value: number | undefined; onChange(n: number): void }) {
  return (
    <select {...control} value={value ?? ''} onChange={(e) => onChange(Number(e.currentTarget.value))}>
      {names.map((name, i) => (
        <option key={name} value={i + 1}>
          {name}
        </option>
      ))}
    </select>
  );
}
export function RecurringEditor({ account, trigger, onChange, errors, now, timezone = account.timezone }: EditorProps<'recurring'>) {
  // The parts a repetition drops (the saved trigger holds only those its `every` needs), kept while
  // this row's editor is open: "Once a year" on 15 August, then "Daily", then "Once a year" again
  // comes back to 15 August rather than to 1 January.
  const dropped = useRef<DateParts>({});
  const changeEvery = (every: Every) => {
    const { weekday, dayOfMonth, month } = trigger;
    const kept = dropped.current;
    dropped.current = { weekday: weekday ?? kept.weekday, dayOfMonth: dayOfMonth ?? kept.dayOfMonth, month: month ?? kept.month };
    onChange(withEvery({ ...trigger, ...dropped.current }, every));
  };
  const eachLeadId = useId();
  return (
    <>
      <div className="ts-row-fields">
        <PathPart path="every">
          <Field label="Repeats" errors={messagesFor(errors, 'every')}>
            {(p) => (
              <select {...describedAlso(p, eachLeadId)} value={trigger.every} onChange={(e) => changeEvery(e.currentTarget.value as Every)}>
                {RECURRING_EVERY.map((e) => (
                  <option key={e} value={e}>
                    {EVERY_LABELS[e]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </PathPart>
        {trigger.every === 'week' && (
          <PathPart path="weekday">
            <Field label="Weekday" errors={messagesFor(errors, 'weekday')}>
              {(p) => <NumberedSelect {...p} names={WEEKDAY_NAMES} value={trigger.weekday} onChange={(weekday) => onChange({ ...trigger, weekday: weekday as 1 })} />}
            </Field>
          </PathPart>
        )}
        {trigger.every === 'year' && (
          <PathPart path="month">
            <Field label="Month" errors={messagesFor(errors, 'month')}>
              {(p) => <NumberedSelect {...p} names={MONTH_NAMES} value={trigger.month} onChange={(month) => onChange({ ...trigger, month })} />}
            </Field>
          </PathPart>
        )}
        {(trigger.every === 'month' || trigger.every === 'year') && (
          <PathPart path="dayOfMonth">
            <Field
              label="Day of the month"
              errors={messagesFor(errors, 'dayOfMonth')}
              hint={monthDayHint(trigger)}
            >
              {(p) => <NumberedSelect {...p} names={MONTH_DAYS} value={trigger.dayOfMonth} onChange={(dayOfMonth) => onChange({ ...trigger, dayOfMonth })} />}
            </Field>
          </PathPart>
        )}
        <PathPart path="time">
          <Field label="Time" errors={messagesFor(errors, 'time')} hint={localTimeHint(timezone, account)}>
            {(p) => <TimeOfDayInput {...p} className="ts-narrow" value={trigger.time} onChange={(next) => onChange({ ...trigger, time: next })} />}
          </Field>
        </PathPart>
      </div>
      <p id={eachLeadId} className="ui-hint">
        {EACH_LEAD.repeated}
      </p>
      <NextRuns trigger={trigger} timezone={timezone} now={now} />
    </>
  );
}
