import { forwardRef, useId } from 'react';
import { Popover, PopoverClose, PopoverContent, PopoverTrigger } from '../../../components/ui';
import type { Account, Condition, ValidationError } from '../../../domain';
import type { MoveDirection } from '../lib/move';
import { ConditionForm } from './condition-form';
import { describeCondition } from './describe-condition';
import { messagesOf } from './field-errors';

type ConditionChipProps = {
  account: Account;
  condition: Condition;
  errors: readonly ValidationError[];
  open: boolean;
  onOpenChange(open: boolean): void;
  onChange(next: Condition): void;
  onRemove(): void;
  /** The chip's place (0-based) and how many there are: with two or more, "Move condition N up/down" show. */
  index: number;
  count: number;
  onMove(direction: MoveDirection): void;
  /** The id of the chip's "Move … up" or "… down" button (the editor sends the focus there after a move). */
  moveId(direction: MoveDirection): string;
};

/** A condition as a chip: a button named after the condition opening its editor, and "Remove condition" beside it. */
export const ConditionChip = forwardRef<HTMLButtonElement, ConditionChipProps>(function ConditionChip(
  { account, condition, errors, open, onOpenChange, onChange, onRemove, index, count, onMove, moveId },
  ref,
) {
  const id = useId();
  const words = describeCondition(condition, account);
  const problems = messagesOf(errors);
  const invalid = problems.length > 0;
  return (
    <Popover open={open} onOpenChange={onOpenChange}>
      {/* The problem shows under the chip, not only as a "Fix" marker: sighted admins had to open the chip to learn it. */}
      <span className="condition-chip-wrap">
        <span className="condition-chip" data-invalid={invalid || undefined}>
          <PopoverTrigger asChild>
            <button
              ref={ref}
              id={`${id}-chip`}
              type="button"
              className="condition-chip__main"
              aria-invalid={invalid || undefined}
              aria-describedby={invalid ? `${id}-problem` : undefined}
            >
              <span id={`${id}-words`}>{words}</span>
              {invalid && (
                <span className="condition-chip__marker" aria-hidden="true">
                  Fix
                </span>
              )}
            </button>
          </PopoverTrigger>
          {/* Named by the condition's number (the skip details name "condition 2") and described by its
              words, like Remove; the arrows point along the row of chips. Disabled at the ends. */}
          {count > 1 &&
            (['up', 'down'] as const).map((direction) => (
              <button
                key={direction}
                id={moveId(direction)}
                type="button"
                className="condition-chip__move"
                aria-label={`Move condition ${index + 1} ${direction}`}
                aria-describedby={`${id}-words`}
                disabled={direction === 'up' ? index === 0 : index === count - 1}
                onClick={() => onMove(direction)}
              >
                <span aria-hidden="true">{direction === 'up' ? '←' : '→'}</span>
              </button>
            ))}
          <button
            type="button"
            className="condition-chip__remove"
            aria-label="Remove condition"
            // The condition's words only: the whole chip read "Source: none selectedFix".
            aria-describedby={`${id}-words`}
            onClick={onRemove}
          >
            <span aria-hidden="true">×</span>
          </button>
        </span>
        {invalid && (
          <span id={`${id}-problem`} className="condition-chip__problem">
            <span className="cond-sr-only">Needs fixing:</span> {problems.join(' ')}
          </span>
        )}
      </span>
      <PopoverContent
        className="condition-popover"
        side="bottom"
        align="start"
        aria-label={`Edit condition: ${words}`}
      >
        <ConditionForm condition={condition} account={account} errors={errors} onChange={onChange} />
        <div className="condition-popover__actions">
          <PopoverClose className="cond-button">Done</PopoverClose>
        </div>
      </PopoverContent>
    </Popover>
  );
});
