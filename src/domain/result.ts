import * as z from 'zod';
import { Id } from './account';
import { Instant } from './event';

export const REASONS = [
  'plan',
  'rate_limited',
  'not_manual',
  'cooldown',
  'left_stage',
  'window_passed',
  'condition',
  'outside_hours',
] as const;
/** Why a matched trigger did not run; REASONS is also the precedence order of R20. */
export const Reason = z.enum(REASONS, { error: `Unknown reason: use one of ${REASONS.join(', ')}.` });
export type Reason = z.infer<typeof Reason>;

export const Activation = z.strictObject({
  botId: Id,
  leadId: Id.optional(),
  entityId: Id.optional(),
  at: Instant,
  trigger: z.number().int().min(0),
  cause: z.number().int().min(0).nullable(),
  unanswered: z.boolean().optional(),
});
export type Activation = z.infer<typeof Activation>;

export const Skip = z.strictObject({
  botId: Id,
  leadId: Id.optional(),
  at: Instant,
  trigger: z.number().int().min(0),
  reason: Reason,
  condition: z.number().int().min(0).optional(),
  detail: z.string(),
});
export type Skip = z.infer<typeof Skip>;

export const WARNING_CODES = ['tag_triggers_suspended', 'field_triggers_suspended'] as const;
export const Warning = z.strictObject({ at: Instant, code: z.enum(WARNING_CODES), until: Instant });
export type Warning = z.infer<typeof Warning>;

export const SimResult = z.strictObject({
  activations: z.array(Activation),
  skipped: z.array(Skip),
  warnings: z.array(Warning),
});
export type SimResult = z.infer<typeof SimResult>;
