// "Generate traffic": N events of chosen kinds over a period, from a seed, for load and rate-limit demos.
// Pure and deterministic; the panel runs it in the worker when N is large.
import { assertNever, isInstagram, type Account, type Bot, type Condition, type Lead, type SimEvent, type Trigger } from '../../../domain';
import { mulberry32 } from '../../../engine';
import { instantText } from '../../../engine/fast-instant';
import { interned } from './intern';

export const MAX_TRAFFIC_EVENTS = 200_000;

export const TRAFFIC_KINDS = [
  'incoming_message',
  'outgoing_message',
  'message_seen',
  'story_mention',
  'lead_moved',
  'tag_toggle',
  'field_updated',
  'form_submitted',
  'call_received',
] as const;
export type TrafficKind = (typeof TRAFFIC_KINDS)[number];

export const TRAFFIC_KIND_LABELS: Record<TrafficKind, string> = {
  incoming_message: 'Incoming messages',
  outgoing_message: 'Outgoing messages',
  message_seen: 'Messages seen',
  story_mention: 'Story mentions',
  lead_moved: 'Stage moves',
  tag_toggle: 'Tags added or removed',
  field_updated: 'Field changes',
  form_submitted: 'Form submissions',
  call_received: 'Calls',
};

export type TrafficOptions = {
  count: number;
  kinds: readonly TrafficKind[];
  /** Instants (ISO) bounding the period. */
  from: string;
  to: string;
  seed: number;
  /** How many leads the traffic is spread over. */
  leads: number;
};

export type Traffic = { leads: Lead[]; events: SimEvent[] };
export type TrafficResult = { ok: true; traffic: Traffic; skippedKinds: TrafficKind[] } | { ok: false; message: string };

function usableKinds(kinds: readonly TrafficKind[], account: Account) {
  const stages = account.pipelines.flatMap((p) => p.stages.map((s) => ({ pipelineId: p.id, stageId: s.id })));
  const leadTags = account.tags.filter((t) => t.entity === 'lead').map((t) => t.id);
  const fields = account.fields.filter((f) => f.entity === 'lead' && !f.builtin && (f.type === 'text' || f.type === 'number' || f.type === 'select'));
  const channels = account.channels.map((c) => c.id);
  // Story mentions arrive through Instagram accounts only (the editor offers no other channel for them).
  const instagram = account.channels.filter(isInstagram).map((c) => c.id);
  const forms = account.forms.map((f) => f.id);
  const possible = (k: TrafficKind): boolean => {
    switch (k) {
      case 'incoming_message':
      case 'outgoing_message':
      case 'message_seen':
        return channels.length > 0;
      case 'story_mention':
        return instagram.length > 0;
      case 'lead_moved':
        return stages.length > 1;
      case 'tag_toggle':
        return leadTags.length > 0;
      case 'field_updated':
        return fields.length > 0;
      case 'form_submitted':
        return forms.length > 0;
      case 'call_received':
        return true;
      default:
        return assertNever(k);
    }
  };
  return { stages, leadTags, fields, channels, instagram, forms, ok: kinds.filter(possible), skipped: kinds.filter((k) => !possible(k)) };
}

