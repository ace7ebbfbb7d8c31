// R9: one sliding 60-minute window per kind of action (tags, fields). The window is the 60 minutes
// up to and including the action; the action that takes it past the limit starts a 60-minute
// suspension from its own instant (no second one while it runs).

export const RATE_LIMIT = 25_000;
export const HOUR_MS = 3_600_000;

export class RateWindow {
  /** The last RATE_LIMIT action instants, oldest at `head` once full. */
  private buf: Float64Array | null = null;
  private head = 0;
  private count = 0;
  /** Suspended while now < suspendedUntil. */
  suspendedUntil = -Infinity;

  constructor(private readonly limit = RATE_LIMIT) {}

  /**
   * Records an applied action at `times[i]` (non-decreasing); true when it starts a suspension. The
   * instant is read from the caller's column rather than passed: a double passed to a call that is
   * not inlined is boxed, and the replay's large applyWorld() inlines little.
   */
  record(times: Float64Array, i: number): boolean {
    const t = times[i]!;
    const limit = this.limit;
    if (this.buf === null) this.buf = new Float64Array(limit);
    const buf = this.buf;
    let over = false;
    if (this.count === limit) {
      // The oldest of the last `limit` actions is still inside (t - 60 min, t]: this one is number limit + 1.
      over = buf[this.head]! > t - HOUR_MS;
      buf[this.head] = t;
      this.head = (this.head + 1) % limit;
    } else {
      buf[(this.head + this.count) % limit] = t;
      this.count++;
    }
    if (over && t >= this.suspendedUntil) {
      this.suspendedUntil = t + HOUR_MS;
      return true;
    }
    return false;
  }

  suspended(t: number): boolean {
    return t < this.suspendedUntil;
  }
}
