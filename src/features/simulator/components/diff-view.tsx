import type { RunDiff } from '../model/diff';
import { showInstant } from '../model/local-time';

const SHOWN = 50;

export function DiffView({ diff, timezone }: { diff: RunDiff; timezone: string }) {
  const none = diff.gained.length === 0 && diff.lost.length === 0 && diff.moved.length === 0;
  const subject = (s: string | undefined) => (s ? `lead ${s}` : 'no lead');
  return (
    <section className="sim-block" aria-labelledby="sim-diff-title">
      <h4 id="sim-diff-title">Draft versus saved</h4>
      <p role="status">
        {none
          ? `The edit changes no run (${diff.unchanged} the same).`
          : `The edit gains ${diff.gained.length} run${diff.gained.length === 1 ? '' : 's'}, loses ${diff.lost.length} and moves ${diff.moved.length} in time (${diff.unchanged} the same).`}
      </p>
      {!none && (
        <ul className="sim-diff">
          {diff.gained.slice(0, SHOWN).map((a, i) => (
            <li key={`g${i}`} className="sim-pass">
              Gained: {subject(a.leadId ?? a.entityId)} at {showInstant(a.at, timezone)}
            </li>
          ))}
          {diff.lost.slice(0, SHOWN).map((a, i) => (
            <li key={`l${i}`} className="sim-fail">
              Lost: {subject(a.leadId ?? a.entityId)} at {showInstant(a.at, timezone)}
            </li>
          ))}
          {diff.moved.slice(0, SHOWN).map((m, i) => (
            <li key={`m${i}`}>
              Moved: {subject(m.subject)} from {showInstant(m.from, timezone)} to {showInstant(m.to, timezone)}
            </li>
          ))}
          {diff.gained.length + diff.lost.length + diff.moved.length > 3 * SHOWN && <li>… and more.</li>}
        </ul>
      )}
    </section>
  );
}
