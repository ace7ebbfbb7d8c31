import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useRef, useState, type CSSProperties, type KeyboardEvent, type RefObject } from 'react';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { botTimeZone, type Bot, type Reason } from '../../../domain';
import { describeTrigger, reasonLine, type Names } from '../model/describe';
import { showInstant } from '../model/local-time';
import { rowAt, type RowColumns } from '../model/columns';
import type { ResultRow } from '../model/rows';

/** Up to this many rows are all in the page; more are virtualised. */
export const PLAIN_ROWS = 200;
const ROW_HEIGHT = 44;
/** Rows PageUp and PageDown move by. */
const PAGE_ROWS = 10;

type Props = {
  columns: RowColumns;
  /** Positions of the rows shown; null: all. */
  view: Uint32Array | null;
  bots: ReadonlyMap<string, Bot>;
  names: Names;
  timezone: string;
  selectedKey: string | null;
  onSelect(row: ResultRow): void;
  /** Closes the selected row's details: pressing that row again, or Escape on a row. */
  onCloseDetails(): void;
  /** Events the run replayed: with none, the empty table says how to add some. */
  eventCount: number;
  /** Leads at the start (composed and held in the worker), and whether both “Start” and “Until” are set. */
  startLeads?: number;
  spanSet?: boolean;
};

const COLUMNS = ['Time', 'Bot', 'Lead', 'Trigger', 'Outcome', 'Reason'] as const;

/**
 * Why a run no event caused happened (SPEC §7: cause null), by its trigger. "On schedule" for all
 * of them called a date-field reminder run late, at the change of its field, on schedule.
 */
export function withoutCause(trigger: Bot['triggers'][number] | undefined): string {
  switch (trigger?.type) {
    case 'on_date':
    case 'recurring':
      return 'On schedule';
    case 'relative_to_date_field':
      return 'Planned from its date field';
    case 'lead_created_in_stage':
    case 'lead_moved_to_stage':
    case 'lead_moved_or_created_in_stage':
      return 'In the stage at the start'; // applyToExisting (R8a)
    default:
      return 'No event caused it';
  }
}

/**
 * What an empty table says when there is no event. With leads at the start, triggers that need no
 * event (a schedule, a date field) still need a span to run in: without
 * events, only “Start” and “Until” give one.
 */
function emptyHint(startLeads: number, spanSet: boolean): string {
  if (startLeads === 0) return 'There are no events to replay yet: load a sample scenario above or add events below.';
  if (!spanSet)
    return 'There are no events, so the simulation has no span of time: scheduled and date-field triggers run only between “Start” and “Until”. Set both below, or add events.';
  return 'No bot ran or was skipped between “Start” and “Until”.';
}

