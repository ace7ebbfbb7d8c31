import { REASON_LABELS } from '../model/describe';
import { verdictWords, type CheckReport } from '../model/expectations';
import { showInstant } from '../model/local-time';

const MAX_SHOWN = 30;

/** `onRemove`: drops the expectations from the scenario (a sample's checks no longer fit a bot the admin changed). */
/** `stale`: the report is of results from before the last change, which cannot run: not said to hold. */
type Props = {
  report: CheckReport;
  timezone: string;
  botName(id: string): string;
  storedNote: string | null;
  onRemove(): void;
  stale?: boolean;
};

const verdictOf = (report: CheckReport, stale: boolean) =>
  stale ? 'Not checked: the last change cannot run yet, so these are the checks of the results before it.' : verdictWords(report);

/** What the panel's status for the expectations says when the verdict changes ("Expectations: every expectation holds."). */
export function expectationsSaid(report: CheckReport, stale: boolean): string {
  const verdict = verdictOf(report, stale);
  return `Expectations: ${verdict.charAt(0).toLowerCase()}${verdict.slice(1)}`;
}

/** The verdict shown is not live: the panel's one status says it when it changes (`expectationsSaid`). */
export function ExpectationsView({ report, timezone, botName, storedNote, onRemove, stale = false }: Props) {
  const all = report.failed === 0;
  const verdict = verdictOf(report, stale);
  // Failures first; a long list is cut (traffic added to a sample can make thousands of unexpected runs).
  const ordered = [...report.items.filter((i) => !i.pass), ...report.items.filter((i) => i.pass)];
  const shown = ordered.slice(0, MAX_SHOWN);
  // Every check, also the unexpected runs counted but not listed (report.items stops at a hundred of them).
  const total = report.passed + report.failed;
  const hidden = total - shown.length;
  return (
    <section className="sim-block" aria-labelledby="sim-expect-title">
      <h4 id="sim-expect-title">
        Expectations: {report.passed.toLocaleString('en-US')} of {total.toLocaleString('en-US')} pass
      </h4>
      <p className={stale ? 'sim-hint' : all ? 'sim-ok' : 'sim-bad'}>{verdict}</p>
      {storedNote && <p className="sim-hint">{storedNote}</p>}
      <ul className="sim-checks">
        {shown.map((item, i) => {
          const text =
            item.kind === 'activation'
              ? `${botName(item.botId)} runs${item.leadId ? ` for lead ${item.leadId}` : ''} at ${showInstant(item.at, timezone)}`
              : item.kind === 'skip'
                ? `${botName(item.botId)} is skipped at least once: ${REASON_LABELS[item.reason]}`
                : `Unexpected run of ${botName(item.botId)}${item.leadId ? ` for lead ${item.leadId}` : ''} at ${showInstant(item.at, timezone)}`;
          return (
            <li key={i} className={item.pass ? 'sim-pass' : 'sim-fail'}>
              <span className="sim-mark" aria-hidden="true">
                {item.pass ? '✓' : '✗'}
              </span>
              <span className="sim-visually-hidden">{item.pass ? 'Pass: ' : 'Fail: '}</span>
              {text}
            </li>
          );
        })}
        {hidden > 0 && <li>… and {hidden.toLocaleString('en-US')} more.</li>}
      </ul>
      <p className="sim-row-actions">
        <button type="button" onClick={onRemove}>
          Remove the expectations
        </button>
        <span className="sim-hint">The events stay; the results are no longer checked.</span>
      </p>
    </section>
  );
}
