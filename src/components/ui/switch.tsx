import { useId } from 'react';
import './ui.css';

type SwitchProps = {
  label: string;
  checked: boolean;
  onChange(next: boolean): void;
  description?: string;
  disabled?: boolean;
};

/** The switch's look, for a `role="switch"` button named otherwise (the bot list's): class and thumb. */
export const SWITCH_CLASS = 'ui-switch';
export const SwitchThumb = () => <span className="ui-switch-thumb" aria-hidden="true" />;

/** An on/off switch: a button with role="switch" and aria-checked, named by its visible label. */
export function Switch({ label, checked, onChange, description, disabled }: SwitchProps) {
  const id = useId();
  return (
    <div className="ui-switch-row">
      <button
        type="button"
        role="switch"
        aria-checked={checked}
        aria-labelledby={`${id}-label`}
        aria-describedby={description ? `${id}-desc` : undefined}
        className={SWITCH_CLASS}
        disabled={disabled}
        onClick={() => onChange(!checked)}
      >
        <SwitchThumb />
      </button>
      <span className="ui-switch-text">
        <span id={`${id}-label`} className="ui-switch-label">
          {label}
        </span>
        {description && (
          <span id={`${id}-desc`} className="ui-hint">
            {description}
          </span>
        )}
      </span>
    </div>
  );
}
