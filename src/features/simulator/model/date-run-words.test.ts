import { describe, expect, it } from 'vitest';
import { validateScenario, type Bot, type Lead, type SimEvent, type Trigger } from '../../../domain';
import { resultMoment, simulate } from '../../../engine';
import account from '../../../../mocks/fixtures/demo-account.json';
import { namesOf } from './describe';
import { dateRunWords } from './date-run-words';

const parsed = validateScenario({ name: 'x', account, bots: [], events: [] });
if (!parsed.ok) throw new Error('demo account invalid');
const ACCOUNT = parsed.value.account; // America/New_York
const NAMES = namesOf(ACCOUNT);

const lead = (id: string, fields: Lead['fields'] = {}): Lead => ({ id, pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0, fields });
const botWith = (trigger: Trigger): Bot => ({ id: 'reminder', version: 1, name: 'Reminder', enabled: true, triggers: [trigger], conditions: [], activeHours: null, keepUnanswered: false });
const BEFORE_MEETING: Trigger = { type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 2, direction: 'before' };

/**
 * The selected row's words as the panel gets them: the engine's runs, and for the run at `index` the
 * lead the worker's inspection reads (resultMoment, the event applied then when it is at that instant).
 */
function runWords(s: { bot: Bot; leads: Lead[]; events?: SimEvent[]; start?: string; until: string }, index = 0): { at: string; words: string | null } {
  const checked = validateScenario({ name: 't', account, leads: s.leads, bots: [s.bot], events: s.events ?? [], ...(s.start ? { start: s.start } : {}), until: s.until });
  if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
  const scenario = checked.value;
  const run = simulate(scenario).activations[index];
  if (!run) throw new Error('no run');
  const moment = resultMoment(scenario, 'run', index)!;
  const after = scenario.events[moment.afterEvent];
  const eventIndex = after && Date.parse(after.at) === Date.parse(run.at) ? moment.afterEvent : null;
  const words = dateRunWords({ trigger: s.bot.triggers[run.trigger], runMs: Date.parse(run.at), lead: moment.lead, eventIndex, account: ACCOUNT, names: NAMES });
  return { at: run.at, words };
}

