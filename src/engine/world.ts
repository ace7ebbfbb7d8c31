// The simulated world: leads (with cheap tag bitsets), other entities, conversations, and the
// account's names. Events change it (R2) whether or not any bot fires.
import type { Account, EntityType, FieldValue, Lead, Utm, UtmParam } from '../domain';

/** Interned tag ids: every tag id of the scenario gets a bit; a lead's tags are a row of World.tagBits. */
export class TagTable {
  readonly index = new Map<string, number>();
  readonly ids: string[] = [];

  intern(id: string): number {
    let i = this.index.get(id);
    if (i === undefined) {
      i = this.ids.length;
      this.index.set(id, i);
      this.ids.push(id);
    }
    return i;
  }

  get words(): number {
    return Math.max(1, Math.ceil(this.ids.length / 32));
  }
}

/** The key's number in `codes`, numbering a new key after the others. */
function intern<K>(codes: Map<K, number>, key: K): number {
  let code = codes.get(key);
  if (code === undefined) {
    code = codes.size;
    codes.set(key, code);
  }
  return code;
}

/** UTM values trimmed and lower-cased once, for R16's comparisons. */
export type NormalizedUtm = Partial<Record<UtmParam, string>>;

export function normalizeUtm(utm: Utm | undefined): NormalizedUtm | undefined {
  if (!utm) return undefined;
  const out: NormalizedUtm = {};
  for (const key of Object.keys(utm) as UtmParam[]) {
    const v = utm[key];
    if (typeof v === 'string') out[key] = v.trim().toLowerCase();
  }
  return out;
}

/** A lead's normalized UTM values (R16), computed once per UTM object. */
export function utmNormOf(lead: LeadState): NormalizedUtm | undefined {
  if (lead.utmNorm === null) lead.utmNorm = normalizeUtm(lead.utm);
  return lead.utmNorm;
}

export interface LeadState {
  readonly id: string;
  /** Creation order (initial leads first, then lead_created events). */
  readonly index: number;
  pipelineId: string;
  stageId: string;
  /** stageId and responsibleUserId as small numbers (World.stageCode, World.userCode), for conditions. */
  stageCode: number;
  userCode: number;
  /** Bumped at every stage change: a delayed stage activation compares it (R4). */
  stageVersion: number;
  responsibleUserId: string;
  price: number;
  /** `price` as a small number (World.priceCodeOf): equal prices, equal numbers; -1 until needed. */
  priceCode: number;
  sourceId: string | undefined;
  /** sourceId as a small number (World.sourceCode), -1 for none: a source condition reads a table of flags. */
  sourceCode: number;
  utm: Utm | undefined;
  /** `utm` trimmed and lower-cased, computed on first use (null: not yet; see utmNormOf). */
  utmNorm: NormalizedUtm | undefined | null;
  /** Offset of this lead's tag bitset row in World.tagBits (World.tagStride words). */
  tagBase: number;
  /** Open conversations (R13) by interned channel bit (channels 0..30); others in openChannels. */
  openMask: number;
  /** Custom field values (null until the lead has one). */
  fields: Map<string, FieldValue> | null;
  /** Offset of this lead's row in World.planVersions. */
  readonly planBase: number;
  /** Open conversations by channel (R13). */
  openChannels: Set<string> | null;
  /**
   * Local day number of the last incoming message, any channel, and by channel (R15); NO_DAY for
   * none. A whole number rather than NaN: the field then holds a small integer in place instead of a
   * boxed double per lead (an allocation each, and one more memory read at every incoming message).
   */
  lastInDay: number;
  lastInDayByChannel: Map<string, number> | null;
}

export interface EntityState {
  tags: Set<string>;
  fields: Map<string, FieldValue>;
}

/** No incoming message yet (never equal to a real local day number). */
// -2^30: still a small integer to V8 (stored in place, never boxed), and far from any real day
// number (a Date is within 10^8 days of 1970).
export const NO_DAY = -1073741824;

