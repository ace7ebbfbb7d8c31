import { useId, useMemo, useRef, useState, type KeyboardEvent, type Ref } from 'react';
import { Popover, PopoverContent, PopoverTrigger } from '../../../components/ui';
import type { Account, Trigger } from '../../../domain';
import { count } from '../../../lib/count';
import { useSettled } from '../../../lib/use-settled';
import { GROUP_LABELS, GROUP_ORDER, SEARCH_SUGGESTIONS, searchPickerOptions, triggerAvailability, type Availability, type PickerMatch } from '../trigger-registry';

type Row = PickerMatch & { availability: Availability; key: string };

/** What to try when nothing matches ("birthday" once found nothing, and the list only went blank). */
const TRY_INSTEAD = `Try a word like ${SEARCH_SUGGESTIONS.slice(0, -1).join(', ')} or ${SEARCH_SUGGESTIONS.at(-1)}.`;

/**
 * How many options the search leaves, said once the typing pauses, not at each key (with the query
 * in it, it changed at every key). Inside the popover's content, so that each opening starts with
 * the words of its own (empty) search: kept in the picker, the last opening's "No trigger matches
 * “zzz”" stood for 700 ms over all the triggers of the next.
 */
function MatchStatus({ words }: { words: string }) {
  const spoken = useSettled(words);
  return (
    <p role="status" className="ts-visually-hidden">
      {spoken}
    </p>
  );
}

/**
 * "When this happens": a button opening a searchable list of triggers, grouped as the article
 * groups them. Type to filter; ↑/↓ (Home/End) move; Enter picks; Escape closes.
 * Options the account does not allow stay visible, disabled, with the reason.
 */
