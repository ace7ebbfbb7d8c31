import { useEffect, useId, useState } from 'react';
import { REASONS, type Bot, type Reason } from '../../../domain';
import { REASON_LABELS } from '../model/describe';
import type { RowFilter } from '../model/rows';
import { count } from '../../../lib/count';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useSettled } from '../../../lib/use-settled';

/** `draftId`: the bot under edit, marked in the list (generated traffic brings many other bots). */
type Props = { filter: RowFilter; bots: ReadonlyMap<string, Bot>; draftId: string; onChange(f: RowFilter): void; shown: number; total: number };

export function ResultsFilters({ filter, bots, draftId, onChange: change, shown, total }: Props) {
  const id = useId();
  const counted = shown === total ? count(total, 'row') : `${shown.toLocaleString('en-US')} of ${count(total, 'row')}`;
  // The count is spoken once after the admin changes a filter, not at every run: each edit re-runs
  // the draft, and "5 rows" then came with "Results: 3 runs and 2 skips" (and "0 rows" on opening).
  const [asked, setAsked] = useState<RowFilter | null>(null);
  const [said, setSaid] = useState<{ filter: RowFilter; text: string } | null>(null);
  if (asked !== null && asked === filter) {
    setAsked(null);
    setSaid({ filter, text: counted });
  }
  // Once typing in the Lead box pauses, not at each key; and again for another filter that shows as
  // many rows (the same words, so the region is emptied first: useAnnouncer).
  const settled = useSettled(said);
  const [spoken, announce] = useAnnouncer();
  useEffect(() => {
    if (settled !== null) announce(settled.text);
  }, [settled, announce]);
  const onChange = (f: RowFilter) => {
    setAsked(f);
    change(f);
  };
  return (
    <fieldset className="sim-filters">
      <legend>Filter runs and skips</legend>
      {/* Each label stays on one line with its control when the row wraps. */}
      <span className="sim-filter">
        <label htmlFor={`${id}-bot`}>Bot</label>
        <select id={`${id}-bot`} value={filter.botId ?? ''} onChange={(e) => onChange({ ...filter, botId: e.target.value || null })}>
        <option value="">All bots</option>
        {[...bots.values()].map((b) => (
          <option key={b.id} value={b.id}>
            {b.id === draftId ? `${b.name} (this bot)` : b.name}
          </option>
        ))}
        </select>
      </span>
      <span className="sim-filter">
        <label htmlFor={`${id}-lead`}>Lead</label>
        <input id={`${id}-lead`} type="search" placeholder="Lead id" value={filter.lead} onChange={(e) => onChange({ ...filter, lead: e.target.value })} />
      </span>
      <span className="sim-filter">
        <label htmlFor={`${id}-reason`}>Outcome</label>
        <select
        id={`${id}-reason`}
        value={filter.reason ?? ''}
        onChange={(e) => onChange({ ...filter, reason: (e.target.value || null) as Reason | 'runs' | null })}
      >
        <option value="">Runs and skips</option>
        <option value="runs">Runs only</option>
        {REASONS.map((r) => (
          <option key={r} value={r}>
            Skipped: {REASON_LABELS[r]}
          </option>
        ))}
        </select>
      </span>
      <span className="sim-hint">{counted}</span>
      <span className="sim-visually-hidden" aria-live="polite" data-testid="sim-filter-count">
        {spoken}
      </span>
    </fieldset>
  );
}
