import { diffWords, type DiffSummary } from '../model/diff';
import { useSaidOnChange } from './said-on-change';
import { showInstant } from '../model/local-time';

/** `quiet`: the panel's status has said these counts already (a sample just loaded), so they are not said again here. */
export function DiffView({ diff, timezone, quiet = false }: { diff: DiffSummary; timezone: string; quiet?: boolean }) {
  const { counts } = diff;
  const none = counts.gained === 0 && counts.lost === 0 && counts.moved === 0;
  const words = diffWords(counts);
  const said = useSaidOnChange(`Draft versus saved: ${words.charAt(0).toLowerCase()}${words.slice(1)}`, quiet);
  const subject = (s: string | undefined) => (s ? `lead ${s}` : 'no lead');
  return (
    <section className="sim-block" aria-labelledby="sim-diff-title">
      <h4 id="sim-diff-title">Draft versus saved</h4>
      <p>{words}</p>
      {/* Said when it changes: the words above are not live (see useSaidOnChange). */}
      <p role="status" className="sim-visually-hidden">
        <span key={said.key}>{said.words}</span>
      </p>
      {!none && (
        <ul className="sim-diff">
          {diff.gained.map((a, i) => (
            <li key={`g${i}`} className="sim-pass">
              Gained: {subject(a.leadId ?? a.entityId)} at {showInstant(a.at, timezone)}
            </li>
          ))}
          {diff.lost.map((a, i) => (
            <li key={`l${i}`} className="sim-fail">
              Lost: {subject(a.leadId ?? a.entityId)} at {showInstant(a.at, timezone)}
            </li>
          ))}
          {diff.moved.map((m, i) => (
            <li key={`m${i}`}>
              Moved: {subject(m.subject)} from {showInstant(m.from, timezone)} to {showInstant(m.to, timezone)}
            </li>
          ))}
          {counts.gained + counts.lost + counts.moved > diff.gained.length + diff.lost.length + diff.moved.length && <li>… and more.</li>}
        </ul>
      )}
    </section>
  );
}
