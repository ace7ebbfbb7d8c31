import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import demoAccount from '../../mocks/fixtures/demo-account.json';
import { Account, Bot, SimEvent, validateBot, validateScenario, parseScenarioText } from '.';

const account = Account.parse(demoAccount);
const stageIds = account.pipelines.flatMap((p) => p.stages.map((s) => s.id));
const leadTags = account.tags.filter((t) => t.entity === 'lead').map((t) => t.id);
const channelIds = account.channels.map((c) => c.id);
const oneOf = <T,>(xs: readonly T[]) => fc.constantFrom(...xs);
const someOf = <T,>(xs: readonly T[], min = 0) => fc.uniqueArray(oneOf(xs), { minLength: min, maxLength: xs.length });
const clock = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(
  ([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`,
);
const minutes = fc.integer({ min: 0, max: 43200 });

/** Triggers built from the account's ids: most are valid, some break a rule on purpose. */
const trigger = fc.oneof(
  fc.record({ type: oneOf(['lead_created_in_stage', 'lead_moved_to_stage', 'lead_moved_or_created_in_stage'] as const), stageIds: someOf(stageIds, 1), delayMinutes: minutes, applyToExisting: fc.option(fc.boolean(), { nil: undefined }) }, { requiredKeys: ['type', 'stageIds', 'delayMinutes'] }),
  fc.constant({ type: 'responsible_user_changed' as const }),
  fc.record({ type: oneOf(['tag_added', 'tag_removed'] as const), entity: fc.constant('lead' as const), tagId: oneOf(leadTags) }),
  fc.record({ type: fc.constant('relative_to_date_field' as const), fieldId: oneOf(['f-meeting', 'f-renewal']), hours: fc.integer({ min: 0, max: 720 }), direction: oneOf(['before', 'after'] as const) }),
  fc.record({ type: fc.constant('recurring' as const), every: oneOf(['day', 'week', 'month', 'year'] as const), time: clock, weekday: fc.integer({ min: 1, max: 7 }), dayOfMonth: fc.integer({ min: 1, max: 31 }), month: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ type: fc.constant('message' as const), direction: oneOf(['incoming', 'outgoing'] as const), channelIds: someOf(channelIds), cooldownMinutes: fc.integer({ min: 1, max: 43200 }) }),
  fc.record({ type: fc.constant('website_visited' as const), url: fc.webUrl(), delayMinutes: minutes }),
  fc.record({ type: fc.constant('conversation_started' as const), direction: oneOf(['incoming', 'outgoing', 'any'] as const), channelIds: someOf(channelIds) }),
);
const condition = fc.oneof(
  fc.record({ type: oneOf(['tags', 'not_tags'] as const), mode: oneOf(['and', 'or'] as const), tagIds: someOf(leadTags) }),
  fc.record({ type: fc.constant('stages' as const), stageIds: someOf(stageIds) }),
  fc.record({ type: fc.constant('sale' as const), min: fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: null }), max: fc.option(fc.integer({ min: 0, max: 1e6 }), { nil: null }) }),
  fc.record({ type: fc.constant('utm' as const), param: oneOf(['utm_source', 'utm_medium'] as const), op: oneOf(['match', 'contains', 'empty', 'not_empty'] as const), value: fc.option(fc.string({ maxLength: 20 }), { nil: undefined }) }, { requiredKeys: ['type', 'param', 'op'] }),
);
const range = fc.record({ weekday: fc.integer({ min: 1, max: 7 }), from: clock, to: clock });
const botArb = fc.record({
  id: fc.string({ minLength: 1, maxLength: 20 }),
  name: fc.string({ minLength: 0, maxLength: 110 }),
  version: fc.nat(),
  enabled: fc.boolean(),
  triggers: fc.array(trigger, { minLength: 0, maxLength: 5 }),
  conditions: fc.array(condition, { maxLength: 5 }),
  activeHours: fc.option(fc.record({ ranges: fc.array(range, { minLength: 0, maxLength: 4 }) }), { nil: null }),
  keepUnanswered: fc.boolean(),
});

describe('validation properties', () => {
  it('any bot the validator accepts survives a JSON round trip unchanged and still validates', () => {
    let accepted = 0;
    fc.assert(
      fc.property(botArb, (candidate) => {
        const r = validateBot(candidate, account);
        if (!r.ok) return;
        accepted++;
        const back = JSON.parse(JSON.stringify(r.value)) as unknown;
        expect(back).toEqual(r.value);
        expect(Bot.parse(back)).toEqual(r.value);
        expect(validateBot(back, account)).toEqual(r);
      }),
      { numRuns: 400, seed: 20260601 },
    );
    expect(accepted).toBeGreaterThan(20); // the generator does reach valid bots
  });

  it('any event the schema accepts survives a JSON round trip', () => {
    const event = fc.record({
      at: fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
      type: fc.constant('message' as const),
      direction: oneOf(['incoming', 'outgoing'] as const),
      channelId: oneOf(channelIds),
      leadId: fc.string({ minLength: 1, maxLength: 10 }),
    });
    fc.assert(
      fc.property(event, (e) => {
        const parsed = SimEvent.parse(e);
        expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it('arbitrary JSON never makes validation throw', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const bot = validateBot(value, account);
        const scenario = validateScenario(value);
        expect(bot.ok).toBe(false);
        expect(scenario.ok).toBe(false);
      }),
      { numRuns: 500, seed: 42 },
    );
  });

  it('arbitrary objects shaped almost like a bot never make validation throw', () => {
    fc.assert(
      fc.property(botArb, fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), (b, extra) => {
        expect(() => validateBot({ ...b, ...extra }, account)).not.toThrow();
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('arbitrary text never makes the scenario parser throw', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(() => parseScenarioText(text)).not.toThrow();
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});
