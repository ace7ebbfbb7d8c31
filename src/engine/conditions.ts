// Conditions (R16): compiled once into closures over the engine's lead state for the hot path, and
// explained in words (actual vs expected) for skips and for the simulator panel. Both read the same
// rules; a test checks that they always agree.
import { assertNever, stageLabels } from '../domain';
import type { Account, Condition, Lead, UtmParam } from '../domain';
import type { LeadState, NormalizedUtm, TagTable, World } from './world';
import { normalizeUtm, utmNormOf } from './world';
import { formatAmount } from '../lib/amount-words';
import { listText, nameText, quote } from './words';


/** Per word of the tag bitset, the bits a tag condition names. */
function tagMasks(tagIds: readonly string[], table: TagTable): { words: Int32Array; masks: Uint32Array } {
  const byWord = new Map<number, number>();
  for (const id of tagIds) {
    const bit = table.intern(id);
    byWord.set(bit >> 5, ((byWord.get(bit >> 5) ?? 0) | (1 << (bit & 31))) >>> 0);
  }
  const words = new Int32Array(byWord.size);
  const masks = new Uint32Array(byWord.size);
  let i = 0;
  for (const [w, m] of [...byWord].sort((a, b) => a[0] - b[0])) {
    words[i] = w;
    masks[i] = m;
    i++;
  }
  return { words, masks };
}

/** A table with 1 at each of the codes (a set of small numbers). */
export function flags(codes: readonly number[]): Uint8Array {
  const table = new Uint8Array(Math.max(0, ...codes) + 1);
  for (const c of codes) table[c] = 1;
  return table;
}

function hasAll(bits: Uint32Array, base: number, words: Int32Array, masks: Uint32Array): boolean {
  for (let i = 0; i < words.length; i++) {
    const m = masks[i]!;
    if (((bits[base + words[i]!]! & m) >>> 0) !== m) return false;
  }
  return true;
}

function hasAny(bits: Uint32Array, base: number, words: Int32Array, masks: Uint32Array): boolean {
  for (let i = 0; i < words.length; i++) {
    if ((bits[base + words[i]!]! & masks[i]!) !== 0) return true;
  }
  return false;
}

function utmHolds(op: Condition & { type: 'utm' }, actual: string | undefined, expected: string): boolean {
  switch (op.op) {
    case 'match':
      return actual !== undefined && actual === expected;
    case 'not_match':
      return !(actual !== undefined && actual === expected);
    case 'contains':
      return actual !== undefined && actual.includes(expected);
    case 'not_contains':
      return !(actual !== undefined && actual.includes(expected));
    case 'empty':
      return actual === undefined || actual === '';
    case 'not_empty':
      return !(actual === undefined || actual === '');
    default:
      return assertNever(op.op);
  }
}

// Condition kinds of a CompiledCondition.
const K_ALWAYS = 0;
const K_TAGS_ALL_1 = 1; // tags/and within one word of the bitset
const K_TAGS_ANY_1 = 2;
const K_TAGS_ALL = 3;
const K_TAGS_ANY = 4;
const K_NOT_TAGS_ALL = 5;
const K_NOT_TAGS_ANY = 6;
const K_STAGES = 7;
const K_USERS = 8;
const K_SALE = 9;
const K_SOURCE = 10;
const K_UTM = 11;

/**
 * One condition, ready for the hot path: a kind and its data in one object shape for every kind,
 * read by holds()'s switch. (A closure per condition made each check a megamorphic call.)
 */
export interface CompiledCondition {
  readonly kind: number;
  /** Tags: the word and mask of a one-word condition, or all words and masks. */
  readonly w: number;
  readonly m: number;
  readonly words: Int32Array;
  readonly masks: Uint32Array;
  /** Stages, users and sources: 1 at each listed stage, user or source number. */
  readonly member: Uint8Array;
  readonly min: number;
  readonly max: number;
  readonly utm: ((l: LeadState) => boolean) | null;
  /**
   * What its failure sentence depends on (see failureKey): how to read it, and for tags in one word
   * of the bitset that word and the positions of the condition's bits in it, lowest first.
   */
  readonly keyKind: number;
  readonly kw: number;
  readonly kbits: Int8Array;
  readonly keyFn: ((l: LeadState) => string | number) | null;
}

