// Pending timers, ordered by due instant then by creation (order of work). A timer is a slot, not
// an object: its due instant is TimerQueue.due[slot] and the caller keeps whatever else it needs in
// its own columns by slot (see simulate.ts). A replay makes some 30,000 timers; as objects each was
// an allocation plus a boxed due instant.
//
// Most timers are delayed runs, due a fixed delay after the instant they are made at; the clock
// never goes back, so those of one delay come due in the order they were made. They wait in a
// first-in-first-out lane per delay (no sifting at all); the others (and anything pushed to a lane
// out of order) go to a binary min-heap whose keys sit in typed arrays beside the slot numbers.
// pop() takes the earliest of the heap's top and the lanes' heads.

/** Lanes are rings of slot numbers that double when full. */
class Lane {
  slots = new Int32Array(16);
  head = 0;
  count = 0;
  /** The due instant of the last timer pushed (a later push must not be earlier). */
  lastDue = -Infinity;

  push(slot: number): void {
    if (this.count === this.slots.length) {
      const next = new Int32Array(this.slots.length * 2);
      for (let i = 0; i < this.count; i++) next[i] = this.slots[(this.head + i) % this.slots.length]!;
      this.slots = next;
      this.head = 0;
    }
    this.slots[(this.head + this.count) % this.slots.length] = slot;
    this.count++;
  }

  peek(): number {
    return this.slots[this.head]!;
  }

  shift(): number {
    const slot = this.slots[this.head]!;
    this.head = (this.head + 1) % this.slots.length;
    this.count--;
    return slot;
  }
}

export class TimerQueue {
  /** Pending timers. */
  size = 0;
  /**
   * The earliest pending due instant (Infinity when none). A field the replay reads in place: a
   * double returned from a call that is not inlined is boxed (a heap number per event).
   */
  firstDue = Infinity;
  /** By slot: the due instant of the timer in it. Write it between take() and push(). */
  due = new Float64Array(64);
  /** By slot: its creation number (order of push), for ties between the heap and the lanes. */
  private seqOf = new Float64Array(64);
  private heapSize = 0;
  private heapDue = new Float64Array(64);
  private heapSeq = new Float64Array(64);
  private heapSlot = new Int32Array(64);
  private readonly lanes: Lane[] = [];
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
      const seq = new Float64Array(slot * 2);
      seq.set(this.seqOf);
      this.seqOf = seq;
    }
    return slot;
  }

  /** Schedules the timer in `slot` at due[slot]; equal instants pop in the order of push. */
  push(slot: number): void {
    const due = this.due[slot]!;
    const seq = this.nextSeq++;
    this.seqOf[slot] = seq;
    this.size++;
    if (due < this.firstDue) this.firstDue = due;
    let i = this.heapSize++;
    if (i === this.heapDue.length) this.grow();
    const dues = this.heapDue;
    const seqs = this.heapSeq;
    const slots = this.heapSlot;
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

  /**
   * Schedules the timer in `slot` at due[slot] in lane `lane` (a small number, one per delay): the
   * same order as push(), cheaper while a lane's timers come in order of due instant (a timer that
   * does not goes to the heap instead).
   */
  pushLane(slot: number, lane: number): void {
    while (this.lanes.length <= lane) this.lanes.push(new Lane());
    const l = this.lanes[lane]!;
    const due = this.due[slot]!;
    if (due < l.lastDue) {
      this.push(slot);
      return;
    }
    l.lastDue = due;
    this.seqOf[slot] = this.nextSeq++;
    this.size++;
    if (due < this.firstDue) this.firstDue = due;
    l.push(slot);
  }

  /** Removes the earliest timer and returns its slot (-1 when empty); release() it once read. */
  pop(): number {
    if (this.size === 0) return -1;
    // The earliest of the heap's top and the lanes' heads, by due instant then creation.
    let best: Lane | null = null;
    let bestDue = this.heapSize > 0 ? this.heapDue[0]! : Infinity;
    let bestSeq = this.heapSize > 0 ? this.heapSeq[0]! : Infinity;
    for (let k = 0; k < this.lanes.length; k++) {
      const lane = this.lanes[k]!;
      if (lane.count === 0) continue;
      const slot = lane.peek();
      const due = this.due[slot]!;
      if (due < bestDue || (due === bestDue && this.seqOf[slot]! < bestSeq)) {
        best = lane;
        bestDue = due;
        bestSeq = this.seqOf[slot]!;
      }
    }
    const slot = best !== null ? best.shift() : this.popHeap();
    this.size--;
    this.firstDue = this.earliest();
    return slot;
  }

  /** Gives a popped timer's slot back for reuse. */
  release(slot: number): void {
    this.free.push(slot);
  }

  private earliest(): number {
    let first = this.heapSize > 0 ? this.heapDue[0]! : Infinity;
    for (let k = 0; k < this.lanes.length; k++) {
      const lane = this.lanes[k]!;
      if (lane.count > 0 && this.due[lane.peek()]! < first) first = this.due[lane.peek()]!;
    }
    return first;
  }

  private popHeap(): number {
    const dues = this.heapDue;
    const seqs = this.heapSeq;
    const slots = this.heapSlot;
    const top = slots[0]!;
    const n = --this.heapSize;
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
