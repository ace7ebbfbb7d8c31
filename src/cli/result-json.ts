// The SimResult's JSON written straight from the engine's columns (ResultView), for the command line:
// byte for byte the UTF-8 of `JSON.stringify(toSimResult(log))`, without an object per entry and
// without one huge string. Every string of the name tables (bot ids, lead ids, entities, sentences,
// reasons) is escaped once by JSON.stringify and encoded once, with its key, into a ready piece of
// bytes; an entry is a few pieces copied into a buffer and its numbers written as digits.
import { REASONS } from '../domain';
import { ResultInstants } from '../engine';
import type { ResultView } from '../engine';

/** Bytes per chunk handed to the writer. */
export const CHUNK_BYTES = 1 << 20;

const utf8 = new TextEncoder();
const NONE = new Uint8Array(0);
/** Not made yet (a table string never encodes to it: every piece holds at least its key). */
const UNSET = new Uint8Array(0);

/**
 * `"key":value` for each string of a table, encoded on first use, between `lead` and `trail`. A
 * missing string gives no bytes: JSON.stringify leaves out a property whose value is undefined.
 * Tables are copied into plain arrays so that every lookup site sees one kind of array.
 */
class Pieces {
  private readonly table: (string | undefined)[];
  private readonly made: Uint8Array[];
  constructor(
    table: readonly (string | undefined)[],
    private readonly key: string,
    private readonly lead: string,
    private readonly trail: string,
  ) {
    this.table = Array.from(table);
    this.made = new Array<Uint8Array>(table.length).fill(UNSET);
  }

  get(i: number): Uint8Array {
    const done = i < this.made.length ? this.made[i]! : UNSET;
    return done !== UNSET ? done : this.make(i);
  }

  private make(i: number): Uint8Array {
    const s = i >= 0 && i < this.table.length ? this.table[i] : undefined;
    const piece = s === undefined ? NONE : utf8.encode(`${this.lead}"${this.key}":${JSON.stringify(s)}${this.trail}`);
    if (i >= 0 && i < this.made.length) this.made[i] = piece;
    return piece;
  }
}

const bytes = (s: string) => utf8.encode(s);
const OPEN = bytes('{"activations":[');
const BETWEEN_LISTS = bytes('],"skipped":[');
const TRIGGER = bytes('"trigger":');
const AT_OPEN = bytes('"at":"');
const CAUSE_NULL = bytes(',"cause":null');
const CAUSE = bytes(',"cause":');
const UNANSWERED_TRUE = bytes(',"unanswered":true');
const UNANSWERED_FALSE = bytes(',"unanswered":false');
const CONDITION = bytes(',"condition":');
/** Room for the fixed parts of an entry and its numbers (three of at most 24 characters). */
const ENTRY_SLACK = 128;
/**
 * The first chunk is small: its hand-over then happens within the first entries, while the code is
 * still unoptimized, so the optimized loop never meets a path it has not seen (which would throw its
 * code away mid-run in a one-shot process).
 */
const FIRST_CHUNK_BYTES = 2048;

/** Longest piece copied byte by byte. */
const SHORT_PIECE = 16;
const ZERO = 48;
const COMMA = 44;
const QUOTE = 34;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;

/** Copies `src` into `dst` at `pos`; returns the position after it. A loop for short pieces (a call to set() costs more). */
function put(dst: Uint8Array, pos: number, src: Uint8Array): number {
  const n = src.length;
  if (n > SHORT_PIECE) dst.set(src, pos);
  else for (let k = 0; k < n; k++) dst[pos + k] = src[k]!;
  return pos + n;
}

/** Writes a number as JSON.stringify does; returns the position after it. */
function putInt(dst: Uint8Array, pos: number, n: number): number {
  if (n >= 0 && n < 10) {
    dst[pos] = ZERO + n;
    return pos + 1;
  }
  if (!Number.isSafeInteger(n)) return put(dst, pos, utf8.encode(JSON.stringify(n)));
  if (n < 0) {
    dst[pos++] = 45; // '-'
    n = -n;
  }
  let digits = 1;
  for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
  for (let k = pos + digits - 1; k >= pos; k--) {
    dst[k] = ZERO + (n % 10);
    n = Math.floor(n / 10);
  }
  return pos + digits;
}

/** Bytes an `"at":…,` piece may take: JSON escapes a character in at most 6 ASCII bytes. */
const atRoom = (at: string | undefined): number => (at === undefined ? 0 : at.length * 6 + 8);

/**
 * Writes `"at":"<text>",` and returns the position after it: the characters themselves when they
 * need no escape in JSON and are ASCII (instants always are), else what JSON.stringify makes of the text.
 */
function putAt(dst: Uint8Array, pos: number, at: string | undefined): number {
  if (at === undefined) return pos;
  const n = at.length;
  let p = put(dst, pos, AT_OPEN);
  for (let k = 0; k < n; k++) {
    const ch = at.charCodeAt(k);
    if (ch < 0x20 || ch > 0x7e || ch === QUOTE || ch === 0x5c) return put(dst, pos, utf8.encode(`"at":${JSON.stringify(at)},`));
    dst[p++] = ch;
  }
  dst[p] = QUOTE;
  dst[p + 1] = COMMA;
  return p + 2;
}