export class World {
  readonly leads = new Map<string, LeadState>();
  readonly order: LeadState[] = [];
  readonly entities = new Map<string, EntityState>();
  readonly stagePipeline = new Map<string, string>();
  readonly tagNames = new Map<string, string>();
  readonly stageNames = new Map<string, string>();
  readonly userNames = new Map<string, string>();
  readonly sourceNames = new Map<string, string>();
  readonly fieldInfo = new Map<string, Account['fields'][number]>();
  readonly budgetFields = new Set<string>();
  /** Per lead and relative_to_date_field trigger: version of its current plan (R10 re-plans drop old ones). */
  planVersions: Int32Array;
  /** Every lead's tag bitset, tagStride words per lead (row lead.tagBase). */
  tagBits: Uint32Array;
  tagStride: number;
  /**
   * Local day number of each lead's last incoming message per channel (R15), a row of dayStride per
   * lead (channels 0..30; later ones in LeadState.lastInDayByChannel); NO_DAY where none. Made on first
   * use. Int32 rows as wide as the channels in use keep the table small enough to stay in cache.
   */
  private dayRows: Int32Array | null = null;
  dayStride = 0;

  /** The day table, wide enough for every interned channel below 31; read dayStride after calling. */
  inDayRows(): Int32Array {
    const channels = Math.min(31, this.channelBits.size);
    let stride = this.dayStride;
    if (stride < channels) stride = Math.min(32, 1 << Math.ceil(Math.log2(Math.max(4, channels))));
    const need = Math.max(64, this.order.length) * stride;
    const rows = this.dayRows;
    if (rows === null || rows.length < need || stride !== this.dayStride) {
      const old = this.dayStride;
      const kept = rows === null ? 0 : stride === old ? rows.length * 2 : (rows.length / old) * stride;
      const next = new Int32Array(Math.max(need, kept)).fill(NO_DAY);
      if (rows !== null && stride === old) next.set(rows);
      else if (rows !== null) {
        for (let lead = 0; lead * old < rows.length; lead++) next.set(rows.subarray(lead * old, lead * old + old), lead * stride);
      }
      this.dayRows = next;
      this.dayStride = stride;
    }
    return this.dayRows!;
  }

  /** Stage, user and source ids as small numbers: a condition's list becomes a table of flags. */
  readonly stageCodes = new Map<string, number>();
  readonly userCodes = new Map<string, number>();

  /** By stage code: the pipeline of the stage (undefined for a stage the account does not list). */
  private readonly pipelineByStage: (string | undefined)[] = [];

  stageCode(id: string): number {
    let code = this.stageCodes.get(id);
    if (code === undefined) {
      code = this.stageCodes.size;
      this.stageCodes.set(id, code);
      this.pipelineByStage[code] = this.stagePipeline.get(id);
    }
    return code;
  }

  userCode(id: string): number {
    return intern(this.userCodes, id);
  }

  /**
   * Sale values as small numbers, for the sale condition's failure sentence (it names the value):
   * found by number in a table instead of by the value in a Map, per skip. A lead's number is found
   * when a sale condition first fails for it (LeadState.priceCode), not for every lead up front.
   */
  private readonly priceCodes = new Map<number, number>();

  /** Sets a lead's sale value; its number is found again when needed. */
  setPrice(lead: LeadState, price: number): void {
    lead.price = price;
    lead.priceCode = -1;
  }

  /** The lead's sale value as a small number (kept on the lead until its price changes). */
  priceCodeOf(lead: LeadState): number {
    lead.priceCode = intern(this.priceCodes, lead.price);
    return lead.priceCode;
  }

  readonly sourceCodes = new Map<string, number>();

  sourceCode(id: string): number {
    return intern(this.sourceCodes, id);
  }

  /** Interned channel ids: bit i of LeadState.openMask for i < 31. */
  readonly channelBits = new Map<string, number>();

