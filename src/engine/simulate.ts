// The engine: replays a scenario's events against its bots on a simulated clock (SPEC §6) and says
// what runs, when, and why not. Pure and deterministic: time is an input, nothing reads a clock.
import { REASONS, assertNever, botTimeZone } from '../domain';
import type {
  Bot,
  Condition,
  FieldValue,
  Lead,
  Origin,
  Reason,
  Scenario,
  SimEvent,
  SimEventOf,
  SimResult,
  Trigger,
  TriggerOf,
  TriggerType,
  Warning,
} from '../domain';
import { compileActiveHours, dateFieldInstant, formatInstant, formatLocalDate, localDayNumber, nextOccurrences } from './time';
import { instantMs, instantMsInto, instantText } from './fast-instant';
import type { CompiledActiveHours, ScheduleTrigger } from './time';
import { compileCondition, conditionFailure, failKeyNumber, failKeyOther, flags, hasNumberKey, holds, namesOf } from './conditions';
import type { CompiledCondition, LeadView, Names } from './conditions';
import { HOUR_MS, RateWindow } from './rate-window';
import { RunColumns, SkipColumns, resultRoom, toSimResult } from './result-log';
import type { AfterEnd, ResultLog } from './result-log';
import { EchoRecorder } from './echo';
import type { EventEcho, MissPart } from './echo';
import { TimerQueue } from './timers';
import { normalizeUrl } from './url';
import { NO_DAY, TagTable, World, utmNormOf } from './world';
import type { LeadState } from './world';
import { durationWords, hoursWords } from '../lib/duration-words';
import { durationModifier, nameText, spanWords } from './words';

const MINUTE_MS = 60_000;

// Reason codes: 1 + position in REASONS, so a smaller code wins (R20).
const code = (r: Reason): number => REASONS.indexOf(r) + 1;
const PLAN = code('plan');
const RATE = code('rate_limited');
const MANUAL = code('not_manual');
const COOLDOWN = code('cooldown');
const LEFT = code('left_stage');
const WINDOW = code('window_passed');
const CONDITION = code('condition');
const HOURS = code('outside_hours');

const CONVERSATIONAL: ReadonlySet<TriggerType> = new Set<TriggerType>([
  'conversation_started',
  'message',
  'story_mention',
  'outgoing_message_seen',
  'conversation_closed',
  'first_message_of_day',
]);

/** Which trigger types each kind of event can fire. */
const LISTENS: Record<SimEvent['type'], readonly TriggerType[]> = {
  lead_created: ['lead_created_in_stage', 'lead_moved_or_created_in_stage'],
  lead_moved: ['lead_moved_to_stage', 'lead_moved_or_created_in_stage'],
  lead_updated: [],
  responsible_changed: ['responsible_user_changed'],
  tag_added: ['tag_added'],
  tag_removed: ['tag_removed'],
  field_updated: ['field_updated'],
  form_submitted: ['form_submitted'],
  email_received: ['email_received'],
  call_received: ['call_received'],
  website_visited: ['website_visited'],
  message: ['conversation_started', 'message', 'first_message_of_day'],
  message_seen: ['outgoing_message_seen'],
  conversation_closed: ['conversation_closed'],
  story_mention: ['story_mention'],
};

/** What applying an event found out, shared by the triggers it may fire (one reused object). */
interface Facts {
  /** The lead whose conditions apply (the lead context), or null. */
  lead: LeadState | null;
  /** A non-lead entity's id (tag and field events on contacts, companies, products). */
  entityId: string | undefined;
  entityKey: string;
  /** Stage events: the stage as World.stageCode numbers it. */
  stageCode: number;
  /** Channel events: the channel's bit (World.channelBit). */
  channel: number;
  origin: Origin;
  opening: boolean;
  today: number;
  prevAnyDay: number;
  prevChannelDay: number;
  url: string;
}

interface CompiledBot {
  readonly index: number;
  readonly bot: Bot;
  readonly conds: CompiledCondition[];
  /** Per condition: its failure sentences (as indices into the detail table) by failure key (failKeyNumber or failKeyOther). */
  readonly failTexts: FailureSentences[];
  readonly hours: CompiledActiveHours | null;
  hoursMinute: number;
  /** The active-hours sentence of `hoursMinute`, as an index into the detail table. */
  hoursDetail: number;
  readonly triggers: CompiledTrigger[];
  /** Last activation per non-lead entity (R18 once per subject per instant). */
  readonly entityRuns: Map<string, number>;
  /** R18 once per lead per instant: the instant of the bot's latest runs and the leads it ran for then. */
  runAt: number;
  runLead: number;
  runMore: Set<number> | null;
  /**
   * R18 one outcome per event and bot: the event (index) during which the bot last ran or was
   * skipped, and for which lead. A late date plan that event makes is then not a second outcome.
   */
  outcomeEvent: number;
  outcomeLead: number;
  /**
   * The zone of the bot's wall-clock values (SPEC §1): its active hours' zone where given, else
   * the account's. R11 schedules (on_date `at`, recurring `time`) are read in it.
   */
  readonly scheduleZone: string;
  /** Next occurrence per on_date / recurring trigger (by position in `schedules`). */
  readonly schedules: CompiledTrigger[];
  readonly scheduleNext: number[];
}

interface CompiledTrigger {
  readonly bot: CompiledBot;
  readonly index: number;
  readonly trigger: Trigger;
  readonly conversational: boolean;
  readonly planBlocked: boolean;
  readonly isTag: boolean;
  readonly isField: boolean;
  readonly delayMs: number;
  /** The timer queue's lane of its delayed runs: one per distinct delay (TimerQueue.pushLane). */
  readonly lane: number;
  /** Stage triggers: the lead must still be in the stage when a delay ends (R4). */
  readonly checksStage: boolean;
  readonly cooldownMs: number;
  /** Message triggers: their slot in the cooldown table (R14); -1 for others. */
  readonly cooldownSlot: number;
  /** relative_to_date_field: position among all such triggers (LeadState.planVersion). */
  readonly dateIndex: number;
  /** How it matches an event of a kind it listens to (matchesEvent), with the data that needs. */
  readonly mk: number;
  readonly flags: Uint8Array;
  /** Channels: bits of the listed channels below 31 (-1: any channel); `set` holds the ids. */
  readonly mask: number;
  readonly set: ReadonlySet<string> | null;
  /** Direction, entity type, tag or field id, or URL, by kind. */
  readonly text: string;
  readonly id: string;
  /** M_CUSTOM: the matching function. */
  readonly match: (e: SimEvent, f: Facts) => boolean;
  /** Sentence indices of its plan and origin skips (0–2, see ownDetailIndex) and of its no-lead skip (3), made on first use; -1: none yet. */
  readonly ownDetails: Int32Array;
}

// Kinds of matching (CompiledTrigger.mk). Listeners are indexed by event kind, so an event only
// meets triggers of its own kind and no kind checks the event's type.
const M_NEVER = 0;
const M_ALWAYS = 1;
const M_STAGE = 2;
const M_TAG = 3;
const M_FIELD = 4;
const M_FORM = 5;
const M_INBOX = 6;
const M_URL = 7;
const M_STARTED = 8;
const M_MESSAGE = 9;
const M_CHANNEL = 10;
const M_CUSTOM = 11;

const NO_FLAGS = new Uint8Array(0);

/**
 * Whether a trigger matches an event of a kind it listens to. One switch over one trigger shape:
 * a closure per trigger made every match a megamorphic call.
 */
function matchesEvent(t: CompiledTrigger, e: SimEvent, f: Facts): boolean {
  switch (t.mk) {
    case M_ALWAYS:
      return true;
    case M_STAGE:
      return f.stageCode < t.flags.length && t.flags[f.stageCode] === 1;
    case M_TAG: {
      const ev = e as SimEventOf<'tag_added'>;
      return ev.entity === t.text && ev.tagId === t.id;
    }
    case M_FIELD: {
      const ev = e as SimEventOf<'field_updated'>;
      return ev.entity === t.text && ev.fieldId === t.id;
    }
    case M_FORM:
      return t.set === null || t.set.has((e as SimEventOf<'form_submitted'>).formId);
    case M_INBOX:
      return t.set!.has((e as SimEventOf<'email_received'>).inboxId);
    case M_URL:
      return f.url === t.text;
    case M_STARTED: {
      const ev = e as SimEventOf<'message'>;
      return f.opening && (t.text === 'any' || t.text === ev.direction) && (t.mask === -1 || (f.channel < 31 ? (t.mask & (1 << f.channel)) !== 0 : t.set!.has(ev.channelId)));
    }
    case M_MESSAGE: {
      const ev = e as SimEventOf<'message'>;
      return ev.direction === t.text && (t.mask === -1 || (f.channel < 31 ? (t.mask & (1 << f.channel)) !== 0 : t.set!.has(ev.channelId)));
    }
    case M_CHANNEL:
      return t.mask === -1 || (f.channel < 31 ? (t.mask & (1 << f.channel)) !== 0 : t.set!.has((e as SimEventOf<'story_mention'>).channelId));
    case M_CUSTOM:
      return t.match(e, f);
    default:
      return false; // M_NEVER
  }
}

/** Whether a channel trigger takes the event's channel (part of matchesEvent's channel kinds). */
function takesChannel(t: CompiledTrigger, f: Facts, channelId: string): boolean {
  return t.mask === -1 || (f.channel < 31 ? (t.mask & (1 << f.channel)) !== 0 : t.set!.has(channelId));
}

/**
 * For a trigger that matchesEvent() refused: the first part of it the event did not meet, for the
 * simulator's "why did nothing start?" (eventEcho). Never on the replay's path.
 */
function missPart(t: CompiledTrigger, e: SimEvent, f: Facts): MissPart | null {
  switch (t.mk) {
    case M_STAGE:
      return 'stage';
    case M_TAG:
      return (e as SimEventOf<'tag_added'>).entity === t.text ? 'tag' : 'entity';
    case M_FIELD:
      return (e as SimEventOf<'field_updated'>).entity === t.text ? 'field' : 'entity';
    case M_FORM:
      return 'form';
    case M_INBOX:
      return (t.trigger as TriggerOf<'email_received'>).inboxIds.length === 0 ? 'inbox_unconnected' : 'inbox';
    case M_URL:
      return 'url';
    case M_STARTED:
    case M_MESSAGE: {
      const ev = e as SimEventOf<'message'>;
      if (t.text !== 'any' && t.text !== ev.direction) return 'direction';
      if (!takesChannel(t, f, ev.channelId)) return 'channel';
      return t.mk === M_STARTED ? 'not_opening' : null;
    }
    case M_CHANNEL:
      return 'channel';
    case M_CUSTOM: {
      // first_message_of_day, the only custom kind.
      const ev = e as SimEventOf<'message'>;
      if (ev.type !== 'message' || ev.direction !== 'incoming') return 'direction';
      const ids = (t.trigger as TriggerOf<'first_message_of_day'>).channelIds;
      if (ids.length > 0 && !ids.includes(ev.channelId)) return 'channel';
      return 'not_first_today';
    }
    default:
      return null; // M_ALWAYS matches every event of its kind; M_NEVER listens to none
  }
}

