import { useId, useRef, useState } from 'react';
import { holdsUnreadableDate, UNREADABLE_DATE } from '../../../lib/unreadable-date';
import { instantToLocalInput, readLocalInput, showInstant } from '../model/local-time';

type Props = {
  label: string;
  /** The instant shown (ISO, UTC); undefined for an empty optional field. */
  value: string | undefined;
  tz: string;
  onChange(value: string | undefined): void;
  /** Emptying the box clears the value (onChange(undefined)); otherwise an empty box is ignored. */
  optional?: boolean;
  /** In a grid of narrow fields (the event editor's): a row of its own, the box being wider than their columns. */
  wide?: boolean;
};

/**
 * A date and time typed in the account's zone. Around a clock change it says what it did: a time
 * the clocks skip is moved to the first minute after the jump, and a time that happens twice says
 * which of the two it is, with a button for the other.
 */
export function LocalTimeInput({ label, value, tz, onChange, optional = false, wide = false }: Props) {
  const id = useId();
  // The skipped time last typed and where it went: the box itself then shows the time after the jump.
  const [skipped, setSkipped] = useState<{ typed: string; at: string } | null>(null);
  // The last thing typed was what the browser cannot read as a date-time (31 February, a part still
  // missing): it reports "" as for an empty box, which cleared an optional time and was ignored
  // silently otherwise. React then puts the kept value back into the box; leaving the box says so.
  const [unreadable, setUnreadable] = useState(false);
  const typedUnreadable = useRef(false);
  const local = value ? instantToLocalInput(value, tz) : '';
  const reading = local ? readLocalInput(local, tz, value) : null;
  const twice = reading !== null && reading.other !== null && reading.at === value ? reading.other : null;
  const note = unreadable
    ? `${UNREADABLE_DATE}${value ? `: still ${showInstant(value, tz)}` : ''}.`
    : skipped !== null && skipped.at === value
      ? `There is no ${skipped.typed} on that day in ${tz} (the clocks go forward): set to ${showInstant(skipped.at, tz)}.`
      : twice !== null && value !== undefined
        ? `${local.slice(11)} happens twice on that day in ${tz} (the clocks go back): this is the ${value < twice ? 'first' : 'second'}, ${showInstant(value, tz)}.`
        : null;
  return (
    <div className={wide ? 'sim-field sim-field--wide' : 'sim-field'}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="datetime-local"
        value={local}
        aria-describedby={note !== null ? `${id}-note` : undefined}
        aria-invalid={unreadable || undefined}
        onBlur={() => {
          if (typedUnreadable.current) setUnreadable(true);
          typedUnreadable.current = false;
        }}
        onChange={(e) => {
          const typed = e.target.value;
          typedUnreadable.current = holdsUnreadableDate(e.target);
          if (typedUnreadable.current) return; // not a date: the time stays
          setUnreadable(false);
          if (typed === '') {
            setSkipped(null);
            if (optional) onChange(undefined);
            return;
          }
          const read = readLocalInput(typed, tz, value);
          if (read === null) return;
          setSkipped(read.gap ? { typed: typed.slice(11), at: read.at } : null);
          onChange(read.at);
        }}
      />
      {note !== null && (
        <p id={`${id}-note`} className="sim-hint" role="status">
          {note}
          {twice !== null && !unreadable && (
            <>
              {' '}
              <button type="button" onClick={() => onChange(twice)}>
                Use {showInstant(twice, tz)} instead
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
