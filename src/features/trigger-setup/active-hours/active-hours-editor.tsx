import { useId, useRef, useState } from 'react';
import { FieldErrors, TimeOfDayInput } from '../../../components/ui';
import { count } from '../../../lib/count';
import { focusIsLost, useFocusAfterRender } from '../../../lib/use-focus-after-render';
import {
  clockToMinutes,
  isClock,
  WEEKDAYS,
  type Account,
  type ActiveHours,
  type HoursRange,
  type ValidationError,
} from '../../../domain';
import { WEEKDAY_LONG } from './describe-active-hours';
import { HOURS_PRESETS } from './presets';
import { TimeZonePicker } from './time-zone-picker';
import './active-hours.css';

export type ActiveHoursEditorProps = {
  account: Account;
  value: ActiveHours | null;
  onChange(next: ActiveHours | null): void;
  /** Paths relative to activeHours, e.g. "ranges.1" or "ranges.1.to". */
  errors: ValidationError[];
  /**
   * Says an added or removed range to screen readers (politely): a range added with "Add range" or
   * a day's box comes below the focus, and a removed one takes its × away.
   */
  onAnnounce?(text: string): void;
};

type Weekday = HoursRange['weekday'];
const END_OF_DAY = '24:00';

function under(errors: readonly ValidationError[], prefix: string): string[] {
  const hits = errors.filter((e) => e.path === prefix || e.path.startsWith(`${prefix}.`)).map((e) => e.message);
  return [...new Set(hits)];
}
const exactly = (errors: readonly ValidationError[], path: string) => [...new Set(errors.filter((e) => e.path === path).map((e) => e.message))];

const toClock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** Where a range ends, in words, when it does not end later the same day. */
function overnightHint(r: HoursRange): string | null {
  if (!isClock(r.from) || !isClock(r.to) || r.from === r.to) return null;
  if (clockToMinutes(r.to) > clockToMinutes(r.from)) return null;
  const next = WEEKDAY_LONG[r.weekday % 7];
  return r.to === '00:00' ? `Runs until midnight, when ${next} starts.` : `Runs past midnight into ${next}, until ${r.to}.`;
}

/** The range a new one on `weekday` should be: after the day's last range when there is room. */
function nextRange(ranges: readonly HoursRange[], weekday: Weekday): HoursRange {
  const last = ranges.filter((r) => r.weekday === weekday).at(-1);
  if (last && isClock(last.to) && clockToMinutes(last.to) > clockToMinutes(last.from) && clockToMinutes(last.to) <= 22 * 60) {
    const from = clockToMinutes(last.to) + 60;
    return { weekday, from: toClock(from), to: toClock(Math.min(from + 120, 1440)).replace(/^24:00$/, END_OF_DAY) };
  }
  return { weekday, from: '09:00', to: '18:00' };
}

/** Where a new range goes: after the last range of the same or an earlier weekday, so the list stays in weekday order. */
function insertionPoint(ranges: readonly HoursRange[], weekday: Weekday): number {
  let at = 0;
  ranges.forEach((r, i) => {
    if (r.weekday <= weekday) at = i + 1;
  });
  return at;
}

const insertAt = <T,>(items: readonly T[], at: number, item: T): T[] => [...items.slice(0, at), item, ...items.slice(at)];

const spokenRange = (r: HoursRange) => `${WEEKDAY_LONG[r.weekday - 1]!} range ${r.from}–${r.to}`;

// Each range row keeps its own key, not its place in the list: keyed by place, removing a day's
// first range left the focus on the same × button, now naming the next range, and a second Enter
// removed that one too.
let rangeKeySeed = 0;
const newRangeKey = () => `r${++rangeKeySeed}`;
const NO_RANGES: readonly HoursRange[] = [];

type RangeRowProps = {
  range: HoursRange;
  /** Its place in activeHours.ranges: what validation paths name (the not-saved notice goes to it). */
  index: number;
  position: number; // 1-based among the day's ranges
  count: number;
  errors: readonly ValidationError[]; // relative to the range
  onChange(next: HoursRange): void;
  onRemove(): void;
};