// How an event kind's listeners are narrowed (NARROW_BY, Simulation.narrow): by a key its facts hold.
const BY_CHANNEL = 1;
const BY_STAGE = 2;
/** Channel bits and stage codes from this on are not narrowed (the table stays small). */
const MAX_NARROW_KEY = 64;

/**
 * Whether a trigger may match an event whose channel bit or stage code is `key`: false only when
 * matchesEvent() would say no whatever else the event holds.
 */
function mayMatch(t: CompiledTrigger, key: number): boolean {
  switch (t.mk) {
    case M_STAGE:
      return key < t.flags.length && t.flags[key] === 1;
    case M_STARTED:
    case M_MESSAGE:
    case M_CHANNEL:
      return t.mask === -1 || key >= 31 || (t.mask & (1 << key)) !== 0;
    default:
      return true;
  }
}

/** What a kind of trigger sets beyond the common fields of CompiledTrigger. */
type TriggerExtra = Partial<
  Pick<CompiledTrigger, 'delayMs' | 'checksStage' | 'cooldownMs' | 'cooldownSlot' | 'dateIndex' | 'flags' | 'mask' | 'set' | 'text' | 'id' | 'match'>
> &
  Pick<CompiledTrigger, 'mk'>;

// Kinds of pending timer (Simulation.timerKind).
const T_DELAYED = 0;
const T_DATE = 1;
const T_SCHEDULE = 2;

/** Event kinds as small numbers (index in EVENT_TYPES), found once per event before the replay. */
const EVENT_TYPES = Object.keys(LISTENS) as SimEvent['type'][];
const E_LEAD_CREATED = 0;
const E_LEAD_MOVED = 1;
const E_LEAD_UPDATED = 2;
const E_RESPONSIBLE_CHANGED = 3;
const E_TAG_ADDED = 4;
const E_TAG_REMOVED = 5;
const E_FIELD_UPDATED = 6;
const E_FORM_SUBMITTED = 7;
const E_EMAIL_RECEIVED = 8;
const E_CALL_RECEIVED = 9;
const E_WEBSITE_VISITED = 10;
const E_MESSAGE = 11;
const E_MESSAGE_SEEN = 12;
const E_CONVERSATION_CLOSED = 13;
const E_STORY_MENTION = 14;
const CODES_IN_ORDER: [number, SimEvent['type']][] = [
  [E_LEAD_CREATED, 'lead_created'],
  [E_LEAD_MOVED, 'lead_moved'],
  [E_LEAD_UPDATED, 'lead_updated'],
  [E_RESPONSIBLE_CHANGED, 'responsible_changed'],
  [E_TAG_ADDED, 'tag_added'],
  [E_TAG_REMOVED, 'tag_removed'],
  [E_FIELD_UPDATED, 'field_updated'],
  [E_FORM_SUBMITTED, 'form_submitted'],
  [E_EMAIL_RECEIVED, 'email_received'],
  [E_CALL_RECEIVED, 'call_received'],
  [E_WEBSITE_VISITED, 'website_visited'],
  [E_MESSAGE, 'message'],
  [E_MESSAGE_SEEN, 'message_seen'],
  [E_CONVERSATION_CLOSED, 'conversation_closed'],
  [E_STORY_MENTION, 'story_mention'],
];
/** Not an event kind (eventCode of a type that validation would have refused). */
const E_UNKNOWN = 255;

/**
 * An event type's code. A switch on the length, then one character where lengths collide, then one
 * comparison to confirm: JSON.parse does not internalize strings longer than 10 characters, so a Map
 * keyed by type hashed and compared 200,000 separate copies of "responsible_changed" and the like.
 */
function eventCode(type: string): number {
  let code: number;
  switch (type.length) {
    case 7:
      code = E_MESSAGE;
      break;
    case 9:
      code = E_TAG_ADDED;
      break;
    case 10:
      code = E_LEAD_MOVED;
      break;
    case 11:
      code = E_TAG_REMOVED;
      break;
    case 12: {
      const c = type.charCodeAt(5); // lead_[c]reated, lead_[u]pdated, messa[g]e_seen
      code = c === 99 ? E_LEAD_CREATED : c === 117 ? E_LEAD_UPDATED : E_MESSAGE_SEEN;
      break;
    }
    case 13: {
      const c = type.charCodeAt(0); // [f]ield_updated, [c]all_received, [s]tory_mention
      code = c === 102 ? E_FIELD_UPDATED : c === 99 ? E_CALL_RECEIVED : E_STORY_MENTION;
      break;
    }
    case 14:
      code = type.charCodeAt(0) === 102 /* f */ ? E_FORM_SUBMITTED : E_EMAIL_RECEIVED;
      break;
    case 15:
      code = E_WEBSITE_VISITED;
      break;
    case 19:
      code = type.charCodeAt(0) === 114 /* r */ ? E_RESPONSIBLE_CHANGED : E_CONVERSATION_CLOSED;
      break;
    default:
      return E_UNKNOWN;
  }
  return type === EVENT_TYPES[code] ? code : E_UNKNOWN;
}
if (EVENT_TYPES.length !== CODES_IN_ORDER.length || CODES_IN_ORDER.some(([c, t]) => EVENT_TYPES[c] !== t || eventCode(t) !== c)) {
  throw new Error('Event kind codes are out of step with LISTENS');
}
/** By event kind code: BY_CHANNEL, BY_STAGE, or 0 (every listener of the kind). */
const NARROW_BY = new Uint8Array(EVENT_TYPES.length);
for (const c of [E_MESSAGE, E_MESSAGE_SEEN, E_CONVERSATION_CLOSED, E_STORY_MENTION]) NARROW_BY[c] = BY_CHANNEL;
for (const c of [E_LEAD_CREATED, E_LEAD_MOVED]) NARROW_BY[c] = BY_STAGE;

const EMPTY_LISTENERS: readonly Listener[] = [];

interface Listener {
  readonly bot: CompiledBot;
  readonly triggers: readonly CompiledTrigger[];
}

const parseTime = instantMs;


function planName(plan: string): string {
  return plan.charAt(0).toUpperCase() + plan.slice(1);
}

/**
 * One pass over the events reads their instants (`times`), kinds (`codes`), whether their `at` is
 * canonical UTC text ("2026-06-01T13:00:00Z": results at their instant reuse it) and, for
 * events that name a lead, a number for its id (`refs`, numbered in `refIndex`). The replay then
 * never reads `at` or `type`, and finds a lead by number instead of a string-keyed lookup (in this
 * simple loop those memory reads overlap). True when the events are in time order.
 * Its own function, writing into arrays it is given and returning a boolean, so that it stays
 * optimized from run to run instead of being entered through on-stack replacement each time.
 */
function scanEvents(
  events: readonly SimEvent[],
  times: Float64Array,
  codes: Uint8Array,
  canonical: Uint8Array,
  refs: Int32Array,
  refIndex: Map<string, number>,
): boolean {
  let sorted = true;
  for (let i = 0; i < events.length; i++) {
    const e = events[i]!;
    const code = eventCode(e.type);
    codes[i] = code;
    // `at` and the lead id, read in a branch per kind: each read then meets one event shape (a fast
    // load) instead of all of them (a megamorphic load, a lookup in V8's stub cache each time:
    // `at` for every event was one of the pre-pass's larger costs). Tag and field events: the
    // entity when it is a lead.
    let at: string;
    let id: string | undefined;
    switch (code) {
      case E_MESSAGE: {
        const k = e as SimEventOf<'message'>;
        at = k.at;
        id = k.leadId;
        break;
      }
      case E_LEAD_MOVED: {
        const k = e as SimEventOf<'lead_moved'>;
        at = k.at;
        id = k.leadId;
        break;
      }
      case E_MESSAGE_SEEN: {
        const k = e as SimEventOf<'message_seen'>;
        at = k.at;
        id = k.leadId;
        break;
      }
      case E_TAG_ADDED:
      case E_TAG_REMOVED: {
        const k = e as SimEventOf<'tag_added' | 'tag_removed'>;
        at = k.at;
        id = k.entity === 'lead' ? k.entityId : undefined;
        break;
      }
      case E_FIELD_UPDATED: {
        const k = e as SimEventOf<'field_updated'>;
        at = k.at;
        id = k.entity === 'lead' ? k.entityId : undefined;
        break;
      }
      case E_LEAD_UPDATED: {
        const k = e as SimEventOf<'lead_updated'>;
        at = k.at;
        id = k.leadId;
        break;
      }
      case E_RESPONSIBLE_CHANGED: {
        const k = e as SimEventOf<'responsible_changed'>;
        at = k.at;
        id = k.leadId;
        break;
      }
      case E_FORM_SUBMITTED: {
        const k = e as SimEventOf<'form_submitted'>;
        at = k.at;
        id = k.leadId;
        break;
      }
      case E_EMAIL_RECEIVED: {
        const k = e as SimEventOf<'email_received'>;
        at = k.at;
        id = k.leadId;
        break;
      }
      case E_CALL_RECEIVED: {
        const k = e as SimEventOf<'call_received'>;
        at = k.at;
        id = k.leadId;
        break;
      }
      case E_WEBSITE_VISITED: {
        const k = e as SimEventOf<'website_visited'>;
        at = k.at;
        id = k.leadId;
        break;
      }
      case E_CONVERSATION_CLOSED: {
        const k = e as SimEventOf<'conversation_closed'>;
        at = k.at;
        id = k.leadId;
        break;
      }
      case E_STORY_MENTION: {
        const k = e as SimEventOf<'story_mention'>;
        at = k.at;
        id = k.leadId;
        break;
      }
      case E_LEAD_CREATED:
        at = (e as SimEventOf<'lead_created'>).at;
        id = undefined; // the lead is made by the event itself
        break;
      default:
        throw new Error(`Unknown event type ${JSON.stringify(e.type)}`);
    }
    instantMsInto(times, i, at);
    canonical[i] = at.length === 20 && at.charCodeAt(19) === 90 /* Z */ ? 1 : 0;
    if (id !== undefined) {
      let ref = refIndex.get(id);
      if (ref === undefined) {
        ref = refIndex.size;
        refIndex.set(id, ref);
      }
      refs[i] = ref;
    }
    if (i > 0 && !(times[i]! >= times[i - 1]!)) sorted = false;
  }
  return sorted;
}

/**
 * Event indices in order of time, equal instants in file order (R1). A natural merge sort: the
 * ascending runs the file already has are merged pairwise, so the common unsorted case, a few
 * sorted blocks (the simulator's composer events followed by generated traffic), costs a pass or
 * two and no comparison callbacks.
 */
