// Schedule benchmark for `npm run bench`: 10,000 occurrences of a daily 02:30 trigger in
// America/New_York (a time inside the spring gap and the autumn overlap every year, ~27 years).
import { occurrences } from './schedule';
import { clearZoneCache } from './zone';
import type { ScheduleTrigger } from './schedule';

const TRIGGER: ScheduleTrigger = { type: 'recurring', every: 'day', time: '02:30' };
const ZONE = 'America/New_York';
const FROM = Date.UTC(2026, 0, 1);
const COUNT = 10_000;
const UNTIL = FROM + (COUNT - 1) * 86_400_000 + 12 * 3_600_000; // the 10,000th day's 02:30 local

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Median time (ms) for 10,000 occurrences, each run from a cold zone cache (offset table built from
 * Intl during the run); `warmMs` is the same with the zone's offsets already cached.
 */
export function benchSchedules(runs = 7): { occurrences: number; ms: number; warmMs: number } {
  const cold: number[] = [];
  const warm: number[] = [];
  let count = 0;
  for (let i = 0; i < runs; i++) {
    clearZoneCache();
    let t = performance.now();
    count = occurrences(TRIGGER, ZONE, FROM, UNTIL).length;
    cold.push(performance.now() - t);
    t = performance.now();
    occurrences(TRIGGER, ZONE, FROM, UNTIL);
    warm.push(performance.now() - t);
  }
  return { occurrences: count, ms: median(cold), warmMs: median(warm) };
}