export function TriggerPicker({
  account,
  onPick,
  disabled,
  buttonRef,
  describedBy,
}: {
  account: Account;
  onPick(trigger: Trigger): void;
  disabled?: boolean;
  /** The "When this happens" button, e.g. to move focus to it after a trigger is removed. */
  buttonRef?: Ref<HTMLButtonElement>;
  /** Id of a problem of the trigger list that picking a trigger fixes, read with the button. */
  describedBy?: string | undefined;
}) {
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listRef = useRef<HTMLDivElement>(null);

  const rows: Row[] = useMemo(
    () =>
      searchPickerOptions(query, account)
        .map((m) => ({
          ...m,
          availability: triggerAvailability(m.option.type, account),
          key: m.preset ? `${m.option.id}-${m.preset.what}-${m.preset.id}` : m.option.id,
        }))
        // Keep the article's group order however the search matched.
        .sort((a, b) => GROUP_ORDER.indexOf(a.option.group) - GROUP_ORDER.indexOf(b.option.group)),
    [query, account],
  );
  const activeIndex = rows.length === 0 ? -1 : Math.min(active, rows.length - 1);
  // A row naming something of the account is told apart by its position (an account id may hold anything).
  const optionId = (row: Row) => (row.preset ? `${id}-opt-${row.option.id}-${rows.indexOf(row)}` : `${id}-opt-${row.option.id}`);

  // After a pick the caller moves the focus to the new trigger; the popover must not put it back on
  // "When this happens" (where it went: the new trigger's fields were then behind the focus).
  const picked = useRef(false);
  const pick = (row: Row | undefined) => {
    if (!row || !row.availability.available) return;
    picked.current = true;
    const created = row.option.create(account);
    onPick(row.preset ? row.preset.apply(created) : created);
    setOpen(false);
  };

  const move = (to: number) => {
    if (rows.length === 0) return;
    const next = (to + rows.length) % rows.length;
    setActive(next);
    const row = rows[next];
    if (row) listRef.current?.querySelector(`#${CSS.escape(optionId(row))}`)?.scrollIntoView({ block: 'nearest' });
  };

  const matchWords =
    query.trim() === '' ? '' : rows.length === 0 ? `No trigger matches “${query}”. ${TRY_INSTEAD}` : `${count(rows.length, 'trigger')} ${rows.length === 1 ? 'matches' : 'match'}.`;

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        move(activeIndex + 1);
        break;
      case 'ArrowUp':
        e.preventDefault();
        move(activeIndex - 1);
        break;
      case 'Home':
        if (e.ctrlKey || query === '') {
          e.preventDefault();
          move(0);
        }
        break;
      case 'End':
        if (e.ctrlKey || query === '') {
          e.preventDefault();
          move(rows.length - 1);
        }
        break;
      case 'Enter':
        e.preventDefault();
        pick(rows[activeIndex]);
        break;
      default:
        break;
    }
  };

  return (
    <Popover
      open={open}
      onOpenChange={(next) => {
        if (next && disabled) return; // aria-disabled: it keeps the focus, and refuses to open
        setOpen(next);
        if (next) {
          setQuery('');
          setActive(0);
        }
      }}
    >
      <PopoverTrigger asChild>
        {/* aria-disabled rather than disabled: picking the 50th trigger must not drop the focus
            from this button to the page body. */}
        <button ref={buttonRef} type="button" className="ts-when-button" aria-disabled={disabled || undefined} aria-describedby={[describedBy, `${id}-hint`].filter(Boolean).join(' ')}>
          When this happens
        </button>
      </PopoverTrigger>
      <span id={`${id}-hint`} className="ui-hint ts-when-hint">
        {disabled ? 'A bot can have at most 50 triggers: remove one to add another.' : 'Adds a trigger: any one of the bot\'s triggers starts it.'}
      </span>
      <PopoverContent
        className="ts-picker"
        aria-label="Choose a trigger"
        align="start"
        onCloseAutoFocus={(e) => {
          if (!picked.current) return;
          picked.current = false;
          e.preventDefault();
        }}
      >
        {/* Label and box: one above the other, side by side in a short window (more room for options). */}
        <div className="ts-picker-search-row">
          <label htmlFor={`${id}-search`} className="ui-label">
            Search triggers
          </label>
          <input
            id={`${id}-search`}
            className="ui-input ts-picker-search"
            type="text"
            role="combobox"
            // Collapsed while nothing matches: "expanded" over an empty list sent screen-reader users
            // looking for options that are not there (the status says what to try instead).
            aria-expanded={rows.length > 0}
            aria-controls={`${id}-list`}
            aria-autocomplete="list"
            aria-activedescendant={activeIndex >= 0 && rows[activeIndex] ? optionId(rows[activeIndex]) : undefined}
            autoComplete="off"
            placeholder="Type to filter, e.g. stage, tag, message"
            value={query}
            onChange={(e) => {
              setQuery(e.currentTarget.value);
              setActive(0);
            }}
            onKeyDown={onKeyDown}
          />
        </div>
        <div id={`${id}-list`} role="listbox" aria-label="Triggers" className="ts-picker-list" ref={listRef}>
          {GROUP_ORDER.map((group) => {
            const inGroup = rows.filter((r) => r.option.group === group);
            if (inGroup.length === 0) return null;
            return (
              <div key={group} role="group" aria-labelledby={`${id}-g-${group}`} className="ts-picker-group">
                <div id={`${id}-g-${group}`} role="presentation" className="ts-picker-group-name">
                  {GROUP_LABELS[group]}
                </div>
                {inGroup.map((row) => {
                  const index = rows.indexOf(row);
                  const { availability } = row;
                  return (
                    <div
                      key={row.key}
                      id={optionId(row)}
                      role="option"
                      aria-selected={index === activeIndex}
                      aria-disabled={!availability.available || undefined}
                      className="ts-picker-option"
                      data-active={index === activeIndex || undefined}
                      onMouseMove={() => setActive(index)}
                      onClick={() => pick(row)}
                    >
                      <span className="ts-picker-option-label">{row.option.label}</span>
                      {/* Spaces for the option's accessible name (its parts run together otherwise); the flex column does not show them. */}
                      {row.preset && ' '}
                      {row.preset && (
                        <span className="ts-picker-option-preset">
                          {row.preset.what}: {row.preset.name}
                        </span>
                      )}
                      {(!availability.available || availability.note) && ' '}
                      {!availability.available ? (
                        <span className="ts-picker-option-reason">Unavailable: {availability.reason}</span>
                      ) : availability.note ? (
                        <span className="ts-picker-option-note">{availability.note}</span>
                      ) : null}
                    </div>
                  );
                })}
              </div>
            );
          })}
        </div>
        {rows.length === 0 && (
          <p className="ui-hint">
            No trigger matches “{query}”. {TRY_INSTEAD}
          </p>
        )}
        {/* Present from the start, so that screen readers hear it change: how many options the
            search leaves (a status inserted with "No trigger matches" was not reliably read). */}
        <MatchStatus words={matchWords} />
      </PopoverContent>
    </Popover>
  );
}
