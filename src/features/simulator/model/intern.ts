// One canonical, internalized copy of each string the engine compares. Strings that arrive through
// postMessage are fresh heap strings; V8 turns such a string into another kind in place when it is
// first used as a property key, and code optimized for one kind is thrown away when it meets the
// other (seen in Chromium with --trace-deopt: applyWorld, matchesEvent, contextOf, moveLead and the
// time zone lookup were deoptimized during the first large replay after new traffic). Internalized
// strings never change kind, and equal ones are the same object, so comparing them is one check.

const canonical = new Map<string, string>();
/** Past this many distinct strings the table starts again (it only saves work). */
const MAX_STRINGS = 200_000;

/** The internalized string equal to `s` (a property key is always internalized). */
export function interned(s: string): string {
  let c = canonical.get(s);
  if (c === undefined) {
    if (canonical.size >= MAX_STRINGS) canonical.clear();
    for (const key in { [s]: 0 }) c = key;
    // Array-index keys ("12") come back as such; any equal string does for those.
    c ??= s;
    canonical.set(s, c);
  }
  return c;
}

/**
 * Replaces, in place, every string value inside plain objects and arrays with its interned copy;
 * returns `value`. For data the worker owns (a message it received).
 */
export function internStrings<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'string') value[i] = interned(v);
      else if (v !== null && typeof v === 'object') internStrings(v);
    }
    return value;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (typeof v === 'string') record[key] = interned(v);
    else if (v !== null && typeof v === 'object') internStrings(v);
  }
  return value;
}
