// A binary min-heap of pending timers, ordered by due instant then by creation (order of work).
// The keys sit in typed arrays beside the items: sifting compares numbers in two small arrays
// instead of reading two fields of scattered timer objects at every step.

export interface Timed {
  due: number;
  seq: number;
}

export class TimerHeap<T extends Timed> {
  private readonly items: T[] = [];
  private dues = new Float64Array(64);
  private seqs = new Float64Array(64);

  get size(): number {
    return this.items.length;
  }

  peek(): T | undefined {
    return this.items[0];
  }

  /** The earliest due instant, Infinity when empty (reads no timer object). */
  peekDue(): number {
    return this.items.length > 0 ? this.dues[0]! : Infinity;
  }

  push(item: T): void {
    const items = this.items;
    let i = items.length;
    items.push(item);
    if (i === this.dues.length) this.grow();
    const dues = this.dues;
    const seqs = this.seqs;
    const due = item.due;
    const seq = item.seq;
    // Move parents down into the hole until the new key's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pd = dues[parent]!;
      if (pd < due || (pd === due && seqs[parent]! < seq)) break;
      dues[i] = pd;
      seqs[i] = seqs[parent]!;
      items[i] = items[parent]!;
      i = parent;
    }
    dues[i] = due;
    seqs[i] = seq;
    items[i] = item;
  }

  pop(): T | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    const n = items.length;
    if (n > 0 && last !== undefined) {
      const dues = this.dues;
      const seqs = this.seqs;
      const due = dues[n]!;
      const seq = seqs[n]!;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let m = l;
        if (r < n && (dues[r]! < dues[l]! || (dues[r] === dues[l] && seqs[r]! < seqs[l]!))) m = r;
        const md = dues[m]!;
        if (due < md || (due === md && seq < seqs[m]!)) break;
        dues[i] = md;
        seqs[i] = seqs[m]!;
        items[i] = items[m]!;
        i = m;
      }
      dues[i] = due;
      seqs[i] = seq;
      items[i] = last;
    }
    return top;
  }

  private grow(): void {
    const dues = new Float64Array(this.dues.length * 2);
    dues.set(this.dues);
    this.dues = dues;
    const seqs = new Float64Array(this.seqs.length * 2);
    seqs.set(this.seqs);
    this.seqs = seqs;
  }
}
