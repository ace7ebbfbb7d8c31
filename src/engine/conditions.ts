// Conditions (R16): compiled once into closures over the engine's lead state for the hot path, and
// explained in words (actual vs expected) for skips and for the simulator panel. Both read the same
// rules; a test checks that they always agree.
import { assertNever } from '../domain';
import type { Account, Condition, Lead, UtmParam } from '../domain';
import type { LeadState, NormalizedUtm, TagTable } from './world';
import { normalizeUtm } from './world';
import { amountText, listText, quote } from './words';

export type CompiledCondition = (lead: LeadState) => boolean;

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

function hasAll(tags: Uint32Array, words: Int32Array, masks: Uint32Array): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const m = masks[i]!;
    if (w >= tags.length || ((tags[w]! & m) >>> 0) !== m) return false;
  }
  return true;
}

function hasAny(tags: Uint32Array, words: Int32Array, masks: Uint32Array): boolean {
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w < tags.length && (tags[w]! & masks[i]!) !== 0) return true;
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

/** One condition → a predicate over the engine's lead state. Interns the tags it names. */
export function compileCondition(c: Condition, table: TagTable): CompiledCondition {
  switch (c.type) {
    case 'tags': {
      const { words, masks } = tagMasks(c.tagIds, table);
      if (words.length === 1) {
        const w = words[0]!;
        const m = masks[0]!;
        return c.mode === 'and'
          ? (l) => w < l.tags.length && ((l.tags[w]! & m) >>> 0) === m
          : (l) => w < l.tags.length && (l.tags[w]! & m) !== 0;
      }
      return c.mode === 'and' ? (l) => hasAll(l.tags, words, masks) : (l) => hasAny(l.tags, words, masks);
    }
    case 'not_tags': {
      const { words, masks } = tagMasks(c.tagIds, table);
      return c.mode === 'and' ? (l) => !hasAll(l.tags, words, masks) : (l) => !hasAny(l.tags, words, masks);
    }
    case 'stages': {
      if (c.stageIds.length === 0) return () => true;
      const set = new Set(c.stageIds);
      return (l) => set.has(l.stageId);
    }
    case 'responsible': {
      const set = new Set(c.userIds);
      return (l) => set.has(l.responsibleUserId);
    }
    case 'sale': {
      const min = c.min ?? -Infinity;
      const max = c.max ?? Infinity;
      return (l) => l.price >= min && l.price <= max;
    }
    case 'source': {
      const set = new Set(c.sourceIds);
      return (l) => l.sourceId !== undefined && set.has(l.sourceId);
    }
    case 'utm': {
      const param = c.param;
      const expected = (c.value ?? '').trim().toLowerCase();
      return (l) => utmHolds(c, l.utmNorm?.[param], expected);
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
  const tags = new Map(account.tags.map((t) => [t.id, t.name]));
  const stages = new Map<string, string>();
  for (const p of account.pipelines) for (const s of p.stages) stages.set(s.id, s.name);
  const users = new Map(account.users.map((u) => [u.id, u.name]));
  const sources = new Map(account.sources.map((s) => [s.id, s.name]));
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
  return tagIds.filter((id) => view.hasTag(id) === want).map((id) => names.tag(id));
}

/** Explains one condition against a lead (the same rules as compileCondition). */
export function explainCondition(c: Condition, index: number, view: LeadView, names: Names): ConditionExplanation {
  switch (c.type) {
    case 'tags':
    case 'not_tags': {
      const have = tagNamesOf(view, c.tagIds, names, true);
      const missing = tagNamesOf(view, c.tagIds, names, false);
      const all = c.tagIds.map((id) => names.tag(id));
      const hasAllTags = missing.length === 0;
      const hasAnyTag = have.length > 0;
      const actual = have.length ? `Has ${listText(have)}` : `Has none of ${listText(all, 'or')}`;
      if (c.type === 'tags') {
        const pass = c.mode === 'and' ? hasAllTags : hasAnyTag;
        const expected = all.length === 1 ? `Has the tag ${all[0]}` : c.mode === 'and' ? `Has all of ${listText(all)}` : `Has any of ${listText(all, 'or')}`;
        const failure =
          c.mode === 'and'
            ? `Lead has no tag ${listText(missing)}`
            : all.length === 1
              ? `Lead has no tag ${all[0]}`
              : `Lead has none of the tags ${listText(all, 'or')}`;
        return { index, pass, actual, expected, failure };
      }
      const pass = c.mode === 'and' ? !hasAllTags : !hasAnyTag;
      const expected =
        all.length === 1 ? `Does not have the tag ${all[0]}` : c.mode === 'and' ? `Does not have all of ${listText(all)}` : `Has none of ${listText(all, 'or')}`;
      const failure =
        have.length === 1 ? `Lead has the tag ${have[0]}` : c.mode === 'and' ? `Lead has all of the tags ${listText(have)}` : `Lead has the tags ${listText(have)}`;
      return { index, pass, actual, expected, failure };
    }
    case 'stages': {
      const pass = c.stageIds.length === 0 || c.stageIds.includes(view.stageId);
      const wanted = c.stageIds.map((id) => names.stage(id));
      const actual = `In ${names.stage(view.stageId)}`;
      const expected = wanted.length === 0 ? 'Any stage' : `In ${listText(wanted, 'or')}`;
      return { index, pass, actual, expected, failure: `Lead is in ${names.stage(view.stageId)}, not in ${listText(wanted, 'or')}` };
    }
    case 'responsible': {
      const pass = c.userIds.includes(view.responsibleUserId);
      const wanted = c.userIds.map((id) => names.user(id));
      return {
        index,
        pass,
        actual: `Responsible: ${names.user(view.responsibleUserId)}`,
        expected: `Responsible: ${listText(wanted, 'or')}`,
        failure: `Lead's responsible user is ${names.user(view.responsibleUserId)}, not ${listText(wanted, 'or')}`,
      };
    }
    case 'sale': {
      const min = c.min ?? -Infinity;
      const max = c.max ?? Infinity;
      const price = view.price;
      const pass = price >= min && price <= max;
      const expected =
        c.min !== null && c.max !== null
          ? `Between ${amountText(c.min)} and ${amountText(c.max)}`
          : c.min !== null
            ? `At least ${amountText(c.min)}`
            : `At most ${amountText(c.max ?? 0)}`;
      const failure =
        price < min
          ? `Sale value ${amountText(price)} is below the minimum of ${amountText(min)}`
          : price > max
            ? `Sale value ${amountText(price)} is above the maximum of ${amountText(max)}`
            : `Sale value ${amountText(price)} is not a number in range`;
      return { index, pass, actual: `Sale value ${amountText(price)}`, expected, failure };
    }
    case 'source': {
      const pass = view.sourceId !== undefined && c.sourceIds.includes(view.sourceId);
      const wanted = c.sourceIds.map((id) => names.source(id));
      const actual = view.sourceId === undefined ? 'No source' : `Source: ${names.source(view.sourceId)}`;
      const failure =
        view.sourceId === undefined
          ? `Lead has no source (wanted ${listText(wanted, 'or')})`
          : `Lead's source is ${names.source(view.sourceId)}, not ${listText(wanted, 'or')}`;
      return { index, pass, actual, expected: `Source: ${listText(wanted, 'or')}`, failure };
    }
    case 'utm': {
      const norm = view.utmNorm?.[c.param];
      const raw = view.utmRaw?.[c.param];
      const value = c.value ?? '';
      const pass = utmHolds(c, norm, value.trim().toLowerCase());
      const isEmpty = norm === undefined || norm === '';
      const actual = isEmpty ? `${c.param} is empty` : `${c.param} is ${quote(raw ?? norm)}`;
      let expected: string;
      let failure: string;
      switch (c.op) {
        case 'match':
          expected = `${c.param} matches ${quote(value)}`;
          failure = `${actual}, which does not match ${quote(value)}`;
          break;
        case 'not_match':
          expected = `${c.param} does not match ${quote(value)}`;
          failure = `${actual}, which matches ${quote(value)}`;
          break;
        case 'contains':
          expected = `${c.param} contains ${quote(value)}`;
          failure = `${actual}, which does not contain ${quote(value)}`;
          break;
        case 'not_contains':
          expected = `${c.param} does not contain ${quote(value)}`;
          failure = `${actual}, which contains ${quote(value)}`;
          break;
        case 'empty':
          expected = `${c.param} is empty`;
          failure = `${actual}, not empty`;
          break;
        case 'not_empty':
          expected = `${c.param} is not empty`;
          failure = `${c.param} is empty`;
          break;
        default:
          return assertNever(c.op);
      }
      return { index, pass, actual, expected, failure };
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
