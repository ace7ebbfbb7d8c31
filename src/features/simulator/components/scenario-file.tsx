import { useId, useRef } from 'react';
import { scenarioLocation } from '../model/scenario-location';
import type { ValidationError } from '../../../domain';
import { MAX_IMPORT_BYTES } from '../worker/protocol';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { ReplaceQuestion, type ReplaceAnswer } from './replace-question';

/** The question a file asks before it replaces the admin's scenario or bot (`key`: one per file read). */
export type ImportQuestion = { key: number; text: string; eventsOnly: boolean };

type Props = {
  busy: boolean;
  errors: ValidationError[] | null;
  onImport(file: File): void;
  onExport(): void;
  asking: ImportQuestion | null;
  onAnswer(answer: ReplaceAnswer): void;
};

/**
 * The sentence a file's question says: what it replaces and, when its bot names stages, channels…
 * this account does not have, that the draft would then have errors (`misfit`, their words).
 */
/** `botName` null: the file has no bot (it brings events only, and asks only when the admin's would go). */
export function importQuestion(file: string, botName: string | null, what: string | null, bot: boolean, misfit: string | null, otherAccount: string | null): string {
  if (botName === null) return `Import “${file}”? It replaces ${what ?? 'your events'}.${otherAccount !== null ? ` It was made for the account “${otherAccount}”.` : ''}`;
  const setup = `your bot's settings (triggers, conditions, active hours, message status, on/off) with those of its bot “${botName}” (in the draft; nothing is saved)`;
  const head =
    what !== null && bot
      ? `Import “${file}”? It replaces ${what}, and ${setup}.`
      : bot
        ? `Import “${file}”? It replaces ${setup}.`
        : what !== null
          ? `Import “${file}”? It replaces ${what}, and applies the settings of its bot “${botName}” to your draft (not saved).`
          : `Import “${file}”? It applies the settings of its bot “${botName}” to your draft (not saved).`;
  const account = otherAccount !== null ? ` It was made for the account “${otherAccount}”.` : '';
  const broken = misfit !== null ? ` Its bot names what this account does not have, so your draft would have errors to fix: ${misfit}` : '';
  return head + account + broken;
}

export const tooLargeMessage = (bytes: number) =>
  `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; the simulator opens scenario files up to ${MAX_IMPORT_BYTES / 1024 / 1024} MB.`;

export function ScenarioFile({ busy, errors, onImport, onExport, asking, onAnswer }: Props) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const focusNext = useFocusAfterRender();
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
      {asking && (
        <ReplaceQuestion
          key={asking.key}
          text={asking.text}
          eventsOnly={asking.eventsOnly}
          onAnswer={(answer) => {
            // Back to the box the file was chosen from, as a sample's question goes back to its button.
            focusNext(() => input.current);
            onAnswer(answer);
          }}
        />
      )}
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
