import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { FieldErrors, Popover, PopoverContent, PopoverTrigger } from '../../../components/ui';
import { MAX_CONDITIONS, type Account, type Condition, type ValidationError } from '../../../domain';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { moveControlAfter, movedOne, moveTarget, type MoveDirection } from '../lib/move';
import { ConditionChip } from './condition-chip';
import { describeCondition } from './describe-condition';
import { CONDITION_KINDS, type ConditionKindInfo } from './condition-kinds';
import { errorsUnder, messagesOf } from './field-errors';
import './conditions.css';

export type ConditionsEditorProps = {
  account: Account;
  value: Condition[];
  onChange(next: Condition[]): void;
  /** Paths relative to the conditions list, e.g. "0.tagIds". */
  errors: ValidationError[];
  /** Says a removal or a move to screen readers (the focus goes on to the next chip, which does not tell). */
  onAnnounce?(text: string): void;
  /** Save was pressed: every problem shows, a just-added condition's too. */
  attempted?: boolean;
};

const NONE: ValidationError[] = [];

/** Moves focus between the menu's buttons with the arrow keys, Home and End (Tab works too). */
function onMenuKeyDown(e: KeyboardEvent<HTMLUListElement>) {
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  const go = (i: number) => {
    e.preventDefault();
    buttons[(i + buttons.length) % buttons.length]?.focus();
  };
  if (e.key === 'ArrowDown') go(at + 1);
  else if (e.key === 'ArrowUp') go(at - 1);
  else if (e.key === 'Home') go(0);
  else if (e.key === 'End') go(buttons.length - 1);
}

/** The bot's conditions as chips, and "Add condition". Controlled: the dialog owns the value. */
export function ConditionsEditor({ account, value, onChange, errors, onAnnounce, attempted = false }: ConditionsEditorProps) {
  const id = useId();
  const [menuOpen, setMenuOpen] = useState(false);
  const [openIndex, setOpenIndex] = useState<number | null>(null);
  // A condition just added is empty on purpose: its problems ("Choose at least one tag") wait until
  // it is first changed, its editor is closed, or Save is pressed, instead of greeting the pick.
  const [fresh, setFresh] = useState<number | null>(null);
  const picked = useRef(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const chips = useRef<(HTMLButtonElement | null)[]>([]);
  const focusNext = useFocusAfterRender();
  const full = value.length >= MAX_CONDITIONS;

  const add = (kind: ConditionKindInfo) => {
    if (full) return;
    picked.current = true;
    setMenuOpen(false);
    onChange([...value, kind.create()]);
    setOpenIndex(value.length); // the new chip opens its editor straight away
    setFresh(value.length);
  };

  const remove = (index: number) => {
    const next = value.filter((_, i) => i !== index);
    onAnnounce?.(`Removed condition ${index + 1}: ${describeCondition(value[index]!, account)}.`);
    setOpenIndex(null);
    setFresh(null);
    // The removed chip took the focus with it: the chip now in its place (or the last), else "Add condition".
    const at = next.length === 0 ? -1 : Math.min(index, next.length - 1);
    focusNext(() => (at < 0 ? addButton.current : chips.current[at]));
    onChange(next);
  };

  /**
   * One place up or down. The chips are keyed by place, so the focus is put back on the moved
   * chip's button pressed (the other one when it reached that end, where the pressed one is
   * disabled); its problems follow it, as they are worked out from the value.
   */
  const move = (index: number, direction: MoveDirection) => {
    const to = moveTarget(index, direction);
    if (to < 0 || to >= value.length) return;
    const place = (i: number | null) => (i === index ? to : i === to ? index : i);
    onAnnounce?.(`Condition ${index + 1} moved to ${to + 1}.`);
    setOpenIndex(place);
    setFresh(place);
    const control = moveControlAfter(to, value.length, direction);
    focusNext(() => document.getElementById(moveId(to, control)));
    onChange(movedOne(value, index, direction));
  };
  const moveId = (index: number, direction: MoveDirection) => `${id}-move-${index}-${direction}`;

  const listErrors = messagesOf(errors.filter((e) => !/^\d+(\.|$)/.test(e.path)));

  return (
    <div className="conditions-editor">
      {value.length === 0 ? (
        <p className="ui-hint">No conditions: the bot runs for every lead its triggers match.</p>
      ) : (
        // Numbered, as the simulator's skips name them ("Lead has no tag VIP (condition 2)"): the
        // number shown beside each chip, read as "Condition 2" (screen readers seldom say an item's
        // number, and some drop the list itself when it has no bullets).
        <ol className="conditions-editor__chips" aria-label="Conditions">
          {value.map((condition, i) => (
            <li key={i}>
              <span className="conditions-editor__number">
                <span className="cond-sr-only">Condition </span>
                {i + 1}
              </span>
              <ConditionChip
                ref={(el) => {
                  chips.current[i] = el;
                }}
                account={account}
                condition={condition}
                errors={fresh === i && !attempted ? NONE : errorsUnder(errors, String(i))}
                open={openIndex === i}
                onOpenChange={(open) => {
                  setOpenIndex(open ? i : null);
                  if (!open && fresh === i) setFresh(null);
                }}
                onChange={(next) => {
                  if (fresh === i) setFresh(null);
                  onChange(value.map((c, j) => (j === i ? next : c)));
                }}
                onRemove={() => remove(i)}
                index={i}
                count={value.length}
                onMove={(direction) => move(i, direction)}
                moveId={(direction) => moveId(i, direction)}
              />
            </li>
          ))}
        </ol>
      )}
      <Popover
        open={menuOpen}
        onOpenChange={(open) => {
          if (open && full) return; // aria-disabled: it keeps the focus, and refuses to open
          if (open) picked.current = false;
          setMenuOpen(open);
        }}
      >
        <PopoverTrigger asChild>
          {/* aria-disabled rather than disabled, as "When this happens" at 50 triggers: Tab still
              reaches it, and its hint says why it does not open (disabled, it was skipped unheard). */}
          <button
            ref={addButton}
            type="button"
            className="cond-button conditions-editor__add"
            aria-disabled={full || undefined}
            aria-describedby={full ? `${id}-full` : undefined}
          >
            Add condition
          </button>
        </PopoverTrigger>
        <PopoverContent
          className="condition-popover condition-menu"
          side="bottom"
          align="start"
          aria-label="Choose a condition"
          onCloseAutoFocus={(e) => {
            // After a pick, focus goes to the new chip's editor rather than back to "Add condition".
            if (picked.current) e.preventDefault();
          }}
        >
          <ul className="condition-menu__items" onKeyDown={onMenuKeyDown}>
            {CONDITION_KINDS.map((kind) => (
              <li key={kind.kind}>
                <button type="button" className="condition-menu__item" onClick={() => add(kind)}>
                  {kind.label}
                </button>
              </li>
            ))}
          </ul>
        </PopoverContent>
      </Popover>
      {full && (
        <p id={`${id}-full`} className="ui-hint">
          A bot can have at most {MAX_CONDITIONS} conditions: remove one to add another.
        </p>
      )}
      <FieldErrors errors={listErrors} />
    </div>
  );
}
