// The standard workload of PERFORMANCE.md: 10,000 leads, 200,000 events, 20 bots with 3–6
// conditions each, from a seeded PRNG (the same seed gives the same scenario).
import type { Account, Bot, Condition, Lead, Scenario, SimEvent, Trigger } from '../../domain';
import { formatInstant } from '../time';
import { mulberry32 } from '../prng';

/** The bench's PRNG (kept under its old name for the tests that use it). */
export const prng = mulberry32;

export type WorkloadSize = { leads: number; events: number; bots: number };
export const STANDARD: WorkloadSize = { leads: 10_000, events: 200_000, bots: 20 };

export function workloadAccount(): Account {
  const stages = ['Incoming', 'Initial contact', 'Discussions', 'Qualified', 'Decision', 'Won', 'Lost', 'Nurture'];
  return {
    id: 'acc-bench',
    name: 'Bench Store',
    plan: 'enterprise',
    timezone: 'America/New_York',
    pipelines: [{ id: 'p1', name: 'Sales', stages: stages.map((name, i) => ({ id: `s${i}`, name })) }],
    users: Array.from({ length: 6 }, (_, i) => ({ id: `u${i}`, name: `User ${i}` })),
    tags: [
      ...Array.from({ length: 40 }, (_, i) => ({ id: `t${i}`, name: `Tag ${i}`, entity: 'lead' as const })),
      { id: 'ct0', name: 'Partner', entity: 'contact' as const },
    ],
    sources: Array.from({ length: 4 }, (_, i) => ({ id: `src${i}`, name: `Source ${i}` })),
    channels: ['whatsapp', 'instagram', 'facebook', 'telegram'].map((kind, i) => ({ id: `ch${i}`, name: kind, kind })),
    fields: [
      { id: 'f-name', entity: 'lead', name: 'Name', type: 'text', builtin: 'name' },
      { id: 'f-budget', entity: 'lead', name: 'Budget', type: 'number', builtin: 'budget' },
      { id: 'f-loc', entity: 'lead', name: 'Location', type: 'text' },
      { id: 'f-meet', entity: 'lead', name: 'Meeting Time', type: 'datetime' },
      { id: 'f-renew', entity: 'lead', name: 'Renewal date', type: 'date' },
      { id: 'f-phone', entity: 'contact', name: 'Phone', type: 'text' },
    ],
    inboxes: [
      { id: 'in0', address: 'sales@example.com' },
      { id: 'in1', address: 'help@example.com' },
    ],
    forms: [
      { id: 'form0', name: 'Contact us' },
      { id: 'form1', name: 'Book a demo' },
    ],
  };
}

const START = Date.UTC(2026, 5, 1);

