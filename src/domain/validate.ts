// One validator for the editor, the mocked API and the command line (SPEC §4).
// Shape rules live in the zod schemas; rules that need the account (V4–V6, V8, V10) and size (V14) live here.
import * as z from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import { Account, type EntityType } from './account';
import { Bot, type Condition, type Trigger } from './bot';
import { MAX_EVENTS, Scenario } from './scenario';
import { SimEvent } from './event';
import { assertNever } from './assert-never';
import { acceptorFor, type Acceptor } from './schema-acceptor';
import { findJsonProblem } from './json-problem';
import { instantMs } from './time-formats';

export type ValidationError = { path: string; message: string };
export type Validated<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

export const MAX_BOT_BYTES = 64 * 1024;
/** Up to this size an oversized bot is still read for its fields' own errors (beyond it, only its size is said). */
const MAX_READ_BYTES = 1024 * 1024;
/** Errors reported at most, so that a hostile file cannot flood the screen. */
export const MAX_ERRORS = 100;

type Path = readonly (string | number)[];
export const joinPath = (path: Path): string => path.join('.');

/** The errors at `prefix` or below it, with the prefix removed ("triggers.0.stageIds" under "triggers.0" → "stageIds"). */
export function errorsUnder(errors: readonly ValidationError[], prefix: string): ValidationError[] {
  const out: ValidationError[] = [];
  for (const e of errors) {
    if (e.path === prefix) out.push({ path: '', message: e.message });
    else if (e.path.startsWith(`${prefix}.`)) out.push({ path: e.path.slice(prefix.length + 1), message: e.message });
  }
  return out;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'on or off (true or false)',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

/** Sentences for the issues the schemas do not word themselves. */
function humanMessage(issue: $ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? 'This is required.'
        : `This must be ${TYPE_NAMES[issue.expected] ?? issue.expected}.`;
    case 'unrecognized_keys':
      return `Unknown setting${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.map((k) => `"${k}"`).join(', ')}.`;
    case 'invalid_value':
      return `Choose one of: ${issue.values.map((v) => String(v)).join(', ')}.`;
    case 'too_small':
      return issue.origin === 'array' ? `Add at least ${String(issue.minimum)}.` : `This must be at least ${String(issue.minimum)}.`;
    case 'too_big':
      return issue.origin === 'array' ? `Use at most ${String(issue.maximum)} items.` : `This must be at most ${String(issue.maximum)}.`;
    case 'invalid_union':
      return 'This value is not one of the accepted forms.';
    case 'invalid_key':
      return 'This key is not accepted.';
    default:
      return issue.message || 'This value is not valid.';
  }
}

const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Turns zod issues into path + sentence, one per unknown key, capped at MAX_ERRORS. */
export function fromZodIssues(issues: readonly $ZodIssue[], prefix: Path = []): ValidationError[] {
  const out: ValidationError[] = [];
  for (const issue of issues) {
    if (out.length >= MAX_ERRORS) break;
    const path = [...prefix, ...(issue.path as (string | number)[])];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        if (out.length >= MAX_ERRORS) break;
        out.push({
          path: joinPath([...path, key]),
          message: UNSAFE_KEYS.has(key) ? `"${key}" is not allowed as a key.` : `Unknown setting "${key}".`,
        });
      }
      continue;
    }
    out.push({ path: joinPath(path), message: issue.message });
  }
  return out;
}

function parseWith<S extends z.ZodType>(schema: S, input: unknown, prefix: Path = []): Validated<z.output<S>> {
  const result = schema.safeParse(input, { error: (iss) => humanMessage(iss as $ZodIssue) });
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, errors: fromZodIssues(result.error.issues as $ZodIssue[], prefix) };
}

/** Size of a value's JSON in UTF-8 bytes, or Infinity when it cannot be serialised. */
export function jsonBytes(value: unknown): number {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? 0 : new TextEncoder().encode(text).length;
  } catch {
    return Infinity;
  }
}