function RangeRow({ range, index, position, count, errors, onChange, onRemove }: RangeRowProps) {
  const id = useId();
  const day = WEEKDAY_LONG[range.weekday - 1]!;
  const which = count > 1 ? `(range ${position})` : '';
  const sr = (text: string) => <span className="hours-sr-only">{text}</span>;
  const endOfDay = range.to === END_OF_DAY;
  // "2400" typed into "to" makes the range end at 24:00 at once; the box stays until the focus leaves
  // it (then the fixed 24:00 beside the ticked "until end of day" takes its place).
  const [typingTo, setTypingTo] = useState(false);
  const hint = overnightHint(range);
  const rowErrors = exactly(errors, '');
  const fromErrors = under(errors, 'from');
  const toErrors = [...under(errors, 'to'), ...under(errors, 'weekday')];
  const all = [...rowErrors, ...fromErrors, ...toErrors];
  const describe = (own: readonly string[]) =>
    [hint ? `${id}-hint` : '', rowErrors.length || own.length ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <li className="hours-range" data-range={index} data-invalid={all.length > 0 || undefined}>
      {/* The times wrap inside __times while × keeps to the range's first line, beside them. */}
      <div className="hours-range__row">
        <div className="hours-range__times">
          <span className="hours-range__bound">
            <label className="hours-range__label" htmlFor={`${id}-from`}>
              {sr(day)} from{which && <> {sr(which)}</>}
            </label>
            <TimeOfDayInput
              id={`${id}-from`}
              className="hours-time"
              value={range.from}
              data-path="from"
              aria-invalid={rowErrors.length + fromErrors.length > 0 || undefined}
              aria-describedby={describe(fromErrors)}
              onChange={(from) => onChange({ ...range, from })}
            />
          </span>
          <span className="hours-range__bound">
            <label className="hours-range__label" htmlFor={`${id}-to`}>
              {sr(day)} to{which && <> {sr(which)}</>}
            </label>
            {endOfDay && !typingTo ? (
              // A fixed value, not a message: <output> is a live region (role status), and each range
              // until the end of the day said "24:00" as the bot opened or the box was ticked.
              <output id={`${id}-to`} className="hours-time hours-time--fixed" aria-live="off">
                24:00
              </output>
            ) : (
              <TimeOfDayInput
                id={`${id}-to`}
                className="hours-time"
                endOfDay
                value={range.to}
                // The weekday's problems are shown at "to" too (toErrors).
                data-path="to weekday"
                aria-invalid={rowErrors.length + toErrors.length > 0 || undefined}
                aria-describedby={describe(toErrors)}
                onChange={(to) => onChange({ ...range, to })}
                onFocus={() => setTypingTo(true)}
                onBlur={() => setTypingTo(false)}
              />
            )}
          </span>
          <label className="hours-check hours-range__end-of-day">
            <input
              type="checkbox"
              checked={endOfDay}
              onChange={(e) =>
                onChange({ ...range, to: e.target.checked ? END_OF_DAY : range.from === '18:00' ? '23:00' : '18:00' })
              }
            />
            <span>
              until end of day {sr(`on ${day}${which ? ` ${which}` : ''}`)}
            </span>
          </label>
        </div>
        <button type="button" className="hours-icon-button" aria-label={`Remove ${day} range ${range.from}–${range.to}`} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="ui-hint">
          {hint}
        </p>
      )}
      <FieldErrors id={`${id}-error`} errors={all} />
    </li>
  );
}

