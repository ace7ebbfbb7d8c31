// A quick "this value is certainly valid" test derived from a zod schema, for the command line's hot path
// (200,000 events). It is not a second definition of any format: it walks the schema's own definition
// (types, shapes, literals, enums, the schema's own checks and refinements, called as zod calls them) and
// answers only `true` (zod would accept the value and return it unchanged) or `false` ("ask zod").
// Callers run zod for every `false`, so errors, messages and paths always come from zod itself.
// Schema parts it does not model (defaults, catch, coercion, lazy, tuples, formats, ...) make it give up:
// `acceptorFor` returns null for such a schema, or the branch that holds them always answers `false`.
// No code generation: it runs the same way under zod's jitless mode and a Content-Security-Policy.
import type * as z from 'zod';
import { assertNever } from './assert-never';

/** `true` only when zod accepts the value and its output equals the value itself. */
export type Acceptor = (value: unknown) => boolean;

type Payload = { value: unknown; issues: unknown[]; aborted?: boolean };
type Check = {
  _zod: {
    traits: Set<string>;
    def: { when?: (payload: Payload) => boolean; maximum?: unknown; minimum?: unknown; fn?: (value: unknown) => unknown };
    check(payload: Payload): unknown;
  };
};
type Def = {
  type: string;
  checks?: Check[];
  coerce?: boolean;
  innerType?: Node;
  element?: Node;
  options?: Node[];
  discriminator?: string;
  inclusive?: boolean;
  shape?: Record<string, Node>;
  catchall?: Node;
  keyType?: Node;
  valueType?: Node;
  in?: Node;
  out?: Node;
};
type Node = {
  _zod: {
    def: Def;
    traits: Set<string>;
    values?: Set<unknown>;
    optin?: string;
    propValues?: Record<string, Set<unknown>>;
    run(payload: Payload, ctx: object): Payload | Promise<Payload>;
  };
};

/** An object as JSON.parse makes it; zod copies anything else into one, so those go to zod. */
const isPlainRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** zod's own test for a record's input (util.isPlainObject), on top of isPlainRecord. */
function zodPlainObject(v: Record<string, unknown>): boolean {
  const ctor = v.constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const prot: unknown = (ctor as { prototype?: unknown }).prototype;
  return typeof prot === 'object' && prot !== null && !Array.isArray(prot) && Object.prototype.hasOwnProperty.call(prot, 'isPrototypeOf');
}

/** One of the schema's checks (min, max, refine, superRefine ...) run as zod's runChecks runs it on a valid value. */
function zodCheck(check: Check): Acceptor {
  const run = check._zod;
  const when = run.def.when;
  let payload: Payload = { value: undefined, issues: [] };
  return (value) => {
    payload.value = value;
    if (when && !when(payload)) return true;
    let result: unknown;
    try {
      result = run.check(payload);
    } catch {
      return false; // zod will meet the same exception
    }
    if (result instanceof Promise || payload.issues.length !== 0 || payload.value !== value) {
      payload = { value: undefined, issues: [] }; // a pending or failed check keeps the old one
      return false;
    }
    return true;
  };
}

/**
 * A check, with a shortcut for the three kinds every event meets: where the shortcut is sure the check
 * passes, zod's check would pass too (whether or not its `when` lets it run); else zod's check decides.
 */
function checkAcceptor(check: Check): Acceptor {
  const { traits, def } = check._zod;
  const full = zodCheck(check);
  if (traits.has('$ZodCheckMaxLength') && typeof def.maximum === 'number') {
    const max = def.maximum; // zod counts code points, never more than UTF-16 units
    return (v) => ((typeof v === 'string' || Array.isArray(v)) && v.length <= max) || full(v);
  }
  if (traits.has('$ZodCheckMinLength') && typeof def.minimum === 'number') {
    const min = def.minimum; // twice as many UTF-16 units always hold enough code points
    return (v) => (typeof v === 'string' ? v.length >= 2 * min : Array.isArray(v) && v.length >= min) || full(v);
  }
  if (traits.has('$ZodCustom') && typeof def.fn === 'function') {
    const fn = def.fn;
    return (v) => refineHolds(fn, v);
  }
  return full;
}

/** .refine(fn): zod's check calls fn(value) and fails on a falsy result (a promise or a throw: ask zod). */
function refineHolds(fn: (value: unknown) => unknown, v: unknown): boolean {
  try {
    const ok = fn(v);
    return !(ok instanceof Promise) && Boolean(ok);
  } catch {
    return false;
  }
}

/** How a string's check is tested in stringAcceptor: length bounds and refinements read directly. */
type StringCheck = { kind: 'max' | 'min' | 'refine' | 'zod'; units: number; fn: (value: unknown) => unknown; full: Acceptor };

