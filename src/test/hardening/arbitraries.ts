// fast-check generators of scenarios built from the demo account's ids: bots with every kind of
// trigger and condition, leads, and bursts of events around daylight-saving changes. Generated
// values are raw JSON-like data; tests keep only those `validateScenario` accepts.
import fc from 'fast-check';
import demoAccount from '../../../mocks/fixtures/demo-account.json';
import { Account, PLANS, validateScenario, type Scenario } from '../../domain';

export const demo = Account.parse(demoAccount);

const stageIds = demo.pipelines.flatMap((p) => p.stages.map((s) => s.id));
const userIds = demo.users.map((u) => u.id);
const leadTagIds = demo.tags.filter((t) => t.entity === 'lead').map((t) => t.id);
const contactTagIds = demo.tags.filter((t) => t.entity === 'contact').map((t) => t.id);
const sourceIds = demo.sources.map((s) => s.id);
const channelIds = demo.channels.map((c) => c.id);
const inboxIds = demo.inboxes.map((i) => i.id);
const formIds = demo.forms.map((f) => f.id);
const leadFieldIds = demo.fields.filter((f) => f.entity === 'lead' && !f.builtin).map((f) => f.id);
const contactFieldIds = demo.fields.filter((f) => f.entity === 'contact' && !f.builtin).map((f) => f.id);
const dateFieldIds = demo.fields.filter((f) => f.entity === 'lead' && (f.type === 'date' || f.type === 'datetime')).map((f) => f.id);

/** Zones with daylight saving (north and south), a half-hour offset and a half-hour DST shift. */
export const ZONES = ['America/New_York', 'Europe/London', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Sao_Paulo', 'UTC'] as const;

/** Weeks that hold a DST change in New York (8 March, 1 November 2026) and London (29 March, 25 October). */
const ANCHORS = ['2026-03-05T00:00:00Z', '2026-03-27T00:00:00Z', '2026-10-22T00:00:00Z', '2026-10-30T00:00:00Z'].map((s) => Date.parse(s));
const WEEK_MIN = 7 * 1440;

const oneOf = <T>(xs: readonly T[]) => fc.constantFrom(...xs);
const someOf = <T>(xs: readonly T[], min = 0) => fc.uniqueArray(oneOf(xs), { minLength: min, maxLength: xs.length });
const pad = (n: number) => String(n).padStart(2, '0');
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), oneOf([0, 0, 15, 30, 45, 59]))
  .map(([h, m]) => `${pad(h)}:${pad(m)}`);
const delay = fc.oneof(oneOf([0, 0, 5, 10, 60, 1440]), fc.integer({ min: 0, max: 4000 }));
const cooldown = fc.oneof({ weight: 3, arbitrary: oneOf([1, 5, 10, 30, 60]) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 3000 }) });

