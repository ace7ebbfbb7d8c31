import { formatInstant, formatLocal } from '../../../engine/time';

type AfterEnd = { count: number; firstMs: number; lastMs: number };

/**
 * Runs of the draft planned for after the end of the simulation (a delay or a date-field reminder
 * due after the last event, or after "Until"): they do not happen in the replay, and without a word
 * the admin would think the bot never matched.
 */
export function AfterEndNotice({
  afterEnd,
  untilSet,
  hasExpectations = false,
  timezone,
  onExtend,
}: {
  afterEnd: AfterEnd | null;
  untilSet: boolean;
  /** The scenario says what it expects: written for the end it has, it may not hold once extended. */
  hasExpectations?: boolean;
  timezone: string;
  onExtend(until: string): void;
}) {
  if (afterEnd === null) return null;
  const { count, firstMs, lastMs } = afterEnd;
  const when = count === 1 || firstMs === lastMs ? formatLocal(firstMs, timezone, true) : `the first ${formatLocal(firstMs, timezone, true)}, the last ${formatLocal(lastMs, timezone, true)}`;
  const end = untilSet ? 'at “Until”' : 'at the last event (“Until” is empty)';
  return (
    <section className="sim-block sim-notice" aria-labelledby="sim-after-end-title">
      <h4 id="sim-after-end-title">{count === 1 ? 'A run after the end' : `${count.toLocaleString('en-US')} runs after the end`}</h4>
      <p>
        {count === 1 ? 'This bot has a run planned' : `This bot has ${count.toLocaleString('en-US')} runs planned`} for after the simulation ends ({when}), so{' '}
        {count === 1 ? 'it is' : 'they are'} not in the results. The simulation ends {end}.
        {/* A sample shows exactly this ("no run after the end"): extending it fails its own check, said before. */}
        {hasExpectations && ` The scenario’s expectations were written for this end: with ${count === 1 ? 'the run' : 'the runs'} included, they may no longer hold.`}
      </p>
      <button type="button" onClick={() => onExtend(formatInstant(lastMs))}>
        {count === 1 ? 'Extend “Until” to include it' : 'Extend “Until” to include them'}
      </button>
    </section>
  );
}
