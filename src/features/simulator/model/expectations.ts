// A scenario's `expect` checked against a result, the way `simulate --check` does (SPEC §8):
// activations compared as a set of (bot, lead, instant), every expected skip present.
import { REASONS, type Expectations, type Reason } from '../../../domain';
import { instantOf } from '../../../engine';
import type { ResultTable } from './result-table';
import { count } from '../../../lib/count';

export type CheckItem =
  | { kind: 'activation'; botId: string; leadId?: string; at: string; pass: boolean }
  | { kind: 'skip'; botId: string; reason: Reason; pass: boolean }
  | { kind: 'unexpected'; botId: string; leadId?: string; at: string; pass: false };

export type CheckReport = { items: CheckItem[]; passed: number; failed: number };

const key = (botId: string, leadId: string | undefined, ms: number) => `${botId}\u0000${leadId ?? ''}\u0000${ms}`;

/**
 * The check of `expect` against a result. Runs nobody expected are all counted in `failed`, but
 * only the first `maxUnexpected` become items (a replay of generated traffic has tens of thousands).
 * Runs of `onlookers` (the account's other bots, replayed beside a scenario written without them)
 * are not counted as unexpected, unless the expectations name that bot.
 */
export function checkExpectations(expect: Expectations, result: ResultTable, maxUnexpected = Infinity, onlookers?: ReadonlySet<string>): CheckReport {
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
    const runs = result.runs;
    const leadOf = (k: number) => {
      const l = runs.lead[k]!;
      return l >= 0 ? result.leadIds[l] : undefined;
    };
    // Runs come in time order, so the same (bot, lead, instant) can only repeat within one instant:
    // runs are told apart by number there, and texts are built only at instants someone expects.
    const seen = new Set<number>();
    const leads = result.leadIds.length + 1;
    const named = new Set(expect.activations.map((e) => e.botId));
    const unchecked = onlookers?.size ? result.botIds.map((id) => onlookers.has(id) && !named.has(id)) : null;
    for (let i = 0; i < runs.count; ) {
      const ms = runs.ms[i]!;
      let end = i + 1;
      while (end < runs.count && runs.ms[end] === ms) end++;
      const expected = wantedMs.has(ms);
      seen.clear();
      for (let k = i; k < end; k++) {
        const bot = runs.bot[k]!;
        if (unchecked?.[bot]) continue;
        const subject = bot * leads + runs.lead[k]! + 1;
        if (end - i > 1) {
          if (seen.has(subject)) continue;
          seen.add(subject);
        }
        const botId = result.botIds[bot]!;
        const leadId = leadOf(k);
        if (expected) {
          const id = key(botId, leadId, ms);
          if (wanted.has(id)) {
            found.add(id);
            continue;
          }
        }
        if (unexpected.length < maxUnexpected) {
          unexpected.push({ kind: 'unexpected', botId, ...(leadId ? { leadId } : {}), at: instantOf(result.events, ms, runs.atEvent[k]!), pass: false });
        } else extraFailures += 1;
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
    // The reasons each bot was skipped for, by index, without a text per skip.
    const skips = result.skips;
    const reasons = new Set<number>();
    for (let i = 0; i < skips.count; i++) reasons.add(skips.bot[i]! * REASONS.length + skips.reason[i]!);
    for (const e of expect.skipped) {
      const bot = result.botIds.indexOf(e.botId);
      const pass = bot >= 0 && reasons.has(bot * REASONS.length + REASONS.indexOf(e.reason));
      items.push({ kind: 'skip', botId: e.botId, reason: e.reason, pass });
    }
  }
  const passed = items.filter((i) => i.pass).length;
  return { items, passed, failed: items.length - passed + extraFailures };
}

/** How many items of a report the panel shows. */
/**
 * Whether `expect` checks anything: a list of runs does, even empty (it says "no run"); a list of
 * skips only when it names one (an empty one asks for nothing); `{}` checks nothing.
 */
export function expectsAnything(expect: Expectations | undefined): boolean {
  return expect !== undefined && (expect.activations !== undefined || (expect.skipped?.length ?? 0) > 0);
}

export const REPORT_ITEMS = 100;

/** Failures first, at most `max` items; the counts stay those of the whole report. */
export function capReport(r: CheckReport, max = REPORT_ITEMS): CheckReport {
  if (r.items.length <= max && r.items.every((i, k) => k === 0 || i.pass || !r.items[k - 1]!.pass)) return r;
  const ordered = [...r.items.filter((i) => !i.pass), ...r.items.filter((i) => i.pass)];
  return { items: ordered.slice(0, max), passed: r.passed, failed: r.failed };
}

/** The checks' verdict in words, as the panel shows it: "Every expectation holds.", "2 expectations failed." */
export function verdictWords(report: CheckReport): string {
  return report.failed === 0 ? 'Every expectation holds.' : `${count(report.failed, 'expectation')} failed.`;
}
