type FieldErrorProps = { id: string; messages: readonly string[] };

/** An error beside the field it concerns; referenced by the field's aria-describedby. */
export function FieldError({ id, messages }: FieldErrorProps) {
  if (messages.length === 0) return null;
  return (
    <p id={id} className="cond-error" role="alert">
      {messages.join(' ')}
    </p>
  );
}
