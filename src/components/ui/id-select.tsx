import type { ControlProps } from './field';

type IdSelectProps = {
  control: ControlProps;
  options: readonly { id: string; name: string }[];
  value: string;
  /** Shown, and selected, while `value` is none of the options ("Choose a tag"). */
  placeholder: string;
  onChange(id: string): void;
};

/** A select over named things of the account (tags, fields, …) that copes with a missing choice. */
export function IdSelect({ control, options, value, placeholder, onChange }: IdSelectProps) {
  const known = options.some((o) => o.id === value);
  return (
    <select {...control} value={known ? value : ''} onChange={(e) => onChange(e.currentTarget.value)}>
      {!known && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.name}
        </option>
      ))}
    </select>
  );
}