export function timeOrder(times: Float64Array): Uint32Array {
  const n = times.length;
  let from = new Uint32Array(n);
  let to = new Uint32Array(n);
  for (let i = 0; i < n; i++) from[i] = i;
  // Starts of the ascending runs, then n.
  let bounds: number[] = [0];
  for (let i = 1; i < n; i++) if (times[i]! < times[i - 1]!) bounds.push(i);
  bounds.push(n);
  while (bounds.length > 2) {
    const next: number[] = [0];
    for (let r = 0; r + 1 < bounds.length; r += 2) {
      const lo = bounds[r]!;
      const mid = bounds[r + 1]!;
      const hi = r + 2 < bounds.length ? bounds[r + 2]! : mid;
      let i = lo;
      let j = mid;
      let k = lo;
      // Stable: on equal instants the left run (earlier in the file) goes first.
      while (i < mid && j < hi) to[k++] = times[from[j]!]! < times[from[i]!]! ? from[j++]! : from[i++]!;
      while (i < mid) to[k++] = from[i++]!;
      while (j < hi) to[k++] = from[j++]!;
      next.push(hi);
    }
    bounds = next;
    const t = from;
    from = to;
    to = t;
  }
  return from;
}

/**
 * What the replay needs to know about a list of events before it starts: their instants, kinds,
 * lead numbers and order (see scanEvents). It depends on the events alone, so a caller that runs
 * the same events again with other bots (the simulator, after an edit of the draft) can make it
 * once and pass it along. The events must not change in between.
 */
export interface PreparedEvents {
  readonly events: readonly SimEvent[];
  readonly count: number;
  readonly times: Float64Array;
  readonly codes: Uint8Array;
  readonly canonical: Uint8Array;
  readonly refs: Int32Array;
  readonly refIndex: ReadonlyMap<string, number>;
  /** Event indices in time order; null when the file order is already that. */
  readonly order: Uint32Array | null;
  /**
   * The most runs and skips a simulation of these events has had: the next one starts its result
   * columns that large instead of growing them (a hint only; it never changes a result).
   */
  sizes: { runs: number; skips: number };
}

export function prepareEvents(events: readonly SimEvent[]): PreparedEvents {
  const n = events.length;
  const times = new Float64Array(n);
  const codes = new Uint8Array(n);
  const canonical = new Uint8Array(n);
  const refs = new Int32Array(n);
  const refIndex = new Map<string, number>();
  const sorted = scanEvents(events, times, codes, canonical, refs, refIndex);
  // Most files are in order already.
  return { events, count: n, times, codes, canonical, refs, refIndex, order: sorted ? null : timeOrder(times), sizes: { runs: 0, skips: 0 } };
}

/**
 * One condition's failure sentences (indices into the detail table) by failure key. Most keys are
 * small whole numbers (stage and user numbers, tag bits): those index a typed array; the others
 * (prices, texts) go through a Map of at most 20,000 (a sale condition fails with a sentence per price).
 */
class FailureSentences {
  private small = new Int32Array(0);
  private readonly other = new Map<string | number, number>();

  /** The sentence's index for a whole-number key, or -1 when there is none yet. */
  getNumber(key: number): number {
    return key >= 0 && key < this.small.length ? this.small[key]! : (this.other.get(key) ?? -1);
  }

  /** The sentence's index, or -1 when there is none yet. */
  get(key: string | number): number {
    if (typeof key === 'number' && key >= 0 && key < this.small.length && (key | 0) === key) return this.small[key]!;
    return this.other.get(key) ?? -1;
  }

  set(key: string | number, detail: number): void {
    if (typeof key === 'number' && key >= 0 && key < 4096 && (key | 0) === key) {
      if (key >= this.small.length) {
        const next = new Int32Array(Math.min(4096, Math.max(16, 2 ** Math.ceil(Math.log2(key + 1))))).fill(-1);
        next.set(this.small);
        this.small = next;
      }
      this.small[key] = detail;
    } else if (this.other.size < 20_000) {
      this.other.set(key, detail);
    }
  }
}

/**
 * R14: the last activation instant of each message trigger (a slot) for each lead (NaN: none).
 * One row per lead with a slot per trigger: a message meets every message trigger for the same
 * lead, and the row keeps those reads together.
 */
class CooldownTable {
  /** Row `lead * stride`, then the slot; read in place by ownCheck (see there). */
  times = new Float64Array(0);

  constructor(readonly stride: number) {}

  get(lead: number, slot: number): number {
    const i = lead * this.stride + slot;
    return i < this.times.length ? this.times[i]! : Number.NaN;
  }

  set(lead: number, slot: number, ms: number): void {
    const i = lead * this.stride + slot;
    if (i >= this.times.length) {
      const next = new Float64Array(Math.max(64 * this.stride, i + this.stride, this.times.length * 2)).fill(Number.NaN);
      next.set(this.times);
      this.times = next;
    }
    this.times[i] = ms;
  }
}

/** The world-and-bots state of one simulation run. */
export class Simulation {
  readonly world: World;
  private readonly account: Scenario['account'];
  private readonly tz: string;
  private readonly bots: CompiledBot[] = [];
  /** By event kind code: the bots listening to that kind, with their matching triggers. */
  private readonly listeners: (readonly Listener[])[] = EVENT_TYPES.map(() => EMPTY_LISTENERS);
  /**
   * By event kind code and then channel bit (channel kinds) or stage code (stage kinds): the
   * listeners left once those whose triggers cannot match that channel or stage are dropped, made
   * on first use (see narrow()). A message meets its channel's bots instead of every message bot.
   */
  private readonly narrowed: (readonly Listener[] | undefined)[][] = EVENT_TYPES.map(() => []);
  private readonly dateTriggers: CompiledTrigger[] = [];
  private readonly dateTriggersByField = new Map<string, CompiledTrigger[]>();
  private readonly startTriggers: CompiledTrigger[] = [];
  private readonly accountInboxes: Set<string>;
  private readonly names: Names;
  private readonly clock: CompiledActiveHours;
  private readonly timers = new TimerQueue();
  /**
   * Pending timers' data by slot (TimerQueue numbers them; their due instants are its `due`), in
   * columns rather than an object per timer. Kind (T_DELAYED...); delayed and date: the trigger and
   * lead; schedule: the bot; delayed: the causing event (-1: none), and the lead's stage and stage
   * version when the delay began (R4); date: the plan version it belongs to (R10).
   */
  private timerKind = new Uint8Array(64);
  private timerCause = new Int32Array(64);
  private timerStageVersion = new Int32Array(64);
  private timerVersion = new Int32Array(64);
  private readonly timerTrig: (CompiledTrigger | null)[] = [];
  private readonly timerLead: (LeadState | null)[] = [];
  private readonly timerBot: (CompiledBot | null)[] = [];
  private readonly timerStage: string[] = [];
  private readonly tagRate = new RateWindow();
  private readonly fieldRate = new RateWindow();
  private readonly hasWebsite: boolean;
  private readonly hasFirstOfDay: boolean;
  /** Message triggers so far (their cooldown slots); the table is made once all are known. */
  private cooldownSlots = 0;
  private readonly cooldowns: CooldownTable;

  private readonly runs: RunColumns;
  private readonly skips: SkipColumns;
  /** Skip sentences by index (the skip column holds the index); `details` finds a sentence's index. */
  private readonly detailTexts: string[] = [];
  private readonly details = new Map<string, number>();
  /** Ids of non-lead entities that ran a bot, by index. */
  private readonly entityIds: string[] = [];
  private readonly entityIndex = new Map<string, number>();
  private readonly warnings: Warning[] = [];
  private atMs = Number.NaN;
  /**
   * The simulated clock: the instant of the event or timer being handled. Kept in a field rather
   * than passed along: a double passed to a call that is not inlined is boxed (a heap number each time).
   */
  private now = Number.NaN;
  private atText = '';
  private until = Number.NaN;
  /** R10 plans due after `until`, by plan slot (lead.planBase + dateIndex): current while their version is. */
  private readonly datesAfterEnd = new Map<number, { bot: number; due: number; version: number }>();
  /** Runs planned for after `until` (delays and date-field plans), by bot: filled when the replay ends. */
  private afterEnd: AfterEnd[] = [];

  private readonly facts: Facts = {
    lead: null,
    entityId: undefined,
    entityKey: '',
    stageCode: -1,
    channel: -1,
    origin: 'user',
    opening: false,
    today: Number.NaN,
    prevAnyDay: Number.NaN,
    prevChannelDay: Number.NaN,
    url: '',
  };

  /**
   * `prepared`: prepareEvents(scenario.events), made earlier for another run over the same events.
   * `recycle`: a result the caller no longer needs, whose column buffers this run writes over.
   */
  constructor(
    private readonly scenario: Scenario,
    private readonly prepared: PreparedEvents | null = null,
    recycle: ResultLog | null = null,
  ) {
    const account = scenario.account;
    this.account = account;
    const sizes = prepared !== null && prepared.events === scenario.events ? prepared.sizes : null;
    const { runs, skips } = resultRoom(scenario.events.length, sizes);
    // Reused buffers: a fresh one costs page faults and zeroing in the browser (10% of a replay).
    this.runs = recycle !== null && recycle.runs.capacity >= runs ? recycle.runs.reset() : new RunColumns(runs);
    this.skips = recycle !== null && recycle.skips.capacity >= skips ? recycle.skips.reset() : new SkipColumns(skips);
    this.tz = account.timezone;
    this.names = namesOf(account);
    this.clock = compileActiveHours(null, account.timezone);
    this.accountInboxes = new Set(account.inboxes.map((i) => i.id));

    // Intern the known tag ids up front so that lead bitsets start wide enough; tags first seen in
    // events are interned as they come (the world widens its rows then).
    const tagTable = new TagTable();
    for (const t of account.tags) tagTable.intern(t.id);
    const leads = scenario.leads ?? [];
    // Indexed loops: the constructor runs once per simulation, mostly before any of it is optimized.
    for (let i = 0; i < leads.length; i++) {
      const tagIds = leads[i]!.tagIds;
      if (tagIds) for (let k = 0; k < tagIds.length; k++) tagTable.intern(tagIds[k]!);
    }

    let dateCount = 0;
    for (const bot of scenario.bots) {
      for (const t of bot.triggers) if (t.type === 'relative_to_date_field') dateCount++;
      for (const c of bot.conditions) if (c.type === 'tags' || c.type === 'not_tags') for (const id of c.tagIds) tagTable.intern(id);
    }
    const world = new World(account, tagTable, scenario.bots.length, dateCount);
    this.world = world;

    // Bots: conditions compiled once.
    let hasWebsite = false;
    let hasFirstOfDay = false;
    scenario.bots.forEach((bot, botIndex) => {
      const compiled: CompiledBot = {
        index: botIndex,
        bot,
        conds: bot.conditions.map((c) => compileCondition(c, world)),
        failTexts: bot.conditions.map(() => new FailureSentences()),
        // Active hours and schedules read their clock in one zone (SPEC §1; compileActiveHours applies the same default).
        hours: bot.activeHours ? compileActiveHours(bot.activeHours, botTimeZone(bot, account)) : null,
        hoursMinute: Number.NaN,
        hoursDetail: -1,
        triggers: [],
        entityRuns: new Map(),
        runAt: Number.NaN,
        runLead: -1,
        runMore: null,
        outcomeEvent: -1,
        outcomeLead: -1,
        scheduleZone: botTimeZone(bot, account),
        schedules: [],
        scheduleNext: [],
      };
      this.bots.push(compiled);
      if (!bot.enabled) return; // R18: a disabled bot never fires
      bot.triggers.forEach((trigger, index) => {
        const ct = this.compileTrigger(compiled, trigger, index);
        compiled.triggers.push(ct);
        if (trigger.type === 'website_visited') hasWebsite = true;
        if (trigger.type === 'first_message_of_day') hasFirstOfDay = true;
      });
    });
    this.hasWebsite = hasWebsite;
    this.cooldowns = new CooldownTable(this.cooldownSlots);
    this.hasFirstOfDay = hasFirstOfDay;

    // Index bots by the event types they listen to.
    for (const type of Object.keys(LISTENS) as SimEvent['type'][]) {
      const wanted = LISTENS[type];
      const list: Listener[] = [];
      for (const b of this.bots) {
        const triggers = b.triggers.filter((t) => wanted.includes(t.trigger.type));
        if (triggers.length) list.push({ bot: b, triggers });
      }
      if (list.length) this.listeners[eventCode(type)] = list;
    }
    this.world.reserve((scenario.leads?.length ?? 0) + 16);
    for (let i = 0; i < leads.length; i++) this.world.addLead(leads[i]!);
  }