/** An instant as ISO text, in UTC or written with an offset (both are valid instants). */
function isoAt(ms: number, offsetMinutes: number): string {
  if (offsetMinutes === 0) return new Date(ms).toISOString();
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
const offset = oneOf([0, 0, 0, -180, 330, 60]);

const localDateTime = (anchor: number) =>
  fc.tuple(fc.integer({ min: -1, max: 8 }), clock).map(([day, time]) => `${new Date(anchor + day * 86_400_000).toISOString().slice(0, 10)}T${time}`);

const trigger = (anchor: number) =>
  fc.oneof(
    fc.record(
      {
        type: oneOf(['lead_created_in_stage', 'lead_moved_to_stage', 'lead_moved_or_created_in_stage'] as const),
        stageIds: someOf(stageIds, 1),
        delayMinutes: delay,
        applyToExisting: fc.option(fc.boolean(), { nil: undefined }),
      },
      { requiredKeys: ['type', 'stageIds', 'delayMinutes'] },
    ),
    fc.constant({ type: 'responsible_user_changed' as const }),
    fc.oneof(
      fc.record({ type: oneOf(['tag_added', 'tag_removed'] as const), entity: fc.constant('lead' as const), tagId: oneOf(leadTagIds) }),
      fc.record({ type: oneOf(['tag_added', 'tag_removed'] as const), entity: fc.constant('contact' as const), tagId: oneOf(contactTagIds) }),
    ),
    fc.oneof(
      fc.record({ type: fc.constant('field_updated' as const), entity: fc.constant('lead' as const), fieldId: oneOf(leadFieldIds) }),
      fc.record({ type: fc.constant('field_updated' as const), entity: fc.constant('contact' as const), fieldId: oneOf(contactFieldIds) }),
    ),
    fc.record({
      type: fc.constant('relative_to_date_field' as const),
      fieldId: oneOf(dateFieldIds),
      hours: fc.integer({ min: 0, max: 72 }),
      direction: oneOf(['before', 'after'] as const),
    }),
    fc.record({ type: fc.constant('on_date' as const), at: localDateTime(anchor) }),
    fc.oneof(
      fc.record({ type: fc.constant('recurring' as const), every: fc.constant('day' as const), time: clock }),
      fc.record({ type: fc.constant('recurring' as const), every: fc.constant('week' as const), time: clock, weekday: fc.integer({ min: 1, max: 7 }) }),
      fc.record({ type: fc.constant('recurring' as const), every: fc.constant('month' as const), time: clock, dayOfMonth: fc.integer({ min: 1, max: 31 }) }),
      fc.record({
        type: fc.constant('recurring' as const),
        every: fc.constant('year' as const),
        time: clock,
        month: fc.integer({ min: 1, max: 12 }),
        dayOfMonth: fc.integer({ min: 1, max: 28 }),
      }),
    ),
    fc.record({ type: fc.constant('form_submitted' as const), formIds: someOf(formIds) }),
    fc.record({ type: fc.constant('email_received' as const), inboxIds: someOf(inboxIds) }),
    fc.constant({ type: 'call_received' as const }),
    fc.record({ type: fc.constant('website_visited' as const), url: oneOf(['https://shop.example.com/pricing', 'http://www.example.com/']), delayMinutes: delay }),
    fc.record({ type: fc.constant('conversation_started' as const), direction: oneOf(['incoming', 'outgoing', 'any'] as const), channelIds: someOf(channelIds) }),
    // `message` often: the cooldown invariant needs plenty of them.
    fc.record({ type: fc.constant('message' as const), direction: oneOf(['incoming', 'outgoing'] as const), channelIds: someOf(channelIds), cooldownMinutes: cooldown }),
    ...Array.from({ length: 4 }, () =>
      fc.record({ type: fc.constant('message' as const), direction: fc.constant('incoming' as const), channelIds: fc.constant([]), cooldownMinutes: cooldown }),
    ),
    fc.record({ type: fc.constant('story_mention' as const), channelIds: someOf(channelIds) }),
    fc.record({ type: fc.constant('outgoing_message_seen' as const), channelIds: someOf(channelIds), delayMinutes: delay }),
    fc.record({ type: fc.constant('conversation_closed' as const), channelIds: someOf(channelIds), delayMinutes: delay }),
    fc.record({ type: fc.constant('first_message_of_day' as const), channelIds: someOf(channelIds) }),
  );

const utmParam = oneOf(['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content'] as const);
const utmValue = oneOf(['google', 'Google ', 'spring-sale', 'cpc', '<b>x</b>', '']);

const condition = fc.oneof(
  fc.record({ type: oneOf(['tags', 'not_tags'] as const), mode: oneOf(['and', 'or'] as const), tagIds: someOf(leadTagIds, 1) }),
  fc.record({ type: fc.constant('stages' as const), stageIds: someOf(stageIds) }),
  fc.record({ type: fc.constant('responsible' as const), userIds: someOf(userIds, 1) }),
  fc.record({
    type: fc.constant('sale' as const),
    min: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null }),
    max: fc.option(fc.integer({ min: 5000, max: 20000 }), { nil: null }),
  }),
  fc.record({ type: fc.constant('source' as const), sourceIds: someOf(sourceIds, 1) }),
  fc.record({ type: fc.constant('utm' as const), param: utmParam, op: oneOf(['match', 'not_match', 'contains', 'not_contains'] as const), value: oneOf(['google', 'sale', 'CPC']) }),
  fc.record({ type: fc.constant('utm' as const), param: utmParam, op: oneOf(['empty', 'not_empty'] as const) }),
);

