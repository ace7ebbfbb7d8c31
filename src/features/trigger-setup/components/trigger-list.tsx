import { useId } from 'react';
import type { Account, Trigger, TriggerType, ValidationError } from '../../../domain';
import { FieldErrors } from '../../../components/ui';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { TriggerEditor } from '../editors/trigger-editor';
import { errorsUnder } from '../lib/errors';
import { moveControlAfter, moveTarget, type MoveDirection } from '../lib/move';
import { describeTrigger, SUMMARY_LIMIT, TRIGGERS } from '../trigger-registry';

type TriggerListProps = {
  account: Account;
  triggers: Trigger[];
  /** A stable key per row (triggers have no ids of their own). */
  rowKeys: string[];
  onChange(index: number, next: Trigger): void;
  onRemove(index: number): void;
  /** Takes the trigger at `index` one place up or down (the list keeps the focus on the moved trigger's button). */
  onMove?(index: number, direction: MoveDirection): void;
  /** Errors with paths relative to the triggers list ("0.stageIds"). */
  errors: ValidationError[];
  now: number;
  /** The zone the bot's schedules are read in (its active hours' zone where given); default the account's. */
  timezone?: string;
  /**
   * Triggers past the 20th folded into "+N" (SPEC §3), until `onUnfold`. A folded trigger with an
   * error is shown all the same, with all after it: a refused Save takes the focus to it.
   */
  folded?: boolean;
  onUnfold?(): void;
  /** The dialog's status line: what an editor says of a change away from the focus. */
  onAnnounce?(text: string): void;
};

/** The bot's triggers, each with its summary in words, its own editor and a remove button. */
export function TriggerList({ account, triggers, rowKeys, onChange, onRemove, onMove, errors, now, timezone, folded = false, onUnfold, onAnnounce }: TriggerListProps) {
  const id = useId();
  const focusNext = useFocusAfterRender();
  const errorPast = errors.some((e) => Number(e.path.split('.')[0]) >= SUMMARY_LIMIT);
  const shown = folded && !errorPast ? Math.min(triggers.length, SUMMARY_LIMIT) : triggers.length;
  const hidden = triggers.length - shown;
  const moveId = (index: number, direction: MoveDirection) => `${id}-${index}-${direction}`;
  /**
   * One place up or down; the focus stays on the moved trigger's button pressed, or on the other
   * one when it reached that end (the pressed one is disabled there). Moved past the 20th, it
   * would go into the fold: the fold opens, as it does for a trigger added there.
   */
  const move = (index: number, direction: MoveDirection) => {
    const to = moveTarget(index, direction);
    if (!onMove || to < 0 || to >= triggers.length) return;
    if (to >= SUMMARY_LIMIT) onUnfold?.();
    onMove(index, direction);
    const control = moveControlAfter(to, triggers.length, direction);
    focusNext(() => document.getElementById(moveId(to, control)));
  };
  if (triggers.length === 0) {
    return <p className="ts-empty">No trigger yet: choose one with “When this happens”. A bot needs at least one.</p>;
  }
  return (
    <ol className="ts-trigger-list">
      {triggers.slice(0, shown).map((trigger, i) => {
        const rowErrors = errorsUnder(errors, String(i));
        // Errors about the trigger as a whole (e.g. the plan does not allow it) sit under its title.
        const general = rowErrors.filter((e) => e.path === '' || e.path === 'type').map((e) => e.message);
        const headingId = `${id}-${i}`;
        const meta = TRIGGERS[trigger.type as TriggerType];
        return (
          <li key={rowKeys[i] ?? i} className="ts-trigger" aria-labelledby={headingId} data-invalid={rowErrors.length > 0 || undefined}>
            <div className="ts-trigger-head">
              <div>
                <p className="ts-trigger-kind">
                  Trigger {i + 1} · {meta?.label ?? 'Unknown trigger'}
                </p>
                {/* Focusable from code: a trigger just added without settings takes the focus here. */}
                <h4 id={headingId} className="ts-trigger-summary" tabIndex={-1}>
                  {describeTrigger(trigger, account)}
                </h4>
              </div>
              <div className="ts-trigger-actions">
                {/* Described by the summary, which says which trigger it is; disabled at the ends. */}
                {onMove &&
                  triggers.length > 1 &&
                  (['up', 'down'] as const).map((direction) => (
                    <button
                      key={direction}
                      id={moveId(i, direction)}
                      type="button"
                      className="ui-button ts-button ts-button-quiet ts-move"
                      aria-label={`Move trigger ${i + 1} ${direction}`}
                      aria-describedby={headingId}
                      disabled={direction === 'up' ? i === 0 : i === triggers.length - 1}
                      onClick={() => move(i, direction)}
                    >
                      <span aria-hidden="true">{direction === 'up' ? '↑' : '↓'}</span>
                    </button>
                  ))}
                <button type="button" className="ui-button ts-button ts-button-quiet" onClick={() => onRemove(i)} aria-label={`Remove trigger ${i + 1}`}>
                  Remove
                </button>
              </div>
            </div>
            <FieldErrors errors={general} />
            <div className="ts-trigger-body" role="group" aria-label={`Settings of trigger ${i + 1}`}>
              <TriggerEditor
                account={account}
                trigger={trigger}
                onChange={(next) => onChange(i, next)}
                errors={rowErrors}
                now={now}
                timezone={timezone}
                onAnnounce={onAnnounce}
              />
            </div>
          </li>
        );
      })}
      {hidden > 0 && (
        <li className="ts-trigger-more">
          <button
            type="button"
            className="ui-button ts-button ts-button-quiet"
            aria-label={`+${hidden}: show triggers ${shown + 1} to ${triggers.length}`}
            onClick={() => {
              onUnfold?.();
              // Into what was folded: the first trigger shown by it.
              focusNext(() => document.getElementById(`${id}-${shown}`));
            }}
          >
            +{hidden}
          </button>
        </li>
      )}
    </ol>
  );
}
