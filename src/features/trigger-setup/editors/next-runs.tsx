import { Trigger, type TriggerOf } from '../../../domain';
import { formatInstant, formatLocal, nextOccurrences } from '../../../engine';
import { pad2, toLocal, wallTimeInstants } from '../../../engine/time';

type ScheduleTrigger = TriggerOf<'on_date'> | TriggerOf<'recurring'>;

/** The next five run times of a scheduled trigger, in `timezone`, the bot's (botTimeZone), with its DST abbreviation or offset. */
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
              {clockNote(trigger, ms, timezone)}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * Why a run is not at the time the schedule says, or runs once where the clock shows that time
 * twice (R11): a run moved out of the spring gap, or one in the repeated autumn hour.
 */
function clockNote(trigger: ScheduleTrigger, ms: number, timezone: string): string {
  const wanted = trigger.type === 'recurring' ? trigger.time : trigger.at.slice(11, 16);
  const local = toLocal(ms, timezone);
  const shown = `${pad2(local.hour)}:${pad2(local.minute)}`;
  if (shown !== wanted) return ` (there is no ${wanted} that day: the clocks jump forward, so it runs at ${shown})`;
  if (wallTimeInstants(timezone, local.year, local.month, local.day, local.hour, local.minute).length > 1) {
    return ` (${wanted} happens twice that day: the clocks go back; it runs once, at the first)`;
  }
  return '';
}
