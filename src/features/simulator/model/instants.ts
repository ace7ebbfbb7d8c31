// Instants (ISO texts) as ms for the worker's post-processing of large results: canonical texts
// ("2026-06-01T14:00:00Z", what the engine writes) are read digit by digit, the rest like Date.parse.
import { instantMsInto } from '../../../engine/fast-instant';

/** ms of each item's `at`, in a typed array; each run of equal texts is read once (results repeat them). */
export function instantsOf(list: readonly { at: string }[]): Float64Array {
  const out = new Float64Array(list.length);
  let last = '';
  let ms = Number.NaN;
  for (let i = 0; i < list.length; i++) {
    const at = list[i]!.at;
    if (at !== last) {
      last = at;
      instantMsInto(out, i, at);
      ms = out[i]!;
    } else out[i] = ms;
  }
  return out;
}