// How a condition's failure key is read (CompiledCondition.keyKind).
const KEY_FN = 0;
const KEY_TAGS_1 = 1;
const KEY_STAGE = 2;
const KEY_USER = 3;
const KEY_PRICE = 4;
const KEY_SOURCE = 5;

/** Whether the condition's failure key is a whole number from failKeyNumber (else failKey's function). */
export function hasNumberKey(c: CompiledCondition): boolean {
  return c.keyKind !== KEY_FN;
}

/**
 * failureKey's value for the lead, for the common kinds (hasNumberKey): a whole number, read
 * without a call. Kept apart from failKey so that its callers handle numbers only.
 */
export function failKeyNumber(c: CompiledCondition, l: LeadState, bits: Uint32Array): number {
  switch (c.keyKind) {
    case KEY_TAGS_1: {
      // Which of the condition's tags the lead has, one bit per tag in the condition's order: a small
      // number (the raw word under the mask was up to 2^31, which sent every lookup of the sentence
      // through FailureSentences' Map instead of its array). At most 32 tags share a word: the 32nd
      // sets the sign bit, and every subset still has its own key.
      const word = bits[l.tagBase + c.kw]!;
      const positions = c.kbits;
      let key = 0;
      for (let i = 0; i < positions.length; i++) if ((word & (1 << positions[i]!)) !== 0) key |= 1 << i;
      return key;
    }
    case KEY_SOURCE:
      return l.sourceCode + 1; // 0: no source
    case KEY_STAGE:
      return l.stageCode;
    case KEY_USER:
      return l.userCode;
    case KEY_PRICE:
      // The sentence names the price: equal prices, equal sentences (keyFn numbers a new price).
      return l.priceCode >= 0 ? l.priceCode : (c.keyFn!(l) as number);
    default:
      throw new Error('failKeyNumber: this condition has no number key');
  }
}

/** failureKey's value for a condition without a number key (hasNumberKey false). */
export function failKeyOther(c: CompiledCondition, l: LeadState): string | number {
  return c.keyFn!(l);
}

const NO_WORDS = new Int32Array(0);
const NO_MASKS = new Uint32Array(0);
const NO_FLAGS = new Uint8Array(0);
const NO_BITS = new Int8Array(0);

/** The positions of a word's set bits, lowest first. */
function bitPositions(mask: number): Int8Array {
  const out: number[] = [];
  for (let b = 0; b < 32; b++) if ((mask & (1 << b)) !== 0) out.push(b);
  return Int8Array.from(out);
}

function compiled(kind: number, data: Partial<Omit<CompiledCondition, 'kind'>> = {}): CompiledCondition {
  return {
    kind,
    w: data.w ?? 0,
    m: data.m ?? 0,
    words: data.words ?? NO_WORDS,
    masks: data.masks ?? NO_MASKS,
    member: data.member ?? NO_FLAGS,
    min: data.min ?? -Infinity,
    max: data.max ?? Infinity,
    utm: data.utm ?? null,
    keyKind: data.keyKind ?? KEY_FN,
    kw: data.kw ?? 0,
    kbits: data.kbits ?? NO_BITS,
    keyFn: data.keyFn ?? null,
  };
}

