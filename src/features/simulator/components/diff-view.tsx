import { diffWords, type DiffSummary } from '../model/diff';
import { showInstant } from '../model/local-time';

/** What the panel's status for the diff says when its counts change ("Draft versus saved: the edit gains 1 run, …"). */
export function diffSaid(diff: DiffSummary): string {
  const words = diffWords(diff.counts);
  return `Draft versus saved: ${words.charAt(0).toLowerCase()}${words.slice(1)}`;
}

/** The words shown are not live: the panel's one status says them when they change (`diffSaid`). */
export function DiffView({ diff, timezone }: { diff: DiffSummary; timezone: string }) {
  const { counts } = diff;
  const none = counts.gained === 0 && counts.lost === 0 && counts.moved === 0;
  const words = diffWords(counts);
  return (
    <section className="sim-block" aria-labelledby="sim-diff-title">
      <h4 id="sim-diff-title">Draft versus saved</h4>
      <p>{words}</p>
      {!none && (
        <ul className="sim-diff">
          {diff.gained.map((a, i) => (
            <li key={`g${i}`} className="sim-pass">
              Gained: {a.who} at {showInstant(a.at, timezone)}
            </li>
          ))}
          {diff.lost.map((a, i) => (
            <li key={`l${i}`} className="sim-fail">
              Lost: {a.who} at {showInstant(a.at, timezone)}
            </li>
          ))}
          {diff.moved.map((m, i) => (
            <li key={`m${i}`}>
              Moved: {m.who} from {showInstant(m.from, timezone)} to {showInstant(m.to, timezone)}
            </li>
          ))}
          {counts.gained + counts.lost + counts.moved > diff.gained.length + diff.lost.length + diff.moved.length && <li>… and more.</li>}
        </ul>
      )}
    </section>
  );
}