  /** Distinct delays of the triggers so far, by lane number. */
  private readonly laneDelays: number[] = [];

  private laneOf(delayMs: number): number {
    const lane = this.laneDelays.indexOf(delayMs);
    if (lane >= 0) return lane;
    this.laneDelays.push(delayMs);
    return this.laneDelays.length - 1;
  }

  private compileTrigger(bot: CompiledBot, trigger: Trigger, index: number): CompiledTrigger {
    const plan = this.account.plan;
    const isTag = trigger.type === 'tag_added' || trigger.type === 'tag_removed';
    const isField = trigger.type === 'field_updated';
    const base = {
      bot,
      index,
      trigger,
      conversational: CONVERSATIONAL.has(trigger.type),
      // R8: nothing launches on base; tag and field triggers need enterprise.
      planBlocked: plan === 'base' || ((isTag || isField) && plan !== 'enterprise'),
      isTag,
      isField,
    };
    const never = () => false;
    // One object literal for every kind, so that all compiled triggers share one shape (a spread of
    // `base` made a new shape per kind, and the dispatch's reads of them megamorphic).
    const make = (extra: TriggerExtra): CompiledTrigger => ({
      bot: base.bot,
      index: base.index,
      trigger: base.trigger,
      conversational: base.conversational,
      planBlocked: base.planBlocked,
      isTag: base.isTag,
      isField: base.isField,
      delayMs: extra.delayMs ?? 0,
      lane: this.laneOf(extra.delayMs ?? 0),
      checksStage: extra.checksStage ?? false,
      cooldownMs: extra.cooldownMs ?? 0,
      cooldownSlot: extra.cooldownSlot ?? -1,
      dateIndex: extra.dateIndex ?? -1,
      mk: extra.mk,
      flags: extra.flags ?? NO_FLAGS,
      mask: extra.mask ?? -1,
      set: extra.set ?? null,
      text: extra.text ?? '',
      id: extra.id ?? '',
      match: extra.match ?? never,
      ownDetails: new Int32Array(4).fill(-1),
    });
    // A channel list as a mask over the world's channel bits (a Set only for bits past 30); -1: any.
    const channels = (ids: readonly string[]): { mask: number; set: ReadonlySet<string> | null } => {
      if (ids.length === 0) return { mask: -1, set: null };
      let mask = 0;
      for (const id of ids) {
        const bit = this.world.channelBit(id);
        if (bit < 31) mask |= 1 << bit;
      }
      return { mask, set: new Set(ids) };
    };
    switch (trigger.type) {
      case 'lead_created_in_stage':
      case 'lead_moved_to_stage':
      case 'lead_moved_or_created_in_stage': {
        const ct = make({
          delayMs: trigger.delayMinutes * MINUTE_MS,
          checksStage: true,
          mk: M_STAGE,
          flags: flags(trigger.stageIds.map((id) => this.world.stageCode(id))),
        });
        if (trigger.applyToExisting) this.startTriggers.push(ct);
        return ct;
      }
      case 'responsible_user_changed':
        return make({ mk: M_ALWAYS });
      case 'tag_added':
      case 'tag_removed':
        return make({ mk: M_TAG, text: trigger.entity, id: trigger.tagId });
      case 'field_updated':
        return make({ mk: M_FIELD, text: trigger.entity, id: trigger.fieldId });
      case 'relative_to_date_field': {
        const ct = make({ dateIndex: this.dateTriggers.length, mk: M_NEVER });
        this.dateTriggers.push(ct);
        const list = this.dateTriggersByField.get(trigger.fieldId) ?? [];
        list.push(ct);
        this.dateTriggersByField.set(trigger.fieldId, list);
        return ct;
      }
      case 'on_date':
      case 'recurring': {
        const ct = make({ mk: M_NEVER });
        bot.schedules.push(ct);
        bot.scheduleNext.push(Infinity);
        return ct;
      }
      case 'form_submitted':
        return make({ mk: M_FORM, set: trigger.formIds.length ? new Set(trigger.formIds) : null });
      case 'email_received':
        return make({ mk: M_INBOX, set: trigger.inboxIds.length ? new Set(trigger.inboxIds) : this.accountInboxes });
      case 'call_received':
        return make({ mk: M_ALWAYS });
      case 'website_visited':
        return make({ delayMs: trigger.delayMinutes * MINUTE_MS, mk: M_URL, text: normalizeUrl(trigger.url) });
      case 'conversation_started':
        return make({ mk: M_STARTED, text: trigger.direction, ...channels(trigger.channelIds) });
      case 'message':
        return make({
          cooldownMs: trigger.cooldownMinutes * MINUTE_MS,
          cooldownSlot: this.cooldownSlots++,
          mk: M_MESSAGE,
          text: trigger.direction,
          ...channels(trigger.channelIds),
        });
      case 'story_mention':
        return make({ mk: M_CHANNEL, ...channels(trigger.channelIds) });
      case 'outgoing_message_seen':
        return make({ delayMs: trigger.delayMinutes * MINUTE_MS, mk: M_CHANNEL, ...channels(trigger.channelIds) });
      case 'conversation_closed':
        return make({ delayMs: trigger.delayMinutes * MINUTE_MS, mk: M_CHANNEL, ...channels(trigger.channelIds) });
      case 'first_message_of_day': {
        const ids = trigger.channelIds;
        const set = new Set(ids);
        const world = this.world;
        const bits = ids.map((id) => world.channelBit(id));
        return make({
          mk: M_CUSTOM,
          match: (e, f) => {
            if (e.type !== 'message' || e.direction !== 'incoming' || f.lead === null) return false;
            if (ids.length === 0) return f.prevAnyDay !== f.today;
            if (!set.has(e.channelId)) return false;
            // First incoming message of the local day among the listed channels (R15).
            const lead = f.lead;
            for (let i = 0; i < ids.length; i++) {
              const ch = ids[i]!;
              const bit = bits[i]!;
              const day =
                ch === e.channelId
                  ? f.prevChannelDay
                  : bit < 31
                    ? world.inDayRows()[lead.index * world.dayStride + bit]!
                    : (lead.lastInDayByChannel?.get(ch) ?? NO_DAY);
              if (day === f.today) return false;
            }
            return true;
          },
        });
      }
      default:
        return assertNever(trigger);
    }
  }

  // ---------------------------------------------------------------- results

  /** The current event's instant and text: its own `at` is reused when it is already canonical UTC. */
  private eventMs = Number.NaN;
  /** Index in `events` of the event being dispatched (its `at` is read only when a result is written). */
  private eventIndex = -1;
  /** The event being dispatched (its index), -1 between events and while timers run. */
  private inEvent = -1;
  /** Index in `events` of the last event applied to the world (-1: none yet). */
  private lastApplied = -1;
  /** A result to catch as it is written (see watchResult): 0 none, 1 a run, 2 a skip; its position. */
  private watchKind = 0;
  private watchIndex = -1;
  /** What the watched result was decided on: the lead then, and the last event applied before it. */
  caught: { lead: Lead | null; afterEvent: number } | null = null;
  /** The event whose outcomes are collected (see watchEvent); -1: none. */
  private echoIndex = -1;
  private echo: EchoRecorder | null = null;
  /** While the watched event, or a run it planned, is being decided: results go to `echo` too. */
  private echoing = false;
  /** Per event: its instant (see scanEvents); applyWorld's `now` is times[i]. */
  private times: Float64Array = new Float64Array(0);
  /** Per event: 1 when its `at` is canonical UTC text (see scanEvents). */
  private canonical: Uint8Array = new Uint8Array(0);
  /** Per event that names a lead: its lead's number; refLeads: the lead each number stands for now (null: none yet). */
  private refs: Int32Array = new Int32Array(0);
  private refIndex: ReadonlyMap<string, number> = new Map<string, number>();
  private readonly refLeads: (LeadState | null)[] = [];

  private at(): string {
    const ms = this.now;
    if (ms !== this.atMs) {
      this.atMs = ms;
      const text = this.eventMs === ms ? this.scenario.events[this.eventIndex]!.at : '';
      this.atText = ms === this.eventMs && text.length === 20 && text.charCodeAt(19) === 90 /* Z */ ? text : instantText(ms);
    }
    return this.atText;
  }

  /** The current event's index when a result at `now` can reuse its own `at` text (canonical UTC), else -1. */
  private atEvent(): number {
    return this.now === this.eventMs && this.canonical[this.eventIndex] === 1 ? this.eventIndex : -1;
  }

  /** `cause`: the causing event's index, -1 for none. */
  private activate(trig: CompiledTrigger, lead: LeadState | null, entityId: string | undefined, cause: number): void {
    const now = this.now;
    this.noteOutcome(trig.bot, lead);
    let entity = -1;
    if (entityId !== undefined) {
      entity = this.entityIndex.get(entityId) ?? -1;
      if (entity < 0) {
        entity = this.entityIds.length;
        this.entityIds.push(entityId);
        this.entityIndex.set(entityId, entity);
      }
    }
    const unanswered = trig.conversational ? (trig.bot.bot.keepUnanswered ? 1 : 0) : -1;
    this.runs.add(trig.bot.index, lead !== null ? lead.index : -1, entity, now, this.atEvent(), trig.index, cause, unanswered);
    if (this.watchKind === 1 && this.runs.count - 1 === this.watchIndex) this.catchResult(lead);
    if (this.echoing) this.echo!.add(trig.bot.index, { kind: 'ran', trigger: trig.index, ms: now });
    if (lead) {
      // R18 once per lead per instant: the clock never goes back, so one instant is kept.
      const bot = trig.bot;
      if (bot.runAt !== now) {
        bot.runAt = now;
        bot.runLead = lead.index;
        bot.runMore = null;
      } else if (bot.runLead !== lead.index) {
        (bot.runMore ??= new Set()).add(lead.index);
      }
      if (trig.cooldownSlot >= 0) this.cooldowns.set(lead.index, trig.cooldownSlot, now);
    } else if (entityId !== undefined) {
      trig.bot.entityRuns.set(this.facts.entityKey, now);
    }
  }