/** Whether the condition holds for the lead (R16); `bits` is the world's tag bitset (World.tagBits). */
export function holds(c: CompiledCondition, l: LeadState, bits: Uint32Array): boolean {
  switch (c.kind) {
    case K_TAGS_ALL_1:
      return ((bits[l.tagBase + c.w]! & c.m) >>> 0) === c.m;
    case K_TAGS_ANY_1:
      return (bits[l.tagBase + c.w]! & c.m) !== 0;
    case K_TAGS_ALL:
      return hasAll(bits, l.tagBase, c.words, c.masks);
    case K_TAGS_ANY:
      return hasAny(bits, l.tagBase, c.words, c.masks);
    case K_NOT_TAGS_ALL:
      return !hasAll(bits, l.tagBase, c.words, c.masks);
    case K_NOT_TAGS_ANY:
      return !hasAny(bits, l.tagBase, c.words, c.masks);
    case K_STAGES:
      return l.stageCode < c.member.length && c.member[l.stageCode] === 1;
    case K_USERS:
      return l.userCode < c.member.length && c.member[l.userCode] === 1;
    case K_SALE:
      return l.price >= c.min && l.price <= c.max;
    case K_SOURCE:
      return l.sourceCode >= 0 && l.sourceCode < c.member.length && c.member[l.sourceCode] === 1;
    case K_UTM:
      return c.utm!(l);
    default:
      return true; // K_ALWAYS
  }
}

/**
 * One condition compiled for holds(). The tags it names must be interned already (the world's tag
 * rows are as wide as the tag table was when it was made).
 */
export function compileCondition(c: Condition, world: World): CompiledCondition {
  const tags = c.type === 'tags' || c.type === 'not_tags' ? tagMasks(c.tagIds, world.tagTable) : null;
  const bare = compileTest(c, world, tags);
  return compiled(bare.kind, { ...bare, ...failureKey(c, world, tags) });
}

/** The test part of a condition; `tags`: the tag words and masks of a tags or not_tags condition. */
function compileTest(c: Condition, world: World, tags: { words: Int32Array; masks: Uint32Array } | null): CompiledCondition {
  switch (c.type) {
    case 'tags': {
      const { words, masks } = tags!;
      if (words.length === 1) return compiled(c.mode === 'and' ? K_TAGS_ALL_1 : K_TAGS_ANY_1, { w: words[0]!, m: masks[0]! });
      return compiled(c.mode === 'and' ? K_TAGS_ALL : K_TAGS_ANY, { words, masks });
    }
    case 'not_tags': {
      const { words, masks } = tags!;
      return compiled(c.mode === 'and' ? K_NOT_TAGS_ALL : K_NOT_TAGS_ANY, { words, masks });
    }
    case 'stages':
      if (c.stageIds.length === 0) return compiled(K_ALWAYS);
      return compiled(K_STAGES, { member: flags(c.stageIds.map((id) => world.stageCode(id))) });
    case 'responsible':
      return compiled(K_USERS, { member: flags(c.userIds.map((id) => world.userCode(id))) });
    case 'sale':
      return compiled(K_SALE, { min: c.min ?? -Infinity, max: c.max ?? Infinity });
    case 'source':
      // Flags by source number rather than a Set of ids: a string-keyed lookup per check before.
      return compiled(K_SOURCE, { member: flags(c.sourceIds.map((id) => world.sourceCode(id))) });
    case 'utm': {
      const param = c.param;
      const expected = (c.value ?? '').trim().toLowerCase();
      const value = (l: LeadState) => utmNormOf(l)?.[param];
      const test = ((): ((l: LeadState) => boolean) => {
        switch (c.op) {
          case 'match':
            return (l) => value(l) === expected;
          case 'not_match':
            return (l) => value(l) !== expected;
          case 'contains':
            return (l) => value(l)?.includes(expected) === true;
          case 'not_contains':
            return (l) => value(l)?.includes(expected) !== true;
          case 'empty':
            return (l) => !value(l);
          case 'not_empty':
            return (l) => !!value(l);
          default:
            return assertNever(c.op);
        }
      })();
      return compiled(K_UTM, { utm: test });
    }
    default:
      return assertNever(c);
  }
}

/**
 * What a condition's failure sentence depends on, as a cheap key (the sentence is built once per
 * key and reused): the lead's tags among the condition's, the stage, the user, the price, the
 * source, the UTM value. Most kinds are read directly by failKeyNumber; the others through keyFn.
 * `tags`: the tag words and masks of a tags or not_tags condition.
 */
