import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as z from 'zod';
import demoAccount from '../../mocks/fixtures/demo-account.json';
import demoBots from '../../mocks/fixtures/demo-bots.json';
import { Account, Bot, Lead, Scenario, SimEvent } from '.';
import { acceptorFor } from './schema-acceptor';

const acceptEvent = acceptorFor(SimEvent)!;

/** Built only of arrays, primitives and objects whose prototype is Object.prototype, as JSON.parse builds. */
function jsonShaped(value: unknown): boolean {
  if (Array.isArray(value)) return value.every(jsonShaped);
  if (typeof value !== 'object' || value === null) return true;
  return Object.getPrototypeOf(value) === Object.prototype && Object.values(value).every(jsonShaped);
}

/** Whether zod accepts the value and returns it unchanged (the same JSON-shaped value, prototypes included). */
function zodKeeps(schema: z.ZodType, value: unknown): boolean {
  const r = schema.safeParse(value);
  if (!r.success || !jsonShaped(value)) return false;
  try {
    expect(r.data).toStrictEqual(value);
    return true;
  } catch {
    return false;
  }
}

const two = (n: number) => String(n).padStart(2, '0');
const instant = fc.oneof(
  { weight: 6, arbitrary: fc.date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString().replace('.000Z', 'Z')) },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 0, max: 32 }), fc.integer({ min: 0, max: 25 }), fc.constantFrom('Z', '+02:00', '-24:00', '')).map(([m, d, h, zone]) => `2026-${two(m)}-${two(d)}T${two(h)}:00:00${zone}`) },
  { weight: 1, arbitrary: fc.constantFrom('2026-06-01T13:00:00.123456789+05:30', '2026-06-01T13:00Z', '2026-06-01', 'x', '') },
);
/** Ids: ordinary ones, and the edges of 1..200 characters (also in UTF-16 surrogate pairs). */
const id = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom('l1', 'l2', 's1', 'u1', 't1', 'f1', 'ch1', 'form-1', 'inbox-1') },
  { weight: 1, arbitrary: fc.constantFrom('', 'a'.repeat(200), 'a'.repeat(201), '😀'.repeat(100), '😀'.repeat(101), '😀', '\u{d83d}') },
);
const entity = fc.constantFrom('lead', 'contact', 'company', 'product');
const origin = fc.constantFrom('user', 'automation', 'api');
const fieldValue = fc.oneof(fc.string({ maxLength: 12 }), fc.integer(), fc.double(), fc.constant(null), fc.constantFrom('x'.repeat(10000), 'x'.repeat(10001)));
const utm = fc.record(
  { utm_source: fc.string({ maxLength: 8 }), utm_medium: fc.string({ maxLength: 8 }), utm_campaign: fc.constant('c'), utm_term: fc.constant('t'), utm_content: fc.constantFrom('x', 'x'.repeat(2001)) },
  { requiredKeys: [] },
);
const lead = fc.record(
  {
    id,
    pipelineId: id,
    stageId: id,
    responsibleUserId: id,
    price: fc.oneof(fc.integer({ min: 0, max: 1e6 }), fc.double()),
    sourceId: id,
    utm,
    tagIds: fc.array(id, { maxLength: 3 }),
    fields: fc.dictionary(fc.constantFrom('f1', 'f2', 'f-date', 'constructor', 'prototype', 'toString', ''), fieldValue, { maxKeys: 3 }),
  },
  { requiredKeys: ['id', 'pipelineId', 'stageId', 'responsibleUserId', 'price'] },
);
const at = { at: instant };
const event = fc.oneof(
  fc.record({ ...at, type: fc.constant('lead_created'), lead }),
  fc.record({ ...at, type: fc.constant('lead_moved'), leadId: id, toStageId: id }),
  fc.record({ ...at, type: fc.constant('lead_updated'), leadId: id, set: fc.record({ price: fc.integer(), sourceId: id, utm }, { requiredKeys: [] }) }),
  fc.record({ ...at, type: fc.constant('responsible_changed'), leadId: id, toUserId: id }),
  fc.record({ ...at, type: fc.constantFrom('tag_added', 'tag_removed'), entity, entityId: id, tagId: id, origin, leadId: id }, { requiredKeys: ['at', 'type', 'entity', 'entityId', 'tagId', 'origin'] }),
  fc.record({ ...at, type: fc.constant('field_updated'), entity, entityId: id, fieldId: id, value: fieldValue, origin, leadId: id }, { requiredKeys: ['at', 'type', 'entity', 'entityId', 'fieldId', 'value', 'origin'] }),
  fc.record({ ...at, type: fc.constant('form_submitted'), formId: id, leadId: id }),
  fc.record({ ...at, type: fc.constant('email_received'), inboxId: id, leadId: id }),
  fc.record({ ...at, type: fc.constant('call_received'), leadId: id }),
  fc.record({ ...at, type: fc.constant('website_visited'), url: fc.oneof(fc.webUrl(), fc.constantFrom('x'.repeat(4096), 'x'.repeat(4097), '😀'.repeat(2048), '😀'.repeat(2049))), leadId: id }),
  fc.record({ ...at, type: fc.constant('message'), direction: fc.constantFrom('incoming', 'outgoing', 'any'), channelId: id, leadId: id }),
  fc.record({ ...at, type: fc.constantFrom('message_seen', 'conversation_closed', 'story_mention'), channelId: id, leadId: id }),
);

