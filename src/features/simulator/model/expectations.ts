// A scenario's `expect` checked against a result, the way `simulate --check` does (SPEC §8):
// activations compared as a set of (bot, lead, instant), every expected skip present.
import type { Expectations, Reason, SimResult } from '../../../domain';

export type CheckItem =
  | { kind: 'activation'; botId: string; leadId?: string; at: string; pass: boolean }
  | { kind: 'skip'; botId: string; reason: Reason; pass: boolean }
  | { kind: 'unexpected'; botId: string; leadId?: string; at: string; pass: false };

export type CheckReport = { items: CheckItem[]; passed: number; failed: number };

const key = (botId: string, leadId: string | undefined, at: string) => `${botId}\u0000${leadId ?? ''}\u0000${Date.parse(at)}`;

export function checkExpectations(expect: Expectations, result: SimResult): CheckReport {
  const items: CheckItem[] = [];
  if (expect.activations) {
    const actual = new Set(result.activations.map((a) => key(a.botId, a.leadId, a.at)));
    const wanted = new Set<string>();
    for (const e of expect.activations) {
      const k = key(e.botId, e.leadId, e.at);
      wanted.add(k);
      items.push({ kind: 'activation', botId: e.botId, ...(e.leadId ? { leadId: e.leadId } : {}), at: e.at, pass: actual.has(k) });
    }
    const seen = new Set<string>();
    for (const a of result.activations) {
      const k = key(a.botId, a.leadId, a.at);
      if (wanted.has(k) || seen.has(k)) continue;
      seen.add(k);
      items.push({ kind: 'unexpected', botId: a.botId, ...(a.leadId ? { leadId: a.leadId } : {}), at: a.at, pass: false });
    }
  }
  if (expect.skipped) {
    const actual = new Set(result.skipped.map((s) => `${s.botId}\u0000${s.reason}`));
    for (const e of expect.skipped) {
      items.push({ kind: 'skip', botId: e.botId, reason: e.reason, pass: actual.has(`${e.botId}\u0000${e.reason}`) });
    }
  }
  const passed = items.filter((i) => i.pass).length;
  return { items, passed, failed: items.length - passed };
}

/** Failures first, at most `max` items; the counts stay those of the whole report. */
export function capReport(r: CheckReport, max = 100): CheckReport {
  if (r.items.length <= max && r.items.every((i, k) => k === 0 || i.pass || !r.items[k - 1]!.pass)) return r;
  const ordered = [...r.items.filter((i) => !i.pass), ...r.items.filter((i) => i.pass)];
  return { items: ordered.slice(0, max), passed: r.passed, failed: r.failed };
}