function stringCheck(check: Check): StringCheck {
  const { traits, def } = check._zod;
  const full = zodCheck(check);
  const none = () => true;
  if (traits.has('$ZodCheckMaxLength') && typeof def.maximum === 'number') return { kind: 'max', units: def.maximum, fn: none, full };
  if (traits.has('$ZodCheckMinLength') && typeof def.minimum === 'number') return { kind: 'min', units: 2 * def.minimum, fn: none, full };
  if (traits.has('$ZodCustom') && typeof def.fn === 'function') return { kind: 'refine', units: 0, fn: def.fn, full };
  return { kind: 'zod', units: 0, fn: none, full };
}

/**
 * A string with its checks in one function (ids, instants and texts are most of a scenario's values):
 * the same tests as checkAcceptor, without a call per check.
 */
function stringAcceptor(checks: readonly Check[]): Acceptor {
  const specs = checks.map(stringCheck);
  const n = specs.length;
  return (v) => {
    if (typeof v !== 'string') return false;
    const units = v.length;
    for (let i = 0; i < n; i++) {
      const c = specs[i]!;
      switch (c.kind) {
        case 'max': // zod counts code points, never more than UTF-16 units
          if (units > c.units && !c.full(v)) return false;
          break;
        case 'min': // twice as many UTF-16 units always hold enough code points
          if (units < c.units && !c.full(v)) return false;
          break;
        case 'refine':
          if (!refineHolds(c.fn, v)) return false;
          break;
        case 'zod':
          if (!c.full(v)) return false;
          break;
        default:
          assertNever(c.kind);
      }
    }
    return true;
  };
}

function withChecks(base: Acceptor, checks: readonly Check[]): Acceptor {
  const passes = checks.map(checkAcceptor);
  if (passes.length === 1) {
    const only = passes[0]!;
    return (value) => base(value) && only(value);
  }
  const n = passes.length;
  return (value) => {
    if (!base(value)) return false;
    for (let i = 0; i < n; i++) if (!passes[i]!(value)) return false;
    return true;
  };
}

const TRANSFORM_CTX = { async: false };

function build(node: Node, seen: Map<Node, Acceptor | null>): Acceptor | null {
  const zod = node._zod;
  const def = zod.def;
  if (def.coerce || zod.traits.has('$ZodCheck')) return null; // string formats, z.custom
  if (def.type === 'string') return stringAcceptor(def.checks ?? []);
  let base: Acceptor | null;
  switch (def.type) {
    case 'number':
      base = (v) => typeof v === 'number' && Number.isFinite(v);
      break;
    case 'boolean':
      base = (v) => typeof v === 'boolean';
      break;
    case 'null':
      base = (v) => v === null;
      break;
    case 'unknown':
    case 'any':
      base = () => true;
      break;
    case 'never':
      base = () => false;
      break;
    case 'literal':
    case 'enum': {
      const values = zod.values;
      base = values ? (v) => values.has(v) : null;
      break;
    }
    case 'optional': {
      const inner = def.innerType && def.innerType._zod.optin !== 'defaulted' ? acceptorOf(def.innerType, seen) : null;
      base = inner && ((v) => v === undefined || inner(v));
      break;
    }
    case 'nullable': {
      const inner = def.innerType ? acceptorOf(def.innerType, seen) : null;
      base = inner && ((v) => v === null || inner(v));
      break;
    }
    case 'array': {
      const element = def.element;
      if (!element) return null;
      if (element._zod.def.type === 'unknown' && !element._zod.def.checks?.length) {
        base = Array.isArray;
        break;
      }
      const item = acceptorOf(element, seen);
      base =
        item &&
        ((v) => {
          if (!Array.isArray(v)) return false;
          for (let i = 0; i < v.length; i++) if (!item(v[i])) return false;
          return true;
        });
      break;
    }
    case 'object':
      base = objectAcceptor(def, seen);
      break;
    case 'union':
      base = def.discriminator !== undefined ? discriminatedAcceptor(def, seen) : def.inclusive === false ? null : unionAcceptor(def, seen);
      break;
    case 'record':
      base = recordAcceptor(def, seen);
      break;
    case 'pipe':
      base = pipeAcceptor(def, seen);
      break;
    default:
      return null;
  }
  if (!base) return null;
  return def.checks?.length ? withChecks(base, def.checks) : base;
}

function acceptorOf(node: Node, seen: Map<Node, Acceptor | null>): Acceptor | null {
  if (seen.has(node)) return seen.get(node) ?? null; // also ends a recursive schema: no acceptor
  seen.set(node, null);
  const acceptor = build(node, seen);
  seen.set(node, acceptor);
  return acceptor;
}