export function ResultsTable({ columns, view, bots, names, timezone, selectedKey, onSelect, onCloseDetails, eventCount, startLeads = 0, spanSet = false }: Props) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const wrapRef = useRef<HTMLDivElement>(null);
  const sideways = useScrollsSideways(wrapRef);
  const total = columns.count;
  const length = view ? view.length : total;
  const rowOf = (i: number): ResultRow => rowAt(columns, view ? view[i]! : i);
  const virtual = length > PLAIN_ROWS;
  const hintId = useId();
  // One row is in the Tab order (the last one focused), and the arrow keys move between rows: with
  // every row a Tab stop, the selected row's details, after the table, were 200 Tab presses away,
  // and with generated traffic out of reach (each Tab rendered more rows to press through).
  // Kept by position over re-runs and filters (each edit re-runs the draft): back at the first row,
  // Shift+Tab into the table after an edit lost the admin's place.
  const [active, setActive] = useState(0);
  const current = Math.max(0, Math.min(active, length - 1));
  const focusNext = useFocusAfterRender();
  const moveTo = (index: number) => {
    const to = Math.max(0, Math.min(length - 1, index));
    setActive(to);
    if (virtual) virtualizer.scrollToIndex(to);
    focusNext(() => scrollRef.current?.querySelector<HTMLElement>(`[data-row="${to}"] .sim-row-button`));
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || length === 0) return;
    const row = (e.target as HTMLElement).closest<HTMLElement>('[data-row]');
    // Escape on the rows closes the details they opened, and goes no further (not the dialog's
    // "unsaved changes" question).
    if (e.key === 'Escape' && selectedKey !== null && !e.defaultPrevented) {
      e.preventDefault();
      e.stopPropagation();
      onCloseDetails();
      return;
    }
    // On the rows' scroll box itself (virtualised rows, the current one scrolled away), Up and Down
    // go to the first row in view.
    const from = row ? Number(row.dataset.row) : e.target === scrollRef.current ? null : undefined;
    if (from === undefined) return;
    const first = virtual ? (virtualizer.range?.startIndex ?? 0) : 0;
    const to =
      e.key === 'ArrowDown' ? (from === null ? first : from + 1)
      : e.key === 'ArrowUp' ? (from === null ? first : from - 1)
      : from === null ? null
      : e.key === 'PageDown' ? from + PAGE_ROWS
      : e.key === 'PageUp' ? from - PAGE_ROWS
      : e.key === 'Home' ? 0
      : e.key === 'End' ? length - 1
      : null;
    if (to === null) return;
    e.preventDefault();
    moveTo(to);
  };
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualiser returns fresh functions each render by design
  const virtualizer = useVirtualizer({
    count: virtual ? length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });

  const renderRow = (row: ResultRow, index: number, style?: CSSProperties, measured = false) => {
    const bot = bots.get(row.botId);
    const trigger = bot?.triggers[row.trigger];
    const selected = row.key === selectedKey;
    const when = showInstant(row.at, timezone);
    const subject = row.leadId ?? (row.kind === 'run' ? row.entityId : undefined) ?? '—';
    return (
      <div
        role="row"
        key={row.key}
        aria-rowindex={index + 2}
        className={`sim-row sim-row--${row.kind}${selected ? ' sim-row--selected' : ''}`}
        style={style}
        data-index={measured ? index : undefined}
        data-row={index}
        ref={measured ? virtualizer.measureElement : undefined}
      >
        <div role="cell" className="sim-cell sim-cell--time">
          {/* Named by more than its time: several rows often share one ("Mon 1 Jun 2026, 09:00 EDT" four times). */}
          <button
            type="button"
            className="sim-row-button"
            aria-pressed={selected}
            tabIndex={index === current ? 0 : -1}
            onFocus={() => {
              if (index !== current) setActive(index);
            }}
            onClick={() => (selected ? onCloseDetails() : onSelect(row))}
            title="Show the lead and conditions at this moment"
            aria-label={`${when}: ${row.kind === 'run' ? (row.unanswered ? 'ran (kept unanswered)' : 'ran') : 'skipped'}, ${bot?.name ?? row.botId}${row.leadId ? `, lead ${row.leadId}` : subject === '—' ? '' : `, ${subject}`}`}
          >
            {when}
          </button>
        </div>
        <div role="cell" className="sim-cell sim-cell--bot" data-label="Bot">
          {bot?.name ?? row.botId}
        </div>
        <div role="cell" className="sim-cell sim-cell--lead" data-label="Lead">
          {subject}
        </div>
        <div role="cell" className="sim-cell sim-cell--trigger" data-label="Trigger">
          {trigger ? describeTrigger(trigger, names, bot && botTimeZone(bot, names)) : `Trigger ${row.trigger + 1}`}
        </div>
        <div role="cell" className="sim-cell sim-cell--outcome">
          {row.kind === 'run' ? (
            <span className="sim-badge sim-badge--run">Ran{row.unanswered ? ' (kept unanswered)' : ''}</span>
          ) : (
            <span className="sim-badge sim-badge--skip">Skipped</span>
          )}
        </div>
        <div role="cell" className="sim-cell sim-cell--reason">
          {row.kind === 'skip' ? (
            <ReasonLine reason={row.reason} detail={row.detail} />
          ) : row.cause === null ? (
            withoutCause(trigger)
          ) : (
            `Caused by event ${row.cause + 1}`
          )}
        </div>
      </div>
    );
  };

  return (
    <>
    <div className="sim-table-wrap" ref={wrapRef}>
      {/* The table is a Tab stop of its own, so that keyboard users can scroll its box sideways when
          the panel is narrow (axe: scrollable-region-focusable fails when the box holds no focusable
          row, e.g. "No bot ran or was skipped…"). The box was that stop, a group named "Runs and
          skips" around the table of the same name: both names were read. */}
      <div
        role="table"
        aria-label={sideways ? 'Runs and skips (scrolls sideways)' : 'Runs and skips'}
        aria-rowcount={length + 1}
        className="sim-table"
        tabIndex={0}
        aria-describedby={length > 0 ? hintId : undefined}
        // Its hint says the arrows move between rows: from the table itself they go to the rows (the
        // current one, Home and End to the first and last), not only after one more Tab.
        onKeyDown={(e) => {
          if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || length === 0) return;
          const to = e.key === 'ArrowDown' || e.key === 'ArrowUp' ? current : e.key === 'Home' ? 0 : e.key === 'End' ? length - 1 : null;
          if (to === null) return;
          e.preventDefault();
          // A row in the page takes the focus at once (the current one is no change of state, so
          // nothing would render to focus it after); one scrolled out of a long list is scrolled to.
          const row = scrollRef.current?.querySelector<HTMLElement>(`[data-row="${to}"] .sim-row-button`);
          if (row) {
            setActive(to);
            row.focus();
          } else moveTo(to);
        }}
      >
        <div role="rowgroup" className="sim-thead">
          <div role="row" aria-rowindex={1} className="sim-row sim-row--head">
            {COLUMNS.map((c) => (
              <div role="columnheader" key={c} className="sim-cell">
                {c}
              </div>
            ))}
          </div>
        </div>
        <div
          role="rowgroup"
          ref={scrollRef}
          className="sim-tbody"
          tabIndex={virtual ? 0 : undefined}
          aria-label={virtual ? 'Rows (scroll for more)' : undefined}
          onKeyDown={onKeyDown}
        >
          {length === 0 ? (
            <div role="row" className="sim-row sim-row--empty">
              <div role="cell" className="sim-cell">
                {total > 0
                  ? 'No row matches these filters.'
                  : eventCount === 0
                    ? emptyHint(startLeads, spanSet)
                    : 'No bot ran or was skipped before the end of the simulation. “What happened?” beside an event says why it started nothing.'}
              </div>
            </div>
          ) : virtual ? (
            <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
              {virtualizer.getVirtualItems().map((v) =>
                renderRow(rowOf(v.index), v.index, { position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${v.start}px)` }, true),
              )}
            </div>
          ) : (
            Array.from({ length }, (_, i) => renderRow(rowOf(i), i))
          )}
        </div>
      </div>
    </div>
      {length > 0 && (
        <p className="sim-hint sim-table-hint" id={hintId}>
          In the table, the up and down arrows move between rows, Enter shows a row's details after the table, and Escape closes them; Tab leaves the
          table.
        </p>
      )}
    </>
  );
}

/**
 * Whether the element is narrower than its content (it scrolls sideways): the table does in a wide
 * panel, the cards of a narrow one never do, and only the first should say so in its name.
 */
function useScrollsSideways(ref: RefObject<HTMLElement | null>): boolean {
  const [sideways, setSideways] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const check = () => setSideways(el.scrollWidth > el.clientWidth + 1);
    const observer = new ResizeObserver(check);
    observer.observe(el);
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    check();
    return () => observer.disconnect();
  }, [ref]);
  return sideways;
}

function ReasonLine({ reason, detail }: { reason: Reason; detail: string }) {
  const { label, rest } = reasonLine(reason, detail);
  return (
    <>
      <strong>{label}</strong>: {rest}
    </>
  );
}