function failureKey(c: Condition, world: World, tags: { words: Int32Array; masks: Uint32Array } | null): Partial<CompiledCondition> {
  switch (c.type) {
    case 'tags':
    case 'not_tags': {
      if (tags !== null && tags.words.length === 1) return { keyKind: KEY_TAGS_1, kw: tags.words[0]!, kbits: bitPositions(tags.masks[0]!) };
      // Which of the condition's tags the lead has, as bits of a number (a string beyond 52 tags).
      const bitWords = c.tagIds.map((id) => world.tagTable.intern(id) >> 5);
      const bitMasks = c.tagIds.map((id) => 1 << (world.tagTable.intern(id) & 31));
      if (bitWords.length <= 52) {
        return {
          keyKind: KEY_FN,
          keyFn: (l) => {
            let key = 0;
            for (let i = 0; i < bitWords.length; i++) if ((world.tagBits[l.tagBase + bitWords[i]!]! & bitMasks[i]!) !== 0) key += 2 ** i;
            return key;
          },
        };
      }
      return { keyKind: KEY_FN, keyFn: (l) => bitWords.map((w, i) => ((world.tagBits[l.tagBase + w]! & bitMasks[i]!) !== 0 ? '1' : '0')).join('') };
    }
    case 'stages':
      return { keyKind: KEY_STAGE };
    case 'responsible':
      return { keyKind: KEY_USER };
    case 'sale':
      return { keyKind: KEY_PRICE, keyFn: (l) => world.priceCodeOf(l) };
    case 'source':
      return { keyKind: KEY_SOURCE };
    case 'utm': {
      const param = c.param;
      return { keyKind: KEY_FN, keyFn: (l) => l.utm?.[param] ?? -1 };
    }
    default:
      return assertNever(c);
  }
}

/** What an explanation needs to know about a lead. */
export interface LeadView {
  stageId: string;
  responsibleUserId: string;
  price: number;
  sourceId: string | undefined;
  utmNorm: NormalizedUtm | undefined;
  utmRaw: Partial<Record<UtmParam, string>> | undefined;
  hasTag(id: string): boolean;
}

/** Account names for sentences. */
export interface Names {
  tag(id: string): string;
  stage(id: string): string;
  user(id: string): string;
  source(id: string): string;
}

export function namesOf(account: Account): Names {
  // Quoted when they could be misread in a sentence (nameText), once per account rather than per skip.
  const tags = new Map(account.tags.map((t) => [t.id, nameText(t.name)]));
  const stages = new Map([...stageLabels(account)].map(([id, label]) => [id, nameText(label)])); // "Won (Partners)" with several pipelines
  const users = new Map(account.users.map((u) => [u.id, nameText(u.name)]));
  const sources = new Map(account.sources.map((s) => [s.id, nameText(s.name)]));
  return {
    tag: (id) => tags.get(id) ?? id,
    stage: (id) => stages.get(id) ?? id,
    user: (id) => users.get(id) ?? id,
    source: (id) => sources.get(id) ?? id,
  };
}

export type ConditionCheck = {
  /** Index of the condition in the bot's list. */
  index: number;
  pass: boolean;
  /** The lead's value, in words ("Tags: VIP, New"). */
  actual: string;
  /** What the condition asks for, in words ("All of the tags VIP and Offer"). */
  expected: string;
};

export type ConditionExplanation = ConditionCheck & {
  /** Why it fails, as a sentence without the condition number ("Lead has no tag VIP"). */
  failure: string;
};

function tagNamesOf(view: LeadView, tagIds: readonly string[], names: Names, want: boolean): string[] {
  const out: string[] = [];
  for (const id of tagIds) if (view.hasTag(id) === want) out.push(names.tag(id));
  return out;
}

/** Lead-independent wording of a condition's lists, computed once per condition. */
type Wanted = { list: string[]; anyOf: string; allOf: string };
const wantedMemo = new WeakMap<Condition, Wanted>();

