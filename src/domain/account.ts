import * as z from 'zod';
import { isTimeZone } from './time-formats';

/** An id: a non-empty string of reasonable length; `empty` is said of "" (a choice not made yet, where one is picked from a list). */
export const idSchema = (empty: string) =>
  z.string({ error: 'Enter an id (text).' }).min(1, { error: empty }).max(200, { error: 'The id is longer than 200 characters.' });

/** An id of anything in the account. */
export const Id = idSchema('The id is empty.');

export const Name = z
  .string({ error: 'Enter a name (text).' })
  .max(1000, { error: 'The name is longer than 1,000 characters.' });

export const TimeZone = z
  .string({ error: 'Enter a time zone name such as America/New_York.' })
  .refine(isTimeZone, { error: 'This is not a known time zone (use an IANA name such as America/New_York).' });

export const ENTITY_TYPES = ['lead', 'contact', 'company', 'product'] as const;
export const EntityType = z.enum(ENTITY_TYPES, { error: 'Choose lead, contact, company or product.' });
export type EntityType = z.infer<typeof EntityType>;

export const PLANS = ['base', 'advanced', 'enterprise'] as const;
export const Plan = z.enum(PLANS, { error: 'The plan is base, advanced or enterprise.' });
export type Plan = z.infer<typeof Plan>;

export const FIELD_TYPES = ['text', 'number', 'date', 'datetime', 'select'] as const;

export const Stage = z.strictObject({ id: Id, name: Name });
export const Pipeline = z.strictObject({ id: Id, name: Name, stages: z.array(Stage) });
export const User = z.strictObject({ id: Id, name: Name });
export const Tag = z.strictObject({ id: Id, name: Name, entity: EntityType });
export const Source = z.strictObject({ id: Id, name: Name });
export const Channel = z.strictObject({ id: Id, name: Name, kind: z.string().max(100) });
/** A channel of kind "instagram": the only kind story mentions arrive through. */
export const isInstagram = (channel: { kind: string }): boolean => channel.kind === 'instagram';
export const Field = z.strictObject({
  id: Id,
  entity: EntityType,
  name: Name,
  type: z.enum(FIELD_TYPES, { error: 'The field type is text, number, date, datetime or select.' }),
  builtin: z.enum(['name', 'budget']).optional(),
});
export const Inbox = z.strictObject({ id: Id, address: z.string().max(320) });
export const Form = z.strictObject({ id: Id, name: Name });

/** Duplicates told per list at most: the report is capped at 100 errors anyway (MAX_ERRORS). */
const MAX_DUPLICATES = 100;

/**
 * Adds an error at each id that an earlier item already has ("Another tag already has the id “t-vip”."),
 * at the later one. Everything in the account is looked up by its id alone, so a second "t-vip" (a
 * contact tag beside a lead tag) made the answer depend on which of the two a lookup met first.
 */
function refuseDuplicateIds(items: Iterable<{ id: string; path: (string | number)[] }>, what: string, ctx: z.core.$RefinementCtx): void {
  const seen = new Set<string>();
  let told = 0;
  for (const { id, path } of items) {
    if (!seen.has(id)) {
      seen.add(id);
      continue;
    }
    ctx.addIssue({ code: 'custom', path, message: `Another ${what} already has the id “${id}”.`, input: id });
    if (++told >= MAX_DUPLICATES) return;
  }
}

/** A list of things with ids, each id used once (for the account's lists). */
const listOf = <T extends z.ZodType<{ id: string }>>(item: T, what: string) =>
  z.array(item).superRefine((items, ctx) => refuseDuplicateIds(items.map((it, i) => ({ id: it.id, path: [i, 'id'] })), what, ctx));

/** Pipelines, each id used once, and stages, each id used once across all pipelines (stages are found by id alone). */
const Pipelines = listOf(Pipeline, 'pipeline').superRefine((pipelines, ctx) =>
  refuseDuplicateIds(
    pipelines.flatMap((p, pi) => p.stages.map((s, si) => ({ id: s.id, path: [pi, 'stages', si, 'id'] }))),
    'stage',
    ctx,
  ),
);

export const Account = z.strictObject({
  id: Id,
  name: Name,
  plan: Plan,
  timezone: TimeZone,
  pipelines: Pipelines,
  users: listOf(User, 'user'),
  tags: listOf(Tag, 'tag'),
  sources: listOf(Source, 'source'),
  channels: listOf(Channel, 'channel'),
  fields: listOf(Field, 'field'),
  inboxes: listOf(Inbox, 'mailbox'),
  forms: listOf(Form, 'form'),
});
export type Account = z.infer<typeof Account>;

/**
 * Stage names as people read them, by stage id: with the pipeline when the account has several
 * ("Won (Partners)"), since two pipelines may both have a "Won". The editor, the engine's sentences
 * and the simulator all name stages this way.
 */
export function stageLabels(account: Pick<Account, 'pipelines'>): Map<string, string> {
  const several = account.pipelines.length > 1;
  const labels = new Map<string, string>();
  for (const p of account.pipelines) for (const s of p.stages) labels.set(s.id, several ? `${s.name} (${p.name})` : s.name);
  return labels;
}
export type Pipeline = z.infer<typeof Pipeline>;
export type Field = z.infer<typeof Field>;
export type Tag = z.infer<typeof Tag>;

export const UTM_PARAMS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const;
export const UtmParam = z.enum(UTM_PARAMS, { error: 'Choose utm_source, utm_medium, utm_campaign, utm_term or utm_content.' });
export type UtmParam = z.infer<typeof UtmParam>;

const UtmValue = z.string().max(2000, { error: 'A UTM value is at most 2,000 characters.' });
export const Utm = z.strictObject({
  utm_source: UtmValue.optional(),
  utm_medium: UtmValue.optional(),
  utm_campaign: UtmValue.optional(),
  utm_term: UtmValue.optional(),
  utm_content: UtmValue.optional(),
});
export type Utm = z.infer<typeof Utm>;

export const FieldValue = z.union([z.string().max(10000), z.number().finite(), z.null()], {
  error: 'A field value is text, a number or null.',
});
export type FieldValue = z.infer<typeof FieldValue>;

// zod 4's .finite() does nothing: z.number() itself refuses Infinity (1e400 in JSON) as "not a
// number", so the sentence for it is chosen there.
export const Money = z.number({
  error: (iss) => (iss.input === Infinity ? 'The amount is too large.' : iss.input === -Infinity ? 'The amount is too small.' : 'Enter an amount (a number).'),
});

/** Keys that would reach an object's prototype; refused as field ids of a lead's values. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const FieldKey = Id.refine((key) => !PROTOTYPE_KEYS.has(key), { error: 'This name cannot be used as a field id.' });

/**
 * A lead's field values by field id. zod's record silently drops an own `__proto__` key (JSON.parse
 * makes one), so it is looked for in the raw input first and refused like the other prototype keys.
 */
const FieldValues = z.preprocess((input, ctx) => {
  if (typeof input === 'object' && input !== null && Object.prototype.hasOwnProperty.call(input, '__proto__')) {
    ctx.issues.push({ code: 'custom', path: ['__proto__'], message: '"__proto__" is not allowed as a key.', input });
  }
  return input;
}, z.record(FieldKey, FieldValue));

export const Lead = z.strictObject({
  id: Id,
  pipelineId: Id,
  stageId: Id,
  responsibleUserId: Id,
  price: Money,
  sourceId: Id.optional(),
  utm: Utm.optional(),
  tagIds: z.array(Id).optional(),
  fields: FieldValues.optional(),
});
export type Lead = z.infer<typeof Lead>;