function triggerFor(kind: number, rnd: () => number): Trigger {
  const stage = () => `s${Math.floor(rnd() * 8)}`;
  const delay = () => [0, 0, 5, 10, 1440][Math.floor(rnd() * 5)]!;
  // Conversational bots serve one channel (a WhatsApp bot, an Instagram bot...).
  const channels = () => [`ch${Math.floor(rnd() * 4)}`];
  switch (kind % 19) {
    case 0:
      return { type: 'lead_moved_to_stage', stageIds: [stage(), stage()], delayMinutes: delay() };
    case 1:
      return { type: 'lead_created_in_stage', stageIds: [stage()], delayMinutes: delay() };
    case 2:
      return { type: 'lead_moved_or_created_in_stage', stageIds: [stage()], delayMinutes: delay(), applyToExisting: rnd() < 0.5 };
    case 3:
      return { type: 'responsible_user_changed' };
    case 4:
      return { type: 'tag_added', entity: 'lead', tagId: `t${Math.floor(rnd() * 40)}` };
    case 5:
      return { type: 'tag_removed', entity: 'lead', tagId: `t${Math.floor(rnd() * 40)}` };
    case 6:
      return { type: 'field_updated', entity: 'lead', fieldId: 'f-loc' };
    case 7:
      return { type: 'form_submitted', formIds: rnd() < 0.5 ? [] : ['form0'] };
    case 8:
      return { type: 'email_received', inboxIds: [] };
    case 9:
      return { type: 'call_received' };
    case 10:
      return { type: 'website_visited', url: 'https://www.example.com/pricing', delayMinutes: delay() };
    case 11:
      return { type: 'conversation_started', direction: 'incoming', channelIds: channels() };
    case 12:
      return { type: 'message', direction: 'incoming', channelIds: channels(), cooldownMinutes: 10 };
    case 13:
      return { type: 'first_message_of_day', channelIds: channels() };
    case 14:
      return { type: 'outgoing_message_seen', channelIds: channels(), delayMinutes: 1440 };
    case 15:
      return { type: 'conversation_closed', channelIds: channels(), delayMinutes: 5 };
    case 16:
      return { type: 'story_mention', channelIds: channels() };
    case 17:
      return { type: 'relative_to_date_field', fieldId: 'f-meet', hours: 2, direction: 'before' };
    default:
      // A one-off campaign: every lead is checked once.
      return { type: 'on_date', at: '2026-06-15T09:00' };
  }
}

function conditionFor(kind: number, rnd: () => number): Condition {
  const tag = () => `t${Math.floor(rnd() * 40)}`;
  switch (kind % 7) {
    case 0:
      return { type: 'tags', mode: rnd() < 0.5 ? 'and' : 'or', tagIds: [tag(), tag()] };
    case 1:
      return { type: 'not_tags', mode: rnd() < 0.5 ? 'and' : 'or', tagIds: [tag()] };
    case 2:
      return { type: 'stages', stageIds: rnd() < 0.3 ? [] : ['s0', 's1', 's2', 's3', 's4', 's5'] };
    case 3:
      return { type: 'responsible', userIds: ['u0', 'u1', 'u2', 'u3', 'u4'] };
    case 4:
      return { type: 'sale', min: 1000, max: rnd() < 0.5 ? null : 180_000 };
    case 5:
      return { type: 'source', sourceIds: ['src0', 'src1', 'src2'] };
    default:
      return rnd() < 0.5 ? { type: 'utm', param: 'utm_source', op: 'not_match', value: 'Spam' } : { type: 'utm', param: 'utm_source', op: 'not_empty' };
  }
}

export function workloadBots(count: number, rnd: () => number): Bot[] {
  const bots: Bot[] = [];
  for (let b = 0; b < count; b++) {
    const triggers: Trigger[] = [triggerFor(b, rnd)];
    if (rnd() < 0.4) triggers.push(triggerFor(b + 7, rnd));
    const n = 3 + Math.floor(rnd() * 4); // 3..6 conditions
    const conditions: Condition[] = [];
    for (let c = 0; c < n; c++) conditions.push(conditionFor(b + c * 3, rnd));
    bots.push({
      id: `bot${b}`,
      name: `Bot ${b}`,
      version: 1,
      enabled: true,
      triggers,
      conditions,
      activeHours:
        b % 3 === 0
          ? { ranges: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, from: '08:00', to: '20:00' })) }
          : null,
      keepUnanswered: b % 2 === 0,
    });
  }
  return bots;
}

function leadOf(id: string, rnd: () => number): Lead {
  const tagIds: string[] = [];
  const nTags = Math.floor(rnd() * 5);
  for (let i = 0; i < nTags; i++) {
    const t = `t${Math.floor(rnd() * 40)}`;
    if (!tagIds.includes(t)) tagIds.push(t);
  }
  const lead: Lead = {
    id,
    pipelineId: 'p1',
    stageId: `s${Math.floor(rnd() * 8)}`,
    responsibleUserId: `u${Math.floor(rnd() * 6)}`,
    price: Math.floor(rnd() * 200_000),
    sourceId: `src${Math.floor(rnd() * 4)}`,
    tagIds,
  };
  if (rnd() < 0.5) lead.utm = { utm_source: ['google', 'facebook', 'newsletter'][Math.floor(rnd() * 3)]! };
  if (rnd() < 0.1) lead.fields = { 'f-meet': formatInstant(START + Math.floor(rnd() * 30 * 24) * 3_600_000) };
  return lead;
}