function wantedOf(c: Condition, names: Names): Wanted {
  let w = wantedMemo.get(c);
  if (w === undefined) {
    let list: string[] = [];
    if (c.type === 'tags' || c.type === 'not_tags') list = c.tagIds.map((id) => names.tag(id));
    else if (c.type === 'stages') list = c.stageIds.map((id) => names.stage(id));
    else if (c.type === 'responsible') list = c.userIds.map((id) => names.user(id));
    else if (c.type === 'source') list = c.sourceIds.map((id) => names.source(id));
    w = { list, anyOf: listText(list, 'or'), allOf: listText(list) };
    wantedMemo.set(c, w);
  }
  return w;
}

function utmActual(c: Condition & { type: 'utm' }, view: LeadView): string {
  const norm = view.utmNorm?.[c.param];
  const raw = view.utmRaw?.[c.param];
  return norm === undefined || norm === '' ? `${c.param} is empty` : `${c.param} is ${quote(raw ?? norm)}`;
}

/** Why a condition fails for a lead, as a sentence without the condition number ("Lead has no tag VIP"). */
export function conditionFailure(c: Condition, view: LeadView, names: Names): string {
  switch (c.type) {
    case 'tags': {
      const wanted = wantedOf(c, names);
      if (c.mode === 'and') {
        // SPEC's own example for one tag: "Lead has no tag VIP"; "Lead has no tag VIP and Offer" read
        // as one tag named "VIP and Offer".
        const missing = tagNamesOf(view, c.tagIds, names, false);
        return missing.length === 1 ? `Lead has no tag ${missing[0]}` : `Lead does not have the tags ${listText(missing)}`;
      }
      return wanted.list.length === 1 ? `Lead has no tag ${wanted.list[0]}` : `Lead has none of the tags ${wanted.anyOf}`;
    }
    case 'not_tags': {
      const have = tagNamesOf(view, c.tagIds, names, true);
      if (have.length === 1) return `Lead has the tag ${have[0]}`;
      return c.mode === 'and' ? `Lead has all of the tags ${listText(have)}` : `Lead has the tags ${listText(have)}`;
    }
    case 'stages':
      return `Lead is in ${names.stage(view.stageId)}, not in ${wantedOf(c, names).anyOf}`;
    case 'responsible':
      return `Lead's responsible user is ${names.user(view.responsibleUserId)}, not ${wantedOf(c, names).anyOf}`;
    case 'sale': {
      const price = view.price;
      // Amounts as the editor's chip says them ("Sale: at least $10,000.50").
      if (c.min !== null && price < c.min) return `Sale value ${formatAmount(price)} is below the minimum of ${formatAmount(c.min)}`;
      if (c.max !== null && price > c.max) return `Sale value ${formatAmount(price)} is above the maximum of ${formatAmount(c.max)}`;
      return `Sale value ${formatAmount(price)} is outside the range`;
    }
    case 'source':
      return view.sourceId === undefined
        ? `Lead has no source, and the condition wants ${wantedOf(c, names).anyOf}` // no brackets before "(condition 1)"
        : `Lead's source is ${names.source(view.sourceId)}, not ${wantedOf(c, names).anyOf}`;
    case 'utm': {
      const actual = utmActual(c, view);
      const value = quote(c.value ?? '');
      switch (c.op) {
        case 'match':
          return `${actual}, which does not match ${value}`;
        case 'not_match':
          return `${actual}, which matches ${value}`;
        case 'contains':
          return `${actual}, which does not contain ${value}`;
        case 'not_contains':
          return `${actual}, which contains ${value}`;
        case 'empty':
          return `${actual}, which is not empty`;
        case 'not_empty':
          return `${c.param} is empty`;
        default:
          return assertNever(c.op);
      }
    }
    default:
      return assertNever(c);
  }
}

