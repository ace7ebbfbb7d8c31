import { useId, useRef, useState } from 'react';
import { readTimeOfDay, TimeOfDayInput } from '../../../components/ui';
import { splitLocalDateTime } from '../../../domain';
import { holdsUnreadableDate, UNREADABLE_DATE } from '../../../lib/unreadable-date';
import { instantToLocalInput, nextDate, readLocalInput, showInstant, YEAR_RANGE_TEXT, YEARS, yearOutOfRange } from '../model/local-time';

type Props = {
  /** Names the date box; the time box is named "<label>, time (24-hour)". */
  label: string;
  /** The instant shown (ISO, UTC); undefined for an empty optional field. */
  value: string | undefined;
  tz: string;
  onChange(value: string | undefined): void;
  /** Emptying the date clears the value (onChange(undefined)); otherwise an empty part is said, and the value kept. */
  optional?: boolean;
  /** In a grid of narrow fields (the event editor's): a row of its own, the boxes being wider than their columns. */
  wide?: boolean;
  /** The date box's id (to take the focus there); its own otherwise. */
  id?: string;
  /** A problem with the value said outside the field (the generator's period): both boxes are marked and described by it. */
  error?: { id: string } | null;
};

/**
 * What the two boxes hold: "YYYY-MM-DD" (or "") and the time box's text ("HH:MM", or what was typed
 * that is no time). `unreadable`: the date box holds what the browser cannot read as a date (a
 * segment half typed, 31 February); it then reports "", and `date` mirrors that.
 */
type Parts = { date: string; time: string; unreadable: boolean };

const partsOf = (local: string): Parts => ({ ...splitLocalDateTime(local), unreadable: false });

/**
 * A date and time typed in the account's zone: a date box (the browser's calendar) and a 24-hour
 * time box. <input type="datetime-local"> showed the browser's clock, 12-hour in en-US, where
 * typing "2200" stored 02:20 with no error.
 *
 * "24:00" (or "2400", "24") ends the day typed: it is 00:00 of the next day, which the boxes show
 * once the field is left, and a note says so, until the boxes are typed in again.
 *
 * Changing one part keeps the other ("the date changes, the time stays"). A part left empty or
 * holding no time is said when the field is left, and the value from before the typing is kept (never
 * read as midnight). Emptying the date of an optional field clears it. Around a clock change it says
 * what it did: a time the clocks skip is moved to the first minute after the jump, and a time that
 * happens twice says which of the two it is, with a button for the other.
 *
 * The date box is left as the browser has it while a segment is half typed (it reports "" then),
 * and a year outside YEARS is never handed on. Notes are spoken once the field is left.
 */
