import type { ReactNode } from 'react';
import type { Account, Bot } from '../../../domain';
import { formatAmount } from '../../../lib/amount-words';
import { closeOnEscape } from '../../../lib/close-on-escape';
import { dateRunWords } from '../model/date-run-words';
import { REASON_LABELS, reasonLine, type Names } from '../model/describe';
import { showInstant } from '../model/local-time';
import type { ResultRow } from '../model/rows';
import type { Inspection } from '../worker/protocol';

type Props = {
  row: ResultRow;
  bot: Bot | undefined;
  inspection: Inspection | null;
  account: Account;
  names: Names;
  /**
   * The row's event when the worker holds it (bulk traffic, which the composer does not list): a
   * "What happened after event N?" of its own, opening `content` (the same answer as the composer's).
   */
  held?: { index: number; open: boolean; onToggle(): void; content: ReactNode };
  onClose(): void;
};

export function RowInspector({ row, bot, inspection, account, names, held, onClose }: Props) {
  const lead = inspection?.lead ?? null;
  const when = showInstant(row.at, account.timezone);
  // A date-field run (R10): when it was due, and why it ran later when it did (the table says only
  // "Planned from its date field"). From the lead as the run read it: only the selected row's.
  const due =
    row.kind === 'run' && row.cause === null && inspection !== null
      ? dateRunWords({ trigger: bot?.triggers[row.trigger], runMs: row.ms, lead, eventIndex: inspection.eventIndex, account, names })
      : null;
  return (
    <section className="sim-inspector" aria-label="Selected row" onKeyDown={closeOnEscape(onClose)}>
      <div className="sim-inspector-head">
        <h4>
          {row.kind === 'run' ? 'Ran' : `Skipped: ${REASON_LABELS[row.reason]}`} · {when}
        </h4>
        <button type="button" onClick={onClose}>
          Close details
        </button>
      </div>
      {row.kind === 'skip' && <p>{reasonLine(row.reason, row.detail).rest}</p>}
      {due !== null && <p>{due}</p>}
      {held && (
        <p>
          {/* Escape on it closes the answer, as on the composer's button (not the details or the dialog). */}
          <button
            type="button"
            data-action="held-outcome"
            aria-expanded={held.open}
            onClick={held.onToggle}
            onKeyDown={held.open ? closeOnEscape(held.onToggle) : undefined}
          >
            What happened after event {held.index + 1}?
          </button>
        </p>
      )}
      {held?.open && held.content}
      {inspection === null ? (
        // Not spoken: it comes and goes in a moment, and was read again at every render of the panel.
        <p>Looking up the lead…</p>
      ) : !lead ? (
        <p>No lead is attached to this row.</p>
      ) : (
        <div className="sim-inspector-body">
          <dl className="sim-lead">
            <dt>Lead</dt>
            <dd>{lead.id}</dd>
            <dt>Stage</dt>
            <dd>{names.stage(lead.stageId)}</dd>
            <dt>Responsible</dt>
            <dd>{names.user(lead.responsibleUserId)}</dd>
            <dt>Sale</dt>
            <dd>{formatAmount(lead.price)}</dd>
            <dt>Tags</dt>
            <dd>{lead.tagIds?.length ? lead.tagIds.map(names.tag).join(', ') : 'none'}</dd>
            {lead.sourceId !== undefined && (
              <>
                <dt>Source</dt>
                <dd>{account.sources.find((s) => s.id === lead.sourceId)?.name ?? lead.sourceId}</dd>
              </>
            )}
            {lead.utm &&
              Object.entries(lead.utm).map(([k, v]) => (
                <div key={k} className="sim-lead-pair">
                  <dt>{k}</dt>
                  <dd>{v}</dd>
                </div>
              ))}
            {lead.fields &&
              Object.entries(lead.fields).map(([k, v]) => (
                <div key={k} className="sim-lead-pair">
                  <dt>{names.field(k)}</dt>
                  {/* A date-time as the event list shows it, in the account's zone (the raw text was UTC). */}
                  <dd>{names.fieldValue(k, v)}</dd>
                </div>
              ))}
          </dl>
          <p className="sim-hint">
            {inspection.eventIndex === null ? 'As the lead was when the run was due, before the events of that moment.' : `As the lead was right after event ${inspection.eventIndex + 1}.`}
          </p>
          {bot && bot.conditions.length > 0 ? (
            <ul className="sim-conditions" aria-label="Conditions">
              {inspection.conditions.map((c) => (
                <li key={c.index} className={c.pass ? 'sim-pass' : 'sim-fail'}>
                  <span className="sim-mark" aria-hidden="true">
                    {c.pass ? '✓' : '✗'}
                  </span>
                  Condition {c.index + 1} {c.pass ? 'holds' : 'fails'}. Needed: {c.expected}. The lead: {c.actual}.
                </li>
              ))}
            </ul>
          ) : (
            <p>This bot has no conditions.</p>
          )}
        </div>
      )}
    </section>
  );
}