/** The standard workload (or a smaller one) as a scenario that validates. */
export function standardWorkload(seed = 42, size: WorkloadSize = STANDARD): Scenario {
  const rnd = prng(seed);
  const account = workloadAccount();
  const leads: Lead[] = [];
  for (let i = 0; i < size.leads; i++) leads.push(leadOf(`l${i}`, rnd));
  const bots = workloadBots(size.bots, rnd);
  const events: SimEvent[] = [];
  let t = START;
  let created = 0;
  const lead = () => `l${Math.floor(rnd() * size.leads)}`;
  const origin = () => (rnd() < 0.7 ? 'user' : rnd() < 0.5 ? 'automation' : 'api') as 'user';
  for (let i = 0; i < size.events; i++) {
    t += Math.floor(rnd() * 25_000);
    const at = formatInstant(Math.floor(t / 1000) * 1000);
    const r = rnd();
    let e: SimEvent;
    if (r < 0.01) e = { at, type: 'lead_created', lead: leadOf(`n${created++}`, rnd) };
    else if (r < 0.16) e = { at, type: 'lead_moved', leadId: lead(), toStageId: `s${Math.floor(rnd() * 8)}` };
    else if (r < 0.2) e = { at, type: 'lead_updated', leadId: lead(), set: { price: Math.floor(rnd() * 200_000) } };
    else if (r < 0.23) e = { at, type: 'responsible_changed', leadId: lead(), toUserId: `u${Math.floor(rnd() * 6)}` };
    else if (r < 0.31) {
      const id = lead();
      e = { at, type: rnd() < 0.6 ? 'tag_added' : 'tag_removed', entity: 'lead', entityId: id, tagId: `t${Math.floor(rnd() * 40)}`, origin: origin(), leadId: id };
    } else if (r < 0.36) {
      const id = lead();
      e = { at, type: 'field_updated', entity: 'lead', entityId: id, fieldId: rnd() < 0.7 ? 'f-loc' : 'f-meet', value: rnd() < 0.7 ? `City ${Math.floor(rnd() * 50)}` : formatInstant(t + 86_400_000), origin: origin(), leadId: id };
    } else if (r < 0.39) e = { at, type: 'form_submitted', formId: `form${Math.floor(rnd() * 2)}`, leadId: lead() };
    else if (r < 0.42) e = { at, type: 'email_received', inboxId: `in${Math.floor(rnd() * 2)}`, leadId: lead() };
    else if (r < 0.45) e = { at, type: 'call_received', leadId: lead() };
    else if (r < 0.49) e = { at, type: 'website_visited', url: rnd() < 0.5 ? 'http://example.com/pricing/' : 'https://example.com/blog', leadId: lead() };
    else if (r < 0.85) e = { at, type: 'message', direction: rnd() < 0.6 ? 'incoming' : 'outgoing', channelId: `ch${Math.floor(rnd() * 4)}`, leadId: lead() };
    else if (r < 0.92) e = { at, type: 'message_seen', channelId: `ch${Math.floor(rnd() * 4)}`, leadId: lead() };
    else if (r < 0.96) e = { at, type: 'conversation_closed', channelId: `ch${Math.floor(rnd() * 4)}`, leadId: lead() };
    else e = { at, type: 'story_mention', channelId: `ch${Math.floor(rnd() * 4)}`, leadId: lead() };
    events.push(e);
  }
  return { name: `Standard workload (seed ${seed})`, account, leads, bots, events };
}