/** When the bot may run: always, or chosen weekdays with time ranges in a time zone. Controlled. */
export function ActiveHoursEditor({ account, value, onChange, errors, onAnnounce }: ActiveHoursEditorProps) {
  const id = useId();
  const lastChosen = useRef<ActiveHours | null>(null);
  // Each weekday's ranges as they were when its box was unticked: ticking it again brings them back
  // (an accidental Space threw typed ranges away for the default 09:00–18:00).
  const unticked = useRef(new Map<Weekday, HoursRange[]>());
  const ranges = value?.ranges ?? NO_RANGES;
  // The rows' keys, changed alongside the ranges by every change made here. Ranges that come from
  // elsewhere in another number (the dialog reloads the form) get new ones.
  const [keys, setKeys] = useState<string[]>(() => ranges.map(newRangeKey));
  if (keys.length !== ranges.length) setKeys(ranges.map(newRangeKey));
  const keyOf = (index: number) => keys[index] ?? `at-${index}`;
  // A removed range takes its focused × button with it: the focus then goes to the day's "Add range"
  // button, or to the day's checkbox once the day has no range left, instead of the page body.
  const dayControls = useRef(new Map<Weekday, { box: HTMLInputElement | null; add: HTMLButtonElement | null }>());
  const focusNext = useFocusAfterRender();
  const controlsOf = (weekday: Weekday) => {
    let controls = dayControls.current.get(weekday);
    if (!controls) dayControls.current.set(weekday, (controls = { box: null, add: null }));
    return controls;
  };

  const setRanges = (next: HoursRange[]) => value && onChange({ ...value, ranges: next });
  /** Replaces every range: every row is new. */
  const replaceRanges = (next: HoursRange[]) => {
    setKeys(next.map(newRangeKey));
    setRanges(next);
  };
  const addRange = (weekday: Weekday) => {
    const range = nextRange(ranges, weekday);
    const at = insertionPoint(ranges, weekday);
    setKeys(insertAt(keys, at, newRangeKey()));
    setRanges(insertAt(ranges, at, range));
    onAnnounce?.(`Added ${spokenRange(range)}.`);
  };
  const removeRange = (index: number) => {
    const range = ranges[index]!;
    setKeys(keys.filter((_, i) => i !== index));
    setRanges(ranges.filter((_, i) => i !== index));
    onAnnounce?.(`Removed ${spokenRange(range)}.`);
  };
  const clearDay = (weekday: Weekday) => {
    const day = WEEKDAY_LONG[weekday - 1]!;
    const removed = ranges.filter((r) => r.weekday === weekday);
    unticked.current.set(weekday, removed);
    setKeys(keys.filter((_, i) => ranges[i]!.weekday !== weekday));
    setRanges(ranges.filter((r) => r.weekday !== weekday));
    onAnnounce?.(`Removed ${count(removed.length, 'range')} on ${day}; tick ${day} again to bring ${removed.length === 1 ? 'it' : 'them'} back.`);
  };
  /** Ticks a day: the ranges it had when it was unticked, else a new range. */
  const tickDay = (weekday: Weekday) => {
    const back = unticked.current.get(weekday) ?? [];
    if (back.length === 0) {
      addRange(weekday);
      return;
    }
    unticked.current.delete(weekday);
    const at = insertionPoint(ranges, weekday);
    setKeys([...keys.slice(0, at), ...back.map(newRangeKey), ...keys.slice(at)]);
    setRanges([...ranges.slice(0, at), ...back, ...ranges.slice(at)]);
    const day = WEEKDAY_LONG[weekday - 1]!;
    onAnnounce?.(`Brought back ${count(back.length, 'range')} on ${day}: ${back.map((r) => `${r.from}–${r.to}`).join(', ')}.`);
  };
  const choose = (always: boolean) => {
    if (always) {
      // Remembered so that switching back restores what was there.
      if (value !== null) lastChosen.current = value;
      onChange(null);
    } else {
      const next = lastChosen.current ?? { ranges: HOURS_PRESETS[0]!.ranges() };
      setKeys(next.ranges.map(newRangeKey));
      onChange(next);
    }
  };
  // Errors of the whole list ("Add at least one time range…" once every day is unticked) belong to
  // no one range: the fieldset carries them, as the Checklist's fieldset does its own.
  const listErrors = value === null ? [] : [...exactly(errors, ''), ...exactly(errors, 'ranges')];
  const listErrorId = listErrors.length > 0 ? `${id}-error` : undefined;

  return (
    <fieldset className="active-hours" aria-describedby={listErrorId} aria-invalid={listErrors.length > 0 || undefined}>
      <legend className="active-hours__legend">Active hours</legend>
      <div className="active-hours__mode" role="radiogroup" aria-label="When the bot may run">
        <label className="hours-check">
          <input type="radio" name={`${id}-mode`} checked={value === null} onChange={() => choose(true)} />
          <span>Always active</span>
        </label>
        <label className="hours-check">
          <input type="radio" name={`${id}-mode`} checked={value !== null} onChange={() => choose(false)} />
          <span>Only at chosen times</span>
        </label>
      </div>
      {value !== null && (
        <>
          {/* SPEC R17: an admin expecting "it waits for the next open hour" learned otherwise only by
              simulating; and one reading 09:00–18:00 takes 18:00 itself to be inside. */}
          <p className="ui-hint active-hours__rule">
            A run due outside these hours is skipped, not moved to the next open hour. Times are 24-hour (HH:MM), and
            the end time itself is outside: with 09:00–18:00, a run at 18:00 is skipped.
          </p>
          <div className="active-hours__presets" role="group" aria-label="Quick choices">
            {HOURS_PRESETS.map((p) => (
              <button
                key={p.name}
                type="button"
                className="hours-button"
                onClick={() => {
                  replaceRanges(p.ranges());
                  onAnnounce?.(`Set the ranges to: ${p.name}.`);
                }}
              >
                {p.name}
              </button>
            ))}
          </div>
          <TimeZonePicker
            accountTz={account.timezone}
            value={value.timezone}
            errors={under(errors, 'timezone')}
            onChange={(timezone) => {
              const { timezone: _old, ...rest } = value;
              onChange(timezone === undefined ? rest : { ...rest, timezone });
            }}
          />
          <ul className="active-hours__days">
            {WEEKDAYS.map((weekday) => {
              const day = WEEKDAY_LONG[weekday - 1]!;
              const mine = value.ranges.map((range, index) => ({ range, index })).filter((x) => x.range.weekday === weekday);
              return (
                <li key={weekday} className="hours-day" data-on={mine.length > 0 || undefined}>
                  <label className="hours-check hours-day__name">
                    <input
                      type="checkbox"
                      ref={(box) => {
                        controlsOf(weekday).box = box;
                      }}
                      checked={mine.length > 0}
                      onChange={(e) => (e.target.checked ? tickDay(weekday) : clearDay(weekday))}
                    />
                    <span>{day}</span>
                  </label>
                  {mine.length === 0 ? (
                    <p className="ui-hint hours-day__off">Not active</p>
                  ) : (
                    <div className="hours-day__ranges">
                      <ul className="hours-day__list">
                        {mine.map(({ range, index }, k) => (
                          <RangeRow
                            key={keyOf(index)}
                            index={index}
                            range={range}
                            position={k + 1}
                            count={mine.length}
                            errors={errors
                              .filter((e) => e.path === `ranges.${index}` || e.path.startsWith(`ranges.${index}.`))
                              .map((e) => ({ ...e, path: e.path.slice(`ranges.${index}`.length).replace(/^\./, '') }))}
                            onChange={(next) => setRanges(value.ranges.map((r, i) => (i === index ? next : r)))}
                            onRemove={() => {
                              focusNext(() => (focusIsLost() ? (controlsOf(weekday).add ?? controlsOf(weekday).box) : null));
                              removeRange(index);
                            }}
                          />
                        ))}
                      </ul>
                      <button
                        type="button"
                        className="hours-button hours-button--small"
                        ref={(add) => {
                          controlsOf(weekday).add = add;
                        }}
                        onClick={() => addRange(weekday)}
                      >
                        Add range <span className="hours-sr-only">on {day}</span>
                      </button>
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
          <FieldErrors id={listErrorId} errors={listErrors} />
        </>
      )}
    </fieldset>
  );
}
