import { Trigger, type TriggerOf } from '../../../domain';
import { formatInstant, formatLocal, nextOccurrences } from '../../../engine';

type ScheduleTrigger = TriggerOf<'on_date'> | TriggerOf<'recurring'>;

/** The next five run times of a scheduled trigger, in the account's time zone (with its DST abbreviation or offset). */
export function NextRuns({ trigger, timezone, now }: { trigger: ScheduleTrigger; timezone: string; now: number }) {
  const valid = Trigger.safeParse(trigger).success;
  const runs = valid ? nextOccurrences(trigger, timezone, now, 5) : [];
  return (
    <section className="ts-next-runs" aria-label="Next runs">
      <h5 className="ts-next-runs-title">Next runs ({timezone})</h5>
      {!valid ? (
        <p className="ui-hint">Complete the schedule to see when the bot runs.</p>
      ) : runs.length === 0 ? (
        <p className="ui-hint">This date has passed: the bot will not run again.</p>
      ) : (
        <ol>
          {runs.map((ms) => (
            <li key={ms}>
              <time dateTime={formatInstant(ms)}>{formatLocal(ms, timezone)}</time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
