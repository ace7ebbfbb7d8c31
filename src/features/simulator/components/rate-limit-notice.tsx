import { formatLocal } from '../../../engine/time';
import { count } from '../../../lib/count';
import type { Suspension } from '../model/suspensions';

const WHAT: Record<Suspension['code'], { triggers: string; actions: string; starts: string }> = {
  tag_triggers_suspended: { triggers: 'Tag triggers', actions: 'tag actions', starts: 'tag-trigger start' },
  field_triggers_suspended: { triggers: 'Field triggers', actions: 'field changes', starts: 'field-trigger start' },
};

/** "Mon 1 Jun 2026, 10:30 EDT to 11:30 EDT" (the date once when both ends share it). */
function period(from: number, until: number, timezone: string): string {
  const a = formatLocal(from, timezone, true);
  const b = formatLocal(until, timezone, true);
  const [dateA] = a.split(', ');
  const [dateB, timeB] = b.split(', ');
  return `${a} to ${dateA === dateB ? timeB : b}`;
}

/** The rate-limit pauses of a run (R9), said in words beside the timeline that draws them. */
export function RateLimitNotice({ suspensions, timezone, onShowSkips }: { suspensions: readonly Suspension[]; timezone: string; onShowSkips(): void }) {
  if (suspensions.length === 0) return null;
  const skipped = suspensions.reduce((n, s) => n + s.skipped, 0);
  return (
    <section className="sim-block sim-invalid" aria-labelledby="sim-rate-title">
      <h4 id="sim-rate-title">Rate limits reached</h4>
      <ul className="sim-suspensions">
        {suspensions.map((s, i) => {
          const w = WHAT[s.code];
          return (
            <li key={i}>
              {w.triggers} were paused from {period(s.from, s.until, timezone)}, after more than 25,000 {w.actions} within an hour:{' '}
              {s.skipped === 0 ? 'no start was skipped.' : `${count(s.skipped, w.starts)} skipped.`}
            </li>
          );
        })}
      </ul>
      {skipped > 0 && (
        <button type="button" onClick={onShowSkips}>
          Show the rate-limited skips
        </button>
      )}
    </section>
  );
}