/** Ranges on distinct weekdays (so none overlap), some running past midnight, some to 24:00. */
const activeHours = fc.record(
  {
    timezone: oneOf(ZONES),
    ranges: fc
      .uniqueArray(
        fc.record({ weekday: fc.integer({ min: 1, max: 7 }), from: clock, to: fc.oneof(clock, fc.constant('24:00')) }),
        { minLength: 1, maxLength: 5, selector: (r) => r.weekday },
      )
      .map((ranges) => ranges.map((r) => (r.from === r.to ? { ...r, to: '24:00' } : r))),
  },
  { requiredKeys: ['ranges'] },
);

const bot = (anchor: number, index: number) =>
  fc.record({
    id: fc.constant(`b${index}`),
    name: fc.constant(`Bot ${index}`),
    version: fc.constant(1),
    enabled: fc.oneof(fc.constant(true), fc.constant(true), fc.constant(false)),
    triggers: fc.array(trigger(anchor), { minLength: 1, maxLength: 3 }),
    conditions: fc.oneof(fc.constant([]), fc.array(condition, { maxLength: 2 })),
    activeHours: fc.option(activeHours, { nil: null, freq: 2 }),
    keepUnanswered: fc.boolean(),
  });

const lead = (anchor: number, id: string) =>
  fc.record(
    {
      id: fc.constant(id),
      pipelineId: fc.constant(demo.pipelines[0]!.id),
      stageId: oneOf(stageIds),
      responsibleUserId: oneOf(userIds),
      price: fc.integer({ min: 0, max: 20000 }),
      sourceId: fc.option(oneOf(sourceIds), { nil: undefined }),
      utm: fc.option(fc.dictionary(utmParam, utmValue, { maxKeys: 3 }), { nil: undefined }),
      tagIds: fc.option(someOf(leadTagIds), { nil: undefined }),
      fields: fc.option(
        fc.record(
          {
            'f-meeting': fc.oneof(
              fc.integer({ min: 0, max: WEEK_MIN }).map((m) => new Date(anchor + m * 60_000).toISOString()),
              localDateTime(anchor),
            ),
            'f-renewal': fc.integer({ min: -1, max: 8 }).map((d) => new Date(anchor + d * 86_400_000).toISOString().slice(0, 10)),
            'f-location': oneOf(['Lisbon', 'Porto']),
          },
          { requiredKeys: [] },
        ),
        { nil: undefined },
      ),
    },
    { requiredKeys: ['id', 'pipelineId', 'stageId', 'responsibleUserId', 'price'] },
  );

type EventBody = Record<string, unknown> & { type: string };

/** What happens, to which lead; `lead_created` makes a fresh lead nobody refers to later. */
const eventBody = (anchor: number, leadIds: readonly string[], fresh: string): fc.Arbitrary<EventBody> => {
  const leadId = oneOf(leadIds);
  const channelId = oneOf(channelIds);
  const origin = oneOf(['user', 'user', 'automation', 'api'] as const);
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ type: fc.constant('message'), direction: oneOf(['incoming', 'incoming', 'outgoing']), channelId, leadId }) },
    { weight: 1, arbitrary: lead(anchor, fresh).map((l) => ({ type: 'lead_created', lead: l })) },
    { weight: 2, arbitrary: fc.record({ type: fc.constant('lead_moved'), leadId, toStageId: oneOf(stageIds) }) },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constant('lead_updated'),
        leadId,
        set: fc.record(
          { price: fc.integer({ min: 0, max: 20000 }), sourceId: oneOf(sourceIds), utm: fc.dictionary(utmParam, utmValue, { maxKeys: 2 }) },
          { requiredKeys: [] },
        ),
      }),
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('responsible_changed'), leadId, toUserId: oneOf(userIds) }) },
    {
      weight: 2,
      arbitrary: fc.oneof(
        leadId.chain((id) =>
          fc.record({ type: oneOf(['tag_added', 'tag_removed']), entity: fc.constant('lead'), entityId: fc.constant(id), tagId: oneOf(leadTagIds), origin }),
        ),
        fc.record({ type: oneOf(['tag_added', 'tag_removed']), entity: fc.constant('contact'), entityId: oneOf(['c1', 'c2']), tagId: oneOf(contactTagIds), origin, leadId }),
      ),
    },
    {
      weight: 2,
      arbitrary: fc.oneof(
        leadId.chain((id) =>
          fc.record({
            type: fc.constant('field_updated'),
            entity: fc.constant('lead'),
            entityId: fc.constant(id),
            fieldId: oneOf(leadFieldIds),
            value: fc.oneof(
              fc.constant(null),
              fc.integer({ min: 0, max: WEEK_MIN }).map((m) => new Date(anchor + m * 60_000).toISOString()),
              fc.integer({ min: -1, max: 8 }).map((d) => new Date(anchor + d * 86_400_000).toISOString().slice(0, 10)),
            ),
            origin,
          }),
        ),
        fc.record({
          type: fc.constant('field_updated'),
          entity: fc.constant('contact'),
          entityId: oneOf(['c1', 'c2']),
          fieldId: oneOf(contactFieldIds),
          value: fc.oneof(fc.constant(null), oneOf(['+1 555 0100', '+1 555 0199'])),
          origin,
          leadId: fc.option(leadId, { nil: undefined }),
        }, { requiredKeys: ['type', 'entity', 'entityId', 'fieldId', 'value', 'origin'] }),
      ),
    },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('form_submitted'), formId: oneOf(formIds), leadId }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('email_received'), inboxId: oneOf(inboxIds), leadId }) },
    { weight: 1, arbitrary: fc.record({ type: fc.constant('call_received'), leadId }) },
    {
      weight: 1,
      arbitrary: fc.record({ type: fc.constant('website_visited'), url: oneOf(['https://www.shop.example.com/pricing/?q=1', 'http://example.com']), leadId }),
    },
    { weight: 1, arbitrary: fc.record({ type: oneOf(['message_seen', 'conversation_closed', 'story_mention']), channelId, leadId }) },
  );
};