/** Explains one condition against a lead (the same rules as compileCondition). */
export function explainCondition(c: Condition, index: number, view: LeadView, names: Names): ConditionExplanation {
  const failure = conditionFailure(c, view, names);
  switch (c.type) {
    case 'tags':
    case 'not_tags': {
      const have = tagNamesOf(view, c.tagIds, names, true);
      const wanted = wantedOf(c, names);
      const hasAllTags = have.length === c.tagIds.length;
      const hasAnyTag = have.length > 0;
      const single = wanted.list.length === 1 ? wanted.list[0] : undefined;
      // "Has none of VIP" for one tag read oddly.
      const actual = have.length ? `Has ${listText(have)}` : single ? `Does not have ${single}` : `Has none of ${wanted.anyOf}`;
      if (c.type === 'tags') {
        const pass = c.mode === 'and' ? hasAllTags : hasAnyTag;
        const expected = single ? `Has the tag ${single}` : c.mode === 'and' ? `Has all of ${wanted.allOf}` : `Has any of ${wanted.anyOf}`;
        return { index, pass, actual, expected, failure };
      }
      const pass = c.mode === 'and' ? !hasAllTags : !hasAnyTag;
      const expected = single ? `Does not have the tag ${single}` : c.mode === 'and' ? `Does not have all of ${wanted.allOf}` : `Has none of ${wanted.anyOf}`;
      return { index, pass, actual, expected, failure };
    }
    case 'stages': {
      const pass = c.stageIds.length === 0 || c.stageIds.includes(view.stageId);
      const expected = c.stageIds.length === 0 ? 'Any stage' : `In ${wantedOf(c, names).anyOf}`;
      return { index, pass, actual: `In ${names.stage(view.stageId)}`, expected, failure };
    }
    case 'responsible':
      return {
        index,
        pass: c.userIds.includes(view.responsibleUserId),
        actual: `Responsible: ${names.user(view.responsibleUserId)}`,
        expected: `Responsible: ${wantedOf(c, names).anyOf}`,
        failure,
      };
    case 'sale': {
      const pass = view.price >= (c.min ?? -Infinity) && view.price <= (c.max ?? Infinity);
      const expected =
        c.min !== null && c.max !== null
          ? `Between ${formatAmount(c.min)} and ${formatAmount(c.max)}`
          : c.min !== null
            ? `At least ${formatAmount(c.min)}`
            : `At most ${formatAmount(c.max ?? 0)}`;
      return { index, pass, actual: `Sale value ${formatAmount(view.price)}`, expected, failure };
    }
    case 'source':
      return {
        index,
        pass: view.sourceId !== undefined && c.sourceIds.includes(view.sourceId),
        actual: view.sourceId === undefined ? 'No source' : `Source: ${names.source(view.sourceId)}`,
        expected: `Source: ${wantedOf(c, names).anyOf}`,
        failure,
      };
    case 'utm': {
      const value = quote(c.value ?? '');
      const pass = utmHolds(c, view.utmNorm?.[c.param], (c.value ?? '').trim().toLowerCase());
      const expected =
        c.op === 'match'
          ? `${c.param} matches ${value}`
          : c.op === 'not_match'
            ? `${c.param} does not match ${value}`
            : c.op === 'contains'
              ? `${c.param} contains ${value}`
              : c.op === 'not_contains'
                ? `${c.param} does not contain ${value}`
                : c.op === 'empty'
                  ? `${c.param} is empty`
                  : `${c.param} is not empty`;
      return { index, pass, actual: utmActual(c, view), expected, failure };
    }
    default:
      return assertNever(c);
  }
}

/** A plain domain Lead seen through LeadView. */
export function viewOfLead(lead: Lead): LeadView {
  const tags = new Set(lead.tagIds ?? []);
  return {
    stageId: lead.stageId,
    responsibleUserId: lead.responsibleUserId,
    price: lead.price,
    sourceId: lead.sourceId,
    utmNorm: normalizeUtm(lead.utm),
    utmRaw: lead.utm,
    hasTag: (id) => tags.has(id),
  };
}

/**
 * Each condition checked against a lead, in words, for the simulator panel: index, pass, the lead's
 * actual value and what the condition expects. Pure.
 */
export function evaluateConditions(conditions: readonly Condition[], lead: Lead, account: Account): ConditionCheck[] {
  const view = viewOfLead(lead);
  const names = namesOf(account);
  return conditions.map((c, i) => {
    const { index, pass, actual, expected } = explainCondition(c, i, view, names);
    return { index, pass, actual, expected };
  });
}
