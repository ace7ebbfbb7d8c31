import * as z from 'zod';
import { Account, Id, Lead } from './account';
import { Bot } from './bot';
import { Instant, SimEvent } from './event';
import { Reason } from './result';

export const MAX_EVENTS = 1_000_000;

export const Expectations = z.strictObject({
  activations: z.array(z.strictObject({ botId: Id, leadId: Id.optional(), at: Instant })).optional(),
  skipped: z.array(z.strictObject({ botId: Id, reason: Reason })).optional(),
});
export type Expectations = z.infer<typeof Expectations>;

export const Scenario = z.strictObject(
  {
    name: z.string({ error: 'Give the scenario a name.' }).max(200, { error: 'The name is at most 200 characters.' }),
    description: z.string().max(5000, { error: 'The description is at most 5,000 characters.' }).optional(),
    account: Account,
    leads: z.array(Lead).optional(),
    bots: z.array(Bot),
    events: z.array(SimEvent).max(MAX_EVENTS, { error: 'A scenario holds at most 1,000,000 events.' }),
    start: Instant.optional(),
    until: Instant.optional(),
    expect: Expectations.optional(),
  },
  {
    // The whole file is something else (an array, null, a number): say what it should be.
    error: (iss) => (iss.code === 'invalid_type' ? 'A scenario file holds one JSON object, with name, account, bots and events.' : undefined),
  },
);
export type Scenario = z.infer<typeof Scenario>;
