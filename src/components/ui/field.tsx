import { useId, type ReactNode } from 'react';
import './ui.css';

export type ControlProps = { id: string; 'aria-invalid': boolean; 'aria-describedby': string | undefined };

type FieldProps = {
  label: string;
  /** Error sentences for this field; shown beside it and linked with aria-describedby. */
  errors?: readonly string[];
  hint?: ReactNode;
  children(props: ControlProps): ReactNode;
  className?: string;
};

/** A labelled control with its hint and errors: sets aria-invalid and aria-describedby for it. */
export function Field({ label, errors = [], hint, children, className }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['ui-field', className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className="ui-label">
        {label}
      </label>
      {children({ id, 'aria-invalid': errors.length > 0, 'aria-describedby': describedBy })}
      {hint && (
        <p id={hintId} className="ui-hint">
          {hint}
        </p>
      )}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

/** Error sentences beside a field (the notification after Save is the role="alert"). */
export function FieldErrors({ id, errors }: { id?: string | undefined; errors: readonly string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul id={id} className="ui-errors">
      {errors.map((message, i) => (
        <li key={i}>{message}</li>
      ))}
    </ul>
  );
}