  constructor(
    readonly account: Account,
    readonly tagTable: TagTable,
    readonly botCount: number,
    readonly dateTriggerCount: number,
  ) {
    for (const p of account.pipelines) {
      for (const s of p.stages) {
        this.stagePipeline.set(s.id, p.id);
        this.stageNames.set(s.id, s.name);
      }
    }
    for (const t of account.tags) this.tagNames.set(t.id, t.name);
    for (const u of account.users) this.userNames.set(u.id, u.name);
    for (const s of account.sources) this.sourceNames.set(s.id, s.name);
    for (const f of account.fields) {
      this.fieldInfo.set(f.id, f);
      if (f.builtin === 'budget' && f.entity === 'lead') this.budgetFields.add(f.id);
    }
    for (const c of account.channels) this.channelBit(c.id);
    this.tagStride = tagTable.words;
    this.tagBits = new Uint32Array(64 * this.tagStride);
    this.planVersions = new Int32Array(Math.max(1, 64 * dateTriggerCount));
  }

  channelBit(id: string): number {
    let bit = this.channelBits.get(id);
    if (bit === undefined) {
      bit = this.channelBits.size;
      this.channelBits.set(id, bit);
    }
    return bit;
  }

  private grow(leadCount: number): void {
    if (leadCount * this.tagStride > this.tagBits.length) {
      const next = new Uint32Array(Math.max(leadCount * this.tagStride, this.tagBits.length * 2));
      next.set(this.tagBits);
      this.tagBits = next;
    }
    if (leadCount * this.dateTriggerCount > this.planVersions.length) {
      const next = new Int32Array(Math.max(leadCount * this.dateTriggerCount, this.planVersions.length * 2));
      next.set(this.planVersions);
      this.planVersions = next;
    }
  }

  /** Makes room for `count` more leads at once (avoids repeated growth). */
  reserve(count: number): void {
    this.grow(this.order.length + count);
  }

  /**
   * Adds (or, for a repeated id, replaces) a lead. A replaced lead keeps its state object, written
   * over in place: pending timers and the pre-pass's lead numbers hold that object, and a delayed
   * run due later must see the new data (R4: "against the lead as it is then") and the stage change.
   */
  addLead(lead: Lead): LeadState {
    const previous = this.leads.get(lead.id);
    let fields: Map<string, FieldValue> | null = null;
    if (lead.fields) {
      fields = new Map();
      const keys = Object.keys(lead.fields);
      for (let i = 0; i < keys.length; i++) fields.set(keys[i]!, lead.fields[keys[i]!]!);
    }
    const stageCode = this.stageCode(lead.stageId);
    const pipelineId = this.pipelineByStage[stageCode] ?? lead.pipelineId;
    const userCode = this.userCode(lead.responsibleUserId);
    const sourceCode = lead.sourceId === undefined ? -1 : this.sourceCode(lead.sourceId);
    let state: LeadState;
    if (previous) {
      // Conversations and the days of incoming messages belong to the person, not the lead's data: kept.
      state = previous;
      state.pipelineId = pipelineId;
      state.stageId = lead.stageId;
      state.stageCode = stageCode;
      state.userCode = userCode;
      state.stageVersion++; // counts as a stage change for pending delays
      state.responsibleUserId = lead.responsibleUserId;
      state.price = lead.price;
      state.priceCode = -1;
      state.sourceId = lead.sourceId;
      state.sourceCode = sourceCode;
      state.utm = lead.utm;
      state.utmNorm = null;
      state.fields = fields;
    } else {
      const index = this.order.length;
      this.grow(index + 1);
      state = {
        id: lead.id,
        index,
        pipelineId,
        stageId: lead.stageId,
        stageCode,
        userCode,
        stageVersion: 0,
        responsibleUserId: lead.responsibleUserId,
        price: lead.price,
        priceCode: -1,
        sourceId: lead.sourceId,
        sourceCode,
        utm: lead.utm, // never changed in place: lead_updated replaces the whole object
        utmNorm: null,
        tagBase: index * this.tagStride,
        openMask: 0,
        fields,
        planBase: index * this.dateTriggerCount,
        openChannels: null,
        lastInDay: NO_DAY,
        lastInDayByChannel: null,
      };
      this.order.push(state);
      this.leads.set(lead.id, state);
    }
    this.tagBits.fill(0, state.tagBase, state.tagBase + this.tagStride);
    const tagIds = lead.tagIds;
    if (tagIds) for (let i = 0; i < tagIds.length; i++) this.setLeadTag(state, tagIds[i]!, true);
    return state;
  }

