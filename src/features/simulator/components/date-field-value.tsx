// A date or date-time field's value, picked rather than typed as text: in an event that sets the
// field, and for a lead at the start of the simulation.
import { useId, useState } from 'react';
import { dateFieldInstant, formatInstant } from '../../../engine/time';
import { YEAR_RANGE_TEXT, YEARS, yearOutOfRange } from '../model/local-time';
import { LocalTimeInput } from './local-time-input';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A date or date-time field's new value, picked rather than typed as text: a date as YYYY-MM-DD, a
 * date-time as an instant typed in the account's zone (R10 reads both). Emptying it clears the
 * field. A value no date-field trigger can read (from a file) is named, and kept until replaced.
 */
export function DateFieldValue({
  type,
  label,
  value,
  tz,
  onChange,
}: {
  type: 'date' | 'datetime';
  label: string;
  value: string | number | null | undefined;
  tz: string;
  onChange(v: string | null): void;
}) {
  const id = useId();
  // The date box as the browser holds it while typed: "" while a part is half typed (the "0" of
  // "01"), which handed on "cleared" and replayed; a year being typed (0002 on the way to 2026).
  // Handed on only once it is a date in YEARS, or the box is truly emptied. `of`: the value it was
  // typed over (one changed from outside replaces it).
  const [typed, setTyped] = useState<{ text: string; of: string } | null>(null);
  const [left, setLeft] = useState(false);
  // Spoken as the box is left, from a status always in the page; nothing at each key.
  const [said, setSaid] = useState('');
  const text = typeof value === 'string' ? value.trim() : value === null || value === undefined ? '' : String(value);
  const ms = text === '' ? null : dateFieldInstant(text, 'datetime', tz);
  const unreadable = text !== '' && ms === null;
  // A date field holding a date and time (from a file) is read as that instant; the date box cannot show it.
  const shownElsewhere = type === 'date' && !unreadable && text !== '' && !DATE_ONLY.test(text);
  const note =
    unreadable || shownElsewhere ? (
      <p className="sim-hint" id={`${id}-note`}>
        {unreadable
          ? `The value “${text}” is not a ${type === 'date' ? 'date' : 'date and time'}: a date-field trigger plans nothing from it. Pick one to replace it.`
          : `The value is “${text}”, a date and time: it is read as that instant. Pick a date to replace it.`}
      </p>
    ) : null;
  if (type === 'datetime')
    return (
      <>
        <LocalTimeInput wide optional label={label} value={ms === null ? undefined : formatInstant(ms)} tz={tz} onChange={(v) => onChange(v ?? null)} />
        {note}
      </>
    );
  const stored = DATE_ONLY.test(text) ? text : '';
  const mine = typed !== null && typed.of === stored ? typed : null;
  // What the field still holds, said with a problem: the date, a value the box cannot show, or nothing.
  const still = `still ${text === '' ? 'empty' : stored !== '' ? stored : `“${text}”`}`;
  // The problem of what the box holds, typed over the stored value: half a date ("" with
  // validity.badInput), or a year out of range. Shown once the box is left, and spoken then.
  const problemOf = (boxText: string, half: boolean): string | null =>
    half ? `Not a whole date: ${still}.` : boxText !== '' && yearOutOfRange(boxText) ? `${YEAR_RANGE_TEXT}: ${still}.` : null;
  const boxProblem = !left || mine === null ? null : problemOf(mine.text, mine.text === '');

  // Read the box: on each change, and as keys are let go and the box is left (Chromium sends no
  // change while its value stays "", as when the last part is cleared).
  const read = (box: HTMLInputElement) => {
    const v = box.value;
    if (v !== '' && v === stored) {
      setTyped(null); // as it was (a stored year out of range, passed through, is not the admin's typing)
      return;
    }
    if (v === '') {
      if (box.validity.badInput) setTyped({ text: '', of: stored }); // half typed: wait
      else {
        setTyped(null);
        if (stored !== '') onChange(null); // emptied: the field is cleared (a value it cannot show stays until one is picked)
      }
      return;
    }
    if (yearOutOfRange(v)) {
      setTyped({ text: v, of: stored });
      return;
    }
    setTyped(null);
    if (v !== stored) onChange(v);
  };
  const described = [note ? `${id}-note` : '', boxProblem ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        min={`${YEARS.min}-01-01`}
        max={`${YEARS.max}-12-31`}
        value={mine ? mine.text : stored}
        aria-invalid={boxProblem !== null || undefined}
        aria-describedby={described || undefined}
        onChange={(e) => {
          setLeft(false);
          setSaid('');
          read(e.currentTarget);
        }}
        onKeyUp={(e) => read(e.currentTarget)}
        onBlur={(e) => {
          const box = e.currentTarget;
          read(box);
          setLeft(true);
          const v = box.value;
          setSaid(v !== '' && v === stored ? '' : (problemOf(v, v === '' && box.validity.badInput) ?? ''));
        }}
      />
      <span role="status" className="sim-visually-hidden">
        {said}
      </span>
      {boxProblem && (
        <p className="sim-hint sim-bad" id={`${id}-problem`}>
          {boxProblem}
        </p>
      )}
      {note}
    </div>
  );
}