/** A raw scenario: maybe invalid in rare corners; see `validScenario`. */
export const rawScenario = fc
  .record({
    anchor: oneOf(ANCHORS),
    plan: oneOf(['enterprise', 'enterprise', ...PLANS] as const),
    timezone: oneOf(ZONES),
    leadCount: fc.integer({ min: 1, max: 4 }),
    botCount: fc.integer({ min: 1, max: 4 }),
  })
  .chain(({ anchor, plan, timezone, leadCount, botCount }) => {
    const leadIds = Array.from({ length: leadCount }, (_, i) => `l${i}`);
    // Bursts: most events come minutes after the previous one, now and then hours later.
    const gap = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: 0, max: 15 }) },
      { weight: 3, arbitrary: fc.integer({ min: 15, max: 120 }) },
      { weight: 1, arbitrary: fc.integer({ min: 300, max: 1800 }) },
    );
    const events = fc
      .array(fc.tuple(gap, fc.integer({ min: 0, max: 59 }), offset), { minLength: 5, maxLength: 60, size: 'large' })
      .chain((steps) => {
        let minute = 0;
        const times = steps.map(([g, sec, off]) => {
          minute += g;
          return { ms: anchor + minute * 60_000 + (sec % 4 === 0 ? sec * 1000 : 0), off };
        });
        return fc.tuple(...times.map((t, i) => eventBody(anchor, leadIds, `n${i}`).map((body) => ({ at: isoAt(t.ms, t.off), ...body }))));
      });
    const span = fc.option(
      fc.tuple(fc.integer({ min: -120, max: 3000 }), fc.integer({ min: 0, max: WEEK_MIN })).map(([s, len]) => ({
        start: new Date(anchor + s * 60_000).toISOString(),
        until: new Date(anchor + (s + len) * 60_000).toISOString(),
      })),
      { nil: undefined },
    );
    return fc.record({
      name: fc.constant('Generated scenario'),
      account: fc.constant({ ...demo, plan, timezone }),
      leads: fc.tuple(...leadIds.map((id) => lead(anchor, id))),
      bots: fc.tuple(...Array.from({ length: botCount }, (_, i) => bot(anchor, i))),
      events,
      span,
    });
  })
  .map(({ span, ...rest }) => ({ ...rest, ...(span ?? {}) }));

/** Generated scenarios that the validator accepts, parsed (the engine's input). */
export const validScenario: fc.Arbitrary<Scenario> = rawScenario
  .map((raw) => validateScenario(raw))
  .filter((r) => r.ok)
  .map((r) => (r.ok ? r.value : (undefined as never)));