  /** A sentence's index in the detail table: results repeat the same details many times. */
  private detail(text: string): number {
    let id = this.details.get(text);
    if (id === undefined) {
      id = this.detailTexts.length;
      this.detailTexts.push(text);
      if (this.details.size < 100_000) this.details.set(text, id);
    }
    return id;
  }

  /** A sentence built once and kept by its caller (condition and active-hours sentences). */
  private newDetail(text: string): number {
    this.detailTexts.push(text);
    return this.detailTexts.length - 1;
  }

  /** `detail`: an index into the detail table (see detail()). */
  /** R18: the bot has an outcome (a run or a skip) for the event being dispatched and this lead. */
  private noteOutcome(bot: CompiledBot, lead: LeadState | null): void {
    if (this.inEvent < 0 || lead === null) return;
    bot.outcomeEvent = this.inEvent;
    bot.outcomeLead = lead.index;
  }

  private skip(trig: CompiledTrigger, lead: LeadState | null, reason: number, condition: number, detail: number): void {
    this.noteOutcome(trig.bot, lead);
    this.skips.add(trig.bot.index, lead !== null ? lead.index : -1, this.now, this.atEvent(), trig.index, reason - 1, condition, detail);
    if (this.watchKind === 2 && this.skips.count - 1 === this.watchIndex) this.catchResult(lead);
    if (this.echoing) {
      const outcome = { kind: 'skipped' as const, trigger: trig.index, ms: this.now, reason: REASONS[reason - 1]!, detail: this.detailTexts[detail]! };
      this.echo!.add(trig.bot.index, condition >= 0 ? { ...outcome, condition } : outcome);
    }
  }

  /**
   * Catches the run (`kind` 'run') or skip at `index` of this simulation's result as it is written:
   * `caught` then holds the lead exactly as its conditions were read, and the last event applied.
   */
  watchResult(kind: 'run' | 'skip', index: number): void {
    this.watchKind = kind === 'run' ? 1 : 2;
    this.watchIndex = index;
  }

  /**
   * Collects what the event at `index` (in scenario.events) starts, bot by bot, and why the others
   * stay silent: `echoed` holds it once run() has returned.
   */
  watchEvent(index: number): void {
    this.echoIndex = index;
    this.echo = new EchoRecorder(index, this.bots.length);
  }

  echoed(): EventEcho | null {
    return this.echo === null ? null : this.echo.finish();
  }

  /** The watched event, applied to the world (`fires`: whether it may fire anything), in the replay. */
  private echoEvent(e: SimEvent, code: number, i: number, fires: boolean): void {
    const echo = this.echo!;
    echo.phase = fires ? 'applied' : 'unchanged';
    if (!fires) return;
    this.eventMs = this.now;
    this.eventIndex = i;
    this.echoing = true;
    this.inEvent = i;
    this.dispatch(e, code, i);
    if (this.dateTriggers.length > 0 && (code === E_LEAD_CREATED || code === E_FIELD_UPDATED)) this.afterEvent(e, code, i);
    this.inEvent = -1;
    this.echoing = false;
    // The bots it started nothing for: why (outcomes.length is 0 for them).
    const f = this.facts;
    const listeners = this.listeners[code]!;
    for (const bot of this.bots) {
      if (echo.outcomes[bot.index]!.length > 0) continue;
      if (!bot.bot.enabled) {
        echo.silences[bot.index] = { kind: 'off' };
        continue;
      }
      const listener = listeners.find((l) => l.bot === bot);
      if (listener === undefined) {
        echo.silences[bot.index] = { kind: 'deaf' };
        continue;
      }
      const misses: { trigger: number; part: MissPart }[] = [];
      for (const t of listener.triggers) {
        const part = matchesEvent(t, e, f) ? null : missPart(t, e, f);
        if (part !== null) misses.push({ trigger: t.index, part });
      }
      echo.silences[bot.index] = { kind: 'missed', misses };
    }
  }

  private catchResult(lead: LeadState | null): void {
    this.caught = { lead: lead !== null ? this.world.snapshot(lead) : null, afterEvent: this.lastApplied };
    this.watchKind = 0;
  }

  // ---------------------------------------------------------------- checks and details

  /** The trigger's own checks (R18: plan, limit, origin, cooldown); 0 when it passes. */
  private ownCheck(trig: CompiledTrigger, lead: LeadState | null): number {
    const now = this.now;
    if (trig.planBlocked) return PLAN;
    if (trig.isTag && now < this.tagRate.suspendedUntil) return RATE;
    if (trig.isField && now < this.fieldRate.suspendedUntil) return RATE;
    if (trig.isTag && this.facts.origin !== 'user') return MANUAL;
    if (trig.cooldownSlot >= 0 && lead !== null) {
      // The table read in place: get()'s double result was boxed when the call was not inlined.
      const table = this.cooldowns;
      const i = lead.index * table.stride + trig.cooldownSlot;
      if (i < table.times.length && now - table.times[i]! < trig.cooldownMs) return COOLDOWN; // NaN (never ran) compares false
    }
    return 0;
  }

  /**
   * The own-check sentence's index in the detail table. Plan and origin sentences depend only on the
   * trigger (and the origin), so each trigger keeps theirs: building the text and looking it up per
   * skip was 2-3% of the simulator's generated load, where automations add tags all the time.
   */
  private ownDetailIndex(trig: CompiledTrigger, lead: LeadState | null, reason: number): number {
    const slot = reason === PLAN ? 0 : reason === MANUAL ? (this.facts.origin === 'api' ? 2 : 1) : -1;
    if (slot < 0) return this.detail(this.ownDetail(trig, lead, reason));
    let index = trig.ownDetails[slot]!;
    if (index < 0) {
      index = this.detail(this.ownDetail(trig, lead, reason));
      trig.ownDetails[slot] = index;
    }
    return index;
  }

  private ownDetail(trig: CompiledTrigger, lead: LeadState | null, reason: number): string {
    const now = this.now;
    const t = trig.trigger;
    switch (reason) {
      case PLAN: {
        const plan = this.account.plan;
        // The editor's words ("No bot starts on the Base plan"); one colon, not two after "Not on this plan:".
        if (plan === 'base') return 'No bot starts on the Base plan (bots can be set up and saved)';
        return `${trig.isTag ? 'Tag' : 'Field'} triggers need the Enterprise plan (this account is on the ${planName(plan)} plan)`;
      }
      case RATE: {
        const rate = trig.isTag ? this.tagRate : this.fieldRate;
        const what = trig.isTag ? 'Tag' : 'Field';
        const actions = trig.isTag ? 'tag actions' : 'field changes';
        // To the second: an action between 10:41 and 10:41:40 is still skipped when it ends at 10:41:40.
        // Rounded up: a suspension ending at 11:59:59.999 lasts until 12:00:00, not 11:59:59.
        const until = Math.ceil(rate.suspendedUntil / 1000) * 1000;
        // "paused", as the simulator's notice says it.
        return `${what} triggers are paused until ${this.clock.describe(until, true)} after more than 25,000 ${actions} within an hour`;
      }
      case MANUAL: {
        const tag = t.type === 'tag_added' || t.type === 'tag_removed' ? this.names.tag(t.tagId) : '';
        const verb = t.type === 'tag_removed' ? 'removed' : 'added';
        const by = this.facts.origin === 'api' ? 'through the API' : 'by an automation';
        return `The tag ${tag} was ${verb} ${by}; tag triggers only react to changes made by users`;
      }
      case COOLDOWN: {
        const ran = lead !== null && trig.cooldownSlot >= 0 ? this.cooldowns.get(lead.index, trig.cooldownSlot) : Number.NaN;
        const last = Number.isNaN(ran) ? now : ran;
        const minutes = t.type === 'message' ? t.cooldownMinutes : 0;
        // A day or more: the weekday alone could be any of several, so the date is given. Seconds
        // when not :00: a run at 10:00:45 and a message at 10:01:10 within a 1 min cooldown read
        // "the last run at Mon 10:00", as if 70 s had passed.
        const at = minutes >= 1440 ? formatLocalDate(last, this.tz, true) : this.clock.describe(last, true);
        // R14 counts per trigger: with two message triggers, "the last run" read as the bot's, which
        // may have been later, through the other one.
        let messages = 0; // counted, not filtered: no array per skip
        const all = trig.bot.bot.triggers;
        for (let k = 0; k < all.length && messages < 2; k++) if (all[k]!.type === 'message') messages++;
        const whose = messages > 1 ? `trigger ${trig.index + 1}'s last run` : 'the last run';
        return `Within the ${durationModifier(minutes)} cooldown of ${whose} at ${at}`;
      }
      default:
        return '';
    }
  }

  /** One reused view of the lead being explained. */
  private viewLead: LeadState | null = null;
  private readonly view: LeadView = {
    stageId: '',
    responsibleUserId: '',
    price: 0,
    sourceId: undefined,
    utmNorm: undefined,
    utmRaw: undefined,
    hasTag: (id) => this.viewLead !== null && this.world.leadHasTag(this.viewLead, id),
  };

  private leadView(lead: LeadState): LeadView {
    const v = this.view;
    this.viewLead = lead;
    v.stageId = lead.stageId;
    v.responsibleUserId = lead.responsibleUserId;
    v.price = lead.price;
    v.sourceId = lead.sourceId;
    v.utmNorm = utmNormOf(lead);
    v.utmRaw = lead.utm;
    return v;
  }