/** A strict (or stripping) object: no key outside the shape, every key as its schema says. */
function objectAcceptor(def: Def, seen: Map<Node, Acceptor | null>): Acceptor | null {
  const shape = def.shape;
  if (!shape) return null;
  // Unknown keys are refused (strict) or dropped (strip); either way a value with one goes to zod.
  if (def.catchall && def.catchall._zod.def.type !== 'never') return null;
  const keys = Object.keys(shape);
  // A key that every object has (toString, __proto__ ...) would make `key in v` below say nothing.
  if (keys.some((key) => key in Object.prototype)) return null;
  const fields: Acceptor[] = [];
  const mayBeAbsent: boolean[] = [];
  for (const key of keys) {
    const field = shape[key]!;
    const accept = acceptorOf(field, seen);
    if (!accept) return null;
    fields.push(accept);
    // Only a plain .optional() lets a key be missing without zod filling something in.
    mayBeAbsent.push(field._zod.def.type === 'optional' && field._zod.def.innerType?._zod.optin !== 'defaulted');
  }
  const n = keys.length;
  return (v) => {
    if (!isPlainRecord(v)) return false;
    let present = 0;
    for (let i = 0; i < n; i++) {
      const key = keys[i]!;
      const x = v[key];
      if (x === undefined && !(key in v)) {
        if (mayBeAbsent[i]) continue;
        return false;
      }
      present++;
      if (!fields[i]!(x)) return false;
    }
    // zod refuses (strict) or drops (strip) any other enumerable key: count them all; more than the shape's
    // keys found above means one is unknown.
    let all = 0;
    for (const _ in v) all++;
    return all === present;
  };
}

/** A discriminated union: the member is picked by the discriminator's value, as zod picks it. */
function discriminatedAcceptor(def: Def, seen: Map<Node, Acceptor | null>): Acceptor | null {
  const key = def.discriminator!;
  const byValue = new Map<unknown, Acceptor | null>();
  for (const option of def.options ?? []) {
    const values = option._zod.propValues?.[key];
    if (!values || values.size === 0) return null;
    const accept = acceptorOf(option, seen);
    for (const value of values) byValue.set(value, byValue.has(value) ? null : accept); // ambiguous: ask zod
  }
  return (v) => {
    if (!isPlainRecord(v)) return false;
    const accept = byValue.get(v[key]);
    return accept ? accept(v) : false;
  };
}

/** An ordinary union of members that return their input unchanged: any member that accepts will do. */
function unionAcceptor(def: Def, seen: Map<Node, Acceptor | null>): Acceptor | null {
  const options: Acceptor[] = [];
  for (const option of def.options ?? []) {
    const accept = acceptorOf(option, seen);
    if (!accept) return null;
    options.push(accept);
  }
  return (v) => {
    for (const accept of options) if (accept(v)) return true;
    return false;
  };
}

/** A record with a key schema that is a constraint (not a list of keys): own string keys only. */
function recordAcceptor(def: Def, seen: Map<Node, Acceptor | null>): Acceptor | null {
  if (!def.keyType || !def.valueType || def.keyType._zod.values) return null;
  const key = acceptorOf(def.keyType, seen);
  const value = acceptorOf(def.valueType, seen);
  if (!key || !value) return null;
  return (v) => {
    if (!isPlainRecord(v) || Array.isArray(v) || !zodPlainObject(v)) return false;
    for (const k of Reflect.ownKeys(v)) {
      if (typeof k !== 'string' || k === '__proto__' || !Object.prototype.propertyIsEnumerable.call(v, k)) return false;
      if (!key(k) || !value(v[k])) return false;
    }
    return true;
  };
}

/** A pipe; a transform at its start (z.preprocess) is run by zod itself and must hand back its input. */
function pipeAcceptor(def: Def, seen: Map<Node, Acceptor | null>): Acceptor | null {
  const first = def.in;
  const out = def.out ? acceptorOf(def.out, seen) : null;
  if (!first || !out) return null;
  if (first._zod.def.type === 'transform') {
    return (v) => {
      let result: Payload | Promise<Payload>;
      try {
        result = first._zod.run({ value: v, issues: [] }, TRANSFORM_CTX);
      } catch {
        return false;
      }
      return !(result instanceof Promise) && result.issues.length === 0 && result.value === v && out(v);
    };
  }
  const accept = acceptorOf(first, seen);
  return accept && ((v) => accept(v) && out(v));
}

/** The quick acceptance test for a schema, or null when the schema holds a part it does not model. */
export function acceptorFor(schema: z.ZodType): Acceptor | null {
  return acceptorOf(schema as unknown as Node, new Map());
}
