// A time of day typed as 24-hour HH:MM, whatever the browser's locale.
//
// <input type="time"> shows the browser's own clock: 12-hour with AM/PM in en-US. There, typing
// "2200" into "Monday from" stored 02:20 with no error, and "2330" 14:33: the hour segment takes
// one digit when the second would pass 12, then the rest flows into the minutes. Everything else in
// the app (the presets, the summaries, the results) is 24-hour, so an admin types what they read.
// This box is plain text and reads what admins type for a time: 18:30, 1830, 930, 9, 9.30, 6pm,
// 6:30 PM.
import { useState, type InputHTMLAttributes } from 'react';

const MINUTES_PER_DAY = 1440;

/**
 * Typed text → "HH:MM" (00:00–23:59; "24:00" too when `endOfDay`), or null when it is no time.
 * Digits alone: 1–2 are hours ("9" → 09:00), 3–4 are hours and minutes ("930" → 09:30, "2200" →
 * 22:00). A colon, a point or an "h" may part them ("9.30", "9h30"). "am"/"pm" read as a 12-hour
 * clock ("6pm" → 18:00, "12am" → 00:00).
 */
export function readTimeOfDay(text: string, endOfDay = false): string | null {
  // Full-width digits and colon (a Japanese or Chinese input method types "２２：００") read as ASCII.
  const m = /^\s*(\d{1,2})(?:\s*[:.h]\s*(\d{2})|(\d{2}))?\s*(?:([ap])\.?\s*m?\.?)?\s*$/i.exec(text.normalize('NFKC'));
  if (!m) return null;
  let hours = Number(m[1]);
  const minutes = Number(m[2] ?? m[3] ?? '0');
  const half = m[4]?.toLowerCase();
  if (half !== undefined) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'p' ? 12 : 0);
  }
  if (minutes > 59) return null;
  const total = hours * 60 + minutes;
  if (total > MINUTES_PER_DAY || (total === MINUTES_PER_DAY && (!endOfDay || half !== undefined))) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

type TimeOfDayInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type' | 'defaultValue'> & {
  /** "HH:MM", or whatever was typed that is no time (validation then says what is wrong). */
  value: string;
  onChange(value: string): void;
  /**
   * "24:00" (or "2400", "24") is a time here: a range's end. The range shows a fixed "24:00" in
   * place of the box once the focus has left it, not under the admin's fingers.
   */
  endOfDay?: boolean;
};

/**
 * A controlled text box for a time of day. Each keystroke that reads as a time hands on its HH:MM
 * ("93" → 09:03 → "930" → 09:30); text that does not is handed on as typed, so that the form's
 * validation names the problem and a draft keeps it. Leaving the box writes a readable time in
 * full ("930" becomes 09:30). A value changed from outside (a preset) replaces the text.
 */
export function TimeOfDayInput({ value, onChange, endOfDay = false, onBlur, ...rest }: TimeOfDayInputProps) {
  const [text, setText] = useState(value);
  const [seen, setSeen] = useState(value);
  if (value !== seen) {
    setSeen(value);
    if (readTimeOfDay(text, endOfDay) !== value && text !== value) setText(value);
  }
  return (
    <input
      type="text"
      inputMode="numeric"
      autoComplete="off"
      spellCheck={false}
      placeholder="HH:MM"
      {...rest}
      value={text}
      onChange={(e) => {
        const typed = e.currentTarget.value;
        setText(typed);
        const next = readTimeOfDay(typed, endOfDay) ?? typed.trim();
        setSeen(next);
        if (next !== value) onChange(next);
      }}
      onBlur={(e) => {
        const time = readTimeOfDay(text, endOfDay);
        if (time !== null) {
          setText(time);
          setSeen(time);
          if (time !== value) onChange(time);
        }
        onBlur?.(e);
      }}
    />
  );
}
