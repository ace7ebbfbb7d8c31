// UTC offsets of IANA time zones, read from Intl.DateTimeFormat (never the host's zone) and cached.
//
// Each zone's timeline is cut into fixed 14-day chunks aligned on the epoch. For a chunk we probe the
// offset at both ends; when they differ we binary-search the transition instant (to the second).
// A lookup is then a comparison with the chunk used last (or one Map read), with no allocation.
// Assumption: a zone changes its offset at most once in 14 days. A scan of every zone from 1990 to
// 2040 found four exceptions, all long past (Boa_Vista, Noronha, Recife 2000; Argentina/Tucuman 2004).
import { MS_PER_DAY, MS_PER_MINUTE, daysFromCivil } from './civil';

const CHUNK_MS = 14 * MS_PER_DAY;
const HOUR_MS = 3_600_000;
const SECOND_MS = 1000;
/** Granularities for the transition search: transitions fall on whole hours, minutes, or seconds. */
const STEPS = [HOUR_MS, MS_PER_MINUTE, SECOND_MS] as const;

type Chunk = {
  /** Offset (ms, local minus UTC) before `at`. */
  readonly before: number;
  /** Offset from `at` on. */
  readonly after: number;
  /** The transition instant inside the chunk, or Infinity when the offset is constant. */
  readonly at: number;
};

export class Zone {
  readonly name: string;
  private readonly fmt: Intl.DateTimeFormat;
  private readonly edges = new Map<number, number>();
  private readonly chunks = new Map<number, Chunk>();
  private lastIndex = Number.NaN;
  private lastChunk: Chunk | undefined = undefined;
  /** For the n-th number in the formatted text, its slot: 0 year, 1 month, 2 day, 3 hour, 4 minute, 5 second. */
  private readonly order: number[];
  private readonly fields = new Float64Array(6);
  /** How many times Intl was asked for an offset (the slow path); for tests and benchmarks. */
  probeCount = 0;

  constructor(name: string) {
    this.name = name;
    this.fmt = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    const slots: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = { year: 0, month: 1, day: 2, hour: 3, minute: 4, second: 5 };
    this.order = this.fmt
      .formatToParts(0)
      .map((part) => slots[part.type])
      .filter((slot): slot is number => slot !== undefined);
    if (this.order.length !== 6) throw new RangeError(`Cannot read times in the zone ${name}.`);
  }

  /** Offset in ms (local wall time minus UTC) at the instant `ms`. */
  offsetAt(ms: number): number {
    const index = Math.floor(ms / CHUNK_MS);
    let chunk = this.lastChunk;
    if (index !== this.lastIndex || chunk === undefined) {
      // Replays ask in time order, so most lookups hit the chunk asked for last.
      chunk = this.chunks.get(index) ?? this.buildChunk(index);
      this.lastIndex = index;
      this.lastChunk = chunk;
    }
    return ms < chunk.at ? chunk.before : chunk.after;
  }

  /** The transition instant in (lo, hi], if the cached chunks know one there. */
  transitionIn(lo: number, hi: number): number | undefined {
    for (const probe of [hi, lo]) {
      const index = Math.floor(probe / CHUNK_MS);
      const chunk = this.chunks.get(index) ?? this.buildChunk(index);
      if (chunk.at > lo && chunk.at <= hi) return chunk.at;
    }
    return undefined;
  }

  /**
   * The offset at one instant straight from Intl (about 1.5 µs). `format()` is three times faster
   * than `formatToParts()`, so the numbers are read from its text in the order that
   * `formatToParts()` reported once, at construction.
   */
  private probe(ms: number): number {
    this.probeCount++;
    const at = Math.floor(ms / SECOND_MS) * SECOND_MS;
    const text = this.fmt.format(at);
    const fields = this.fields;
    let field = 0;
    let value = -1;
    for (let i = 0; i <= text.length; i++) {
      const code = i < text.length ? text.charCodeAt(i) : -1;
      if (code >= 48 && code <= 57) {
        value = (value < 0 ? 0 : value * 10) + (code - 48);
      } else if (value >= 0) {
        if (field < 6) fields[this.order[field]!] = value;
        field++;
        value = -1;
      }
    }
    if (field !== 6) throw new RangeError(`Cannot read the time in ${this.name} from "${text}".`);
    const local =
      daysFromCivil(fields[0]!, fields[1]!, fields[2]!) * MS_PER_DAY + fields[3]! * HOUR_MS + fields[4]! * MS_PER_MINUTE + fields[5]! * SECOND_MS;
    return local - at;
  }

  private edge(index: number): number {
    let offset = this.edges.get(index);
    if (offset === undefined) {
      offset = this.probe(index * CHUNK_MS);
      this.edges.set(index, offset);
    }
    return offset;
  }

  private buildChunk(index: number): Chunk {
    const before = this.edge(index);
    const after = this.edge(index + 1);
    const chunk: Chunk =
      before === after ? { before, after, at: Infinity } : { before, after, at: this.findTransition(index * CHUNK_MS, (index + 1) * CHUNK_MS, before) };
    this.chunks.set(index, chunk);
    return chunk;
  }

  /** Offset at lo is `before`, at hi it differs: the first instant in (lo, hi] with the new offset. */
  private findTransition(lo: number, hi: number, before: number): number {
    for (const step of STEPS) {
      // lo and hi are multiples of `step` here (chunks are aligned on whole hours).
      for (;;) {
        const half = Math.floor((hi - lo) / step / 2);
        if (half === 0) break;
        const mid = lo + half * step;
        if (this.probe(mid) === before) lo = mid;
        else hi = mid;
      }
      // Usually the transition is exactly on the boundary; otherwise refine at the next step.
      if (hi - lo <= SECOND_MS || this.probe(hi - SECOND_MS) === before) return hi;
    }
    return hi;
  }
}

const zones = new Map<string, Zone>();
let lastZone: Zone | undefined;

/** The cached zone for an IANA name (throws RangeError for a name the runtime does not know). */
export function zoneOf(name: string): Zone {
  if (lastZone !== undefined && lastZone.name === name) return lastZone;
  let zone = zones.get(name);
  if (zone === undefined) {
    zone = new Zone(name);
    zones.set(name, zone);
  }
  lastZone = zone;
  return zone;
}

/** Forgets every cached zone (benchmarks measure a cold start with it). */
export function clearZoneCache(): void {
  zones.clear();
  lastZone = undefined;
}

/**
 * The instant of a local wall time given as ms since 1970-01-01T00:00 local (R11): a wall time
 * skipped by a forward jump gives the first instant after the gap; a repeated one its first occurrence.
 */
export function instantOfLocal(zone: Zone, local: number): number {
  // Offsets a day either side bracket every instant that could show this wall time.
  const early = zone.offsetAt(local - MS_PER_DAY);
  const late = zone.offsetAt(local + MS_PER_DAY);
  const first = local - early;
  if (zone.offsetAt(first) === early) {
    if (early === late) return first;
    const second = local - late;
    // Repeated wall time (offset went down): both are valid, keep the earlier instant.
    return zone.offsetAt(second) === late && second < first ? second : first;
  }
  const second = local - late;
  if (zone.offsetAt(second) === late) return second;
  // In a gap (offset went up): the wall time never happens; the transition is the first valid instant after it.
  const lo = Math.min(first, second);
  const hi = Math.max(first, second);
  return zone.transitionIn(lo, hi) ?? hi;
}

/** Local wall-clock ms (since 1970-01-01T00:00 local) at an instant. */
export function localMsAt(zone: Zone, ms: number): number {
  return ms + zone.offsetAt(ms);
}
