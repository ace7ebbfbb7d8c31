import type { ValidationError } from '../../../domain';

/** The errors at `prefix` or below it, with the prefix removed ("0.tagIds.1" under "0" → "tagIds.1"). */
export function errorsUnder(errors: readonly ValidationError[], prefix: string): ValidationError[] {
  const out: ValidationError[] = [];
  for (const e of errors) {
    if (e.path === prefix) out.push({ path: '', message: e.message });
    else if (e.path.startsWith(`${prefix}.`)) out.push({ path: e.path.slice(prefix.length + 1), message: e.message });
  }
  return out;
}

/** Distinct messages, in order: a list of bad ids can repeat one sentence. */
export function messagesOf(errors: readonly ValidationError[]): string[] {
  return [...new Set(errors.map((e) => e.message))];
}