export function generateTraffic(opts: TrafficOptions, account: Account): TrafficResult {
  const count = Math.floor(opts.count);
  if (!Number.isFinite(count) || count < 1 || count > MAX_TRAFFIC_EVENTS) {
    return { ok: false, message: `Choose between 1 and ${MAX_TRAFFIC_EVENTS.toLocaleString('en-US')} events.` };
  }
  const from = Date.parse(opts.from);
  const to = Date.parse(opts.to);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) {
    return { ok: false, message: 'Choose a period whose end is not before its start.' };
  }
  const leadCount = Math.floor(opts.leads);
  if (!Number.isFinite(leadCount) || leadCount < 1 || leadCount > 100_000) {
    return { ok: false, message: 'Choose between 1 and 100,000 leads.' };
  }
  const ctx = usableKinds(opts.kinds, account);
  const user = account.users[0];
  const firstStage = ctx.stages[0];
  if (!user || !firstStage) return { ok: false, message: 'The account needs a pipeline with a stage and a user to generate traffic.' };
  if (ctx.ok.length === 0) return { ok: false, message: 'Choose at least one kind of event this account can have.' };

  const rnd = mulberry32(opts.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;

  const leads: Lead[] = [];
  const stageOf: number[] = [];
  const tagSets: Set<string>[] = [];
  for (let i = 0; i < leadCount; i++) {
    const s = Math.floor(rnd() * ctx.stages.length);
    const stage = ctx.stages[s]!;
    stageOf.push(s);
    tagSets.push(new Set());
    leads.push({
      id: interned(`g${i + 1}`),
      pipelineId: stage.pipelineId,
      stageId: stage.stageId,
      responsibleUserId: pick(account.users).id,
      price: Math.floor(rnd() * 2000) * 100,
    });
  }

  // Whole seconds from the start, the end's included, each as likely as the others.
  const seconds = Math.floor((to - from) / 1000) + 1;
  const times = new Float64Array(count);
  for (let i = 0; i < count; i++) times[i] = from + Math.floor(rnd() * seconds) * 1000;
  times.sort();

  const events: SimEvent[] = new Array(count);
  for (let i = 0; i < count; i++) {
    // One flat string per instant (not a concatenation the engine's first read would flatten).
    const at = instantText(Math.min(times[i]!, to));
    const li = Math.floor(rnd() * leadCount);
    const leadId = leads[li]!.id;
    const kind = pick(ctx.ok);
    switch (kind) {
      case 'incoming_message':
      case 'outgoing_message':
        events[i] = { at, type: 'message', direction: kind === 'incoming_message' ? 'incoming' : 'outgoing', channelId: pick(ctx.channels), leadId };
        break;
      case 'message_seen':
        events[i] = { at, type: 'message_seen', channelId: pick(ctx.channels), leadId };
        break;
      case 'story_mention':
        events[i] = { at, type: 'story_mention', channelId: pick(ctx.instagram), leadId };
        break;
      case 'lead_moved': {
        let s = Math.floor(rnd() * ctx.stages.length);
        if (s === stageOf[li]) s = (s + 1) % ctx.stages.length;
        stageOf[li] = s;
        events[i] = { at, type: 'lead_moved', leadId, toStageId: ctx.stages[s]!.stageId };
        break;
      }
      case 'tag_toggle': {
        // Alternate add and remove so that every action changes something (and counts for R9).
        const tagId = pick(ctx.leadTags);
        const tags = tagSets[li]!;
        const has = tags.has(tagId);
        if (has) tags.delete(tagId);
        else tags.add(tagId);
        const r = rnd();
        const origin = r < 0.8 ? 'user' : r < 0.9 ? 'automation' : 'api';
        events[i] = { at, type: has ? 'tag_removed' : 'tag_added', entity: 'lead', entityId: leadId, tagId, origin, leadId };
        break;
      }
      case 'field_updated': {
        const field = pick(ctx.fields);
        const value = field.type === 'number' ? Math.floor(rnd() * 1000) : `v${Math.floor(rnd() * 50)}`;
        events[i] = { at, type: 'field_updated', entity: 'lead', entityId: leadId, fieldId: field.id, value, origin: 'user', leadId };
        break;
      }
      case 'form_submitted':
        events[i] = { at, type: 'form_submitted', formId: pick(ctx.forms), leadId };
        break;
      case 'call_received':
        events[i] = { at, type: 'call_received', leadId };
        break;
      default:
        assertNever(kind);
    }
  }
  return { ok: true, traffic: { leads, events }, skippedKinds: ctx.skipped };
}

/** Extra bots for a load demo (e.g. 19 beside the draft = 20), each with 3–6 conditions most leads meet. */
export function loadDemoBots(n: number, account: Account, seed: number): Bot[] {
  const rnd = mulberry32(seed ^ 0x5eed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const stages = account.pipelines.flatMap((p) => p.stages.map((s) => s.id));
  const leadTags = account.tags.filter((t) => t.entity === 'lead').map((t) => t.id);
  const triggers: Trigger[] = [
    { type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 10 },
    { type: 'story_mention', channelIds: [] },
    { type: 'outgoing_message_seen', channelIds: [], delayMinutes: 60 },
    { type: 'call_received' },
    { type: 'form_submitted', formIds: [] },
    { type: 'first_message_of_day', channelIds: [] },
  ];
  if (stages.length) triggers.push({ type: 'lead_moved_to_stage', stageIds: [pick(stages)], delayMinutes: 10 });
  if (account.plan === 'enterprise' && leadTags.length) triggers.push({ type: 'tag_added', entity: 'lead', tagId: pick(leadTags) });
  const users = account.users.map((u) => u.id);
  const sample = <T>(list: readonly T[], k: number): T[] => {
    const copy = [...list];
    for (let j = copy.length - 1; j > 0; j--) {
      const r = Math.floor(rnd() * (j + 1));
      [copy[j], copy[r]] = [copy[r]!, copy[j]!];
    }
    return copy.slice(0, Math.max(1, Math.min(k, copy.length)));
  };
  // Like real bots: some conditions most leads meet, some that narrow the audience.
  const conditionPool = (): Condition[] => {
    const pool: Condition[] = [
      { type: 'sale', min: 1000, max: 150_000 },
      { type: 'utm', param: 'utm_source', op: 'not_match', value: 'spam' },
      { type: 'utm', param: 'utm_campaign', op: 'empty' },
    ];
    if (stages.length) pool.push({ type: 'stages', stageIds: sample(stages, Math.ceil(stages.length / 2)) });
    if (users.length) pool.push({ type: 'responsible', userIds: sample(users, Math.max(1, users.length - 1)) });
    if (leadTags.length) {
      pool.push({ type: 'not_tags', mode: 'and', tagIds: sample(leadTags, 1) });
      pool.push({ type: 'tags', mode: 'or', tagIds: sample(leadTags, 2) });
    }
    return pool;
  };
  const bots: Bot[] = [];
  for (let i = 0; i < n; i++) {
    const k = 3 + Math.floor(rnd() * 4);
    const chosen = sample(conditionPool(), k);
    bots.push({
      id: `load-${i + 1}`,
      name: `Load demo bot ${i + 1}`,
      version: 1,
      enabled: true,
      triggers: [triggers[i % triggers.length]!],
      conditions: chosen,
      activeHours: null,
      keepUnanswered: false,
    });
  }
  return bots;
}
