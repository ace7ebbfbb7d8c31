import type { Account, ActiveHours, ValidationError } from '../../../domain';
import { FieldErrors } from '../../../components/ui';

/** Stands in for the ActiveHoursEditor (./active-hours) until it lands. */
export function ActiveHoursSlot({
  value,
  onChange,
  errors,
}: {
  account: Account;
  value: ActiveHours | null;
  onChange(next: ActiveHours | null): void;
  errors: ValidationError[];
}) {
  return (
    <div role="group" aria-label="Active hours">
      <label className="ui-check">
        <input type="checkbox" checked={value === null} onChange={(e) => onChange(e.currentTarget.checked ? null : { ranges: [] })} />
        <span>Always active</span>
      </label>
      <FieldErrors errors={errors.map((e) => e.message)} />
    </div>
  );
}
