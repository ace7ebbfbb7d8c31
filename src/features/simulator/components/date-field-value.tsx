// A date or date-time field's value, picked rather than typed as text: in an event that sets the
// field, and for a lead at the start of the simulation.
import { useId } from 'react';
import { dateFieldInstant, formatInstant } from '../../../engine/time';
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
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="date"
        value={DATE_ONLY.test(text) ? text : ''}
        aria-describedby={note ? `${id}-note` : undefined}
        onChange={(e) => onChange(e.target.value === '' ? null : e.target.value)}
      />
      {note}
    </div>
  );
}

