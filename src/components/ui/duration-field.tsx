import { useId, useState } from 'react';
import { FieldErrors } from './field';
import './ui.css';

export type DurationPreset = { minutes: number; label: string };

/** now · 5 min · 10 min · one day (SPEC §3), then a custom HH:MM interval. */
export const DELAY_PRESETS: readonly DurationPreset[] = [
  { minutes: 0, label: 'Immediately' },
  { minutes: 5, label: 'After 5 min' },
  { minutes: 10, label: 'After 10 min' },
  { minutes: 1440, label: 'After one day' },
];
export const COOLDOWN_PRESETS: readonly DurationPreset[] = [
  { minutes: 5, label: '5 min' },
  { minutes: 10, label: '10 min' },
  { minutes: 1440, label: 'One day' },
];

const CUSTOM = 'custom';

/** Minutes → "HH:MM" (hours may pass 23: "720:00" is 30 days). */
export function minutesToClockText(minutes: number): string {
  if (!Number.isFinite(minutes) || minutes < 0) return '';
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/**
 * "HH:MM" (any number of hour digits, minutes 0..59) → minutes, NaN for anything else (validation
 * then says what is wrong). "HH.MM", as the help article writes the interval, reads the same. Hours
 * past 720 are read, not refused here: "1000:00" is a delay too long (at most 30 days), not text in
 * the wrong format, and the range's own message says so.
 */
export function clockTextToMinutes(text: string): number {
  const m = /^\s*(\d+)[:.]([0-5]\d)\s*$/.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : Number.NaN;
}

type DurationFieldProps = {
  label: string;
  value: number;
  onChange(minutes: number): void;
  presets: readonly DurationPreset[];
  errors?: readonly string[];
};

/** A delay or cooldown: a preset, or a custom interval typed as HH:MM (1 minute to 30 days). */
export function DurationField({ label, value, onChange, presets, errors = [] }: DurationFieldProps) {
  const id = useId();
  const isPreset = presets.some((p) => p.minutes === value);
  const [custom, setCustom] = useState(!isPreset);
  const [text, setText] = useState(() => (isPreset ? '' : minutesToClockText(value)));
  const mode = custom || !isPreset ? CUSTOM : String(value);
  const errorId = errors.length ? `${id}-error` : undefined;
  return (
    <div className="ui-field ui-duration">
      <label htmlFor={id} className="ui-label">
        {label}
      </label>
      <div className="ui-duration-row">
        <select
          id={id}
          value={mode}
          aria-invalid={errors.length > 0 && !custom}
          aria-describedby={!custom ? errorId : undefined}
          onChange={(e) => {
            const v = e.currentTarget.value;
            if (v === CUSTOM) {
              setCustom(true);
              const start = minutesToClockText(Number.isFinite(value) ? value : 0);
              setText(start);
            } else {
              setCustom(false);
              onChange(Number(v));
            }
          }}
        >
          {presets.map((p) => (
            <option key={p.minutes} value={String(p.minutes)}>
              {p.label}
            </option>
          ))}
          <option value={CUSTOM}>Custom interval (HH:MM)</option>
        </select>
        {mode === CUSTOM && (
          <input
            id={`${id}-custom`}
            className="ui-duration-custom"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            aria-label={`${label}: custom interval (HH:MM)`}
            aria-invalid={errors.length > 0}
            aria-describedby={[errorId, `${id}-hint`].filter(Boolean).join(' ')}
            placeholder="HH:MM"
            value={text}
            onChange={(e) => {
              const next = e.currentTarget.value;
              setText(next);
              onChange(clockTextToMinutes(next));
            }}
          />
        )}
      </div>
      {mode === CUSTOM && (
        <p id={`${id}-hint`} className="ui-hint">
          {presets.some((p) => p.minutes === 0)
            ? 'Hours and minutes, up to 720:00 (30 days); 00:00 is the same as “Immediately”.'
            : 'Hours and minutes, from 00:01 to 720:00 (30 days).'}
        </p>
      )}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}