  entity(entity: EntityType, id: string): EntityState {
    const key = `${entity}\u0000${id}`;
    let e = this.entities.get(key);
    if (!e) {
      e = { tags: new Set(), fields: new Map() };
      this.entities.set(key, e);
    }
    return e;
  }

  /** Adds or removes a tag; false when nothing changes (R6: adding a tag it has, removing one it lacks). */
  setLeadTag(lead: LeadState, tagId: string, on: boolean): boolean {
    const bit = this.tagTable.intern(tagId);
    if (bit >> 5 >= this.tagStride) this.restride();
    const at = lead.tagBase + (bit >> 5);
    const mask = 1 << (bit & 31);
    const word = this.tagBits[at]!;
    if (((word & mask) !== 0) === on) return false;
    this.tagBits[at] = on ? word | mask : word & ~mask;
    return true;
  }

  /** A tag id unknown when the world was made: widen every lead's row. */
  private restride(): void {
    const stride = this.tagTable.words;
    const next = new Uint32Array(Math.max(64, this.order.length) * stride);
    for (const lead of this.order) {
      next.set(this.tagBits.subarray(lead.tagBase, lead.tagBase + this.tagStride), lead.index * stride);
      lead.tagBase = lead.index * stride;
    }
    this.tagBits = next;
    this.tagStride = stride;
  }

  leadHasTag(lead: LeadState, tagId: string): boolean {
    const bit = this.tagTable.index.get(tagId);
    if (bit === undefined || bit >> 5 >= this.tagStride) return false;
    return (this.tagBits[lead.tagBase + (bit >> 5)]! & (1 << (bit & 31))) !== 0;
  }

  leadTagIds(lead: LeadState): string[] {
    const out: string[] = [];
    const ids = this.tagTable.ids;
    for (let i = 0; i < ids.length && i >> 5 < this.tagStride; i++) {
      if ((this.tagBits[lead.tagBase + (i >> 5)]! & (1 << (i & 31))) !== 0) out.push(ids[i]!);
    }
    return out;
  }

  /** Moves a lead; false for a move to the stage it is already in (R3: no move). */
  moveLead(lead: LeadState, stageId: string): boolean {
    if (lead.stageId === stageId) return false;
    lead.stageId = stageId;
    const code = this.stageCode(stageId);
    lead.stageCode = code;
    lead.pipelineId = this.pipelineByStage[code] ?? lead.pipelineId; // one lookup for both
    lead.stageVersion++;
    return true;
  }

  /** Sets a field value; false when it holds that value already (R7). */
  setField(fields: Map<string, FieldValue>, fieldId: string, value: FieldValue): boolean {
    const current = fields.has(fieldId) ? fields.get(fieldId)! : null;
    if (current === value) return false;
    if (value === null) fields.delete(fieldId);
    else fields.set(fieldId, value);
    return true;
  }

  leadFields(lead: LeadState): Map<string, FieldValue> {
    return lead.fields ?? (lead.fields = new Map());
  }

  /** The plain Lead a LeadState stands for, as the domain describes it. */
  snapshot(lead: LeadState): Lead {
    const out: Lead = {
      id: lead.id,
      pipelineId: lead.pipelineId,
      stageId: lead.stageId,
      responsibleUserId: lead.responsibleUserId,
      price: lead.price,
    };
    if (lead.sourceId !== undefined) out.sourceId = lead.sourceId;
    if (lead.utm !== undefined) out.utm = { ...lead.utm };
    const tagIds = this.leadTagIds(lead);
    if (tagIds.length > 0) out.tagIds = tagIds;
    if (lead.fields !== null && lead.fields.size > 0) {
      const fields: Record<string, FieldValue> = Object.create(null) as Record<string, FieldValue>;
      for (const [k, v] of lead.fields) fields[k] = v;
      out.fields = { ...fields };
    }
    return out;
  }
}