/** The JSON's bytes in chunks: `room(n)` before writing at most n bytes at `buf[pos]`. */
class Chunks {
  buf = new Uint8Array(FIRST_CHUNK_BYTES);
  pos = 0;
  constructor(private readonly emit: (chunk: Uint8Array) => void) {}

  room(need: number): void {
    if (this.pos + need > this.buf.length) this.next(need);
  }

  private next(need: number): void {
    if (this.pos > 0) this.emit(this.buf.subarray(0, this.pos));
    this.buf = new Uint8Array(Math.max(CHUNK_BYTES, need));
    this.pos = 0;
  }

  end(): void {
    if (this.pos > 0) this.emit(this.buf.subarray(0, this.pos));
    this.pos = 0;
  }
}

type Tables = {
  bot: Pieces;
  lead: Pieces;
  entity: Pieces;
  detail: Pieces;
  reason: Pieces;
  instants: ResultInstants;
};

// Runs and skips are written by functions of their own, so that each loop is optimized on its own
// (a loop optimized while the other list was not yet written would be thrown away when it starts).
function writeRuns(out: Chunks, runs: ResultView['runs'], t: Tables): void {
  for (let i = 0; i < runs.count; i++) {
    const l = runs.lead[i]!;
    const e = runs.entity[i]!;
    const c = runs.cause[i]!;
    const u = runs.unanswered[i]!;
    const bot = t.bot.get(runs.bot[i]!);
    const lead = l >= 0 ? t.lead.get(l) : NONE;
    const entity = e >= 0 ? t.entity.get(e) : NONE;
    const at = t.instants.text(runs.ms[i]!, runs.atEvent[i]!);
    out.room(bot.length + lead.length + entity.length + atRoom(at) + ENTRY_SLACK);
    const buf = out.buf;
    let pos = out.pos;
    if (i > 0) buf[pos++] = COMMA;
    buf[pos++] = OPEN_BRACE;
    pos = put(buf, pos, bot);
    pos = put(buf, pos, lead);
    pos = put(buf, pos, entity);
    pos = putAt(buf, pos, at);
    pos = put(buf, pos, TRIGGER);
    pos = putInt(buf, pos, runs.trigger[i]!);
    if (c < 0) pos = put(buf, pos, CAUSE_NULL);
    else pos = putInt(buf, put(buf, pos, CAUSE), c);
    if (u >= 0) pos = put(buf, pos, u === 1 ? UNANSWERED_TRUE : UNANSWERED_FALSE);
    buf[pos++] = CLOSE_BRACE;
    out.pos = pos;
  }
}

function writeSkips(out: Chunks, skips: ResultView['skips'], t: Tables): void {
  for (let i = 0; i < skips.count; i++) {
    const l = skips.lead[i]!;
    const condition = skips.condition[i]!;
    const bot = t.bot.get(skips.bot[i]!);
    const lead = l >= 0 ? t.lead.get(l) : NONE;
    const at = t.instants.text(skips.ms[i]!, skips.atEvent[i]!);
    const reason = t.reason.get(skips.reason[i]!);
    const detail = t.detail.get(skips.detail[i]!);
    out.room(bot.length + lead.length + atRoom(at) + reason.length + detail.length + ENTRY_SLACK);
    const buf = out.buf;
    let pos = out.pos;
    if (i > 0) buf[pos++] = COMMA;
    buf[pos++] = OPEN_BRACE;
    pos = put(buf, pos, bot);
    pos = put(buf, pos, lead);
    pos = putAt(buf, pos, at);
    pos = put(buf, pos, TRIGGER);
    pos = putInt(buf, pos, skips.trigger[i]!);
    pos = put(buf, pos, reason);
    if (condition >= 0) pos = putInt(buf, put(buf, pos, CONDITION), condition);
    pos = put(buf, pos, detail);
    buf[pos++] = CLOSE_BRACE;
    out.pos = pos;
  }
}

/** Writes whole pieces of bytes (the fixed parts around the lists). */
function putPiece(out: Chunks, piece: Uint8Array): void {
  out.room(piece.length);
  out.pos = put(out.buf, out.pos, piece);
}

/**
 * The JSON of the result, in order, as chunks of UTF-8; their concatenation is the UTF-8 of
 * `JSON.stringify(toSimResult(log))`. `emit` is called for each chunk and may keep it (a chunk is
 * never written to again).
 */
export function writeResultJson(log: ResultView, emit: (chunk: Uint8Array) => void): void {
  // Pieces end with a comma when a key always follows them (trigger is always there), and start with
  // one when they follow a key that is always there.
  const tables: Tables = {
    bot: new Pieces(log.botIds, 'botId', '', ','),
    lead: new Pieces(log.leadIds, 'leadId', '', ','),
    entity: new Pieces(log.entities, 'entityId', '', ','),
    detail: new Pieces(log.details, 'detail', ',', ''),
    reason: new Pieces(REASONS, 'reason', ',', ''),
    instants: new ResultInstants(log.events),
  };
  const out = new Chunks(emit);
  putPiece(out, OPEN);
  writeRuns(out, log.runs, tables);
  putPiece(out, BETWEEN_LISTS);
  writeSkips(out, log.skips, tables);
  putPiece(out, utf8.encode(`],"warnings":${JSON.stringify(log.warnings)}}`));
  out.end();
}
