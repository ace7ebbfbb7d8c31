// Hostile input to the one validator and to parseScenarioText (issue 7): markup is plain data,
// prototype keys are refused without polluting anything, oversized and malformed input gets
// sentences, and nothing throws. No test here asserts a time (speed belongs to benchmarks).
import { afterEach, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { MAX_ERRORS, parseScenarioText, validateBot, validateScenario, type Bot, type ValidationError } from '../../domain';
import { demo } from './arbitraries';

const MARKUP = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=1</script>',
  '"><svg onload=alert(1)>',
  "javascript:alert('x')",
  '{{constructor.constructor("return 1")()}}',
  '&lt;b&gt; &amp; </textarea>',
];

const bot: Bot = {
  id: 'b-hostile',
  name: 'Welcome',
  version: 1,
  enabled: true,
  triggers: [{ type: 'conversation_started', direction: 'incoming', channelIds: [] }],
  conditions: [{ type: 'utm', param: 'utm_source', op: 'contains', value: 'google' }],
  activeHours: { ranges: [{ weekday: 1, from: '09:00', to: '18:00' }] },
  keepUnanswered: false,
};

/** A scenario that touches every kind of object the files hold (for injecting keys everywhere). */
function richScenario() {
  return {
    name: 'Hostile',
    description: 'Every kind of object',
    account: demo,
    leads: [
      {
        id: 'l1',
        pipelineId: 'p-sales',
        stageId: 's-incoming',
        responsibleUserId: 'u-ana',
        price: 100,
        utm: { utm_source: 'google' },
        tagIds: ['t-new'],
        fields: { 'f-location': 'Lisbon' },
      },
    ],
    bots: [bot],
    events: [
      { at: '2026-06-01T13:00:00Z', type: 'message', direction: 'incoming', channelId: 'ch-wa', leadId: 'l1' },
      { at: '2026-06-01T13:05:00Z', type: 'lead_updated', leadId: 'l1', set: { utm: { utm_source: 'bing' } } },
    ],
    expect: { activations: [{ botId: 'b-hostile', leadId: 'l1', at: '2026-06-01T13:00:00Z' }] },
  };
}

