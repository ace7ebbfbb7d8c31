// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { validateScenario, type SimEvent } from '../../../domain';
import account from '../../../../mocks/fixtures/demo-account.json';
import { namesOf } from '../model/describe';
import { EMPTY_WORKBENCH, type Workbench } from '../model/types';
import { localTimeBoxes, typeLocalTime } from '../test/local-time';
import { EventComposer } from './event-composer';

const parsed = validateScenario({ name: 'x', account, bots: [], events: [] });
if (!parsed.ok) throw new Error('demo account invalid');
const ACCOUNT = parsed.value.account;

const START: Workbench = {
  ...EMPTY_WORKBENCH,
  leads: [{ id: 'l1', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 }],
  events: [
    { at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' },
    { at: '2026-06-01T15:00:00Z', type: 'story_mention', channelId: 'ch-ig', leadId: 'l1' },
  ],
};

/** The workbench as the composer last changed it. */
const seen: { latest: Workbench } = { latest: START };
function Harness({ start = START }: { start?: Workbench }) {
  const [wb, setWb] = useState<Workbench>(start);
  const onChange = (f: (w: Workbench) => Workbench) =>
    setWb((w) => {
      seen.latest = f(w);
      return seen.latest;
    });
  // As the panel does: the generated traffic goes once the worker has dropped it.
  const onClearBulk = () => onChange((w) => ({ ...w, bulk: null }));
  return <EventComposer account={ACCOUNT} names={namesOf(ACCOUNT)} workbench={wb} onChange={onChange} onClearBulk={onClearBulk} />;
}
const types = () => seen.latest.events.map((e: SimEvent) => e.type);

describe('event composer', () => {
  it('reorders events from the keyboard, focus following the moved event', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('button', { name: 'Move down event 1' }).focus();
    await user.keyboard('{Enter}');
    expect(types()).toEqual(['story_mention', 'call_received']);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Move up event 2' }));
    await user.keyboard('{Enter}');
    expect(types()).toEqual(['call_received', 'story_mention']);
  });

  it('Escape beside an open event editor closes it, the focus staying, says so, and goes no further; the next goes on', async () => {
    const user = userEvent.setup();
    const outside: string[] = [];
    render(
      <div onKeyDown={(e) => outside.push(e.key)}>
        <Harness />
      </div>,
    );
    await user.click(screen.getByRole('button', { name: /^Edit event 1/ }));
    expect(screen.getByRole('group', { name: 'Event 1' })).toBeTruthy();
    const del = screen.getByRole('button', { name: 'Delete event 1' });
    del.focus(); // beside the editor, not in it
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Event 1' })).toBeNull();
    expect(document.activeElement).toBe(del);
    expect(screen.getAllByRole('status').find((s) => s.textContent !== '')).toHaveTextContent('Closed the editor of event 1.');
    expect(outside).toEqual([]); // the dialog around did not get it
    await user.keyboard('{Escape}');
    expect(outside).toEqual(['Escape']);
    // From the other event's row too, and from "Add event".
    await user.click(screen.getByRole('button', { name: /^Edit event 2/ }));
    const add = screen.getByRole('button', { name: 'Add event' });
    add.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Event 2' })).toBeNull();
    expect(document.activeElement).toBe(add); // not taken back up to event 2's Edit
    expect(seen.latest.events).toHaveLength(2); // nothing deleted or changed
  });

  it("picks a date or date-time field's value instead of typing it, and names a value no trigger can read", async () => {
    const user = userEvent.setup();
    const field = (fieldId: string, value: string | null): Workbench => ({
      ...START,
      events: [{ at: '2026-06-01T14:00:00Z', type: 'field_updated', entity: 'lead', entityId: 'l1', leadId: 'l1', fieldId, value, origin: 'user' }],
    });
    const { unmount } = render(<Harness start={field('f-meeting', '2026-06-03T18:00:00Z')} />);
    await user.click(screen.getByRole('button', { name: /^Edit event 1/ }));
    // A date-time is shown and typed in the account's zone, and kept as the instant.
    const when = localTimeBoxes('Value (America/New_York); empty clears it');
    expect(when.date).toHaveAttribute('type', 'date');
    expect(when.date).toHaveValue('2026-06-03');
    expect(when.time).toHaveValue('14:00');
    typeLocalTime('Value (America/New_York); empty clears it', '2026-06-04T09:30');
    expect(seen.latest.events[0]).toMatchObject({ value: '2026-06-04T13:30:00Z' });
    fireEvent.change(when.date, { target: { value: '' } });
    expect(seen.latest.events[0]).toMatchObject({ value: null });
    unmount();
    // A date field takes a date.
    const second = render(<Harness start={field('f-renewal', '2026-07-01')} />);
    await user.click(screen.getByRole('button', { name: /^Edit event 1/ }));
    const day = screen.getByLabelText('Value (date); empty clears it');
    expect(day).toHaveAttribute('type', 'date');
    expect(day).toHaveValue('2026-07-01');
    fireEvent.change(day, { target: { value: '2026-08-15' } });
    expect(seen.latest.events[0]).toMatchObject({ value: '2026-08-15' });
    second.unmount();
    // Text no date-field trigger can read (from a file) is said, not shown as an empty box silently.
    render(<Harness start={field('f-meeting', 'next Tuesday')} />);
    await user.click(screen.getByRole('button', { name: /^Edit event 1/ }));
    expect(screen.getByText(/The value “next Tuesday” is not a date and time: a date-field trigger plans nothing from it/)).toBeInTheDocument();
  });

  it("sets a lead's responsible user, source and date fields at the start", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByText('More about l1: responsible, source, UTM, dates'));
    await user.selectOptions(screen.getByLabelText('Responsible user'), 'Bruno');
    await user.selectOptions(screen.getByLabelText('Source'), 'Instagram');
    typeLocalTime('Meeting Time (America/New_York)', '2026-06-02T15:00');
    fireEvent.change(screen.getByLabelText('Renewal date (date)'), { target: { value: '2026-07-01' } });
    expect(seen.latest.leads[0]).toMatchObject({
      responsibleUserId: 'u-bruno',
      sourceId: 'src-instagram',
      fields: { 'f-meeting': '2026-06-02T19:00:00Z', 'f-renewal': '2026-07-01' },
    });
    // Emptied: the field and the source go, not kept as empty values.
    fireEvent.change(screen.getByLabelText('Renewal date (date)'), { target: { value: '' } });
    await user.selectOptions(screen.getByLabelText('Source'), 'None');
    expect(seen.latest.leads[0]!.fields).toEqual({ 'f-meeting': '2026-06-02T19:00:00Z' });
    expect(seen.latest.leads[0]).not.toHaveProperty('sourceId');
    // Emptying values does not fold the details up under the focus.
    fireEvent.change(screen.getByLabelText('Meeting Time (America/New_York)'), { target: { value: '' } });
    expect(screen.getByText('More about l1: responsible, source, UTM, dates').closest('details')).toHaveAttribute('open');
  });

  it('with generated traffic, does not say that there are no events', () => {
    const bulk = { label: '100,000 generated events over 2,000 leads (seed 1)', events: 100_000, leads: 2_000 };
    render(<Harness start={{ ...START, events: [], bulk }} />);
    expect(screen.getByRole('heading', { name: 'Events added here (0)' })).toBeInTheDocument();
    expect(screen.getByText('None by hand: the 100,000 generated events over 2,000 leads (seed 1) below are replayed.')).toBeInTheDocument();
    expect(screen.queryByText(/^No events yet/)).toBeNull();
  });

  it("sets a lead's UTM at the start and in a lead update, an emptied value dropped", async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness />);
    await user.click(screen.getByText('More about l1: responsible, source, UTM, dates'));
    const utm = screen.getByRole('group', { name: 'UTM' });
    expect(utm).toHaveAccessibleDescription("What the lead's UTM conditions read. Leave empty for none.");
    await user.type(within(utm).getByLabelText('utm_source'), 'google');
    await user.type(within(utm).getByLabelText('utm_campaign'), 'spring');
    expect(seen.latest.leads[0]!.utm).toEqual({ utm_source: 'google', utm_campaign: 'spring' });
    await user.clear(within(utm).getByLabelText('utm_source'));
    expect(seen.latest.leads[0]!.utm).toEqual({ utm_campaign: 'spring' });
    await user.clear(within(utm).getByLabelText('utm_campaign'));
    expect(seen.latest.leads[0]).not.toHaveProperty('utm');
    unmount();

    render(<Harness start={{ ...START, events: [{ at: '2026-06-01T14:00:00Z', type: 'lead_updated', leadId: 'l1', set: { price: 5 } }] }} />);
    await user.click(screen.getByRole('button', { name: /^Edit event 1/ }));
    const next = screen.getByRole('group', { name: 'New UTM' });
    await user.type(within(next).getByLabelText('utm_medium'), 'cpc');
    expect(seen.latest.events[0]).toEqual({ at: '2026-06-01T14:00:00Z', type: 'lead_updated', leadId: 'l1', set: { price: 5, utm: { utm_medium: 'cpc' } } });
    await user.clear(within(next).getByLabelText('utm_medium'));
    expect(seen.latest.events[0]).toEqual({ at: '2026-06-01T14:00:00Z', type: 'lead_updated', leadId: 'l1', set: { price: 5 } });
  });

  it("gives a lead made by an event its source and UTM, and says when an update clears the UTM", async () => {
    const user = userEvent.setup();
    const created: SimEvent = {
      at: '2026-06-01T14:00:00Z',
      type: 'lead_created',
      lead: { id: 'l2', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 },
    };
    const { unmount } = render(<Harness start={{ ...START, events: [created] }} />);
    await user.click(screen.getByRole('button', { name: /^Edit event 1/ }));
    const editor = within(document.querySelector<HTMLElement>('.sim-event-editor')!);
    await user.selectOptions(editor.getByLabelText('Source'), 'Instagram');
    await user.type(within(editor.getByRole('group', { name: 'UTM' })).getByLabelText('utm_source'), 'ads');
    expect(seen.latest.events[0]).toMatchObject({ lead: { id: 'l2', sourceId: 'src-instagram', utm: { utm_source: 'ads' } } });
    unmount();

    render(<Harness start={{ ...START, events: [{ at: '2026-06-01T14:00:00Z', type: 'lead_updated', leadId: 'l1', set: { utm: {} } }] }} />);
    await user.click(screen.getByRole('button', { name: /^Edit event 1/ }));
    expect(screen.getByRole('group', { name: 'New UTM' })).toHaveAccessibleDescription(/^This event clears the lead's UTM/);
  });

  it("adds an event that fits the draft's first trigger", async () => {
    const user = userEvent.setup();
    const triggers = [{ type: 'lead_moved_to_stage' as const, stageIds: ['s-won'], delayMinutes: 0 }];
    const wb = { ...START, events: [] };
    const onChange = (f: (w: Workbench) => Workbench) => (seen.latest = f(seen.latest));
    seen.latest = wb;
    render(<EventComposer account={ACCOUNT} names={namesOf(ACCOUNT)} workbench={wb} onChange={onChange} onClearBulk={() => {}} triggers={triggers} />);
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    expect(seen.latest.events).toEqual([{ at: '2026-06-01T14:00:00Z', type: 'lead_moved', leadId: 'l1', toStageId: 's-won' }]);
  });

  it('adds a new lead for "moved to or created in" the stage the lead is already in, since a move there would be none', async () => {
    const user = userEvent.setup();
    const triggers = [{ type: 'lead_moved_or_created_in_stage' as const, stageIds: ['s-incoming'], delayMinutes: 0 }];
    const wb = { ...START, events: [] };
    seen.latest = wb;
    render(<EventComposer account={ACCOUNT} names={namesOf(ACCOUNT)} workbench={wb} onChange={(f) => (seen.latest = f(seen.latest))} onClearBulk={() => {}} triggers={triggers} />);
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    expect(seen.latest.events[0]).toMatchObject({ type: 'lead_created', lead: { id: 'l2', stageId: 's-incoming' } });
  });

  it('turns a "Lead created" event into another kind about a lead that stays', async () => {
    const user = userEvent.setup();
    render(<Harness start={{ ...START, events: [{ at: '2026-06-01T14:00:00Z', type: 'lead_created', lead: { id: 'l2', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 } }] }} />);
    await user.click(screen.getByRole('button', { name: /^Edit event 1/ }));
    await user.selectOptions(screen.getByLabelText('Kind of event'), 'Tag removed');
    // l2 went with the "Lead created" event: the tag event is about l1.
    expect(seen.latest.events[0]).toMatchObject({ type: 'tag_removed', leadId: 'l1', entityId: 'l1' });
  });

  it('offers to sort a list that is not in time order, keeping equal instants in their order', async () => {
    const user = userEvent.setup();
    const at = (hh: string) => `2026-06-01T${hh}:00:00Z`;
    render(
      <Harness
        start={{
          ...START,
          events: [
            { at: at('15'), type: 'call_received', leadId: 'l1' },
            { at: at('14'), type: 'story_mention', channelId: 'ch-ig', leadId: 'l1' },
            { at: at('14'), type: 'message_seen', channelId: 'ch-wa', leadId: 'l1' },
          ],
        }}
      />,
    );
    expect(screen.getByText(/The list is not in time order/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Sort by time' }));
    expect(types()).toEqual(['story_mention', 'message_seen', 'call_received']);
    expect(screen.queryByText(/The list is not in time order/)).toBeNull();
    expect(screen.getByRole('button', { name: /^Edit event 1/ })).toHaveFocus();
  });

  it('"Add event" takes the focus to the new event\'s first field, in its named editor, and Tab goes on through its fields', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('button', { name: 'Add event' }).focus();
    await user.keyboard('{Enter}');
    const editor = screen.getByRole('group', { name: 'Event 3' });
    expect(within(editor).getByLabelText('Kind of event')).toHaveFocus();
    await user.tab();
    expect(within(editor).getByLabelText('Time (America/New_York)')).toHaveFocus();
  });

  it('says which event was deleted, politely, and says it again for an identical deletion', async () => {
    const user = userEvent.setup();
    const call = { at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' } as const;
    render(<Harness start={{ ...START, events: [call, call, call] }} />);
    await user.click(screen.getByRole('button', { name: 'Delete event 2' }));
    const status = screen.getAllByRole('status').find((s) => s.textContent?.startsWith('Deleted'))!;
    expect(status.textContent).toMatch(/^Deleted event 2: .+\.$/);
    const words = status.textContent;
    const heard: string[] = [];
    new MutationObserver(() => heard.push(status.textContent ?? '')).observe(status, { childList: true, characterData: true, subtree: true });
    // The focus stays in the list: the event now in the deleted one's place.
    expect(screen.getByRole('button', { name: 'Move up event 2' })).toHaveFocus();
    await user.keyboard('{Enter}'); // moves it up: no deletion, nothing said
    await user.click(screen.getByRole('button', { name: 'Delete event 2' }));
    expect(seen.latest.events).toHaveLength(1);
    // The same words are written again (the region emptied first): a live region speaks a change.
    await waitFor(() => expect(heard).toEqual(['', words]));
  });

  it('adds, edits and deletes events with pickers fed by the account', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    expect(seen.latest.events).toHaveLength(3);
    // A new event comes a minute after the last one and opens for editing.
    expect(seen.latest.events[2]).toMatchObject({ at: '2026-06-01T15:01:00Z', type: 'message', leadId: 'l1' });
    const editor = screen.getByRole('button', { name: 'Done editing' }).parentElement!;
    await user.selectOptions(within(editor).getByLabelText('Kind of event'), 'Tag added');
    await user.selectOptions(within(editor).getByLabelText('Tag'), 'VIP');
    await user.selectOptions(within(editor).getByLabelText('Done by'), 'An automation');
    expect(seen.latest.events[2]).toEqual({ at: '2026-06-01T15:01:00Z', type: 'tag_added', entity: 'lead', entityId: 'l1', tagId: 't-vip', origin: 'automation', leadId: 'l1' });
    // Times are typed in the account's zone (New York, EDT in June).
    typeLocalTime('Time (America/New_York)', '2026-06-01T09:30', within(editor));
    expect(seen.latest.events[2]?.at).toBe('2026-06-01T13:30:00Z');
    await user.click(screen.getByRole('button', { name: 'Delete event 1' }));
    expect(types()).toEqual(['story_mention', 'tag_added']);
    // Numbered as the results count them ("Caused by event 2").
    expect([...document.querySelectorAll('.sim-event-number')].map((n) => n.textContent)).toEqual(['1.', '2.']);
  });

  it('edits the leads of the scenario: id, stage, sale and tags', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Add lead' }));
    expect(seen.latest.leads.map((l) => l.id)).toEqual(['l1', 'l2']);
    const stages = screen.getAllByLabelText('Stage');
    await user.selectOptions(stages[1]!, 'Sales: Won');
    await user.click(within(screen.getByRole('group', { name: 'Tags of l2' })).getByLabelText('VIP'));
    expect(seen.latest.leads[1]).toMatchObject({ id: 'l2', stageId: 's-won', pipelineId: 'p-sales', tagIds: ['t-vip'] });
  });

  it('"Add lead" takes the focus to the new lead\'s id, above the button, and says which lead it added', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    screen.getByRole('button', { name: 'Add lead' }).focus();
    await user.keyboard('{Enter}');
    const ids = screen.getAllByRole('textbox', { name: 'Lead id' });
    expect(ids[1]).toHaveValue('l2');
    expect(ids[1]).toHaveFocus();
    await waitFor(() => expect(screen.getByText('Added lead l2.')).toBeInTheDocument());
  });

  it('makes a "Lead created" lead with tags and a responsible user, and "Add lead" then takes another id', async () => {
    const user = userEvent.setup();
    render(<Harness start={{ ...EMPTY_WORKBENCH }} />);
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    const editor = screen.getByRole('button', { name: 'Done editing' }).parentElement!;
    expect(within(editor).getByLabelText('Kind of event')).toHaveDisplayValue('Lead created');
    await user.click(within(within(editor).getByRole('group', { name: 'Tags of l1' })).getByLabelText('VIP'));
    await user.selectOptions(within(editor).getByLabelText('Responsible user'), 'Bruno');
    expect(seen.latest.events[0]).toMatchObject({ type: 'lead_created', lead: { id: 'l1', tagIds: ['t-vip'], responsibleUserId: 'u-bruno' } });
    expect(screen.getByText('Lead l1 created in Incoming leads, tagged VIP')).toBeInTheDocument();
    // l1 is the id the event makes: a lead at the start must not take it too.
    await user.click(screen.getByRole('button', { name: 'Add lead' }));
    expect(seen.latest.leads.map((l) => l.id)).toEqual(['l2']);
  });

  it('keeps the lead a "Lead created" made when the event becomes another kind, and says so', async () => {
    const user = userEvent.setup();
    render(<Harness start={{ ...EMPTY_WORKBENCH }} />);
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    const editor = screen.getByRole('button', { name: 'Done editing' }).parentElement!;
    await user.click(within(within(editor).getByRole('group', { name: 'Tags of l1' })).getByLabelText('VIP'));
    await user.selectOptions(within(editor).getByLabelText('Kind of event'), 'Call received');
    // No other lead to call: the call is about l1, which is now a lead at the start, tags and all.
    expect(seen.latest.events).toEqual([{ at: expect.any(String), type: 'call_received', leadId: 'l1' }]);
    expect(seen.latest.leads).toEqual([expect.objectContaining({ id: 'l1', tagIds: ['t-vip'] })]);
    expect(validateScenario({ name: 'x', account, bots: [], leads: seen.latest.leads, events: seen.latest.events }).ok).toBe(true);
    await waitFor(() => expect(screen.getByText('Lead l1 moved to the leads at the start: event 1 no longer creates it.')).toBeInTheDocument());
  });

  it('turns a "Lead created" into an event about a lead there is by then, not one a later event makes', async () => {
    const user = userEvent.setup();
    const made = (at: string, id: string): SimEvent => ({ at, type: 'lead_created', lead: { id, pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 } });
    const events = [made('2026-06-01T15:00:00Z', 'l2'), made('2026-06-01T14:00:00Z', 'l1'), made('2026-06-01T13:00:00Z', 'l3')];
    render(<Harness start={{ ...EMPTY_WORKBENCH, events }} />);
    await user.click(screen.getByRole('button', { name: /^Edit event 2/ }));
    await user.selectOptions(screen.getByLabelText('Kind of event'), 'Call received');
    // l2, first in the list, is made at 15:00, after this event's 14:00; l3 is made at 13:00: the call
    // is about l3, and l1 goes with its event.
    expect(seen.latest.events[1]).toEqual({ at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l3' });
    expect(seen.latest.leads).toEqual([]);
  });

  it('keeps the focus in the composer when a lead or the last event is removed', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Add lead' }));
    await user.click(screen.getByRole('button', { name: 'Add lead' }));
    expect(seen.latest.leads.map((l) => l.id)).toEqual(['l1', 'l2', 'l3']);
    // The lead in the removed one's place takes the focus, on its id (a second Enter removes nothing);
    // the last one gives it to the one before; the removal is said.
    const leadId = (id: string) => screen.getAllByRole('textbox', { name: 'Lead id' }).find((box) => (box as HTMLInputElement).value === id);
    await user.click(screen.getByRole('button', { name: 'Remove lead l2' }));
    expect(leadId('l3')).toHaveFocus();
    await waitFor(() => expect(screen.getByText('Removed lead l2.')).toBeInTheDocument());
    await user.keyboard('{Enter}');
    expect(seen.latest.leads.map((l) => l.id)).toEqual(['l1', 'l3']);
    await user.click(screen.getByRole('button', { name: 'Remove lead l3' }));
    expect(leadId('l1')).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove lead l1' }));
    expect(seen.latest.leads).toEqual([]);
    expect(screen.getByRole('button', { name: 'Add lead' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Delete event 2' }));
    await user.click(screen.getByRole('button', { name: 'Delete event 1' }));
    expect(seen.latest.events).toEqual([]);
    expect(screen.getByRole('button', { name: 'Add event' })).toHaveFocus();
  });

  it('gives the focus back when "Done editing" or "Remove these events and leads" goes', async () => {
    const user = userEvent.setup();
    render(<Harness start={{ ...START, bulk: { label: '600 generated events', events: 600, leads: 20 } }} />);
    const edit = screen.getByRole('button', { name: /^Edit event 2:/ });
    await user.click(edit);
    await user.click(screen.getByRole('button', { name: 'Done editing' }));
    expect(screen.queryByRole('button', { name: 'Done editing' })).toBeNull();
    expect(screen.getByRole('button', { name: /^Edit event 2:/ })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove these events and leads' }));
    expect(seen.latest.bulk).toBeNull();
    expect(screen.getByRole('button', { name: 'Add event' })).toHaveFocus();
  });

  it('says what a clock change does to a typed time, and offers the other reading of a repeated one', async () => {
    const user = userEvent.setup();
    // 01:00 EST on 1 Nov 2026, in the hour New York repeats when the clocks go back.
    render(<Harness start={{ ...START, events: [{ at: '2026-11-01T06:00:00Z', type: 'call_received', leadId: 'l1' }] }} />);
    await user.click(screen.getByRole('button', { name: /^Edit event 1:/ }));
    const time = () => screen.getByLabelText('Time (America/New_York)');
    expect(time()).toHaveAccessibleDescription(
      '01:00 happens twice on that day in America/New_York (the clocks go back): this is the second, Sun 1 Nov 2026, 01:00 EST. Use Sun 1 Nov 2026, 01:00 EDT instead',
    );
    // Moved within the repeated hour, it stays on EST instead of jumping an hour back.
    typeLocalTime('Time (America/New_York)', '2026-11-01T01:05');
    expect(seen.latest.events[0]?.at).toBe('2026-11-01T06:05:00Z');
    await user.click(screen.getByRole('button', { name: 'Use Sun 1 Nov 2026, 01:05 EDT instead' }));
    expect(seen.latest.events[0]?.at).toBe('2026-11-01T05:05:00Z');
    expect(time()).toHaveAccessibleDescription(/this is the first, Sun 1 Nov 2026, 01:05 EDT\./);
    // A time the clocks skip goes to the first minute after the jump, and says so.
    typeLocalTime('Time (America/New_York)', '2026-03-08T02:30');
    expect(seen.latest.events[0]?.at).toBe('2026-03-08T07:00:00Z');
    expect(time()).toHaveAccessibleDescription('There is no 02:30 on that day in America/New_York (the clocks go forward): set to Sun 8 Mar 2026, 03:00 EDT.');
    // An ordinary time: no note.
    typeLocalTime('Time (America/New_York)', '2026-06-01T09:30');
    expect(time()).not.toHaveAttribute('aria-describedby');
  });
});

describe('Start and Until', () => {
  it('say beside them which events they leave out of the replay', () => {
    render(<Harness start={{ ...START, until: '2026-06-01T14:30:00Z' }} />);
    expect(screen.getByText('1 event after Until is not replayed.')).toBeInTheDocument();
  });
});
