import { useId } from 'react';

export type Option = { value: string; label: string };

/** A labelled select of the simulator's editors; a value not among the options is kept and shown. */
export function Select({ label, value, options, onChange }: { label: string; value: string; options: Option[]; onChange(v: string): void }) {
  const id = useId();
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {!options.some((o) => o.value === value) && <option value={value}>{value || '(choose)'}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
