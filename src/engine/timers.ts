// Pending timers: a binary min-heap of slot numbers, ordered by due instant then by creation (order
// of work). A timer is a slot, not an object: its due instant is TimerQueue.due[slot] and the
// caller keeps whatever else it needs in its own columns by slot (see simulate.ts). A replay makes
// some 30,000 timers; as objects each was an allocation plus a boxed due instant, and the heap's
// comparisons read scattered objects. The keys are copied beside the slot numbers in heap order, so
// sifting compares numbers in two small arrays.

export class TimerQueue {
  /** Pending timers. */
  size = 0;
  /** By slot: the due instant of the timer in it. Write it between take() and push(). */
  due = new Float64Array(64);
  /**
   * In heap order: the due instants (heapDue[0] is the earliest when size > 0). Read in place by
   * the replay: a double returned from a call that is not inlined is boxed (a heap number per event).
   */
  heapDue = new Float64Array(64);
  private heapSeq = new Float64Array(64);
  private heapSlot = new Int32Array(64);
  private nextSeq = 0;
  /** Slots in use or released so far; released slots wait in `free` for reuse. */
  private slots = 0;
  private readonly free: number[] = [];

  /** Slots handed out so far (a caller's columns by slot must be at least this long). */
  get slotCount(): number {
    return this.slots;
  }

  /** A slot for a new timer: reused once released, else the next number (see slotCount). */
  take(): number {
    if (this.free.length > 0) return this.free.pop()!;
    const slot = this.slots++;
    if (slot === this.due.length) {
      const due = new Float64Array(slot * 2);
      due.set(this.due);
      this.due = due;
    }
    return slot;
  }

  /** Schedules the timer in `slot` at due[slot]; equal instants pop in the order of push. */
  push(slot: number): void {
    let i = this.size++;
    if (i === this.heapDue.length) this.grow();
    const dues = this.heapDue;
    const seqs = this.heapSeq;
    const slots = this.heapSlot;
    const due = this.due[slot]!;
    const seq = this.nextSeq++;
    // Move parents down into the hole until the new key's place is found.
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pd = dues[parent]!;
      if (pd < due || (pd === due && seqs[parent]! < seq)) break;
      dues[i] = pd;
      seqs[i] = seqs[parent]!;
      slots[i] = slots[parent]!;
      i = parent;
    }
    dues[i] = due;
    seqs[i] = seq;
    slots[i] = slot;
  }

  /** Removes the earliest timer and returns its slot (-1 when empty); release() it once read. */
  pop(): number {
    if (this.size === 0) return -1;
    const dues = this.heapDue;
    const seqs = this.heapSeq;
    const slots = this.heapSlot;
    const top = slots[0]!;
    const n = --this.size;
    if (n > 0) {
      const due = dues[n]!;
      const seq = seqs[n]!;
      const slot = slots[n]!;
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
        slots[i] = slots[m]!;
        i = m;
      }
      dues[i] = due;
      seqs[i] = seq;
      slots[i] = slot;
    }
    return top;
  }

  /** Gives a popped timer's slot back for reuse. */
  release(slot: number): void {
    this.free.push(slot);
  }

  private grow(): void {
    const n = this.heapDue.length * 2;
    const dues = new Float64Array(n);
    dues.set(this.heapDue);
    this.heapDue = dues;
    const seqs = new Float64Array(n);
    seqs.set(this.heapSeq);
    this.heapSeq = seqs;
    const slots = new Int32Array(n);
    slots.set(this.heapSlot);
    this.heapSlot = slots;
  }
}
