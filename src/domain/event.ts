import * as z from 'zod';
import { EntityType, FieldValue, Id, Lead, Money, Utm } from './account';
import { isInstant } from './time-formats';

/** Written as an instant ("YYYY-MM-DDTHH:MM", seconds optional), with or without its zone. */
const INSTANT_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** Why a string is not an instant, in the words of what is wrong with it (hour 25 was told "with a time zone"). */
export function instantProblem(value: unknown): string {
  const shape = typeof value === 'string' ? INSTANT_SHAPE.exec(value) : null;
  if (shape && shape[1] === undefined) return 'Add the time zone: end the instant with Z (UTC) or an offset such as -04:00.';
  if (shape) return 'This date or time does not exist: check the month, the day, the hour (00–23) and the minutes.';
  return 'Enter a real instant with a time zone, such as 2026-06-01T13:00:00Z.';
}

/** An ISO 8601 instant with `Z` or an offset. */
export const Instant = z
  .string({ error: 'Enter an instant such as 2026-06-01T13:00:00Z.' })
  .refine(isInstant, { error: (issue) => instantProblem(issue.input) });

export const ORIGINS = ['user', 'automation', 'api'] as const;
export const Origin = z.enum(ORIGINS, { error: 'The origin is user, automation or api.' });
export type Origin = z.infer<typeof Origin>;

const at = { at: Instant };

export const SimEvent = z.discriminatedUnion(
  'type',
  [
    z.strictObject({ ...at, type: z.literal('lead_created'), lead: Lead }),
    z.strictObject({ ...at, type: z.literal('lead_moved'), leadId: Id, toStageId: Id }),
    z.strictObject({
      ...at,
      type: z.literal('lead_updated'),
      leadId: Id,
      set: z.strictObject({ price: Money.optional(), sourceId: Id.optional(), utm: Utm.optional() }),
    }),
    z.strictObject({ ...at, type: z.literal('responsible_changed'), leadId: Id, toUserId: Id }),
    z.strictObject({
      ...at,
      type: z.literal('tag_added'),
      entity: EntityType,
      entityId: Id,
      tagId: Id,
      origin: Origin,
      leadId: Id.optional(),
    }),
    z.strictObject({
      ...at,
      type: z.literal('tag_removed'),
      entity: EntityType,
      entityId: Id,
      tagId: Id,
      origin: Origin,
      leadId: Id.optional(),
    }),
    z.strictObject({
      ...at,
      type: z.literal('field_updated'),
      entity: EntityType,
      entityId: Id,
      fieldId: Id,
      value: FieldValue,
      origin: Origin,
      leadId: Id.optional(),
    }),
    z.strictObject({ ...at, type: z.literal('form_submitted'), formId: Id, leadId: Id }),
    z.strictObject({ ...at, type: z.literal('email_received'), inboxId: Id, leadId: Id }),
    z.strictObject({ ...at, type: z.literal('call_received'), leadId: Id }),
    z.strictObject({
      ...at,
      type: z.literal('website_visited'),
      url: z.string({ error: 'Enter the visited address.' }).max(4096),
      leadId: Id,
    }),
    z.strictObject({
      ...at,
      type: z.literal('message'),
      direction: z.enum(['incoming', 'outgoing'], { error: 'Choose incoming or outgoing.' }),
      channelId: Id,
      leadId: Id,
    }),
    z.strictObject({ ...at, type: z.literal('message_seen'), channelId: Id, leadId: Id }),
    z.strictObject({ ...at, type: z.literal('conversation_closed'), channelId: Id, leadId: Id }),
    z.strictObject({ ...at, type: z.literal('story_mention'), channelId: Id, leadId: Id }),
  ],
  { error: 'Choose a known kind of event.' },
);
export type SimEvent = z.infer<typeof SimEvent>;
export type SimEventType = SimEvent['type'];
export type SimEventOf<T extends SimEventType> = Extract<SimEvent, { type: T }>;
