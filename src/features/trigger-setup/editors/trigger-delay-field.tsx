import type { ValidationError } from '../../../domain';
import { DELAY_PRESETS, DurationField } from '../../../components/ui';
import { messagesFor } from '../lib/errors';
import { PathPart } from './path-part';

type WithDelay = { delayMinutes: number };

/** The "Delay" of a trigger that has one (stage, website, seen, closed): presets or a custom HH:MM. */
export function TriggerDelayField<T extends WithDelay>({ trigger, onChange, errors }: { trigger: T; onChange(next: T): void; errors: ValidationError[] }) {
  return (
    <PathPart path="delayMinutes">
      <DurationField
        label="Delay"
        presets={DELAY_PRESETS}
        value={trigger.delayMinutes}
        onChange={(delayMinutes) => onChange({ ...trigger, delayMinutes })}
        errors={messagesFor(errors, 'delayMinutes')}
      />
    </PathPart>
  );
}