/** Looks things up in an account by id, once. */
export class AccountIndex {
  readonly stages = new Map<string, { pipelineId: string; name: string }>();
  readonly users = new Set<string>();
  readonly tags = new Map<string, { entity: EntityType; name: string }>();
  readonly sources = new Set<string>();
  readonly channels = new Set<string>();
  readonly fields: Map<string, Account['fields'][number]>;
  readonly inboxes = new Set<string>();
  readonly forms = new Set<string>();

  constructor(readonly account: Account) {
    for (const p of account.pipelines) for (const s of p.stages) this.stages.set(s.id, { pipelineId: p.id, name: s.name });
    for (const u of account.users) this.users.add(u.id);
    for (const t of account.tags) this.tags.set(t.id, { entity: t.entity, name: t.name });
    for (const s of account.sources) this.sources.add(s.id);
    for (const c of account.channels) this.channels.add(c.id);
    this.fields = new Map(account.fields.map((f) => [f.id, f]));
    for (const i of account.inboxes) this.inboxes.add(i.id);
    for (const f of account.forms) this.forms.add(f.id);
  }
}

/** "belongs to companies", not "companys". */
const ENTITY_PLURALS: Record<EntityType, string> = { lead: 'leads', contact: 'contacts', company: 'companies', product: 'products' };

function checkIds(
  ids: readonly string[],
  known: { has(id: string): boolean },
  path: Path,
  what: string,
  out: ValidationError[],
): void {
  ids.forEach((id, i) => {
    if (!known.has(id)) out.push({ path: joinPath([...path, i]), message: `This ${what} does not exist in the account (${id}).` });
  });
}

function checkTrigger(t: Trigger, ix: AccountIndex, path: Path, out: ValidationError[]): void {
  const plan = ix.account.plan;
  switch (t.type) {
    case 'lead_created_in_stage':
    case 'lead_moved_to_stage':
    case 'lead_moved_or_created_in_stage':
      checkIds(t.stageIds, ix.stages, [...path, 'stageIds'], 'stage', out);
      return;
    case 'responsible_user_changed':
    case 'call_received':
      return;
    case 'tag_added':
    case 'tag_removed': {
      if (plan !== 'enterprise') {
        out.push({ path: joinPath([...path, 'type']), message: 'Tag triggers are only available on the Enterprise plan.' });
      }
      const tag = ix.tags.get(t.tagId);
      if (!tag) out.push({ path: joinPath([...path, 'tagId']), message: `This tag does not exist in the account (${t.tagId}).` });
      else if (tag.entity !== t.entity) {
        out.push({
          path: joinPath([...path, 'tagId']),
          message: `The tag "${tag.name}" belongs to ${ENTITY_PLURALS[tag.entity]}, not ${ENTITY_PLURALS[t.entity]}.`,
        });
      }
      return;
    }
    case 'field_updated': {
      if (plan !== 'enterprise') {
        out.push({ path: joinPath([...path, 'type']), message: 'Field triggers are only available on the Enterprise plan.' });
      }
      const field = ix.fields.get(t.fieldId);
      if (!field) out.push({ path: joinPath([...path, 'fieldId']), message: `This field does not exist in the account (${t.fieldId}).` });
      else if (field.builtin) {
        out.push({ path: joinPath([...path, 'fieldId']), message: `The field trigger does not work with the ${field.name} field.` });
      } else if (field.entity !== t.entity) {
        out.push({
          path: joinPath([...path, 'fieldId']),
          message: `The field "${field.name}" belongs to ${ENTITY_PLURALS[field.entity]}, not ${ENTITY_PLURALS[t.entity]}.`,
        });
      }
      return;
    }
    case 'relative_to_date_field': {
      const field = ix.fields.get(t.fieldId);
      if (!field) out.push({ path: joinPath([...path, 'fieldId']), message: `This field does not exist in the account (${t.fieldId}).` });
      else if (field.entity !== 'lead') {
        // "…is not one" read wrong for a contact's Birthday, which is a date field, of contacts.
        out.push({ path: joinPath([...path, 'fieldId']), message: `The field "${field.name}" belongs to ${ENTITY_PLURALS[field.entity]}: choose a date or date-time field of leads.` });
      } else if (field.type !== 'date' && field.type !== 'datetime') {
        out.push({ path: joinPath([...path, 'fieldId']), message: `Choose a date or date-time field of leads; "${field.name}" is not one.` });
      }
      return;
    }
    case 'on_date':
    case 'recurring':
    case 'website_visited':
      return;
    case 'form_submitted':
      checkIds(t.formIds, ix.forms, [...path, 'formIds'], 'form', out);
      return;
    case 'email_received':
      if (ix.inboxes.size === 0) {
        out.push({ path: joinPath([...path, 'inboxIds']), message: 'Connect a mailbox to the account before using the email trigger.' });
      }
      checkIds(t.inboxIds, ix.inboxes, [...path, 'inboxIds'], 'mailbox', out);
      return;
    case 'conversation_started':
    case 'message':
    case 'story_mention':
    case 'outgoing_message_seen':
    case 'conversation_closed':
    case 'first_message_of_day':
      checkIds(t.channelIds, ix.channels, [...path, 'channelIds'], 'channel', out);
      return;
    default:
      assertNever(t);
  }
}