const junk = fc.constantFrom<unknown>(undefined, null, 0, -1, 1.5, Number.NaN, Infinity, '', 'x', true, [], {}, ['l1'], { a: 1 }, 'lead', 'user', 'message');
type Json = Record<string, unknown>;
/** An event with one thing wrong, or nearly wrong: a key dropped, added, renamed, retyped, or a part of it broken. */
const nearMiss = fc.tuple(event, fc.nat(), fc.constantFrom('drop', 'add', 'junk', 'deep', 'proto', 'json-proto', 'array', 'class'), junk).map(([e, pickAt, how, value]) => {
  const copy: Json = { ...(e as Json) };
  const keys = Object.keys(copy);
  const key = keys[pickAt % keys.length]!;
  switch (how) {
    case 'drop':
      delete copy[key];
      return copy;
    case 'add':
      copy[['extra', 'leadid', 'lead', 'value', 'set'][pickAt % 5]!] = value;
      return copy;
    case 'junk':
      copy[key] = value;
      return copy;
    case 'deep': {
      const inner = copy.lead ?? copy.set;
      if (inner && typeof inner === 'object') {
        const innerCopy: Json = { ...(inner as Json) };
        const innerKeys = Object.keys(innerCopy);
        if (innerKeys.length) innerCopy[innerKeys[pickAt % innerKeys.length]!] = value;
        else innerCopy.extra = value;
        copy[copy.lead ? 'lead' : 'set'] = innerCopy;
      } else copy[key] = value;
      return copy;
    }
    case 'proto':
      return Object.assign(Object.create({ leadId: 'l1' }) as Json, copy);
    case 'json-proto': // an own "__proto__" key, as JSON.parse makes it, in the event or in a lead's fields
      return JSON.parse(
        JSON.stringify(copy)
          .replace('{"at"', '{"__proto__":{"x":1},"at"')
          .replace(/"fields":\{(\}?)/, (_, close: string) => (close ? '"fields":{"__proto__":1}' : '"fields":{"__proto__":1,')),
      ) as unknown;
    case 'array':
      return [copy];
    case 'class':
      return new (class Event {
        constructor() {
          Object.assign(this, copy);
        }
      })();
  }
});

describe('acceptorFor (the quick check derived from a zod schema)', () => {
  it('is available for SimEvent and Lead, whose parts it all models', () => {
    expect(acceptorFor(SimEvent)).not.toBeNull();
    expect(acceptorFor(Lead)).not.toBeNull();
  });

  it('says yes exactly when zod accepts a generated event (of any kind) and returns it unchanged', () => {
    let accepted = 0;
    fc.assert(
      fc.property(event, (e) => {
        const keeps = zodKeeps(SimEvent, e);
        expect(acceptEvent(e)).toBe(keeps);
        if (keeps) accepted++;
      }),
      { numRuns: 4000, seed: 11 },
    );
    expect(accepted).toBeGreaterThan(1000); // most generated events are valid: the acceptance side is exercised
  });

  it('says yes exactly when zod accepts and keeps the value, on near misses: a key dropped, added or broken, __proto__ keys, arrays, class instances', () => {
    let refused = 0;
    fc.assert(
      fc.property(nearMiss, (e) => {
        const keeps = zodKeeps(SimEvent, e);
        if (!SimEvent.safeParse(e).success) refused++;
        expect(acceptEvent(e)).toBe(keeps);
      }),
      { numRuns: 6000, seed: 12 },
    );
    expect(refused).toBeGreaterThan(2000);
  });

  it('agrees with zod on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), (value) => {
        expect(acceptEvent(value)).toBe(SimEvent.safeParse(value).success);
        expect(acceptEvent(value)).toBe(zodKeeps(SimEvent, value));
      }),
      { numRuns: 2000, seed: 13 },
    );
  });

  it('gives up on schema parts it does not model instead of guessing', () => {
    expect(acceptorFor(z.object({ a: z.string().default('x') }))).toBeNull();
    expect(acceptorFor(z.object({ a: z.string().catch('x') }))).toBeNull();
    expect(acceptorFor(z.object({ a: z.coerce.number() }))).toBeNull();
    expect(acceptorFor(z.object({ a: z.email() }))).toBeNull();
    expect(acceptorFor(z.object({ a: z.string().transform((s) => s.length) }))).toBeNull();
  });

  it('never vouches for a value that zod would change, such as a string a .trim() check rewrites', () => {
    const accept = acceptorFor(z.strictObject({ a: z.string().trim().max(3) }))!;
    expect(accept({ a: 'abc' })).toBe(true);
    expect(accept({ a: ' abc' })).toBe(false);
    expect(z.strictObject({ a: z.string().trim().max(3) }).safeParse({ a: ' abc' }).data).toEqual({ a: 'abc' });
  });

  it('leaves unknown keys of a stripping object to zod, which drops them', () => {
    const accept = acceptorFor(z.object({ a: z.string() }))!;
    expect(accept({ a: 'x' })).toBe(true);
    expect(accept({ a: 'x', b: 1 })).toBe(false);
  });
});