describe('dateRunWords (a date-field run in the selected row)', () => {
  it('says when an on-time run was due, from the field value it counted from', () => {
    // Meeting 15:00 EDT, the simulation started at 12:00: due and run at 13:00.
    const r = runWords({ bot: botWith(BEFORE_MEETING), leads: [lead('l1', { 'f-meeting': '2026-06-01T19:00:00Z' })], start: '2026-06-01T16:00:00Z', until: '2026-06-01T22:00:00Z' });
    expect(r.at).toBe('2026-06-01T17:00:00Z');
    expect(r.words).toBe('Due 13:00, 2 hours before Meeting Time (Mon 1 Jun 2026, 15:00 EDT).');
  });

  it('says a run planned at the start ran late, by how much, and why it still ran', () => {
    // The simulation started at 13:30, 30 min after the 13:00 due time: within half of 2 h. An event
    // at that instant comes after the start's plans (R1), and is not what planned the run.
    const r = runWords({
      bot: botWith(BEFORE_MEETING),
      leads: [lead('l1', { 'f-meeting': '2026-06-01T19:00:00Z' })],
      events: [{ at: '2026-06-01T17:30:00Z', type: 'message', direction: 'incoming', channelId: 'ch-wa', leadId: 'l1' }],
      start: '2026-06-01T17:30:00Z',
      until: '2026-06-01T22:00:00Z',
    });
    expect(r.at).toBe('2026-06-01T17:30:00Z');
    expect(r.words).toBe(
      'Due 13:00, 2 hours before Meeting Time (Mon 1 Jun 2026, 15:00 EDT); planned at 13:30, when the simulation started, 30 min late: a late run is made up to half of 2 hours (1 h) late.',
    );
  });

  it('names the field change that planned a late run, with the value it set (not the one before)', () => {
    // Set at 13:45 to a 15:00 meeting (due 13:00, 45 min late); before, it held a meeting the next day.
    const r = runWords({
      bot: botWith(BEFORE_MEETING),
      leads: [lead('l1', { 'f-meeting': '2026-06-02T19:00:00Z' })],
      events: [
        { at: '2026-06-01T17:00:00Z', type: 'message', direction: 'incoming', channelId: 'ch-wa', leadId: 'l1' },
        { at: '2026-06-01T17:45:00Z', type: 'field_updated', entity: 'lead', entityId: 'l1', fieldId: 'f-meeting', value: '2026-06-01T19:00:00Z', origin: 'user' },
      ],
      until: '2026-06-01T22:00:00Z',
    });
    expect(r.at).toBe('2026-06-01T17:45:00Z');
    expect(r.words).toBe(
      'Due 13:00, 2 hours before Meeting Time (Mon 1 Jun 2026, 15:00 EDT); planned at 13:45, when event 2 set Meeting Time, 45 min late: a late run is made up to half of 2 hours (1 h) late.',
    );
  });

  it('reads a date field as 00:00 local, and says so', () => {
    const renewal: Trigger = { type: 'relative_to_date_field', fieldId: 'f-renewal', hours: 4, direction: 'before' };
    // Renewal on 2 Jun: due 20:00 EDT on 1 Jun; the simulation starts at 21:30 (1 h 30 min late, half of 4 h is 2 h).
    const late = runWords({ bot: botWith(renewal), leads: [lead('l1', { 'f-renewal': '2026-06-02' })], start: '2026-06-02T01:30:00Z', until: '2026-06-02T12:00:00Z' });
    expect(late.words).toBe(
      'Due 20:00, 4 hours before Renewal date (Tue 2 Jun 2026, a date, read as 00:00 EDT); planned at 21:30, when the simulation started, 1 h 30 min late: a late run is made up to half of 4 hours (2 h) late.',
    );
  });

  it('gives a due time on another day than the run in full', () => {
    // Meeting 21:30 EDT, due 2 hours after, at 23:30; the simulation starts at 00:15 the next day (45 min late).
    const r = runWords({
      bot: botWith({ ...BEFORE_MEETING, direction: 'after' }),
      leads: [lead('l1', { 'f-meeting': '2026-06-02T01:30:00Z' })],
      start: '2026-06-02T04:15:00Z',
      until: '2026-06-02T12:00:00Z',
    });
    expect(r.words).toBe(
      'Due Mon 1 Jun 2026, 23:30 EDT, 2 hours after Meeting Time (Mon 1 Jun 2026, 21:30 EDT); planned at 00:15, when the simulation started, 45 min late: a late run is made up to half of 2 hours (1 h) late.',
    );
  });

  it('gives the zone of a due time across a daylight-saving change, counting real hours', () => {
    // Clocks go forward at 02:00 on 8 Mar 2026: 2 hours before 03:00 EDT is 00:00 EST.
    const r = runWords({ bot: botWith(BEFORE_MEETING), leads: [lead('l1', { 'f-meeting': '2026-03-08T07:00:00Z' })], start: '2026-03-08T04:00:00Z', until: '2026-03-08T12:00:00Z' });
    expect(r.at).toBe('2026-03-08T05:00:00Z');
    expect(r.words).toBe('Due 00:00 EST, 2 hours before Meeting Time (Sun 8 Mar 2026, 03:00 EDT).');
  });

  it('says nothing for another trigger, a lead without the date, or a run the value cannot explain', () => {
    const base = { runMs: Date.parse('2026-06-01T17:00:00Z'), eventIndex: null, account: ACCOUNT, names: NAMES };
    const withMeeting = lead('l1', { 'f-meeting': '2026-06-01T19:00:00Z' });
    expect(dateRunWords({ ...base, trigger: { type: 'on_date', at: '2026-06-01T13:00' }, lead: withMeeting })).toBeNull();
    expect(dateRunWords({ ...base, trigger: BEFORE_MEETING, lead: lead('l1') })).toBeNull();
    expect(dateRunWords({ ...base, trigger: BEFORE_MEETING, lead: null })).toBeNull();
    // Before its due time, or later than half the window: not a run this value planned.
    expect(dateRunWords({ ...base, runMs: Date.parse('2026-06-01T16:59:00Z'), trigger: BEFORE_MEETING, lead: withMeeting })).toBeNull();
    expect(dateRunWords({ ...base, runMs: Date.parse('2026-06-01T18:00:01Z'), trigger: BEFORE_MEETING, lead: withMeeting })).toBeNull();
  });
});