/** A sentence a sales admin can read: capital or quote first, a full stop last, no parser jargon. */
function expectSentences(errors: ValidationError[]): void {
  expect(errors.length).toBeGreaterThan(0);
  expect(errors.length).toBeLessThanOrEqual(MAX_ERRORS);
  for (const e of errors) {
    expect(e.message, `message at ${e.path}`).toMatch(/^["A-Z].*[.)]\.?$/s);
    expect(e.message).not.toMatch(/Invalid input|expected .* received|Unrecognized key|\[object|undefined/i);
  }
}

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort();
const cleanPrototype = protoNames();
afterEach(() => {
  // Nothing any test parsed may have reached Object.prototype.
  expect(protoNames()).toEqual(cleanPrototype);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

describe('markup in names and values is plain data', () => {
  it('accepts HTML and script in names, UTM values and descriptions and returns them unchanged', () => {
    fc.assert(
      fc.property(fc.constantFrom(...MARKUP), fc.string({ maxLength: 40 }), (payload, noise) => {
        const text = `${payload}${noise}`.slice(0, 100);
        fc.pre(text.trim().length > 0);
        const s = richScenario();
        s.name = text;
        s.description = text;
        s.bots = [{ ...bot, name: text, conditions: [{ type: 'utm', param: 'utm_source', op: 'contains', value: `${payload} ` }] }];
        s.leads[0]!.utm = { utm_source: text };
        s.leads[0]!.fields = { 'f-location': text };
        s.account = { ...demo, tags: demo.tags.map((t, i) => (i === 0 ? { ...t, name: text } : t)) };
        const r = parseScenarioText(JSON.stringify(s));
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value).toEqual(s);
        expect(r.value.bots[0]!.name).toBe(text);
        expect(r.value.leads![0]!.utm!.utm_source).toBe(text);
      }),
      { numRuns: 150, seed: 42 },
    );
  });

  it('keeps a bot name of markup byte for byte through validateBot', () => {
    for (const name of MARKUP) {
      const r = validateBot({ ...bot, name }, demo);
      expect(r).toEqual({ ok: true, value: { ...bot, name } });
    }
  });
});

/** Every path to an object inside a JSON value. */
function objectPaths(value: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => objectPaths(v, [...path, i]));
  if (typeof value !== 'object' || value === null) return [];
  return [path, ...Object.entries(value).flatMap(([k, v]) => objectPaths(v, [...path, k]))];
}

/** A deep copy with an own key (even `__proto__`) added to the object at `path`, as JSON.parse makes it. */
function withKeyAt(value: unknown, path: (string | number)[], key: string, payload: unknown): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as unknown;
  let target = copy as Record<string | number, unknown>;
  for (const step of path) target = target[step] as Record<string | number, unknown>;
  Object.defineProperty(target, key, { value: payload, enumerable: true, writable: true, configurable: true });
  return copy;
}

describe('prototype keys', () => {
  const base = richScenario();
  const paths = objectPaths(base).filter((p) => p[0] !== 'account' || p.length <= 3);
  // Pairs, not an object literal: `{ __proto__: … }` would set a prototype instead of a key.
  const payloads = new Map<string, unknown>([
    ['__proto__', { polluted: 'yes' }],
    ['constructor', { prototype: { polluted: 'yes' } }],
    ['prototype', { polluted: 'yes' }],
  ]);

  it.each([...payloads.keys()])('refuses "%s" on every object of a scenario file, with a sentence at its path', (key) => {
    expect(paths.length).toBeGreaterThan(15);
    for (const path of paths) {
      const text = JSON.stringify(withKeyAt(base, path, key, payloads.get(key)));
      expect(text).toContain(`"${key}":`); // the key really is in the file
      const r = parseScenarioText(text);
      expect(r.ok, `accepted ${key} at ${path.join('.') || '(root)'}`).toBe(false);
      if (r.ok) continue;
      expect(r.errors.map((e) => e.path)).toContain([...path, key].join('.'));
      expectSentences(r.errors);
    }
  });

  it('refuses prototype keys in a bot sent to the API validator', () => {
    for (const path of objectPaths(bot)) {
      for (const [key, payload] of payloads) {
        const r = validateBot(withKeyAt(bot, path, key, payload), demo);
        expect(r.ok, `accepted ${key} at ${path.join('.') || '(root)'}`).toBe(false);
        if (!r.ok) expectSentences(r.errors);
      }
    }
  });
});

describe('oversized, malformed and mistyped input', () => {
  it('refuses very long strings with a sentence that says the limit', () => {
    const long = (n: number) => 'x'.repeat(n);
    const cases: [string, unknown, string, RegExp][] = [
      ['bot name', { ...bot, name: long(5000) }, 'name', /100 characters/],
      ['UTM value in a condition', { ...bot, conditions: [{ type: 'utm', param: 'utm_source', op: 'match', value: long(10_000) }] }, 'conditions.0.value', /2,000 characters/],
      ['page address', { ...bot, triggers: [{ type: 'website_visited', url: `https://example.com/${long(10_000)}`, delayMinutes: 0 }] }, 'triggers.0.url', /2,048 characters/],
      ['bot id', { ...bot, id: long(10_000) }, 'id', /200 characters/],
    ];
    for (const [what, input, path, limit] of cases) {
      const r = validateBot(input, demo);
      expect(r.ok, what).toBe(false);
      if (r.ok) continue;
      expectSentences(r.errors);
      expect(r.errors.find((e) => e.path === path)?.message, what).toMatch(limit);
    }
    const s = richScenario();
    const r = validateScenario({ ...s, name: long(1_000_000), leads: [{ ...s.leads[0]!, utm: { utm_source: long(1_000_000) } }] });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expectSentences(r.errors);
      expect(r.errors.map((e) => e.path)).toEqual(expect.arrayContaining(['name', 'leads.0.utm.utm_source']));
    }
  });

  it('refuses a bot over 64 KB with a sentence that gives its size (V14)', () => {
    const r = validateBot({ ...bot, conditions: Array.from({ length: 20 }, () => ({ type: 'stages', stageIds: Array(500).fill('s-incoming') })) }, demo);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([{ path: '', message: expect.stringMatching(/too large \(\d+ KB\).*64 KB/) as string }]);
  });

  /** 50 MB of text in the shapes an attacker (or an accident) would send. */
  const MB50 = 50 * 1024 * 1024;
  const bigTexts: [string, () => string][] = [
    ['not JSON at all', () => 'x'.repeat(MB50)],
    ['JSON cut off in the middle', () => `{"name":"${'a'.repeat(MB50)}`],
    ['a single name', () => `{"name":"${'a'.repeat(MB50)}"}`],
    ['numbers where events go', () => `{"name":"x","events":[${'0,'.repeat(MB50 / 2)}0]}`],
    [
      'events with a wrong instant',
      () => {
        const bad = JSON.stringify({ at: 'soon', type: 'message', direction: 'incoming', channelId: 'ch-wa', leadId: 'l1' });
        return `{"name":"x","bots":[],"events":[${Array(Math.ceil(MB50 / bad.length)).fill(bad).join(',')}]}`;
      },
    ],
  ];

  // No time is asserted (one run took 11 s on a loaded machine); the timeout only guards against a hang.
  it.each(bigTexts)('answers 50 MB of %s with errors, without throwing', (_what, make) => {
    const text = make();
    expect(text.length).toBeGreaterThanOrEqual(MB50);
    const r = parseScenarioText(text);
    expect(r.ok).toBe(false);
    if (!r.ok) expectSentences(r.errors);
  }, 60_000);

  it('refuses a file over the limit it is given before parsing it', () => {
    const text = `{"name":"${'a'.repeat(MB50)}"}`;
    const parse = vi.spyOn(JSON, 'parse');
    const r = parseScenarioText(text, 20 * 1024 * 1024);
    expect(parse).not.toHaveBeenCalled();
    expect(r).toEqual({ ok: false, errors: [{ path: '', message: 'The file is too large (over 20 MB).' }] });
  });

  it.each([
    ['arrays', (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`],
    ['objects', (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`],
    ['objects inside the account', (n: number) => `{"name":"x","account":${'{"a":'.repeat(n)}1${'}'.repeat(n)},"bots":[],"events":[]}`],
    ['arrays inside an event', (n: number) => `{"name":"x","bots":[],"events":[{"type":"message","at":${'['.repeat(n)}${']'.repeat(n)}}]}`],
    ['arrays under an unknown key of a bot', (n: number) => `{"name":"x","bots":[{"id":"b","x":${'['.repeat(n)}${']'.repeat(n)}}],"events":[]}`],
  ])('answers 200,000 levels of nested %s with errors, without throwing', (_what, make) => {
    const r = parseScenarioText(make(200_000));
    expect(r.ok).toBe(false);
    if (!r.ok) expectSentences(r.errors);
  });

  it('answers a deeply nested bot (not from JSON text) with a sentence', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const r = validateBot({ ...bot, conditions: deep }, demo);
    expect(r.ok).toBe(false);
    if (!r.ok) expectSentences(r.errors);
  });

  it('words every wrong type as a sentence at the path of the wrong value', () => {
    const s = richScenario();
    const cases: [string, unknown][] = [
      ['name', { ...s, name: 42 }],
      ['account.timezone', { ...s, account: { ...demo, timezone: ['UTC'] } }],
      ['account.plan', { ...s, account: { ...demo, plan: 'gold' } }],
      ['leads', { ...s, leads: {} }],
      ['leads.0.price', { ...s, leads: [{ ...s.leads[0], price: '100' }] }],
      ['leads.0.fields', { ...s, leads: [{ ...s.leads[0], fields: [] }] }],
      ['leads.0.tagIds', { ...s, leads: [{ ...s.leads[0], tagIds: 't-new' }] }],
      ['bots', { ...s, bots: 'b-hostile' }],
      ['bots.0.enabled', { ...s, bots: [{ ...bot, enabled: 'yes' }] }],
      ['bots.0.triggers.0.type', { ...s, bots: [{ ...bot, triggers: [{ type: 'teleport' }] }] }],
      ['bots.0.conditions.0.value', { ...s, bots: [{ ...bot, conditions: [{ type: 'utm', param: 'utm_source', op: 'match', value: 7 }] }] }],
      ['bots.0.activeHours.ranges.0.from', { ...s, bots: [{ ...bot, activeHours: { ranges: [{ weekday: 1, from: 900, to: '18:00' }] } }] }],
      ['events', { ...s, events: null }],
      ['events.0.at', { ...s, events: [{ ...s.events[0], at: 1_780_000_000_000 }] }],
      ['events.0.type', { ...s, events: [{ at: '2026-06-01T13:00:00Z', type: 42 }] }],
      ['until', { ...s, until: true }],
    ];
    for (const [path, input] of cases) {
      const r = validateScenario(input);
      expect(r.ok, path).toBe(false);
      if (r.ok) continue;
      expectSentences(r.errors);
      expect(r.errors.map((e) => e.path), path).toContain(path);
    }
    for (const input of [null, 7, 'scenario', [], true]) {
      const r = validateScenario(input);
      expect(r).toEqual({ ok: false, errors: [{ path: '', message: 'A scenario file holds one JSON object, with name, account, bots and events.' }] });
    }
  });

  it('never throws on arbitrary JSON values or arbitrary text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.jsonValue(), fc.anything()), (value) => {
        const r = validateScenario(value);
        expect(r.ok).toBe(false);
        const b = validateBot(value, demo);
        expect(b.ok).toBe(false);
      }),
      { numRuns: 300, seed: 3 },
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (text) => {
        expect(() => parseScenarioText(text)).not.toThrow();
      }),
      { numRuns: 300, seed: 4 },
    );
  });
});