export function LocalTimeInput({ label, value, tz, onChange, optional = false, wide = false, id: givenId, error = null }: Props) {
  const ownId = useId();
  const id = givenId ?? ownId;
  const local = value ? instantToLocalInput(value, tz) : '';
  // The boxes' parts, and the value (and zone) they are in step with: a value changed from outside
  // (a sample, "Use … instead") replaces them; one handed on from here keeps them as typed.
  const inStep = `${value ?? ''} ${tz}`;
  const [draft, setDraft] = useState<{ parts: Parts; of: string }>(() => ({ parts: partsOf(local), of: inStep }));
  let parts = draft.parts;
  if (draft.of !== inStep) {
    parts = partsOf(local);
    setDraft({ parts, of: inStep });
  }
  // The skipped time last typed and where it went.
  const [skipped, setSkipped] = useState<{ typed: string; at: string } | null>(null);
  // "24:00" typed (the end of the day, as the active hours take it): the instant it became, 00:00 of the next day.
  const [endOfDay, setEndOfDay] = useState<string | null>(null);
  // The field was left since the parts last changed: a part missing or holding no time is said then.
  const [left, setLeft] = useState(false);
  // The value when the focus came into the field (it stays while it moves from the date to the
  // time). Each keystroke that reads as a time hands it on, and so does a new date with the old time:
  // read against the last of those, 01:30 on the day the clocks go back followed the 09:00 EST of
  // the date just typed (or the 13:00 EST of "13" in "130") onto EST; and text that reads as no time
  // ("25:00") kept the 02:00 of its "2".
  const before = useRef<{ value: string | undefined } | null>(null);

  const time = readTimeOfDay(parts.time, true);
  // The date box holds what the browser cannot read as a date (31 February, a part still missing):
  // it reports "" as for an empty box, which cleared an optional time. The value is kept; leaving
  // the field says so.
  const unreadable = left && parts.unreadable;
  const hasDate = parts.date !== '' || parts.unreadable;
  const hasTime = parts.time.trim() !== '';
  const still = value ? `: still ${showInstant(value, tz)}` : '';
  // 24:00 on the last day of the last year: its next day is a year the field does not take.
  const pastLastYear = time === '24:00' && yearOutOfRange(nextDate(parts.date) ?? '');
  // What is missing or wrong in a part, once a box is left. The value handed on last is kept.
  const missing: { part: 'date' | 'time' | 'both' | null; text: string } | null =
    !left || parts.unreadable
      ? null
      : yearOutOfRange(parts.date)
        ? { part: 'date', text: `${YEAR_RANGE_TEXT}${still}.` }
        : pastLastYear
          ? { part: 'time', text: `24:00 of that day is in ${YEARS.max + 1}: ${YEAR_RANGE_TEXT.charAt(0).toLowerCase()}${YEAR_RANGE_TEXT.slice(1)}${still}.` }
        : hasTime && time === null
          ? { part: 'time', text: `“${parts.time.trim()}” is not a time: type it as 24-hour HH:MM (22:00, or 2200)${still}.` }
          : hasDate && !hasTime
            ? { part: 'time', text: `Enter a time too (24-hour HH:MM)${still}.` }
            : !hasDate && hasTime
              ? optional
                ? { part: null, text: 'A time without a date is not used: this is empty.' }
                : { part: 'date', text: `Enter a date too${still}.` }
              : !hasDate && !optional
                ? { part: 'both', text: `Enter a date and a time${still}.` }
                : null;
  const complete = parts.date !== '' && !parts.unreadable && !yearOutOfRange(parts.date) && time !== null && !pastLastYear;
  const twice = (() => {
    if (!complete || !local || value === undefined) return null;
    const reading = readLocalInput(local, tz, value);
    return reading !== null && reading.other !== null && reading.at === value ? reading.other : null;
  })();
  const note: { text: string; other?: string } | null = unreadable
    ? { text: `${UNREADABLE_DATE}${still}.` }
    : missing !== null
      ? { text: missing.text }
      : skipped !== null && skipped.at === value
        ? { text: `There is no ${skipped.typed} on that day in ${tz} (the clocks go forward): set to ${showInstant(skipped.at, tz)}.` }
        : endOfDay !== null && endOfDay === value
          ? { text: `24:00 is the end of that day: set to ${showInstant(endOfDay, tz)}, the start of the next.` }
        : twice !== null && value !== undefined
          ? {
              text: `${local.slice(11)} happens twice on that day in ${tz} (the clocks go back): this is the ${value < twice ? 'first' : 'second'}, ${showInstant(value, tz)}.`,
              other: twice,
            }
          : null;
  const noteId = `${id}-note`;
  const dateInvalid = unreadable || missing?.part === 'date' || missing?.part === 'both' || error !== null;
  const timeInvalid = missing?.part === 'time' || missing?.part === 'both' || error !== null;
  const describedBy = [error?.id, note !== null ? noteId : undefined].filter(Boolean).join(' ') || undefined;

  /** The parts typed: handed on as an instant when both read, else kept in the boxes. */
  const update = (next: Parts) => {
    setLeft(false);
    const at = ((): { instant: string | undefined; skipped: { typed: string; at: string } | null; endOfDay: boolean } | null => {
      if (next.unreadable) return null;
      if (next.date === '') return optional ? { instant: undefined, skipped: null, endOfDay: false } : null;
      const hhmm = readTimeOfDay(next.time, true);
      if (hhmm === null) return null;
      // 24:00 ends the day typed: 00:00 of the next (what "Until 1 June, 24:00" means), and said so.
      const endOfDay = hhmm === '24:00';
      const local = endOfDay ? `${nextDate(next.date) ?? ''}T00:00` : `${next.date}T${hhmm}`;
      const read = readLocalInput(local, tz, before.current ? before.current.value : value);
      if (read === null) return null;
      return { instant: read.at, skipped: read.gap ? { typed: local.slice(11), at: read.at } : null, endOfDay };
    })();
    if (at === null) {
      // Nothing to hand on: the value goes back to what it was before this typing ("2" of "25:00"
      // handed on 02:00), and is kept. The notes of what the boxes held go: the kept value may be
      // the very 00:00 a 24:00 became, but the box no longer says 24:00 (nor the skipped time), and
      // "24:00 is the end of that day" stood beside "24:30" or an emptied box. Once the field is
      // left, the box's own error says what is wrong.
      setSkipped(null);
      setEndOfDay(null);
      const kept = before.current ? before.current.value : value;
      setDraft({ parts: next, of: `${kept ?? ''} ${tz}` });
      if (kept !== value) onChange(kept);
      return;
    }
    setSkipped(at.skipped);
    setEndOfDay(at.endOfDay && at.instant !== undefined ? at.instant : null);
    setDraft({ parts: next, of: `${at.instant ?? ''} ${tz}` });
    if (at.instant !== value) onChange(at.instant);
  };
  /** A date box reporting "" (React's onChange comes only when that changes): empty or unreadable. */
  const recheckDate = (box: HTMLInputElement) => {
    const unreadable = holdsUnreadableDate(box);
    if (box.value === '' && parts.date === '' && unreadable !== parts.unreadable) update({ ...parts, date: '', unreadable });
  };
  const leave = () => {
    setLeft(true);
    // The box then shows the time used (03:00 for a skipped 02:30).
    if (complete && local) setDraft({ parts: partsOf(local), of: inStep });
  };

  return (
    <div className={wide ? 'sim-field sim-field--wide' : 'sim-field'}>
      <label htmlFor={id}>{label}</label>
      <div
        className="sim-datetime"
        onFocus={() => {
          before.current ??= { value };
        }}
        onBlur={(e) => {
          // Leaving the field, not moving between its two boxes: a date picked and Tab pressed to
          // type the time was told "Enter a time too" as the focus came into the time box.
          if (e.currentTarget.contains(e.relatedTarget)) return;
          before.current = null;
          leave();
        }}
      >
        <input
          id={id}
          type="date"
          // The picker's years; a year typed outside them is refused (YEAR_RANGE_TEXT) and never handed on.
          min={`${YEARS.min}-01-01`}
          max={`${YEARS.max}-12-31`}
          value={parts.date}
          aria-describedby={describedBy}
          aria-invalid={dateInvalid || undefined}
          onChange={(e) => {
            // Mirrored as the browser reports it, "" mid-typing too: putting the old date back into
            // the box then reset the browser's typing, and "01012020" stored 0020-10-12. Only a
            // date it can read is handed on.
            update({ ...parts, date: e.target.value, unreadable: holdsUnreadableDate(e.target) });
          }}
          // The last segment cleared (Backspace on each) leaves "" as while half typed, and the
          // browser says nothing (no input event): the box is read again as keys are let go and
          // as it is left. Emptied, not unreadable: an optional field is cleared; a required one
          // says a date is needed.
          onInput={(e) => recheckDate(e.currentTarget)}
          onKeyUp={(e) => recheckDate(e.currentTarget)}
          onBlur={(e) => recheckDate(e.currentTarget)}
        />
        <TimeOfDayInput
          className="sim-time"
          aria-label={`${label}, time (24-hour)`}
          endOfDay
          value={parts.time}
          aria-describedby={describedBy}
          aria-invalid={timeInvalid || undefined}
          onChange={(typed) => update({ ...parts, time: typed })}
        />
      </div>
      {/* The note is spoken once the field is left, not at each keystroke: a time typed key by key
          passed "There is no 02:00…" then "There is no 02:30…", and a "still …" changed with each.
          It is shown (with its button) and describes the boxes as soon as it applies. */}
      <span role="status" className="sim-visually-hidden">
        {left && note !== null ? note.text : ''}
      </span>
      {note !== null && (
        <p id={noteId} className="sim-hint">
          {note.text}
          {note.other !== undefined && (
            <>
              {' '}
              <button type="button" onClick={() => onChange(note.other)}>
                Use {showInstant(note.other, tz)} instead
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