function checkCondition(c: Condition, ix: AccountIndex, path: Path, out: ValidationError[]): void {
  switch (c.type) {
    case 'tags':
    case 'not_tags':
      c.tagIds.forEach((id, i) => {
        const tag = ix.tags.get(id);
        if (!tag) out.push({ path: joinPath([...path, 'tagIds', i]), message: `This tag does not exist in the account (${id}).` });
        else if (tag.entity !== 'lead') {
          out.push({ path: joinPath([...path, 'tagIds', i]), message: `The tag "${tag.name}" belongs to ${ENTITY_PLURALS[tag.entity]}: conditions check the lead's own tags.` });
        }
      });
      return;
    case 'stages':
      checkIds(c.stageIds, ix.stages, [...path, 'stageIds'], 'stage', out);
      return;
    case 'responsible':
      checkIds(c.userIds, ix.users, [...path, 'userIds'], 'user', out);
      return;
    case 'source':
      checkIds(c.sourceIds, ix.sources, [...path, 'sourceIds'], 'source', out);
      return;
    case 'sale':
    case 'utm':
      return;
    default:
      assertNever(c);
  }
}

/** Rules V4–V6, V8, V10 for a bot that already has the right shape. */
export function checkBotAgainstAccount(bot: Bot, ix: AccountIndex, prefix: Path = []): ValidationError[] {
  const out: ValidationError[] = [];
  bot.triggers.forEach((t, i) => checkTrigger(t, ix, [...prefix, 'triggers', i], out));
  bot.conditions.forEach((c, i) => checkCondition(c, ix, [...prefix, 'conditions', i], out));
  return out.slice(0, MAX_ERRORS);
}

const kb = (bytes: number) =>
  bytes < 100 ? `${bytes} ${bytes === 1 ? "byte" : "bytes"}` : bytes < 10 * 1024 ? `${(Math.round(bytes / 102.4) / 10).toFixed(1)} KB` : `${Math.round(bytes / 1024)} KB`;

/**
 * Where an oversized bot's bytes are, in words: its triggers or conditions (with the largest of
 * them), or its name, whichever take a quarter of it or more. "" when that cannot be told.
 */
