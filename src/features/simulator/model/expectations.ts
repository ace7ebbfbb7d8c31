// A scenario's `expect` checked against a result, the way `simulate --check` does (SPEC §8):
// activations compared as a set of (bot, lead, instant), every expected skip present.
import type { Expectations, Reason, SimResult } from '../../../domain';
import { instantsOf } from './instants';

export type CheckItem =
  | { kind: 'activation'; botId: string; leadId?: string; at: string; pass: boolean }
  | { kind: 'skip'; botId: string; reason: Reason; pass: boolean }
  | { kind: 'unexpected'; botId: string; leadId?: string; at: string; pass: false };

export type CheckReport = { items: CheckItem[]; passed: number; failed: number };

const key = (botId: string, leadId: string | undefined, ms: number) => `${botId}\u0000${leadId ?? ''}\u0000${ms}`;

/**
 * The check of `expect` against `result`. Runs nobody expected are all counted in `failed`, but
 * only the first `maxUnexpected` become items (a replay of generated traffic has tens of thousands).
 */
export function checkExpectations(expect: Expectations, result: SimResult, maxUnexpected = Infinity): CheckReport {
  const items: CheckItem[] = [];
  let extraFailures = 0;
  if (expect.activations) {
    const wanted = new Set<string>();
    const wantedMs = new Set<number>();
    for (const e of expect.activations) {
      const ms = Date.parse(e.at);
      wanted.add(key(e.botId, e.leadId, ms));
      wantedMs.add(ms);
    }
    const found = new Set<string>();
    const unexpected: CheckItem[] = [];
    const runs = result.activations;
    const ms = instantsOf(runs);
    // Runs come in time order, so the same (bot, lead, instant) can only repeat within one instant:
    // texts are built only for instants someone expects or that hold more than one run.
    const seen = new Set<string>();
    for (let i = 0; i < runs.length; ) {
      let end = i + 1;
      while (end < runs.length && ms[end] === ms[i]) end++;
      const keyed = end - i > 1 || wantedMs.has(ms[i]!);
      seen.clear();
      for (let k = i; k < end; k++) {
        const a = runs[k]!;
        if (keyed) {
          const id = key(a.botId, a.leadId, ms[k]!);
          if (wanted.has(id)) {
            found.add(id);
            continue;
          }
          if (seen.has(id)) continue;
          seen.add(id);
        }
        if (unexpected.length < maxUnexpected) unexpected.push({ kind: 'unexpected', botId: a.botId, ...(a.leadId ? { leadId: a.leadId } : {}), at: a.at, pass: false });
        else extraFailures += 1;
      }
      i = end;
    }
    for (const e of expect.activations) {
      const pass = found.has(key(e.botId, e.leadId, Date.parse(e.at)));
      items.push({ kind: 'activation', botId: e.botId, ...(e.leadId ? { leadId: e.leadId } : {}), at: e.at, pass });
    }
    items.push(...unexpected);
  }
  if (expect.skipped) {
    // The reasons each bot was skipped for, without a text per skip.
    const reasons = new Map<string, Set<Reason>>();
    for (const s of result.skipped) {
      let set = reasons.get(s.botId);
      if (!set) reasons.set(s.botId, (set = new Set()));
      set.add(s.reason);
    }
    for (const e of expect.skipped) {
      items.push({ kind: 'skip', botId: e.botId, reason: e.reason, pass: reasons.get(e.botId)?.has(e.reason) ?? false });
    }
  }
  const passed = items.filter((i) => i.pass).length;
  return { items, passed, failed: items.length - passed + extraFailures };
}

/** How many items of a report the panel shows. */
export const REPORT_ITEMS = 100;

/** Failures first, at most `max` items; the counts stay those of the whole report. */
export function capReport(r: CheckReport, max = REPORT_ITEMS): CheckReport {
  if (r.items.length <= max && r.items.every((i, k) => k === 0 || i.pass || !r.items[k - 1]!.pass)) return r;
  const ordered = [...r.items.filter((i) => !i.pass), ...r.items.filter((i) => i.pass)];
  return { items: ordered.slice(0, max), passed: r.passed, failed: r.failed };
}