  /**
   * Conditions and active hours at the moment of activation (R16, R17), then the activation itself.
   * `left` (a stage change during a delay) wins over both (R20). `cause`: the causing event, -1 for none.
   */
  private finish(trig: CompiledTrigger, lead: LeadState | null, entityId: string | undefined, cause: number): void {
    const now = this.now;
    const bot = trig.bot;
    const conds = bot.conds;
    if (conds.length > 0) {
      if (lead === null) {
        // Only tag and field triggers on a contact or a company get here (every other event names its
        // lead). The sentence is the trigger's own: made once.
        let detail = trig.ownDetails[3]!;
        if (detail < 0) {
          const t = trig.trigger;
          // In the admin's words: the event's missing leadId is a contact not linked to a lead.
          const about = 'entity' in t && t.entity !== 'lead' ? `this ${t.entity}` : 'the event';
          detail = this.detail(`This bot has conditions about a lead, but ${about} is not linked to a lead, so there is no lead to check them against`);
          trig.ownDetails[3] = detail;
        }
        this.skip(trig, null, CONDITION, 0, detail);
        return;
      }
      const tagBits = this.world.tagBits;
      for (let k = 0; k < conds.length; k++) {
        if (!holds(conds[k]!, lead, tagBits)) {
          const cond = conds[k]!;
          const texts = bot.failTexts[k]!;
          // Number keys (most) and other keys by separate paths, each handling one type.
          const numberKey = hasNumberKey(cond);
          const key = numberKey ? failKeyNumber(cond, lead, tagBits) : failKeyOther(cond, lead);
          let detail = numberKey ? texts.getNumber(key as number) : texts.get(key);
          if (detail < 0) {
            const c = bot.bot.conditions[k] as Condition;
            detail = this.newDetail(`${conditionFailure(c, this.leadView(lead), this.names)} (condition ${k + 1})`);
            texts.set(key, detail);
          }
          this.skip(trig, lead, CONDITION, k, detail);
          return;
        }
      }
    }
    if (bot.hours !== null && !bot.hours.contains(now)) {
      // The sentence names the local minute: built once per bot and minute.
      const minute = Math.floor(now / MINUTE_MS);
      if (bot.hoursMinute !== minute) {
        bot.hoursMinute = minute;
        bot.hoursDetail = this.newDetail(`Outside active hours: ${bot.hours.explainOutside(now)}`);
      }
      this.skip(trig, lead, HOURS, -1, bot.hoursDetail);
      return;
    }
    this.activate(trig, lead, entityId, cause);
  }

  // ---------------------------------------------------------------- events

  /** R18 for one event and one bot: the first trigger passing its own checks runs, at most once. */
  private dispatch(e: SimEvent, code: number, cause: number): void {
    const now = this.now;
    const f = this.facts;
    const key = NARROW_BY[code] === BY_CHANNEL ? f.channel : NARROW_BY[code] === BY_STAGE ? f.stageCode : -1;
    const list = key >= 0 && key < MAX_NARROW_KEY ? (this.narrowed[code]![key] ?? this.narrow(code, key)) : this.listeners[code]!;
    const lead = f.lead;
    for (let b = 0; b < list.length; b++) {
      const { bot, triggers } = list[b]!;
      let first: CompiledTrigger | null = null;
      let firstReason = 0;
      let chosen: CompiledTrigger | null = null;
      for (let k = 0; k < triggers.length; k++) {
        const trig = triggers[k]!;
        if (!matchesEvent(trig, e, f)) continue;
        first ??= trig;
        const reason = this.ownCheck(trig, lead);
        if (reason === 0) {
          chosen = trig;
          break;
        }
        if (firstReason === 0) firstReason = reason;
      }
      if (chosen === null) {
        // Every matching trigger failed its own checks: a skip, said even when the bot already ran
        // for this subject now (R14: a message at the instant of the trigger's last activation is
        // 0 minutes after it, so it is skipped for cooldown; §7: a bot whose trigger matched but did
        // not run is listed).
        if (first !== null) this.skip(first, lead, firstReason, -1, this.ownDetailIndex(first, lead, firstReason));
        continue;
      }
      // A delayed run is checked when it is due (fire() applies once-per-instant then); a run now is
      // ignored when the bot already ran for this subject now (R18: at most once per lead per instant).
      const delayed = chosen.delayMs > 0 && lead !== null;
      if (!delayed && (lead !== null ? this.ranNow(bot, lead) : bot.entityRuns.get(f.entityKey) === now)) {
        if (this.echoing) this.echo!.add(bot.index, { kind: 'once', trigger: chosen.index, ms: now });
        continue;
      }
      if (delayed) this.pushDelayed(chosen, lead!, cause);
      else this.finish(chosen, lead, f.entityId, cause);
    }
  }

  /**
   * The listeners of a kind that may match an event with this channel bit or stage code (`key`), in
   * the same order. Only bots none of whose triggers can match are left out: every trigger of a bot
   * that stays is still tried in order, so R18's choice of trigger and skip is unchanged.
   */
  private narrow(code: number, key: number): readonly Listener[] {
    const list = this.listeners[code]!.filter((l) => l.triggers.some((t) => mayMatch(t, key)));
    this.narrowed[code]![key] = list;
    return list;
  }

  /** Visits repeat a few addresses: each distinct text is normalized once. */
  private readonly urls = new Map<string, string>();

  private normalUrl(url: string): string {
    let norm = this.urls.get(url);
    if (norm === undefined) {
      norm = normalizeUrl(url);
      if (this.urls.size < 10_000) this.urls.set(url, norm);
    }
    return norm;
  }

  private leadOf(id: string | undefined): LeadState | null {
    return id === undefined ? null : (this.world.leads.get(id) ?? null);
  }

  /**
   * Applies an event to the world (R2) and fills `facts`. Returns whether triggers may fire on it.
   * Before `start` too, every applied tag or field action counts toward R9's windows (SPEC: "every
   * applied tag action … counts"; events before `start` are applied): a flood just before the span
   * suspends the triggers inside it, as it would in the account.
   * The event's instant is `this.now`.
   */
  applyWorld(ev: SimEvent, code: number, i: number): boolean {
    const now = this.now;
    const world = this.world;
    const f = this.facts;
    f.lead = null;
    f.entityId = undefined;
    // The kind's code, not ev.type: reading `type` across fifteen event shapes is a slow (megamorphic)
    // load, and a dense numeric switch is a jump table.
    switch (code) {
      case E_MESSAGE: {
        const e = ev as SimEventOf<'message'>;
        const lead = this.refLeads[this.refs[i]!]!;
        if (!lead) return false;
        f.lead = lead;
        // R13: the first message opens a conversation.
        const bit = world.channelBit(e.channelId);
        f.channel = bit;
        if (bit < 31) {
          f.opening = (lead.openMask & (1 << bit)) === 0;
          lead.openMask |= 1 << bit;
        } else {
          const open = lead.openChannels ?? (lead.openChannels = new Set());
          f.opening = !open.has(e.channelId);
          open.add(e.channelId);
        }
        if (e.direction === 'incoming' && this.hasFirstOfDay) {
          const today = localDayNumber(now, this.tz);
          f.today = today;
          f.prevAnyDay = lead.lastInDay;
          lead.lastInDay = today;
          if (bit < 31) {
            const rows = world.inDayRows();
            const at = lead.index * world.dayStride + bit;
            f.prevChannelDay = rows[at]!;
            rows[at] = today;
          } else {
            const byChannel = lead.lastInDayByChannel ?? (lead.lastInDayByChannel = new Map());
            f.prevChannelDay = byChannel.get(e.channelId) ?? NO_DAY;
            byChannel.set(e.channelId, today);
          }
        }
        return true;
      }
      case E_LEAD_CREATED: {
        const e = ev as SimEventOf<'lead_created'>;
        const lead = world.addLead(e.lead);
        const ref = this.refIndex.get(lead.id);
        if (ref !== undefined) this.refLeads[ref] = lead;
        f.lead = lead;
        f.stageCode = lead.stageCode;
        return true;
      }
      case E_LEAD_MOVED: {
        const e = ev as SimEventOf<'lead_moved'>;
        const lead = this.refLeads[this.refs[i]!]!;
        if (!lead) return false;
        f.lead = lead;
        const moved = world.moveLead(lead, e.toStageId);
        f.stageCode = lead.stageCode;
        return moved;
      }
      case E_LEAD_UPDATED: {
        const e = ev as SimEventOf<'lead_updated'>;
        const lead = this.refLeads[this.refs[i]!]!;
        if (!lead) return false;
        if (e.set.price !== undefined) world.setPrice(lead, e.set.price);
        if (e.set.sourceId !== undefined) {
          lead.sourceId = e.set.sourceId;
          lead.sourceCode = world.sourceCode(e.set.sourceId);
        }
        if (e.set.utm !== undefined) {
          lead.utm = e.set.utm;
          lead.utmNorm = null;
        }
        return false;
      }
      case E_RESPONSIBLE_CHANGED: {
        const e = ev as SimEventOf<'responsible_changed'>;
        const lead = this.refLeads[this.refs[i]!]!;
        if (!lead || lead.responsibleUserId === e.toUserId) return false;
        lead.responsibleUserId = e.toUserId;
        lead.userCode = world.userCode(e.toUserId);
        f.lead = lead;
        return true;
      }
      case E_TAG_ADDED:
      case E_TAG_REMOVED: {
        const e = ev as SimEventOf<'tag_added' | 'tag_removed'>;
        const on = code === E_TAG_ADDED;
        const target = e.entity === 'lead' ? this.refLeads[this.refs[i]!]! : null;
        let changed: boolean;
        if (target) changed = world.setLeadTag(target, e.tagId, on);
        else {
          const tags = world.entity(e.entity, e.entityId).tags;
          changed = tags.has(e.tagId) !== on;
          if (on) tags.add(e.tagId);
          else tags.delete(e.tagId);
        }
        if (!changed) return false; // R6: nothing changes, nothing fires
        this.contextOf(e.entity, e.entityId, e.leadId, target);
        f.origin = e.origin;
        if (this.tagRate.record(this.times, i)) {
          this.warnings.push({ at: this.at(), code: 'tag_triggers_suspended', until: formatInstant(now + HOUR_MS) });
        }
        return true;
      }
      case E_FIELD_UPDATED: {
        const e = ev as SimEventOf<'field_updated'>;
        const target = e.entity === 'lead' ? this.refLeads[this.refs[i]!]! : null;
        const fields = target ? world.leadFields(target) : world.entity(e.entity, e.entityId).fields;
        if (!world.setField(fields, e.fieldId, e.value)) return false; // R7: the same value is no change
        if (target && typeof e.value === 'number' && world.budgetFields.has(e.fieldId)) world.setPrice(target, e.value);
        this.contextOf(e.entity, e.entityId, e.leadId, target);
        f.origin = e.origin;
        if (this.fieldRate.record(this.times, i)) {
          this.warnings.push({ at: this.at(), code: 'field_triggers_suspended', until: formatInstant(now + HOUR_MS) });
        }
        return true;
      }
      case E_CONVERSATION_CLOSED: {
        const e = ev as SimEventOf<'conversation_closed'>;
        const lead = this.refLeads[this.refs[i]!]!;
        if (!lead) return false;
        f.lead = lead;
        const bit = world.channelBit(e.channelId);
        f.channel = bit;
        if (bit < 31) lead.openMask &= ~(1 << bit);
        else lead.openChannels?.delete(e.channelId);
        return true;
      }
      case E_WEBSITE_VISITED: {
        const e = ev as SimEventOf<'website_visited'>;
        const lead = this.refLeads[this.refs[i]!]!;
        if (!lead) return false;
        f.lead = lead;
        f.url = this.hasWebsite ? this.normalUrl(e.url) : '';
        return true;
      }
      case E_MESSAGE_SEEN:
      case E_STORY_MENTION: {
        const lead = this.refLeads[this.refs[i]!]!;
        if (!lead) return false;
        f.lead = lead;
        f.channel = world.channelBit((ev as SimEventOf<'message_seen' | 'story_mention'>).channelId);
        return true;
      }
      case E_FORM_SUBMITTED:
      case E_EMAIL_RECEIVED:
      case E_CALL_RECEIVED: {
        const lead = this.refLeads[this.refs[i]!]!;
        if (!lead) return false;
        f.lead = lead;
        return true;
      }
      default:
        throw new Error(`Unknown event kind code ${code}`);
    }
  }