// The scenario shell (account, leads, bots) goes through the quick check too: real files, broken at random.
const SCENARIOS = 'mocks/fixtures/scenarios';
const fixtures = readdirSync(SCENARIOS).map((f) => JSON.parse(readFileSync(`${SCENARIOS}/${f}`, 'utf8')) as unknown);
const oddValues: unknown[] = [undefined, null, 0, -1, 0.5, 1e6, '', ' ', 'x', '09:00', '24:00', '25:00', '2026-02-30T09:00', 'https://example.com', 'ftp://x', true, false, [], {}, ['x'], { type: 'tags' }, 'a'.repeat(101), 'Europe/Berlin', 'Mars/Base'];

/** The value with one part, picked by `seeds`, replaced, dropped, or given an extra key. */
function breakOnePart(value: unknown, seeds: readonly number[], depth = 0): unknown {
  const seed = seeds[depth % seeds.length]!;
  const deeper = depth < 6 && seed % 5 !== 0;
  if (Array.isArray(value)) {
    if (value.length === 0) return [oddValues[seed % oddValues.length]];
    const i = seed % value.length;
    const copy = value.slice();
    if (seed % 7 === 0) copy.splice(i, 1);
    else copy[i] = deeper ? breakOnePart(value[i], seeds, depth + 1) : oddValues[seed % oddValues.length];
    return copy;
  }
  if (typeof value === 'object' && value !== null) {
    const copy: Json = { ...(value as Json) };
    const keys = Object.keys(copy);
    if (keys.length === 0 || seed % 11 === 0) copy[['extra', 'timezone', 'ranges', 'min'][seed % 4]!] = oddValues[seed % oddValues.length];
    else {
      const key = keys[seed % keys.length]!;
      if (seed % 13 === 0) delete copy[key];
      else copy[key] = deeper ? breakOnePart(copy[key], seeds, depth + 1) : oddValues[seed % oddValues.length];
    }
    return copy;
  }
  return oddValues[seed % oddValues.length];
}

describe('acceptorFor on the scenario shell, the account and bots', () => {
  const seeds = fc.array(fc.nat(), { minLength: 1, maxLength: 8 });

  it('takes the public scenarios, the demo account and the demo bots as they are', () => {
    for (const f of fixtures) expect(acceptorFor(Scenario)!(f)).toBe(true);
    expect(acceptorFor(Account)!(demoAccount)).toBe(true);
    for (const b of demoBots) expect(acceptorFor(Bot)!(b)).toBe(true);
  });

  it('says yes exactly when zod accepts a scenario and returns it unchanged, with one part of it broken', () => {
    const accept = acceptorFor(Scenario)!;
    fc.assert(
      fc.property(fc.nat(), seeds, (which, path) => {
        const broken = breakOnePart(fixtures[which % fixtures.length], path);
        expect(accept(broken)).toBe(zodKeeps(Scenario, broken));
      }),
      { numRuns: 3000, seed: 21 },
    );
  });

  it('says yes exactly when zod accepts a bot (triggers, conditions, active hours) and returns it unchanged, with one part of it broken', () => {
    const accept = acceptorFor(Bot)!;
    let accepted = 0;
    fc.assert(
      fc.property(fc.nat(), seeds, (which, path) => {
        const broken = breakOnePart(demoBots[which % demoBots.length], path);
        const keeps = zodKeeps(Bot, broken);
        if (keeps) accepted++;
        expect(accept(broken)).toBe(keeps);
      }),
      { numRuns: 3000, seed: 22 },
    );
    expect(accepted).toBeGreaterThan(30); // some breaks leave a valid bot: both answers are exercised
  });
});
