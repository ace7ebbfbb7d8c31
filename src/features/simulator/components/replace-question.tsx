import { useEffect, useId, useRef } from 'react';
import { closeOnEscape } from '../../../lib/close-on-escape';

export type ReplaceAnswer = 'replace' | 'events' | 'keep';

type Props = {
  /** The question's sentence(s), which name the group. */
  text: string;
  /** Whether to offer "Only its events": the scenario's events and leads, without its bot. */
  eventsOnly: boolean;
  /** Called once per answer; Escape answers "keep". The caller closes the question and places the focus. */
  onAnswer(answer: ReplaceAnswer): void;
  /** The two buttons' words, when the question is not about replacing ("Clear the scenario?": "Clear it", "Keep it"). */
  labels?: { replace: string; keep: string };
};

const REPLACE_LABELS = { replace: 'Replace them', keep: 'Keep mine' };

/**
 * "Load …? It replaces …": the question a sample and a scenario file ask before they replace the
 * admin's own events or bot, with the same buttons, focus and keyboard. Mount it anew (a `key`) for
 * each question: it takes the focus when it opens.
 */
export function ReplaceQuestion({ text, eventsOnly, onAnswer, labels = REPLACE_LABELS }: Props) {
  const id = useId();
  // The question takes the focus when it opens (an effect on mounting, not focusNext: a render of
  // the panel for another reason, such as a run finishing, may come first and find no question yet),
  // on the answer that loses nothing ("Keep mine"), as the list's delete question does ("Keep it"):
  // replacing the admin's triggers and hours has no undo, and a second Enter should not do it.
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    keepRef.current?.focus();
  }, []);
  return (
    <div
      className="sim-invalid sim-confirm"
      role="group"
      aria-labelledby={id}
      // Escape answers the question ("Keep mine") and goes no further: the dialog stays open.
      onKeyDown={closeOnEscape(() => onAnswer('keep'))}
    >
      <p id={id}>{text}</p>
      <div className="sim-row-actions">
        <button type="button" onClick={() => onAnswer('replace')}>
          {labels.replace}
        </button>
        {eventsOnly && (
          // The admin's bot against the scenario's events: its expectations, written for its own bot, stay out.
          <button type="button" onClick={() => onAnswer('events')}>
            Only its events
          </button>
        )}
        <button type="button" ref={keepRef} onClick={() => onAnswer('keep')}>
          {labels.keep}
        </button>
      </div>
    </div>
  );
}