  /** Lead context of a tag or field event: leadId, else the lead itself for a lead entity (`target`). */
  private contextOf(entity: string, entityId: string, leadId: string | undefined, target: LeadState | null): void {
    const f = this.facts;
    f.lead = leadId !== undefined ? (target !== null && leadId === entityId ? target : this.leadOf(leadId)) : target;
    f.entityId = entity === 'lead' ? undefined : entityId;
    f.entityKey = f.lead === null ? `${entity}\u0000${entityId}` : '';
  }

  // ---------------------------------------------------------------- scheduled triggers

  /** R10: (re-)plans one relative_to_date_field trigger for a lead, planned at `now`. */
  private planDate(trig: CompiledTrigger, lead: LeadState, inline: boolean, byChange = false): void {
    const now = this.now;
    const t = trig.trigger as TriggerOf<'relative_to_date_field'>;
    const version = ++this.world.planVersions[lead.planBase + trig.dateIndex]!;
    const field = this.world.fieldInfo.get(t.fieldId);
    const type = field?.type === 'date' ? 'date' : 'datetime';
    const value: FieldValue = lead.fields?.get(t.fieldId) ?? null;
    // Canonical UTC text (what most files hold) through the engine's fast reader; anything else, or
    // anything it refuses, through dateFieldInstant's regular expressions.
    let instant = typeof value === 'string' && value.length === 20 ? instantMs(value) : Number.NaN;
    if (Number.isNaN(instant)) instant = dateFieldInstant(value, type, this.tz) ?? Number.NaN;
    if (Number.isNaN(instant)) {
      // Cleared (or no date): the plan is dropped. `byChange`: a field event did it (a new lead without the date plans nothing).
      if (this.echoing && byChange) this.echo!.add(trig.bot.index, { kind: 'unplanned', trigger: trig.index, ms: now });
      return;
    }
    const due = instant + (t.direction === 'after' ? 1 : -1) * t.hours * HOUR_MS;
    if (due >= now) {
      if (due <= this.until) this.pushTimer(this.newTimer(T_DATE, trig, lead, null, -1, version), due);
      else this.datesAfterEnd.set(lead.planBase + trig.dateIndex, { bot: trig.bot.index, due, version });
      if (this.echoing) {
        const key = lead.planBase + trig.dateIndex;
        this.echo!.plans.set(key, version);
        // Due after the end: it still stands unless a later change of the field replaced or dropped it.
        this.echo!.plan(trig.bot.index, trig.index, due, () => ({
          kind: this.world.planVersions[key] === version ? 'after_end' : 'replanned',
          trigger: trig.index,
          ms: due,
        }));
      }
      return;
    }
    // The trigger's own checks (plan, lateness) are skips even when the bot has already run for this
    // lead at this instant; only a would-be run is ignored then (R18).
    const lateness = now - due;
    const runsLate = !trig.planBlocked && t.hours > 0 && lateness * 2 <= t.hours * HOUR_MS;
    if (!runsLate && this.inEvent >= 0 && trig.bot.outcomeEvent === this.inEvent && trig.bot.outcomeLead === lead.index) {
      // R18: the event that made this plan already ran the bot for the lead, or reported its first
      // trigger's skip: one outcome per event and bot, so this trigger's skip is not a second one.
      if (this.echoing && this.ranNow(trig.bot, lead)) this.echo!.add(trig.bot.index, { kind: 'once', trigger: trig.index, ms: now });
      return;
    }
    if (trig.planBlocked) {
      this.skip(trig, lead, PLAN, -1, this.ownDetailIndex(trig, lead, PLAN));
    } else if (runsLate) {
      // Late, but within half the window (seed): it still runs, at once.
      if (!inline) this.pushTimer(this.newTimer(T_DATE, trig, lead, null, -1, version), now);
      else if (!this.ranNow(trig.bot, lead)) this.finish(trig, lead, undefined, -1);
      else if (this.echoing) this.echo!.add(trig.bot.index, { kind: 'once', trigger: trig.index, ms: now });
    } else {
      // Says what the lateness is measured against (the planning instant) and what "the window" is.
      const fieldName = field === undefined ? t.fieldId : nameText(field.name);
      // "2 hours before Meeting Time", as the editor's summary and the Trigger column say it.
      const hours = hoursWords(t.hours);
      const detail =
        t.hours > 0
          ? `Too late: the run ${hours} ${t.direction} ${fieldName} was already ${spanWords(lateness)} overdue when it was planned; a late run is only made up to half of ${hours} (${durationWords(t.hours * 30)}) late`
          : `Too late: the run at ${fieldName} was already ${spanWords(lateness)} overdue when it was planned; with 0 hours a late run is never made up`;
      this.skip(trig, lead, WINDOW, -1, this.detail(detail));
    }
  }

  /** A slot for a new timer holding its data (see timerKind); pushTimer() schedules it. */
  private newTimer(kind: number, trig: CompiledTrigger | null, lead: LeadState | null, bot: CompiledBot | null, cause: number, version: number): number {
    const slot = this.timers.take();
    if (slot >= this.timerKind.length) this.growTimerColumns();
    this.timerKind[slot] = kind;
    this.timerTrig[slot] = trig;
    this.timerLead[slot] = lead;
    this.timerBot[slot] = bot;
    this.timerCause[slot] = cause;
    this.timerStageVersion[slot] = kind === T_DELAYED ? lead!.stageVersion : 0;
    this.timerStage[slot] = kind === T_DELAYED ? lead!.stageId : '';
    this.timerVersion[slot] = version;
    return slot;
  }

  private pushTimer(slot: number, due: number): void {
    this.timers.due[slot] = due;
    this.timers.push(slot);
  }

  /**
   * A delayed activation, due trig.delayMs after now. The due instant is computed here rather than
   * passed in: a double passed to a call that is not inlined is boxed.
   */
  private pushDelayed(trig: CompiledTrigger, lead: LeadState, cause: number): void {
    const slot = this.newTimer(T_DELAYED, trig, lead, null, cause, 0);
    this.timers.due[slot] = this.now + trig.delayMs;
    this.timers.pushLane(slot, trig.lane); // the clock never goes back: a lane's runs come due in order
    if (this.echoing) {
      // Due after the end: R4 would skip it then if the lead has left the stage since.
      const due = this.now + trig.delayMs;
      const { stageVersion, stageId } = lead;
      this.echo!.plan(trig.bot.index, trig.index, due, () =>
        trig.checksStage && lead.stageVersion !== stageVersion
          ? { kind: 'after_end', trigger: trig.index, ms: due, leftStage: stageId, backInStage: lead.stageId === stageId }
          : { kind: 'after_end', trigger: trig.index, ms: due },
      );
    }
  }

  private growTimerColumns(): void {
    const n = this.timerKind.length * 2;
    const grow = <T extends Uint8Array | Int32Array>(a: T, next: T): T => {
      next.set(a);
      return next;
    };
    this.timerKind = grow(this.timerKind, new Uint8Array(n));
    this.timerCause = grow(this.timerCause, new Int32Array(n));
    this.timerStageVersion = grow(this.timerStageVersion, new Int32Array(n));
    this.timerVersion = grow(this.timerVersion, new Int32Array(n));
  }

  private pushSchedule(bot: CompiledBot): void {
    let next = Infinity;
    for (const n of bot.scheduleNext) if (n < next) next = n;
    if (next <= this.until) this.pushTimer(this.newTimer(T_SCHEDULE, null, null, bot, -1, 0), next);
  }

  /** Everything that happens when the clock reaches `start`: R8a, R10 plans, R11 schedules. */
  private begin(start: number): void {
    const world = this.world;
    this.now = start;
    // R8a: stage triggers with applyToExisting, once per bot and lead (the bot's first such trigger).
    const byBot = new Map<CompiledBot, CompiledTrigger[]>();
    for (const t of this.startTriggers) byBot.set(t.bot, [...(byBot.get(t.bot) ?? []), t]);
    for (const triggers of byBot.values()) {
      for (const lead of world.order) {
        const trig = triggers.find((t) => (t.trigger as TriggerOf<'lead_moved_to_stage'>).stageIds.includes(lead.stageId));
        if (!trig) continue;
        if (trig.planBlocked) {
          this.skip(trig, lead, PLAN, -1, this.ownDetailIndex(trig, lead, PLAN));
          continue;
        }
        this.pushDelayed(trig, lead, -1); // due at start + delay (this.now is start)
      }
    }
    // R10: leads that exist at start are planned then.
    for (const trig of this.dateTriggers) for (const lead of world.order) this.planDate(trig, lead, false);
    // R11: the first occurrence of each schedule at or after start.
    for (const bot of this.bots) {
      if (bot.schedules.length === 0) continue;
      bot.schedules.forEach((trig, i) => {
        bot.scheduleNext[i] = nextOccurrences(trig.trigger as ScheduleTrigger, bot.scheduleZone, start, 1)[0] ?? Infinity;
      });
      this.pushSchedule(bot);
    }
  }

  /**
   * Whether the bot already ran for the lead at the current instant (R18). It reads the clock
   * rather than taking it: a double passed to a call that is not inlined is boxed.
   */
  private ranNow(bot: CompiledBot, lead: LeadState): boolean {
    return bot.runAt === this.now && (bot.runLead === lead.index || (bot.runMore !== null && bot.runMore.has(lead.index)));
  }

