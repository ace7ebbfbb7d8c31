// Maps the validator's error paths to the part of the form they concern.
import type { ValidationError } from '../../../domain';

export { errorsUnder } from '../../../domain';

/** Messages for one field: its own path and anything below it ("stageIds", "stageIds.2"). */
export function messagesFor(errors: readonly ValidationError[], key: string): string[] {
  return errors.filter((e) => e.path === key || e.path.startsWith(`${key}.`)).map((e) => e.message);
}

/**
 * A list field's messages ("stageIds"), split for a Checklist: `itemErrors`, those about one item, by
 * its place in the list ("stageIds.2": an id the account does not have), shown on that item's box;
 * `errors`, the rest, about the list as a whole.
 */
export function listMessages(errors: readonly ValidationError[], key: string): { errors: string[]; itemErrors: Map<number, string[]> } {
  const whole: string[] = [];
  const items = new Map<number, string[]>();
  for (const e of errors) {
    if (e.path !== key && !e.path.startsWith(`${key}.`)) continue;
    const at = /^\d+$/.exec(e.path.slice(key.length + 1).split('.')[0] ?? '');
    if (at) items.set(Number(at[0]), [...(items.get(Number(at[0])) ?? []), e.message]);
    else whole.push(e.message);
  }
  return { errors: whole, itemErrors: items };
}

/** Where an error sits, in words: shared with the simulator, which lists the same errors. */
export { locationOf } from '../../../lib/error-location';

/**
 * `errors` after the items of the list at `list` ("triggers", "activeHours.ranges") went from `prev`
 * to `next`, when `next` is `prev` with items taken out (the others the same, in order): a later
 * item's errors follow it to its new number ("triggers.2.stageIds" → "triggers.1.stageIds"), and a
 * removed item's go with it. Any other change leaves `errors` as they are (the same array).
 */
export function afterRemovals(errors: ValidationError[], list: string, prev: readonly unknown[], next: readonly unknown[]): ValidationError[] {
  if (next.length >= prev.length) return errors;
  const moved = new Map<number, number>();
  prev.forEach((item, i) => {
    if (moved.size < next.length && next[moved.size] === item) moved.set(i, moved.size);
  });
  if (moved.size !== next.length) return errors; // not only removals: an item changed or came
  return errors.flatMap((e) => {
    const [index, ...rest] = e.path.startsWith(`${list}.`) ? e.path.slice(list.length + 1).split('.') : [];
    if (index === undefined || !/^\d+$/.test(index)) return [e];
    const to = moved.get(Number(index));
    return to === undefined ? [] : [{ ...e, path: [list, to, ...rest].join('.') }];
  });
}
