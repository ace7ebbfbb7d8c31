import { useId, useState } from 'react';
import type { Account } from '../../../domain';
import { localInputToInstant } from '../model/local-time';
import { LocalTimeInput } from './local-time-input';
import { MAX_TRAFFIC_EVENTS, TRAFFIC_KIND_LABELS, TRAFFIC_KINDS, type TrafficKind, type TrafficOptions } from '../model/traffic';

type Props = {
  account: Account;
  busy: boolean;
  /** Generates; resolves to the worker's refusal, said here (the panel's notice is out of view), or null. */
  onGenerate(options: TrafficOptions, companions: number): Promise<string | null>;
};

type Field = 'from' | 'to' | 'period' | 'count' | 'leads' | 'bots' | 'kinds';

const EMPTY_PERIOD = 'Enter the start and end of the period as dates and times.';
const BACKWARDS_PERIOD = 'Choose a period whose end is not before its start.';

export function TrafficGenerator({ account, busy, onGenerate }: Props) {
  const id = useId();
  const [count, setCount] = useState('100000');
  const [leads, setLeads] = useState('10000');
  const [seed, setSeed] = useState('42');
  const [companions, setCompanions] = useState('19');
  // Instants, typed in the account's zone: LocalTimeInput says which of a repeated hour it is.
  const [from, setFrom] = useState(() => localInputToInstant('2026-06-01T09:00', account.timezone) ?? undefined);
  const [to, setTo] = useState(() => localInputToInstant('2026-06-08T09:00', account.timezone) ?? undefined);
  const [kinds, setKinds] = useState<TrafficKind[]>(['incoming_message', 'lead_moved', 'tag_toggle', 'story_mention']);
  // The problem, and the field it is about ("period": From and To; null: none in particular): that
  // field is marked, described by it and focused. `said` counts the refusals: each puts a new alert
  // in the page, so that pressing Generate again says the problem again.
  const [problem, setProblem] = useState<{ field: Field | null; message: string; said: number } | null>(null);
  const error = problem?.message ?? null;
  const errorId = `${id}-error`;
  const marked = (field: Field) => (problem?.field === field ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {});
  const periodError = (field: 'from' | 'to') => (problem?.field === field || problem?.field === 'period' ? { id: errorId } : null);
  // A field changed after a refusal: the problem is looked at again. The period's is kept while it
  // still holds (the side still empty, an end still before the start); another field's goes with
  // its change (it is checked again at Generate).
  const changed = (field: Field, next: { from?: string | undefined; to?: string | undefined } = {}) =>
    setProblem((p) => {
      if (p === null) return p;
      if (field === 'from' || field === 'to') {
        if (p.field !== 'from' && p.field !== 'to' && p.field !== 'period') return p;
        const f = 'from' in next ? next.from : from;
        const t = 'to' in next ? next.to : to;
        if (!f || !t) return { ...p, field: !f && !t ? 'period' : !f ? 'from' : 'to', message: EMPTY_PERIOD };
        return Date.parse(t) < Date.parse(f) ? { ...p, field: 'period', message: BACKWARDS_PERIOD } : null;
      }
      return p.field === field ? null : p;
    });
  const refuse = (field: Field | null, message: string) => {
    setProblem((p) => ({ field, message, said: (p?.said ?? 0) + 1 }));
    const target =
      field === 'kinds'
        ? document.getElementById(`${id}-kinds`)?.querySelector('input')
        : field === null
          ? null
          : document.getElementById(`${id}-${field === 'period' ? 'from' : field}`);
    target?.focus();
  };

  const submit = () => {
    if (busy) return;
    const n = Number(count);
    const c = Number(companions);
    const l = Number(leads);
    if (!from || !to) return refuse(!from && !to ? 'period' : !from ? 'from' : 'to', EMPTY_PERIOD);
    if (Date.parse(to) < Date.parse(from)) return refuse('period', BACKWARDS_PERIOD);
    if (!Number.isInteger(n) || n < 1 || n > MAX_TRAFFIC_EVENTS) return refuse('count', `Choose between 1 and ${MAX_TRAFFIC_EVENTS.toLocaleString('en-US')} events.`);
    if (!Number.isInteger(l) || l < 1 || l > 100_000) return refuse('leads', 'Choose between 1 and 100,000 leads.');
    if (!Number.isInteger(c) || c < 0 || c > 49) return refuse('bots', 'Choose between 0 and 49 load demo bots.');
    if (kinds.length === 0) return refuse('kinds', 'Choose at least one kind of event.');
    setProblem(null);
    void onGenerate({ count: n, kinds, from, to, seed: Number(seed) || 0, leads: Number(leads) }, c).then((refused) => {
      if (refused !== null) refuse(null, refused);
    });
  };

  return (
    <details className="sim-block sim-generator" aria-label="Generate traffic">
      <summary>Generate traffic</summary>
      <p className="sim-hint">
        Makes many events from a seed (the same seed gives the same events), for load and rate-limit demos. Large traffic stays in the simulator's worker;
        up to 500 events are added to the list above.
      </p>
      <div className="sim-grid">
        <div className="sim-field">
          <label htmlFor={`${id}-count`}>Events</label>
          <input id={`${id}-count`} type="number" min={1} max={MAX_TRAFFIC_EVENTS} value={count} onChange={(e) => (setCount(e.target.value), changed('count'))} {...marked('count')} />
        </div>
        <div className="sim-field">
          <label htmlFor={`${id}-leads`}>Leads</label>
          <input id={`${id}-leads`} type="number" min={1} max={100000} value={leads} onChange={(e) => (setLeads(e.target.value), changed('leads'))} {...marked('leads')} />
        </div>
      </div>
      <div className="sim-grid sim-grid-times">
        <LocalTimeInput optional id={`${id}-from`} error={periodError('from')} label={`From (${account.timezone})`} value={from} tz={account.timezone} onChange={(v) => (setFrom(v), changed('from', { from: v }))} />
        <LocalTimeInput optional id={`${id}-to`} error={periodError('to')} label={`To (${account.timezone})`} value={to} tz={account.timezone} onChange={(v) => (setTo(v), changed('to', { to: v }))} />
      </div>
      <div className="sim-grid">
        <div className="sim-field">
          <label htmlFor={`${id}-seed`}>Seed</label>
          <input id={`${id}-seed`} type="number" value={seed} onChange={(e) => setSeed(e.target.value)} />
        </div>
        <div className="sim-field">
          <label htmlFor={`${id}-bots`}>Load demo bots beside the draft</label>
          <input id={`${id}-bots`} type="number" min={0} max={49} value={companions} onChange={(e) => (setCompanions(e.target.value), changed('bots'))} {...marked('bots')} />
        </div>
      </div>
      <fieldset className="sim-kinds" id={`${id}-kinds`} aria-describedby={problem?.field === 'kinds' ? errorId : undefined}>
        <legend>Kinds of events</legend>
        {TRAFFIC_KINDS.map((k) => (
          <label key={k}>
            <input
              type="checkbox"
              checked={kinds.includes(k)}
              onChange={(e) => (setKinds((list) => (e.target.checked ? [...list, k] : list.filter((x) => x !== k))), changed('kinds'))}
            />
            {TRAFFIC_KIND_LABELS[k]}
          </label>
        ))}
      </fieldset>
      {error && (
        <p key={problem?.said} role="alert" className="sim-bad" id={errorId}>
          {error}
        </p>
      )}
      {/* aria-disabled, not disabled, while busy: a disabled button drops the focus. */}
      <button type="button" onClick={submit} aria-disabled={busy || undefined}>
        Generate traffic
      </button>
    </details>
  );
}
