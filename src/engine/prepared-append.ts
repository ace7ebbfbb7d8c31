// The events' pre-pass (prepareEvents) for a list that ends with events already prepared: the
// simulator's files are a few composer events followed by bulk traffic (generated or imported)
// that stays the same while the admin edits. The bulk's pre-pass is made once, when it arrives;
// a replay of composer events + bulk then scans only the composer's part and joins the two.
import type { SimEvent } from '../domain';
import { prepareEvents } from './simulate';
import type { PreparedEvents } from './simulate';

/**
 * prepareEvents(events), reusing `tail`: the pre-pass of the last `tail.count` events of `events`
 * (the very same objects, in the same order). The result is what prepareEvents(events) would give
 * for every purpose of the replay (lead numbers may differ, they only name leads). When `events`
 * does not end with `tail.events`, it is simply prepareEvents(events).
 */
export function prepareAppended(events: readonly SimEvent[], tail: PreparedEvents): PreparedEvents {
  const n = events.length;
  const h = n - tail.count;
  if (h < 0 || !endsWith(events, tail.events, h)) return prepareEvents(events);
  if (h === 0) return tail;
  const head = prepareEvents(events.slice(0, h));

  const times = new Float64Array(n);
  times.set(head.times);
  times.set(tail.times, h);
  const codes = new Uint8Array(n);
  codes.set(head.codes);
  codes.set(tail.codes, h);
  const canonical = new Uint8Array(n);
  canonical.set(head.canonical);
  canonical.set(tail.canonical, h);

  // Lead numbers: the tail keeps its own; the head's leads get the tail's number for the same id,
  // or a new one after them (kept apart: a copy of the bulk's index is a millisecond per replay).
  const extra = new Map<string, number>();
  const remap = new Int32Array(Math.max(1, head.refIndex.size));
  head.refIndex.forEach((ref, id) => {
    let to = tail.refIndex.get(id);
    if (to === undefined) {
      to = extra.get(id);
      if (to === undefined) {
        to = tail.refIndex.size + extra.size;
        extra.set(id, to);
      }
    }
    remap[ref] = to;
  });
  const refIndex = extra.size === 0 ? tail.refIndex : new JoinedIndex(tail.refIndex, extra);
  const refs = new Int32Array(n);
  // Events without a lead hold 0 (never read); remapping it is harmless.
  for (let i = 0; i < h; i++) refs[i] = remap[head.refs[i]!]!;
  refs.set(tail.refs, h);

  return {
    events,
    count: n,
    times,
    codes,
    canonical,
    refs,
    refIndex,
    order: mergeOrders(times, head.order, h, tail.order),
    // The same hint object: a replay of composer + bulk tells the next one how large its result was.
    sizes: tail.sizes,
  };
}

function endsWith(events: readonly SimEvent[], tail: readonly SimEvent[], from: number): boolean {
  for (let i = 0; i < tail.length; i++) if (events[from + i] !== tail[i]) return false;
  return true;
}

/**
 * R1's order of head + tail from the order of each (null: already in order): one stable merge,
 * the head's event first on equal instants (it comes first in the file). null when the whole list
 * is in order already.
 */
function mergeOrders(times: Float64Array, headOrder: Uint32Array | null, h: number, tailOrder: Uint32Array | null): Uint32Array | null {
  const n = times.length;
  if (headOrder === null && tailOrder === null && !(times[h]! < times[h - 1]!)) return null;
  const out = new Uint32Array(n);
  const tn = n - h;
  let i = 0;
  let j = 0;
  // One loop without branches, an exhausted side reading as later than anything: the first replay
  // after a warm-up would otherwise take a side of a branch (or a loop for the rest of one side)
  // for the first time, and code optimized without it is thrown away in the middle of the loop.
  for (let k = 0; k < n; k++) {
    const ai = i < h ? (headOrder === null ? i : headOrder[i]!) : -1;
    const bj = j < tn ? h + (tailOrder === null ? j : tailOrder[j]!) : -1;
    const ta = ai < 0 ? LATEST : times[ai]!;
    const tb = bj < 0 ? LATEST : times[bj]!;
    const fromTail = tb < ta ? 1 : 0;
    out[k] = fromTail === 1 ? bj : ai;
    j += fromTail;
    i += 1 - fromTail;
  }
  return out;
}

/** Later than any instant (an exhausted side of the merge). */
const LATEST = Number.POSITIVE_INFINITY;

/** Two indexes with no key in common, read as one (the bulk's, then the composer's own leads). */
class JoinedIndex implements ReadonlyMap<string, number> {
  constructor(
    private readonly first: ReadonlyMap<string, number>,
    private readonly second: ReadonlyMap<string, number>,
  ) {}

  get size(): number {
    return this.first.size + this.second.size;
  }

  get(key: string): number | undefined {
    return this.first.get(key) ?? this.second.get(key);
  }

  has(key: string): boolean {
    return this.first.has(key) || this.second.has(key);
  }

  forEach(callback: (value: number, key: string, map: ReadonlyMap<string, number>) => void): void {
    this.first.forEach((value, key) => callback(value, key, this));
    this.second.forEach((value, key) => callback(value, key, this));
  }

  *entries(): MapIterator<[string, number]> {
    yield* this.first.entries();
    yield* this.second.entries();
  }

  *keys(): MapIterator<string> {
    yield* this.first.keys();
    yield* this.second.keys();
  }

  *values(): MapIterator<number> {
    yield* this.first.values();
    yield* this.second.values();
  }

  [Symbol.iterator](): MapIterator<[string, number]> {
    return this.entries();
  }
}