function whereTheSizeIs(input: unknown, total: number): string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return '';
  const bot = input as Record<string, unknown>;
  const parts: { bytes: number; words: string }[] = [];
  for (const [key, one] of [['triggers', 'trigger'], ['conditions', 'condition']] as const) {
    const list = bot[key];
    if (!Array.isArray(list) || list.length === 0) continue;
    // A loop, not Math.max(...sizes): a list of 150,000 entries (a 300 KB request) overflows the stack
    // as arguments.
    let largest = 0;
    let largestBytes = -1;
    list.forEach((entry, i) => {
      const b = jsonBytes(entry);
      if (b > largestBytes) [largest, largestBytes] = [i, b];
    });
    const bytes = jsonBytes(list);
    const what = list.length === 1 ? `its one ${one} takes` : `its ${list.length.toLocaleString('en-US')} ${key} take`;
    parts.push({ bytes, words: `${what} ${kb(bytes)}${list.length > 1 ? ` (the largest: ${one} ${largest + 1}, ${kb(largestBytes)})` : ''}` });
  }
  for (const key of ['name', 'activeHours'] as const) {
    const bytes = jsonBytes(bot[key]);
    parts.push({ bytes, words: `its ${key === 'name' ? 'name' : 'active hours'} ${kb(bytes)}` });
  }
  const big = parts.filter((p) => Number.isFinite(p.bytes) && p.bytes >= total / 4).sort((a, b) => b.bytes - a.bytes);
  if (big.length === 0) return '';
  const text = big.map((p) => p.words).join(', and ');
  return ` ${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function sizeError(input: unknown, path: Path): ValidationError | null {
  const bytes = jsonBytes(input);
  if (bytes <= MAX_BOT_BYTES) return null;
  return {
    path: joinPath(path),
    message: Number.isFinite(bytes)
      ? `The bot is too large (${Math.ceil(bytes / 1024)} KB); a bot can be at most 64 KB.${whereTheSizeIs(input, bytes)}`
      : 'The bot cannot be stored as JSON.',
  };
}

/**
 * V14 alone, for a bot as it will be stored (an editor measures its draft with the id and version the
 * server will give it, which may be longer than its own): the error, or null when it fits.
 */
export function botSizeError(bot: unknown): ValidationError | null {
  return sizeError(bot, []);
}

/** Validates a bot against an account: every rule V1–V14. */
export function validateBot(input: unknown, account: Account): Validated<Bot> {
  const tooBig = sizeError(input, []);
  if (tooBig) {
    // Also what makes it so, when the bot is small enough to read at all: a 70,000-character address
    // pasted into a trigger was reported only as "too large", with nothing marked at the address.
    const own = jsonBytes(input) <= MAX_READ_BYTES ? parseWith(Bot, input) : null;
    return { ok: false, errors: own !== null && !own.ok ? [tooBig, ...own.errors].slice(0, MAX_ERRORS) : [tooBig] };
  }
  const parsed = parseWith(Bot, input);
  if (!parsed.ok) return parsed;
  const errors = checkBotAgainstAccount(parsed.value, new AccountIndex(account));
  return errors.length ? { ok: false, errors } : parsed;
}

/** Validates an account (the world) on its own. */
export function validateAccount(input: unknown): Validated<Account> {
  return parseWith(Account, input);
}

/** Where the id of the lead an event is about sits in the event, or null when it is about no existing lead. */
export function eventLeadKey(e: SimEvent): 'leadId' | 'entityId' | null {
  switch (e.type) {
    case 'lead_created':
      return null;
    case 'tag_added':
    case 'tag_removed':
    case 'field_updated':
      if (e.leadId !== undefined) return 'leadId';
      return e.entity === 'lead' ? 'entityId' : null;
    default:
      return 'leadId';
  }
}

function unknownLead(event: number, key: 'leadId' | 'entityId', leadId: string): ValidationError {
  return {
    path: `events.${event}.${key}`,
    message: `No lead "${leadId}" exists at this point: add it to the leads at the start, or create it with an earlier "Lead created" event (lead_created).`,
  };
}

/** Event indices in processing order (R1): by instant, equal instants in file order. */
export function eventOrder(events: readonly { at: string }[]): number[] {
  const n = events.length;
  const times = new Float64Array(n);
  const order: number[] = [];
  let sorted = true; // files are usually written in order: then the order is the file's, with no sort
  for (let i = 0; i < n; i++) {
    const t = instantMs(events[i]!.at); // = Date.parse
    times[i] = t;
    order.push(i);
    if (sorted && i > 0 && !(times[i - 1]! <= t)) sorted = false; // NaN too: the sort decides as before
  }
  return sorted ? order : order.sort((a, b) => times[a]! - times[b]! || a - b);
}

/**
 * The scenario's shape with its events left as they are: they are checked a chunk at a time (below),
 * so that a huge file of broken events stops near MAX_ERRORS instead of collecting an issue for each.
 */
const ScenarioShell = Scenario.extend({
  events: z.array(z.unknown()).max(MAX_EVENTS, { error: 'A scenario holds at most 1,000,000 events.' }),
});
const NO_EVENTS: readonly unknown[] = Object.freeze([]);
/** The error wording for every zod call on events, made once. */
const EVENT_PARSE = { error: (iss: z.core.$ZodRawIssue) => humanMessage(iss as $ZodIssue) };
/**
 * Derived from the SimEvent schema and the shell's (see schema-acceptor.ts), built on first use: `true`
 * means zod accepts the value and would return it unchanged, so zod runs only for what they cannot vouch
 * for, and every error is zod's.
 */
let acceptors: { event: Acceptor | null; shell: Acceptor | null } | null = null;
const quickChecks = () => (acceptors ??= { event: acceptorFor(SimEvent), shell: acceptorFor(ScenarioShell) });

/** The shapes of a scenario: its shell, then its events until MAX_ERRORS errors are found. */
function parseScenarioShape(input: unknown): Validated<Scenario> | { ok: false; errors: ValidationError[]; shell: z.output<typeof ScenarioShell> } {
  // A list of at most MAX_EVENTS raises no error in the shell, so the shell is checked with an empty list
  // in its place: zod would otherwise copy the whole list, one wrapper object per event, for nothing.
  const list = typeof input === 'object' && input !== null && 'events' in input ? (input as { events: unknown }).events : undefined;
  const listFits = Array.isArray(list) && list.length <= MAX_EVENTS;
  const plain = listFits && Object.getPrototypeOf(input) === Object.prototype; // a spread copies all its keys
  const { event: acceptEvent, shell: acceptShell } = quickChecks();
  const shellInput = plain ? { ...(input as object), events: NO_EVENTS } : input;
  const shell: Validated<z.output<typeof ScenarioShell>> = acceptShell?.(shellInput)
    ? { ok: true, value: shellInput as z.output<typeof ScenarioShell> }
    : parseWith(ScenarioShell, shellInput);
  const errors = shell.ok ? [] : shell.errors;
  const raw: readonly unknown[] = listFits ? list : [];
  const events: SimEvent[] = [];
  // One event at a time, in file order, until MAX_ERRORS errors: the first MAX_ERRORS errors are the
  // ones a single zod call over the whole list would give first.
  for (let i = 0; i < raw.length && errors.length < MAX_ERRORS; i++) {
    const event = raw[i];
    if (acceptEvent?.(event)) {
      events.push(event as SimEvent);
      continue;
    }
    const parsed = SimEvent.safeParse(event, EVENT_PARSE);
    if (parsed.success) events.push(parsed.data);
    else errors.push(...fromZodIssues(parsed.error.issues as $ZodIssue[], ['events', i]));
  }
  if (!shell.ok) return { ok: false, errors: withSizeErrors(input, errors).slice(0, MAX_ERRORS) };
  if (errors.length) return { ok: false, errors: errors.slice(0, MAX_ERRORS), shell: shell.value };
  return { ok: true, value: { ...shell.value, events } };
}

/**
 * V14 for a scenario whose shell could not be read: a bot too large is said too, each before its own
 * bot's other errors (as `validateBot` says it), else after the errors found. A 70 KB address pasted
 * into a trigger was reported only as a bad address, and the file's size error came after mending it.
 */
function withSizeErrors(input: unknown, errors: ValidationError[]): ValidationError[] {
  const bots = typeof input === 'object' && input !== null && 'bots' in input ? (input as { bots: unknown }).bots : undefined;
  if (!Array.isArray(bots)) return errors;
  const out = [...errors];
  bots.forEach((bot, i) => {
    const tooBig = sizeError(bot, ['bots', i]);
    if (tooBig === null) return;
    const own = out.findIndex((e) => e.path === `bots.${i}` || e.path.startsWith(`bots.${i}.`));
    out.splice(own === -1 ? out.length : own, 0, tooBig);
  });
  return out;
}

/**
 * The rules of the bots and leads (section 4 against the account; ids used twice): they need only
 * the shell, so they are checked also when some events are broken, and a file with a broken event
 * and a broken bot says both at once instead of the second only after the first is mended.
 */
function shellRuleErrors(s: z.output<typeof ScenarioShell>): { errors: ValidationError[]; leadIds: Set<string> } {
  const errors: ValidationError[] = [];
  const ix = new AccountIndex(s.account);
  const botIds = new Set<string>();
  s.bots.forEach((bot, i) => {
    const tooBig = sizeError(bot, ['bots', i]);
    if (tooBig) errors.push(tooBig);
    if (botIds.has(bot.id)) errors.push({ path: `bots.${i}.id`, message: `Two bots have the id "${bot.id}".` });
    botIds.add(bot.id);
    errors.push(...checkBotAgainstAccount(bot, ix, ['bots', i]));
  });

  const leadIds = new Set<string>();
  (s.leads ?? []).forEach((lead, i) => {
    if (leadIds.has(lead.id)) errors.push({ path: `leads.${i}.id`, message: `Two leads have the id "${lead.id}".` });
    leadIds.add(lead.id);
  });
  if (s.start !== undefined && s.until !== undefined && Date.parse(s.until) < Date.parse(s.start)) {
    errors.push({ path: 'until', message: 'The end of the simulation must not be before its start.' });
  }
  return { errors, leadIds };
}

/** Validates a whole scenario file's value: shapes, every bot's rules, and references to leads. */
export function validateScenario(input: unknown): Validated<Scenario> {
  const parsed = parseScenarioShape(input);
  if (!parsed.ok) {
    // Broken events in a sound shell: the bots' and leads' rules are told too, before the events'
    // errors (the order of the file). References to leads wait until every event can be read.
    if (!('shell' in parsed)) return parsed;
    const rules = shellRuleErrors(parsed.shell).errors;
    return { ok: false, errors: [...rules, ...parsed.errors].slice(0, MAX_ERRORS) };
  }
  const s = parsed.value;
  const { errors, leadIds } = shellRuleErrors(s);

  for (const i of eventOrder(s.events)) {
    if (errors.length >= MAX_ERRORS) break;
    const e = s.events[i]!;
    if (e.type === 'lead_created') {
      leadIds.add(e.lead.id);
      continue;
    }
    const key = eventLeadKey(e);
    if (key === null) continue;
    const leadId = (e as Record<typeof key, string>)[key];
    if (!leadIds.has(leadId)) errors.push(unknownLead(i, key, leadId));
    // A tag or field change on a lead entity with a lead context: the entity is a lead too (the one
    // whose tags or fields change), so it must exist as well.
    if (key === 'leadId' && (e.type === 'tag_added' || e.type === 'tag_removed' || e.type === 'field_updated') && e.entity === 'lead') {
      if (e.entityId !== leadId && !leadIds.has(e.entityId)) errors.push(unknownLead(i, 'entityId', e.entityId));
    }
  }
  return errors.length ? { ok: false, errors: errors.slice(0, MAX_ERRORS) } : parsed;
}

/** Largest scenario text accepted (the command line; the browser sets its own, smaller limit). */
export const MAX_SCENARIO_BYTES = 256 * 1024 * 1024;

/** Parses JSON text safely: never throws, refuses oversized text. */
export function parseJsonText(text: string, maxBytes = MAX_SCENARIO_BYTES): Validated<unknown> {
  if (text.length > maxBytes) {
    return { ok: false, errors: [{ path: '', message: `The file is too large (over ${Math.round(maxBytes / 1024 / 1024)} MB).` }] };
  }
  // A byte-order mark (Windows editors write one) is no part of the JSON.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (e) {
    // Where, as the admin's editor counts: JSON.parse says it only sometimes, and differently per browser.
    const found = findJsonProblem(json);
    const detail = e instanceof Error ? e.message : String(e);
    const message = found ? `The file is not valid JSON: line ${found.line}, column ${found.column}: ${found.problem}.` : `The file is not valid JSON (${detail}).`;
    return { ok: false, errors: [{ path: '', message }] };
  }
}

/** Text of a scenario file → validated scenario. */
export function parseScenarioText(text: string, maxBytes?: number): Validated<Scenario> {
  const json = parseJsonText(text, maxBytes);
  return json.ok ? validateScenario(json.value) : json;
}
