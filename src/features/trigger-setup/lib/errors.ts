// Maps the validator's error paths to the part of the form they concern.
import type { ValidationError } from '../../../domain';

export { errorsUnder } from '../../../domain';

/** Messages for one field: its own path and anything below it ("stageIds", "stageIds.2"). */
export function messagesFor(errors: readonly ValidationError[], key: string): string[] {
  return errors.filter((e) => e.path === key || e.path.startsWith(`${key}.`)).map((e) => e.message);
}

/** Where an error sits, in words: shared with the simulator, which lists the same errors. */
export { locationOf } from '../../../lib/error-location';
