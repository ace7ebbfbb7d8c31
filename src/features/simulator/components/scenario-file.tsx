import { useId, useRef } from 'react';
import { scenarioLocation } from '../model/scenario-location';
import type { ValidationError } from '../../../domain';
import { MAX_IMPORT_BYTES } from '../worker/protocol';

type Props = {
  busy: boolean;
  errors: ValidationError[] | null;
  onImport(file: File): void;
  onExport(): void;
};

export const tooLargeMessage = (bytes: number) =>
  `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the simulator opens scenario files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;

export function ScenarioFile({ busy, errors, onImport, onExport }: Props) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <section className="sim-block" aria-labelledby={`${inputId}-title`}>
      <h4 id={`${inputId}-title`}>Scenario file</h4>
      <div className="sim-row-actions">
        <label htmlFor={inputId} className="sim-file-label">
          Import scenario file
        </label>
        <input
          id={inputId}
          ref={input}
          type="file"
          accept="application/json,.json"
          // aria-disabled, not disabled, while busy: a disabled control drops the focus.
          aria-disabled={busy || undefined}
          // The last file's problems describe the box it is imported again from.
          aria-invalid={errors && errors.length > 0 ? true : undefined}
          aria-describedby={errors && errors.length > 0 ? `${inputId}-errors` : undefined}
          onClick={(e) => {
            if (busy) e.preventDefault();
          }}
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file && !busy) onImport(file);
            e.currentTarget.value = '';
          }}
        />
        <button
          type="button"
          onClick={() => {
            if (!busy) onExport();
          }}
          aria-disabled={busy || undefined}
        >
          Export scenario
        </button>
      </div>
      {errors && errors.length > 0 && (
        <div role="alert" className="sim-errors" id={`${inputId}-errors`}>
          <p>The file cannot be used. Fix {errors.length === 1 ? 'this problem' : `these ${errors.length} problems`} and import it again:</p>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>
                {/* The place in words, and the path in the file, where it is fixed. */}
                {e.path === '' ? 'The whole file' : <>{scenarioLocation(e.path)} (<code>{e.path}</code>)</>}: {e.message}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
