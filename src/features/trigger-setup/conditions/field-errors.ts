import type { ValidationError } from '../../../domain';

export { errorsUnder } from '../../../domain';

/** Distinct messages, in order: a list of bad ids can repeat one sentence. */
export function messagesOf(errors: readonly ValidationError[]): string[] {
  return [...new Set(errors.map((e) => e.message))];
}