  /** Runs the timer in `slot` (just popped) at its due instant. */
  private fire(slot: number): void {
    const now = this.timers.due[slot]!;
    this.now = now;
    const kind = this.timerKind[slot]!;
    const trig = this.timerTrig[slot]!;
    const lead = this.timerLead[slot]!;
    const bot = this.timerBot[slot]!;
    const cause = this.timerCause[slot]!;
    const stageVersion = this.timerStageVersion[slot]!;
    const stageId = this.timerStage[slot]!;
    const version = this.timerVersion[slot]!;
    this.timers.release(slot); // everything is read: what follows may push timers into it again
    switch (kind) {
      case T_DELAYED: {
        // A run the watched event planned (see watchEvent): its outcome is collected too.
        const echoed = cause >= 0 && cause === this.echoIndex;
        // The trigger's own check comes first: a lead that left is a skip even when the bot has
        // already run for it at this instant (only a would-be run is ignored then, R18).
        if (trig.checksStage && lead.stageVersion !== stageVersion) {
          const stage = this.names.stage(stageId);
          const delay = durationModifier(trig.delayMs / MINUTE_MS);
          this.echoing = echoed;
          // Back in the stage at the due time: it left and came back, or was created again (R4).
          // "Lead left Won" alone read as false to an admin who saw it in Won, and "its time in Won
          // started over" as if a new countdown had begun. Whether the return plans a new run
          // depends on how the lead came back (a move or a creation) and what the trigger listens
          // to; a new run, if any, is in the results in its own right, so the sentence promises none.
          const text =
            lead.stageId === stageId
              ? `Lead left ${stage} and came back before the ${delay} delay ended; this run is dropped`
              : `Lead left ${stage} before the ${delay} delay ended`;
          this.skip(trig, lead, LEFT, -1, this.detail(text));
          this.echoing = false;
          return;
        }
        if (this.ranNow(trig.bot, lead)) {
          if (echoed) this.echo!.add(trig.bot.index, { kind: 'once', trigger: trig.index, ms: now });
          return;
        }
        this.echoing = echoed;
        this.finish(trig, lead, undefined, cause);
        this.echoing = false;
        return;
      }
      case T_DATE: {
        const key = lead.planBase + trig.dateIndex;
        const echoed = this.echo !== null && this.echo.plans.get(key) === version;
        if (this.world.planVersions[key] !== version) {
          // Re-planned or cleared since.
          if (echoed) this.echo!.add(trig.bot.index, { kind: 'replanned', trigger: trig.index, ms: now });
          return;
        }
        if (!trig.planBlocked && this.ranNow(trig.bot, lead)) {
          if (echoed) this.echo!.add(trig.bot.index, { kind: 'once', trigger: trig.index, ms: now });
          return;
        }
        this.echoing = echoed;
        if (trig.planBlocked) this.skip(trig, lead, PLAN, -1, this.ownDetailIndex(trig, lead, PLAN));
        else this.finish(trig, lead, undefined, -1);
        this.echoing = false;
        return;
      }
      case T_SCHEDULE: {
        // Every schedule of this bot due now; the first one is reported (R18), each advances.
        let chosen: CompiledTrigger | null = null;
        for (let i = 0; i < bot.schedules.length; i++) {
          if (bot.scheduleNext[i] !== now) continue;
          const t = bot.schedules[i]!;
          chosen ??= t;
          bot.scheduleNext[i] = nextOccurrences(t.trigger as ScheduleTrigger, bot.scheduleZone, now + 1, 1)[0] ?? Infinity;
        }
        if (chosen !== null) {
          for (const lead of this.world.order) {
            if (chosen.planBlocked) this.skip(chosen, lead, PLAN, -1, this.ownDetailIndex(chosen, lead, PLAN));
            else if (!this.ranNow(bot, lead)) this.finish(chosen, lead, undefined, -1);
          }
        }
        this.pushSchedule(bot);
        return;
      }
      default:
        throw new Error(`Unknown timer kind ${kind}`);
    }
  }

  /** Runs the timers due at or before `limit`, in order. */
  private fireUntil(limit: number): void {
    const timers = this.timers;
    while (timers.firstDue <= limit) this.fire(timers.pop());
  }

  // ---------------------------------------------------------------- the run

  run(): ResultLog {
    const events = this.scenario.events;
    const n = events.length;
    const { times, codes, order } = this.prepare();

    const first = n > 0 ? times[order ? order[0]! : 0]! : Number.NaN;
    const last = n > 0 ? times[order ? order[n - 1]! : n - 1]! : Number.NaN;
    let start = this.scenario.start !== undefined ? parseTime(this.scenario.start) : first;
    let until = this.scenario.until !== undefined ? parseTime(this.scenario.until) : last;
    if (Number.isNaN(start)) start = until;
    if (Number.isNaN(until)) until = start;
    this.until = until;
    if (Number.isNaN(start)) return this.result();

    // Events before start change the world but fire nothing.
    let k = 0;
    for (; k < n; k++) {
      const i = order ? order[k]! : k;
      const now = times[i]!;
      if (now >= start || now > until) break;
      this.now = now;
      this.applyWorld(events[i]!, codes[i]!, i);
      this.lastApplied = i;
      if (i === this.echoIndex) this.echo!.phase = 'before_start';
    }
    if (!(start <= until)) return this.result();
    this.begin(start);
    this.replay(k, times, codes, order, until);
    this.fireUntil(until);
    this.collectAfterEnd();
    return this.result();
  }

  /** What the replay planned past `until`: delayed runs still waiting, and date-field plans still current. */
  private collectAfterEnd(): void {
    const byBot = new Map<number, AfterEnd>();
    const add = (bot: number, due: number) => {
      const a = byBot.get(bot);
      if (a === undefined) byBot.set(bot, { bot, count: 1, firstMs: due, lastMs: due });
      else {
        a.count++;
        if (due < a.firstMs) a.firstMs = due;
        if (due > a.lastMs) a.lastMs = due;
      }
    };
    const timers = this.timers;
    while (timers.size > 0) {
      const slot = timers.pop();
      if (this.timerKind[slot] === T_DELAYED) {
        const trig = this.timerTrig[slot]!;
        // A lead that has left the stage is skipped when the delay ends (R4): that is no run.
        const left = trig.checksStage && this.timerLead[slot]!.stageVersion !== this.timerStageVersion[slot];
        if (!left) add(trig.bot.index, timers.due[slot]!);
      }
      timers.release(slot);
    }
    const versions = this.world.planVersions;
    for (const [key, plan] of this.datesAfterEnd) if (versions[key] === plan.version) add(plan.bot, plan.due);
    this.afterEnd = [...byBot.values()].sort((a, b) => a.bot - b.bot);
  }

  /** Scans the events (scanEvents) and finds their order (R1: by instant, equal instants in file order). */
  private prepare(): { times: Float64Array; codes: Uint8Array; order: Uint32Array | null } {
    const events = this.scenario.events;
    const p = this.prepared !== null && this.prepared.events === events && this.prepared.count === events.length ? this.prepared : prepareEvents(events);
    this.times = p.times;
    this.canonical = p.canonical;
    this.refs = p.refs;
    this.refIndex = p.refIndex;
    // The lead each number stands for at the start (leads made by events are filled in then).
    const leads = this.world.leads;
    const refLeads = this.refLeads;
    p.refIndex.forEach((ref, id) => {
      refLeads[ref] = leads.get(id) ?? null;
    });
    return p;
  }

  /** The hot loop: events from position k on, in order, until `until` (later events are ignored). */
  private replay(k: number, times: Float64Array, codes: Uint8Array, order: Uint32Array | null, until: number): void {
    const events = this.scenario.events;
    const n = events.length;
    for (; k < n; k++) {
      const i = order ? order[k]! : k;
      const now = times[i]!;
      if (now > until) break;
      // R1: timers due at an instant run before its events. Written out here rather than a call to
      // fireUntil(now), which passed the instant boxed (a heap number per event) when not inlined.
      const timers = this.timers;
      while (timers.firstDue <= now) this.fire(timers.pop());
      const e = events[i]!;
      const code = codes[i]!;
      this.now = now;
      const fires = this.applyWorld(e, code, i);
      this.lastApplied = i;
      if (i === this.echoIndex) this.echoEvent(e, code, i, fires);
      else if (fires) {
        this.eventMs = now;
        this.eventIndex = i;
        this.inEvent = i;
        this.dispatch(e, code, i);
        if (this.dateTriggers.length > 0 && (code === E_LEAD_CREATED || code === E_FIELD_UPDATED)) this.afterEvent(e, code, i);
        this.inEvent = -1;
      }
    }
  }

  /** R10 planning caused by an event: a new lead with a date, or a date field set, changed or cleared. */
  private afterEvent(e: SimEvent, code: number, i: number): void {
    if (code === E_LEAD_CREATED) {
      const lead = this.world.leads.get((e as SimEventOf<'lead_created'>).lead.id);
      if (lead) for (const trig of this.dateTriggers) this.planDate(trig, lead, true);
    } else {
      const ev = e as SimEventOf<'field_updated'>;
      if (ev.entity !== 'lead') return;
      const triggers = this.dateTriggersByField.get(ev.fieldId);
      // The lead by its number from the pre-pass (the same as world.leads.get(ev.entityId)).
      const lead = this.refLeads[this.refs[i]!]!;
      if (triggers && lead) for (const trig of triggers) this.planDate(trig, lead, true, true);
    }
  }

  private result(): ResultLog {
    const p = this.prepared;
    if (p !== null && p.events === this.scenario.events) {
      p.sizes.runs = Math.max(p.sizes.runs, this.runs.count);
      p.sizes.skips = Math.max(p.sizes.skips, this.skips.count);
    }
    return {
      botIds: this.bots.map((b) => b.bot.id),
      leadIds: this.world.order.map((l) => l.id),
      entities: this.entityIds,
      details: this.detailTexts,
      runs: this.runs,
      skips: this.skips,
      warnings: this.warnings,
      events: this.scenario.events,
      afterEnd: this.afterEnd,
    };
  }
}

/**
 * Replays a validated scenario against its bots (SPEC §6–7): activations, skips with reasons and
 * sentences, and rate-limit warnings. Pure and deterministic.
 */
export function simulate(scenario: Scenario): SimResult {
  return toSimResult(new Simulation(scenario).run());
}

/**
 * The same simulation with its result in columns (see result-log.ts): for readers that want
 * numbers, not objects, such as the simulator's worker. `prepared` (prepareEvents of these very
 * events, unchanged since) saves the pre-pass when the same events run again; anything else is ignored.
 * `recycle`: an earlier result the caller has finished with; its columns are written over (and must
 * not be read afterwards).
 */
export function simulateLog(scenario: Scenario, prepared: PreparedEvents | null = null, recycle: ResultLog | null = null): ResultLog {
  return new Simulation(scenario, prepared, recycle).run();
}

/**
 * What the event at `index` of this scenario started, bot by bot: runs and skips (at once or when a
 * delay or date-field plan came due), plans still waiting at the end, and for the bots it started
 * nothing for, why (off, no trigger of its kind, or the part of each trigger it missed). For the
 * simulator's "what did this event do?"; SimResult leaves those bots out (SPEC §7). `prepared`: as
 * for simulateLog (the pre-pass of these very events, which a large scenario's answer reuses).
 */
export function eventEcho(scenario: Scenario, index: number, prepared: PreparedEvents | null = null): EventEcho {
  const sim = new Simulation(scenario, prepared);
  sim.watchEvent(index);
  sim.run();
  return sim.echoed()!;
}

/**
 * The run (`kind` 'run', position in `activations`) or skip (position in `skipped`) of this
 * scenario's result, as the engine decided it: the lead as its conditions were read then, and the
 * last event applied before it (-1: none; an event at an earlier instant when timers decided it).
 * null when the result has no such entry.
 */
export function resultMoment(scenario: Scenario, kind: 'run' | 'skip', index: number): { lead: Lead | null; afterEvent: number } | null {
  const sim = new Simulation(scenario);
  sim.watchResult(kind, index);
  sim.run();
  return sim.caught;
}
