// @vitest-environment jsdom
import { act, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { validateBot, validateScenario, type Bot } from '../../../domain';
import account from '../../../../mocks/fixtures/demo-account.json';
import demoBots from '../../../../mocks/fixtures/demo-bots.json';
import { SimulatorPanel } from '..';
import { adoptDeletedBotScenario, forgetAllWorkbenches, sharedClient } from './session';
import { RERUN_DEBOUNCE_MS } from './use-simulation';
import { checksKey, unreadableKey } from '../model/checks-storage';
import { DRAFT_ID } from '../model/build-scenario';
import type { AccountBotsList } from '../model/types';
import { createWorkerCore } from '../worker/worker-core';
import type { WorkerReply, WorkerRequest } from '../worker/protocol';

/** Where this tab keeps its new bot's scenario (each tab its own: src/lib/tab-slot.ts). */
const NEW_BOT_CHECKS = checksKey(DRAFT_ID);

const parsed = validateScenario({ name: 'x', account, bots: [], events: [] });
if (!parsed.ok) throw new Error('demo account invalid');
const ACCOUNT = parsed.value.account;

const NEW_BOT: Bot = {
  id: 'new',
  name: 'My bot',
  version: 0,
  enabled: true,
  triggers: [{ type: 'conversation_started', direction: 'incoming', channelIds: [] }],
  conditions: [],
  activeHours: null,
  keepUnanswered: false,
};

/** The test edits the draft as the dialog would. */
const control: { setDraft(d: unknown): void } = { setDraft: () => {} };
const setDraftFromTest = (d: unknown) => act(() => control.setDraft(d));
/** The panel with the sample "Follow-up 10 minutes after Qualified" loaded and run (its 2 expectations pass). */
async function withFollowUpSample(props: Parameters<typeof Harness>[0] = {}) {
  const user = userEvent.setup();
  const view = render(<Harness {...props} />);
  const panel = screen.getByRole('region', { name: 'Simulator' });
  await user.click(within(panel).getByRole('button', { name: 'Follow-up 10 minutes after Qualified' }));
  await screen.findByText('Expectations: 2 of 2 pass', {}, { timeout: 10_000 });
  return { user, panel, unmount: view.unmount };
}

function Harness({ saved = null, onApply, accountBots, draft: first }: { saved?: Bot | null; onApply?: (b: Bot) => void; accountBots?: AccountBotsList; draft?: unknown }) {
  const [draft, setDraft] = useState<unknown>(first ?? saved ?? NEW_BOT);
  useEffect(() => {
    control.setDraft = setDraft;
  }, []);
  const applyBot = (b: Bot) => {
    onApply?.(b);
    setDraft((d: unknown) => ({ ...(d as Bot), triggers: b.triggers, conditions: b.conditions, activeHours: b.activeHours, keepUnanswered: b.keepUnanswered }));
  };
  return <SimulatorPanel account={ACCOUNT} draft={draft} validation={validateBot(draft, ACCOUNT)} saved={saved} applyBot={applyBot} accountBots={accountBots} />;
}

afterEach(() => {
  localStorage.clear();
  forgetAllWorkbenches();
});

const table = () => screen.getByRole('table', { name: 'Runs and skips' });
const bodyRows = () => within(table()).getAllByRole('row').slice(1);

/**
 * What the live regions inside `root` say from now on, as a screen reader would hear them: each
 * change of a status's words (or a status put in with words), once, empty ones left out.
 */
function listenToLiveRegions(root: HTMLElement): () => string[] {
  const said: string[] = [];
  const liveOf = (node: Node): Element | null => (node instanceof Element ? node : node.parentElement)?.closest('[role="status"], [role="alert"], [aria-live]') ?? null;
  const observer = new MutationObserver((records) => {
    const regions = new Set<Element>();
    for (const r of records) {
      const region = liveOf(r.target);
      if (region && root.contains(region)) regions.add(region);
      for (const n of r.addedNodes) if (n instanceof Element) for (const x of [n, ...n.querySelectorAll('[role="status"], [role="alert"], [aria-live]')]) if (x.matches('[role="status"], [role="alert"], [aria-live]')) regions.add(x);
    }
    for (const region of regions) {
      const text = region.textContent?.trim() ?? '';
      if (text) said.push(text);
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return () => said.filter((t, i) => t !== said[i - 1]);
}

/**
 * What the live regions inside `root` say from now on, heard as a screen reader hears them: a change
 * of the words of a status that was already in the page, once each; a status put in with its words
 * already inside is not read (nor are empty words).
 */
function listenToLiveRegionChanges(root: HTMLElement): { heard: string[]; stop(): void } {
  const LIVE = '[role="status"], [role="alert"], [aria-live]';
  const known = new Set<Element>(root.querySelectorAll(LIVE));
  const heard: string[] = [];
  const observer = new MutationObserver((records) => {
    const changed = new Set<Element>();
    for (const r of records) {
      const region = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest(LIVE);
      if (region && known.has(region)) changed.add(region);
    }
    for (const region of changed) {
      const text = region.textContent?.trim() ?? '';
      if (text) heard.push(text);
    }
    for (const region of root.querySelectorAll(LIVE)) known.add(region);
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return { heard, stop: () => observer.disconnect() };
}

/** Counts the Escapes nothing in the panel took, which would go on to the dialog; stops with the test. */
function escapesReachingDialog() {
  const reachedDialog = vi.fn();
  const outside = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && !e.defaultPrevented) reachedDialog();
  };
  document.addEventListener('keydown', outside);
  onTestFinished(() => document.removeEventListener('keydown', outside));
  return reachedDialog;
}

describe('SimulatorPanel', () => {
  it('loads a sample, applies its bot to the draft and shows the expected runs', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    await user.click(within(panel).getByRole('button', { name: 'Follow-up 10 minutes after Qualified' }));
    expect(await screen.findByText(/applied to your draft/)).toBeInTheDocument();
    await screen.findByText('Expectations: 2 of 2 pass', {}, { timeout: 10_000 });
    const rows = bodyRows().map((r) => r.textContent);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/Mon 1 Jun 2026, 10:10 EDT.*l1.*Ran/);
    expect(rows[1]).toMatch(/l2.*Skipped.*Left the stage/);
    // Each row's button is named by more than its time, which rows often share.
    expect(within(bodyRows()[1]!).getByRole('button')).toHaveAccessibleName('Mon 1 Jun 2026, 10:10 EDT: skipped, My bot, lead l2');
    // The bot under edit is marked among the bots the filter offers.
    expect(within(panel).getByRole('option', { name: 'My bot (this bot)' })).toBeInTheDocument();
    // Counts read as words: one run, one skip (not "1 runs").
    expect(screen.getByTestId('sim-status').textContent).toMatch(/^Replayed in [\d.]+ ms · 3 events · 1 run · 1 skip$/);
    expect(within(panel).getByText('2 rows')).toBeInTheDocument();
    expect(within(panel).getByText(/: 3 events, 1 run, 1 skip, 1 delayed run\.$/)).toBeInTheDocument();
  });

  it('says what an event started and why it started nothing, and follows edits', async () => {
    const { user, panel } = await withFollowUpSample();
    // Event 1 ran the bot after its delay; event 2's run was skipped when the delay ended.
    await user.click(within(panel).getByRole('button', { name: /^What happened\? Event 1:/ }));
    const first = await screen.findByRole('region', { name: 'What happened after event 1' });
    expect(await within(first).findByText(/^This bot \(My bot\):/)).toBeInTheDocument();
    expect(first.textContent).toContain('Ran at Mon 1 Jun 2026, 10:10 EDT (10 min later).');
    // Said once to screen readers; the answer itself is not a live region.
    await waitFor(() => expect(within(first).getByRole('status')).toHaveTextContent('What happened after event 1: Ran because of this event: this bot.'));
    // Event 3 moved the lead to a stage the trigger is not for.
    await user.click(within(panel).getByRole('button', { name: /^What happened\? Event 3:/ }));
    const third = await screen.findByRole('region', { name: 'What happened after event 3' });
    await waitFor(() => expect(third.textContent).toContain('Its trigger (A lead is moved to Qualified, after 10 min) is for Qualified; this lead moved to Decision making.'));
    expect(third.textContent).toContain('No bot in this simulation ran because of this event.');
    // An edit re-runs, and the answer follows it: the trigger now also takes Decision making.
    setDraftFromTest({ ...NEW_BOT, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified', 's-decision'], delayMinutes: 0 }] });
    const answer = () => screen.getByRole('region', { name: 'What happened after event 3' });
    await waitFor(() => expect(answer().textContent).toContain('Ran at once.'));
    // A draft that cannot run gives no answer, rather than the last valid draft's as if current.
    setDraftFromTest({ ...NEW_BOT, triggers: [{ type: 'lead_moved_to_stage', stageIds: [], delayMinutes: 0 }] });
    await waitFor(() => expect(answer().textContent).toContain('The draft has errors (listed above), so the simulator cannot say what this event does.'));
    expect(answer().textContent).not.toContain('Ran at once.');
    // Escape on the button that opened it closes it (and not the dialog), the focus staying there.
    const ask = within(panel).getByRole('button', { name: /^What happened\? Event 3:/ });
    ask.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'What happened after event 3' })).toBeNull();
    expect(ask).toHaveFocus();
  });

  it("offers “What happened?” in a result's details for an event held in the worker, which the composer does not list", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    // 501 events, more than the composer lists, so the worker holds them all: three calls among page visits.
    const events = Array.from({ length: 501 }, (_, i) => ({
      at: new Date(Date.UTC(2026, 5, 1, 14, i)).toISOString().replace('.000Z', 'Z'),
      leadId: 'f1',
      ...(i % 200 === 1 ? { type: 'call_received' } : { type: 'website_visited', url: 'https://example.com/' }),
    }));
    const file = new File(
      [
        JSON.stringify({
          name: 'Many calls',
          account,
          leads: [{ id: 'f1', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 }],
          bots: [{ ...NEW_BOT, id: 'file-bot', name: 'Call bot', triggers: [{ type: 'call_received' }] }],
          events,
        }),
      ],
      'many-calls.json',
      { type: 'application/json' },
    );
    await user.upload(screen.getByLabelText('Import scenario file'), file);
    await screen.findByText('Results: 3 runs and 0 skips', {}, { timeout: 10_000 });
    expect(within(panel).queryByRole('button', { name: /^What happened\? Event/ })).toBeNull(); // none listed in the composer
    await user.click(within(bodyRows()[1]!).getByRole('button', { pressed: false }));
    const details = screen.getByRole('region', { name: 'Selected row' });
    const ask = within(details).getByRole('button', { name: 'What happened after event 202?' });
    expect(ask).toHaveAttribute('aria-expanded', 'false');
    await user.click(ask);
    const answer = await within(details).findByRole('region', { name: 'What happened after event 202' });
    await waitFor(() => expect(answer.textContent).toContain('This bot (My bot): Ran at once.'));
    // Escape in it closes it, the focus back on its button; the details stay.
    within(answer).getByRole('button', { name: 'Close' }).focus();
    await user.keyboard('{Escape}');
    expect(within(details).queryByRole('region', { name: 'What happened after event 202' })).toBeNull();
    await waitFor(() => expect(ask).toHaveFocus());
    expect(screen.getByRole('region', { name: 'Selected row' })).toBeInTheDocument();
    // Open again, then another row and back: each row's details open with the answer closed.
    await user.click(ask);
    await within(screen.getByRole('region', { name: 'Selected row' })).findByRole('region', { name: 'What happened after event 202' });
    await user.click(within(bodyRows()[2]!).getByRole('button', { pressed: false }));
    await user.click(within(bodyRows()[1]!).getByRole('button', { pressed: false }));
    const again = screen.getByRole('region', { name: 'Selected row' });
    expect(within(again).getByRole('button', { name: 'What happened after event 202?' })).toHaveAttribute('aria-expanded', 'false');
    expect(within(again).queryByRole('region', { name: 'What happened after event 202' })).toBeNull();
  });

  it('shows the details of the row chosen last when an earlier row’s answer comes after it', async () => {
    const { user } = await withFollowUpSample();
    const client = sharedClient();
    const real = client.inspect.bind(client);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    // The first row's answer comes last (the worker busy), and says it is of event 98.
    const inspect = vi.spyOn(client, 'inspect').mockImplementationOnce(async (...args) => {
      const answer = await real(...args);
      await held;
      return { ...answer, eventIndex: 97 };
    });
    try {
      await user.click(within(bodyRows()[0]!).getByRole('button', { pressed: false }));
      await user.click(within(bodyRows()[1]!).getByRole('button', { pressed: false }));
      const details = screen.getByRole('region', { name: 'Selected row' });
      await within(details).findByText(/^As the lead was/, {}, { timeout: 10_000 });
      release();
      await act(() => inspect.mock.results[0]!.value as Promise<unknown>);
      expect(within(screen.getByRole('region', { name: 'Selected row' })).queryByText(/event 98/)).toBeNull();
      expect(inspect).toHaveBeenCalledTimes(2);
    } finally {
      inspect.mockRestore();
    }
  });

  it('gives the focus back to the row when its details are closed', async () => {
    const { user } = await withFollowUpSample();
    const time = within(bodyRows()[1]!).getByRole('button', { pressed: false });
    await user.click(time);
    const details = screen.getByRole('region', { name: 'Selected row' });
    await user.click(within(details).getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('region', { name: 'Selected row' })).toBeNull();
    expect(within(bodyRows()[1]!).getByRole('button', { pressed: false })).toHaveFocus();
  });

  it('closes open details and answers on an Escape beside them, the nearer first, before the dialog hears it; the focus stays and what closed is said', async () => {
    const { user, panel } = await withFollowUpSample();
    const reachedDialog = escapesReachingDialog();
    const ask = within(panel).getByRole('button', { name: /^What happened\? Event 1:/ });
    await user.click(ask);
    await screen.findByRole('region', { name: 'What happened after event 1' });
    const time = within(bodyRows()[1]!).getByRole('button', { pressed: false });
    await user.click(time);
    screen.getByRole('region', { name: 'Selected row' });
    // In the results (the Lead box, empty): the details go first; the focus stays in the box (it went
    // to their row, away from where the admin was), and the status says what closed.
    const lead = within(panel).getByRole('searchbox', { name: 'Lead' });
    lead.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Selected row' })).toBeNull();
    await afterNextFrame();
    expect(lead).toHaveFocus();
    expect(screen.getByTestId('sim-spoken-status')).toHaveTextContent(/^Closed the details of the skip at Mon 1 Jun 2026, 10:10 EDT\.$/);
    expect(screen.getByRole('region', { name: 'What happened after event 1' })).toBeInTheDocument();
    // Text in the Lead box: Escape is the dialog's, which empties it; the answer stays open.
    await user.type(lead, 'l1');
    await user.keyboard('{Escape}');
    expect(reachedDialog).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('region', { name: 'What happened after event 1' })).toBeInTheDocument();
    // Beside the answer (its event's Edit button): the answer goes, the focus staying on Edit.
    const edit = within(panel).getByRole('button', { name: /^Edit event 1/ });
    edit.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'What happened after event 1' })).toBeNull();
    await afterNextFrame();
    expect(edit).toHaveFocus();
    expect(screen.getByTestId('sim-spoken-status')).toHaveTextContent(/^Closed what happened after event 1\.$/);
    expect(reachedDialog).toHaveBeenCalledTimes(1);
    // Nothing open: the next Escape goes on to the dialog, as before.
    await user.keyboard('{Escape}');
    expect(reachedDialog).toHaveBeenCalledTimes(2);
  });

  it('closes an open event editor on an Escape elsewhere in the simulator (a result filter), after open details, before the dialog hears it; the focus stays', async () => {
    const { user, panel } = await withFollowUpSample();
    const reachedDialog = escapesReachingDialog();
    const edit = within(panel).getByRole('button', { name: /^Edit event 2/ });
    await user.click(edit);
    screen.getByRole('group', { name: 'Event 2' });
    // The focus on the results' Outcome filter, no details open: the editor goes, the focus stays on
    // the filter (it went to the Edit button, below the results), and the status says so.
    const outcome = within(panel).getByRole('combobox', { name: 'Outcome' });
    outcome.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Event 2' })).toBeNull();
    await afterNextFrame();
    expect(outcome).toHaveFocus();
    expect(screen.getByTestId('sim-spoken-status')).toHaveTextContent(/^Closed the editor of event 2\.$/);
    expect(edit).toHaveAttribute('aria-expanded', 'false');
    expect(reachedDialog).not.toHaveBeenCalled();
    // With a result's details open too: from the filter, the details first (the nearer), then the editor.
    await user.click(edit);
    await user.click(within(bodyRows()[1]!).getByRole('button', { pressed: false }));
    screen.getByRole('region', { name: 'Selected row' });
    outcome.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Selected row' })).toBeNull();
    expect(screen.getByRole('group', { name: 'Event 2' })).toBeInTheDocument();
    outcome.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Event 2' })).toBeNull();
    await afterNextFrame();
    expect(outcome).toHaveFocus();
    // From "Run simulation" (the toolbar) too; the same words again are said again (a new node).
    const said = screen.getByTestId('sim-spoken-status').firstChild;
    await user.click(edit);
    const run = within(panel).getByRole('button', { name: 'Run simulation' });
    run.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Event 2' })).toBeNull();
    await afterNextFrame();
    expect(run).toHaveFocus();
    expect(screen.getByTestId('sim-spoken-status')).toHaveTextContent(/^Closed the editor of event 2\.$/);
    expect(screen.getByTestId('sim-spoken-status').firstChild).not.toBe(said);
    expect(reachedDialog).not.toHaveBeenCalled();
    // Nothing open: the next Escape goes on to the dialog, as before.
    await user.keyboard('{Escape}');
    expect(reachedDialog).toHaveBeenCalledTimes(1);
  });

  it('closes open details on an Escape in the Start box, even with an event editor open beside it in the composer (the editor first)', async () => {
    const { user, panel } = await withFollowUpSample();
    const reachedDialog = escapesReachingDialog();
    const time = within(bodyRows()[1]!).getByRole('button', { pressed: false });
    await user.click(time);
    screen.getByRole('region', { name: 'Selected row' });
    const start = within(panel).getByRole('textbox', { name: /^Start .*, time \(24-hour\)$/ });
    start.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Selected row' })).toBeNull();
    await afterNextFrame();
    expect(start).toHaveFocus(); // not taken up to the row, above the composer
    // Details and an editor open, the focus in Start (in the composer): its editor goes first, then the details.
    const edit = within(panel).getByRole('button', { name: /^Edit event 1/ });
    await user.click(edit);
    await user.click(within(bodyRows()[1]!).getByRole('button', { pressed: false }));
    start.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: 'Event 1' })).toBeNull();
    expect(screen.getByRole('region', { name: 'Selected row' })).toBeInTheDocument();
    await afterNextFrame();
    expect(start).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Selected row' })).toBeNull();
    expect(reachedDialog).not.toHaveBeenCalled();
  });

  it("keeps the focus on the row Escape is pressed on when another row's details close, and in the filter that hid their row", async () => {
    const { user, panel } = await withFollowUpSample();
    await user.click(within(bodyRows()[1]!).getByRole('button', { pressed: false }));
    screen.getByRole('region', { name: 'Selected row' });
    // Up to the first row, then Escape: the second row's details close, the admin stays on the first
    // (it went to the second row, which in a long list can be far away).
    await user.keyboard('{ArrowUp}');
    const first = within(bodyRows()[0]!).getByRole('button', { pressed: false });
    expect(first).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Selected row' })).toBeNull();
    await afterNextFrame();
    expect(first).toHaveFocus();
    expect(screen.getByTestId('sim-spoken-status')).toHaveTextContent(/^Closed the details of the skip at Mon 1 Jun 2026, 10:10 EDT\.$/);
    // Details of a row the Outcome filter then hides: Escape in the filter leaves the focus there
    // (it went to the table).
    await user.click(within(bodyRows()[1]!).getByRole('button', { pressed: false }));
    const outcome = within(panel).getByRole('combobox', { name: 'Outcome' });
    await user.selectOptions(outcome, 'Runs only');
    outcome.focus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: 'Selected row' })).toBeNull();
    await afterNextFrame();
    expect(outcome).toHaveFocus();
    // From within the details, Escape still gives the focus back to the row that opened them.
    await user.selectOptions(outcome, 'Runs and skips');
    await user.click(within(bodyRows()[1]!).getByRole('button', { pressed: false }));
    within(screen.getByRole('region', { name: 'Selected row' })).getByRole('button', { name: 'Close details' }).focus();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(within(bodyRows()[1]!).getByRole('button', { pressed: false })).toHaveFocus());
  });

  it("names a skip's reason once, also when the engine's sentence opens with it", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Business-hours notice' }));
    await screen.findByText('Expectations: 4 of 4 pass', {}, { timeout: 10_000 });
    const skip = bodyRows().find((r) => /Skipped/.test(r.textContent ?? ''));
    // The engine says "Outside active hours: Thu 10:00 is after ..."; the row reads the label once.
    expect(skip?.textContent).toMatch(/Outside active hours: Thu 10:00 is after 09:00; the hours start again at 18:00 \(America\/New_York\)/);
    expect(skip?.textContent?.match(/Outside active hours/g)).toHaveLength(1);
  });

  it('says how to add events when a run has none to replay', async () => {
    const user = userEvent.setup();
    // A saved bot of its own: the panel keeps each bot's scenario for the page's lifetime.
    render(<Harness saved={{ ...NEW_BOT, id: 'no-events-yet' }} />);
    await user.click(screen.getByRole('button', { name: 'Run simulation' }));
    expect(await screen.findByText(/no events to replay yet: load a sample scenario above or add events below/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(within(table()).getByText(/no events to replay yet/)).toBeInTheDocument();
  });

  it('with leads at the start but no events, says that scheduled and date-field triggers need “Start” and “Until”', async () => {
    const user = userEvent.setup();
    render(<Harness saved={{ ...NEW_BOT, id: 'leads-no-events' }} />);
    await user.click(screen.getByRole('button', { name: 'Add lead' }));
    await waitFor(() => expect(within(table()).getByRole('cell').textContent).toMatch(/^There are no events, so the simulation has no span of time: .*Set both below, or add events\.$/), {
      timeout: 10_000,
    });
    expect(screen.queryByText(/no events to replay yet/)).toBeNull();
  });

  it("asks before a sample replaces the admin's own events, and not when the events are another sample's", async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    const sample = (name: string) => within(panel).getByRole('button', { name });
    await user.click(sample('Welcome on creation'));
    await screen.findByText(/Loaded the sample "Welcome on creation"/);
    // An untouched sample is the app's, not the admin's: the next sample replaces it at once.
    await user.click(sample('Follow-up 10 minutes after Qualified'));
    await screen.findByText(/Loaded the sample "Follow-up 10 minutes after Qualified"/);
    await screen.findByText('Expectations: 2 of 2 pass', {}, { timeout: 10_000 });

    await user.click(within(panel).getByRole('button', { name: 'Add event' }));
    await user.click(sample('Story mention thanks'));
    const question = within(panel).getByRole('group', { name: /^Load “Story mention thanks”\?/ });
    expect(question).toHaveTextContent('It replaces your 4 events, 2 leads and expectations, and applies');
    await waitFor(() => expect(within(question).getByRole('button', { name: 'Keep mine' })).toHaveFocus());
    await user.click(within(question).getByRole('button', { name: 'Keep mine' }));
    expect(within(panel).queryByRole('group', { name: /^Load “/ })).toBeNull();
    expect(sample('Story mention thanks')).toHaveFocus();
    expect(screen.queryByText(/Loaded the sample "Story mention thanks"/)).toBeNull();
    // Said, as the question went silently.
    expect(within(panel).getByText('Kept your scenario: the sample "Story mention thanks" was not loaded.')).toBeInTheDocument();

    // Escape answers "Keep mine" too, and only that.
    await user.click(sample('Story mention thanks'));
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Keep mine' })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(within(panel).queryByRole('group', { name: /^Load “/ })).toBeNull();
    expect(sample('Story mention thanks')).toHaveFocus();

    await user.click(sample('Story mention thanks'));
    await user.click(within(panel).getByRole('button', { name: 'Replace them' }));
    await screen.findByText(/Loaded the sample "Story mention thanks"/);
    expect(sample('Story mention thanks')).toHaveFocus();
    // The sample's description without the contract's rule numbers.
    expect(within(panel).getByText(/a mention on another channel does not match\.$/)).toBeInTheDocument();
  });

  it("removes a sample's expectations on request, keeping its events, also for the next visit", async () => {
    const { user, panel, unmount } = await withFollowUpSample();
    await user.click(within(panel).getByRole('button', { name: 'Remove the expectations' }));
    expect(within(panel).queryByRole('heading', { name: /^Expectations/ })).toBeNull();
    expect(within(panel).getByText('Removed the expectations: the results are no longer checked.')).toBeInTheDocument();
    expect(within(panel).getByRole('table', { name: 'Runs and skips' })).toHaveFocus();
    expect(bodyRows()).toHaveLength(2);
    unmount();
    render(<Harness />);
    await waitFor(() => expect(screen.getByTestId('sim-status').textContent).toMatch(/· 3 events ·/), { timeout: 10_000 });
    expect(screen.queryByRole('heading', { name: /^Expectations/ })).toBeNull();
  });

  it('clears the whole scenario in one step, after asking (Keep it keeps, with the focus back), also for the next visit', async () => {
    const { user, panel, unmount } = await withFollowUpSample();
    const clear = within(panel).getByRole('button', { name: 'Clear the scenario' });
    await user.click(clear);
    const question = within(panel).getByRole('group', { name: /^Clear the scenario\?/ });
    expect(question).toHaveAccessibleName(
      'Clear the scenario? Its 3 events, its 2 leads at the start, “Start” and “Until” and its expectations go; this cannot be undone (export the scenario first to keep it).',
    );
    expect(within(question).getByRole('button', { name: 'Keep it' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(within(panel).queryByRole('group', { name: /^Clear the scenario\?/ })).toBeNull();
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Clear the scenario' })).toHaveFocus());
    await user.click(within(panel).getByRole('button', { name: 'Clear the scenario' }));
    await user.click(within(panel).getByRole('button', { name: 'Clear it' }));
    expect(within(panel).getByText('Cleared the scenario: no events, no leads.')).toBeInTheDocument();
    expect(within(panel).getByRole('heading', { name: 'Events (0)' })).toBeInTheDocument();
    expect(within(panel).getByLabelText('Until (America/New_York; empty: last event)')).toHaveValue('');
    expect(within(panel).queryByRole('heading', { name: /^Expectations/ })).toBeNull();
    await waitFor(() => expect(within(panel).getByRole('button', { name: 'Add event' })).toHaveFocus());
    expect(within(panel).queryByRole('button', { name: 'Clear the scenario' })).toBeNull(); // nothing left to clear
    unmount();
    render(<Harness />);
    expect(await screen.findByRole('heading', { name: 'Events (0)' })).toBeInTheDocument();
  });

  it('says when a run is planned after the simulation ends, and extends "Until" to it on request', async () => {
    const { user, panel } = await withFollowUpSample();
    expect(within(panel).queryByRole('region', { name: /after the end$/ })).toBeNull();
    // Ten hours: l1's run is due at 20:00, after the sample's "Until" (11:00); l2 left the stage, so it has none.
    setDraftFromTest({ ...NEW_BOT, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 600 }] });
    const notice = await screen.findByRole('region', { name: 'A run after the end' }, { timeout: 10_000 });
    expect(notice).toHaveTextContent('This bot has a run planned for after the simulation ends (Mon 1 Jun 2026, 20:00 EDT), so it is not in the results. The simulation ends at “Until”.');
    // The sample checks its results: extending the end can fail that check, said before it does.
    expect(notice).toHaveTextContent('The scenario’s expectations were written for this end: with the run included, they may no longer hold.');
    await user.click(within(notice).getByRole('button', { name: 'Extend “Until” to include it' }));
    await waitFor(() => expect(bodyRows().map((r) => r.textContent).join('\n')).toMatch(/Mon 1 Jun 2026, 20:00 EDT.*l1.*Ran/), { timeout: 10_000 });
    expect(within(panel).queryByRole('region', { name: /after the end$/ })).toBeNull();
    expect(within(panel).getByRole('table', { name: 'Runs and skips' })).toHaveFocus();
    expect(within(panel).getByText('“Until” is now Mon 1 Jun 2026, 20:00 EDT, the last run that was planned after the end.')).toBeInTheDocument();
  });

  it('says a loaded sample once, in one sentence with its results, verdict and diff, not in three live regions at once', async () => {
    const saved: Bot = { ...NEW_BOT, id: 'bot-7', version: 1 };
    const user = userEvent.setup();
    render(<Harness saved={saved} />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    const heard = listenToLiveRegions(panel);
    await user.click(within(panel).getByRole('button', { name: 'Follow-up 10 minutes after Qualified' }));
    await user.click(within(panel).getByRole('button', { name: 'Replace them' })); // the saved bot's settings are the admin's
    await screen.findByText('Expectations: 2 of 2 pass', {}, { timeout: 10_000 });
    // The notice stays on the page with every detail, but is not what is said.
    expect(within(panel).getByText(/^Loaded the sample "Follow-up 10 minutes after Qualified"\. Its bot's triggers, conditions/)).not.toHaveAttribute('role');
    await waitFor(() =>
      expect(heard()).toEqual([
        "Loaded the sample “Follow-up 10 minutes after Qualified” and applied its bot's settings to your draft (not saved): 1 run and 1 skip; every expectation holds; draft versus saved, the edit gains 1 run.",
      ]),
    );
    // An edit that changes the verdict but not the counts: only the verdict is said.
    setDraftFromTest({ ...saved, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 11 }] });
    await screen.findByText('Expectations: 1 of 3 pass', {}, { timeout: 10_000 });
    await waitFor(() => expect(heard().slice(1)).toEqual(['Expectations: 2 expectations failed.']));
  });

  it('says the results, the verdict and the diff when a draft with errors turns valid in one message of one status, not three', async () => {
    const saved: Bot = { ...NEW_BOT, id: 'bot-7', version: 1 };
    const user = userEvent.setup();
    let applied: Bot | null = null;
    // The sample's checks kept with the bot, and its bot's settings.
    const first = render(<Harness saved={saved} onApply={(b) => (applied = b)} />);
    await user.click(within(screen.getByRole('region', { name: 'Simulator' })).getByRole('button', { name: 'Follow-up 10 minutes after Qualified' }));
    await user.click(screen.getByRole('button', { name: 'Replace them' }));
    await screen.findByText('Expectations: 2 of 2 pass', {}, { timeout: 10_000 });
    first.unmount();
    const sampleBot: Bot = applied!;
    // Opened again with a draft that cannot run (a stage trigger with no stage): no results yet.
    render(<Harness saved={saved} draft={{ ...saved, triggers: [{ type: 'lead_moved_to_stage', stageIds: [], delayMinutes: 10 }] }} />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    await within(panel).findByText(/^The draft has errors, so it cannot be simulated yet/);
    expect(within(panel).queryByRole('region', { name: 'Results' })).toBeNull();
    const { heard, stop } = listenToLiveRegionChanges(panel);
    try {
      setDraftFromTest({ ...saved, triggers: sampleBot.triggers, conditions: sampleBot.conditions, activeHours: sampleBot.activeHours });
      await screen.findByText('Expectations: 2 of 2 pass', {}, { timeout: 10_000 });
      expect(within(panel).getByText('The edit gains 1 run.')).toBeInTheDocument();
      // One change, one announcement: the three parts had a status each, and were heard as three messages.
      await waitFor(() => expect(heard).toEqual(['Results: 1 run and 1 skip. Expectations: every expectation holds. Draft versus saved: the edit gains 1 run.']));
      await act(() => new Promise((resolve) => setTimeout(resolve, 200)));
      expect(heard).toHaveLength(1);
      expect(within(panel).getAllByRole('status').filter((s) => s.textContent?.includes('Expectations:'))).toEqual([screen.getByTestId('sim-spoken-status')]);
    } finally {
      stop();
    }
  });

  it("says a sample's events loaded alone in one sentence too, with the admin's bot unchanged", async () => {
    const user = userEvent.setup();
    render(<Harness saved={{ ...NEW_BOT, id: 'bot-7', version: 1 }} />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    const heard = listenToLiveRegions(panel);
    await user.click(within(panel).getByRole('button', { name: 'Follow-up 10 minutes after Qualified' }));
    await user.click(within(panel).getByRole('button', { name: 'Only its events' }));
    await waitFor(() =>
      expect(heard()).toEqual(['Loaded the events of the sample “Follow-up 10 minutes after Qualified” against your unchanged bot, without its expectations: 0 runs and 0 skips.']),
      { timeout: 10_000 },
    );
  });

  it('speaks the outcome of a re-run only when it changes: no "Running…", no engine time', async () => {
    await withFollowUpSample();
    const spoken = screen.getByTestId('sim-spoken-status');
    expect(spoken).toHaveAttribute('role', 'status');
    // The sample's load is said with its results, in one sentence (see the test on loading a sample).
    expect(spoken).toHaveTextContent(/^Loaded the sample .*: 1 run and 1 skip; every expectation holds\.$/);
    expect(screen.getByTestId('sim-status')).not.toHaveAttribute('role');
    expect(screen.getByTestId('sim-status')).not.toHaveAttribute('aria-live');
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(spoken.textContent ?? ''));
    observer.observe(spoken, { childList: true, characterData: true, subtree: true });
    // Eleven minutes instead of ten: the run moves, the counts stay: only the new verdict is said.
    setDraftFromTest({ ...NEW_BOT, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 11 }] });
    await screen.findByText('Expectations: 1 of 3 pass', {}, { timeout: 10_000 });
    await waitFor(() => expect(heard.filter((t, i) => t !== heard[i - 1])).toEqual(['Expectations: 2 expectations failed.']));
    heard.length = 0;
    // Three minutes: l2 no longer leaves first, two runs and no skip.
    setDraftFromTest({ ...NEW_BOT, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 3 }] });
    await waitFor(() => expect(spoken).toHaveTextContent('Results: 2 runs and 0 skips.'), { timeout: 10_000 });
    expect(heard.filter((t, i) => t !== heard[i - 1])).toEqual(['Results: 2 runs and 0 skips.']);
    observer.disconnect();
  });

  it('speaks the row count once after a filter changes, not at re-runs, and nothing about a run of no events', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    await waitFor(() => expect(screen.getByTestId('sim-status').textContent).toMatch(/· 0 events ·/), { timeout: 10_000 });
    expect(screen.getByTestId('sim-spoken-status')).toHaveTextContent(/^$/);
    await user.click(within(panel).getByRole('button', { name: 'Follow-up 10 minutes after Qualified' }));
    await screen.findByText('Expectations: 2 of 2 pass', {}, { timeout: 10_000 });
    const spokenCount = screen.getByTestId('sim-filter-count');
    expect(spokenCount).toHaveAttribute('aria-live', 'polite');
    expect(spokenCount).toHaveTextContent(/^$/);
    expect(within(panel).getByText('2 rows')).toBeInTheDocument();
    await user.selectOptions(within(panel).getByLabelText('Outcome'), 'Runs only');
    await waitFor(() => expect(spokenCount).toHaveTextContent('1 of 2 rows'));
    // Another filter with as many rows is said again (the region empties, then says it).
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(spokenCount.textContent ?? ''));
    observer.observe(spokenCount, { childList: true, characterData: true, subtree: true });
    await user.type(within(panel).getByLabelText('Lead'), 'l1');
    await waitFor(() => expect(heard.filter((t, i) => t !== heard[i - 1])).toEqual(['', '1 of 2 rows']));
    await user.clear(within(panel).getByLabelText('Lead'));
    await waitFor(() => expect(heard.filter((t, i) => t !== heard[i - 1])).toEqual(['', '1 of 2 rows', '', '1 of 2 rows']));
    observer.disconnect();
    // Three minutes: two runs and no skip; the count is shown, not spoken again.
    setDraftFromTest({ ...NEW_BOT, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 3 }] });
    await waitFor(() => expect(within(panel).getByText('2 rows')).toBeInTheDocument(), { timeout: 10_000 }); // all rows are runs now
    expect(spokenCount).toHaveTextContent('1 of 2 rows');
  });

  it('says an added lead in its one status (not in a status of the composer too), the focus on the new lead\'s id', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    await screen.findByText(/^Replayed in/, {}, { timeout: 10_000 });
    const { heard, observer } = listenToSpokenStatus();
    await user.click(within(panel).getByRole('button', { name: 'Add lead' }));
    expect(within(panel).getByRole('textbox', { name: 'Lead id' })).toHaveFocus();
    await user.click(within(panel).getByRole('button', { name: 'Add lead' }));
    expect(within(panel).getAllByRole('textbox', { name: 'Lead id' })[1]).toHaveFocus();
    await waitFor(() => expect(heard).toEqual(['Added lead l1.', 'Added lead l2.']));
    expect(within(panel).getAllByRole('status').filter((s) => s.textContent?.includes('Added lead'))).toEqual([screen.getByTestId('sim-spoken-status')]);
    observer.disconnect();
  });

  it('says which event stops the replay by its number, not by the validator\'s path', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    await user.click(within(panel).getByRole('button', { name: 'Add lead' })); // l1
    await user.click(within(panel).getByRole('button', { name: 'Add event' })); // about l1
    // The lead takes another id: the event still names l1.
    const id = within(panel).getByRole('textbox', { name: 'Lead id' });
    await user.clear(id);
    await user.type(id, 'l9');
    const alert = await within(panel).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('Event 1: No lead "l1" exists at this point: add it to the leads at the start, or create it with an earlier "Lead created" event (lead_created).');
    expect(alert).not.toHaveTextContent('events.0');
  });

  it('marks the results out of date, and does not say the expectations hold, while the scenario cannot run', async () => {
    const { user, panel } = await withFollowUpSample();
    expect(within(panel).getByText('Every expectation holds.')).toBeInTheDocument();
    // Events 2 and 3 name l2: without it the scenario cannot run.
    const { heard, observer } = listenToSpokenStatus();
    await user.click(within(panel).getByRole('button', { name: 'Remove lead l2' }));
    const alert = await within(panel).findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent(/^The scenario has problems to fix before it can run \(the results below are from before this change, not checked against it\):/);
    expect(within(panel).getByRole('heading', { name: /^Results: .* \(out of date: from before your last change\)$/ })).toBeInTheDocument();
    expect(within(panel).queryByText('Every expectation holds.')).toBeNull();
    expect(within(panel).getByText('Not checked: the last change cannot run yet, so these are the checks of the results before it.')).toBeInTheDocument();
    // Said where the problem is: the removal (in the panel's one status, before the run's words)
    // names the events that still use the lead, and each says why under it.
    expect(heard).toEqual(['Removed lead l2. Events 2 and 3 still name it: give them another lead, or add the lead back.', 'The events cannot be simulated; see the problems below.']);
    observer.disconnect();
    expect(within(panel).getByRole('button', { name: /^Edit event 2:/ })).toHaveAccessibleDescription(/^No lead "l2" exists at this point/);
    expect(within(panel).getByRole('button', { name: /^Edit event 1:/ })).not.toHaveAccessibleDescription(/No lead/);
    // Fixed (the lead added back as l2): current again.
    await user.click(within(panel).getByRole('button', { name: 'Add lead' }));
    await within(panel).findByText('Every expectation holds.', {}, { timeout: 10_000 });
    expect(within(panel).queryByText(/out of date/)).toBeNull();
  });

  it('re-runs on its own when the draft changes, without saving', async () => {
    await withFollowUpSample();
    setDraftFromTest({ ...NEW_BOT, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 3 }] });
    // 3 minutes: l1 runs at 10:03, l2 no longer leaves first; every expectation now fails.
    await screen.findByText('Expectations: 0 of 4 pass', {}, { timeout: 10_000 });
    expect(bodyRows().map((r) => r.textContent).join('\n')).toMatch(/10:03 EDT.*l2.*Ran/);
  });

  it('does not re-run for a new name, and shows the name', async () => {
    const { panel } = await withFollowUpSample();
    const run = vi.spyOn(sharedClient(), 'run');
    try {
      // Timers under the test's control: a re-run the new name scheduled would be due within the debounce.
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
      try {
        setDraftFromTest((d: Bot) => ({ ...d, name: 'Qualified follow-up' }));
        expect(within(panel).getByRole('option', { name: 'Qualified follow-up (this bot)' })).toBeInTheDocument();
        await act(() => vi.advanceTimersByTimeAsync(RERUN_DEBOUNCE_MS * 3));
      } finally {
        vi.useRealTimers();
      }
      expect(run).not.toHaveBeenCalled();
      // How it runs still counts.
      setDraftFromTest((d: Bot) => ({ ...d, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 3 }] }));
      await screen.findByText('Expectations: 0 of 4 pass', {}, { timeout: 10_000 });
      expect(run).toHaveBeenCalledTimes(1);
      expect(run.mock.calls[0]![1].name).toBe('Qualified follow-up');
      expect(within(panel).getByRole('option', { name: 'Qualified follow-up (this bot)' })).toBeInTheDocument();
    } finally {
      run.mockRestore();
    }
  });

  it('says that a disabled draft never starts, and why its expectations fail', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Welcome on creation' }));
    await screen.findByText('Expectations: 1 of 1 pass', {}, { timeout: 10_000 });
    const off = /This bot is turned off \(“Bot enabled”\), so the replay shows it never starting/;
    expect(screen.queryByText(off)).toBeNull();
    const { heard, stop } = listenToLiveRegionChanges(screen.getByRole('region', { name: 'Simulator' }));
    setDraftFromTest({ ...NEW_BOT, enabled: false, triggers: [{ type: 'lead_created_in_stage', stageIds: ['s-incoming'], delayMinutes: 0 }] });
    await screen.findByText('Expectations: 0 of 1 pass', {}, { timeout: 10_000 });
    expect(screen.getByText(off)).toBeInTheDocument();
    // Said, once: switched off while the simulator is open, the admin hears why nothing starts.
    await waitFor(() => expect(heard.filter((h) => off.test(h))).toHaveLength(1));
    stop();
    setDraftFromTest({ ...NEW_BOT, triggers: [{ type: 'lead_created_in_stage', stageIds: ['s-incoming'], delayMinutes: 0 }] });
    await screen.findByText('Expectations: 1 of 1 pass', {}, { timeout: 10_000 });
    expect(screen.queryByText(off)).toBeNull();
  });

  it('says why an invalid draft is not simulated', async () => {
    render(<Harness />);
    setDraftFromTest({ ...NEW_BOT, conditions: [{ type: 'tags', mode: 'and', tagIds: [] }] });
    expect(await screen.findByText(/The draft has errors, so it cannot be simulated/)).toBeInTheDocument();
    // Where, in the editor's words, not the validator's path.
    expect(screen.getByText(/Condition 1 \(Tags\): Select at least one tag\./)).toBeInTheDocument();
    expect(screen.queryByText(/conditions\.0\.tagIds/)).toBeNull();
    // Reachable by Tab, and says why it does nothing: the list of errors is its description.
    const run = screen.getByRole('button', { name: 'Run simulation' });
    expect(run).toHaveAttribute('aria-disabled', 'true');
    expect(run).not.toBeDisabled();
    expect(run).toHaveAccessibleDescription(/^The draft has errors, so it cannot be simulated yet: Condition 1 \(Tags\): Select at least one tag\./);
    // Seen, not spoken: it changes with every keystroke in the form, whose own errors say the same
    // beside their fields (a new Sale condition's "Enter a minimum…" was read out at once).
    const list = screen.getByText(/The draft has errors, so it cannot be simulated/).parentElement!;
    expect(list.closest('[role="status"], [role="alert"], [aria-live]')).toBeNull();
  });

  it('lists the errors of a broken scenario file with their paths', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const file = new File([JSON.stringify({ name: 'Broken', account, bots: [], events: [{ at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'ghost' }] })], 'broken.json', {
      type: 'application/json',
    });
    await user.upload(screen.getByLabelText('Import scenario file'), file);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/events\.0\.leadId/);
    expect(alert.textContent).toMatch(/No lead "ghost" exists/);
    // The box to import the fixed file from is marked and described by them.
    const box = screen.getByLabelText('Import scenario file');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription(/^The file cannot be used\..*No lead "ghost" exists/);
  });

  it("asks before a sample replaces the admin's bot, and can bring the sample's events alone", async () => {
    const user = userEvent.setup();
    const saved: Bot = { ...NEW_BOT, id: 'bot-7', version: 3 };
    render(<Harness saved={saved} />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    await user.click(within(panel).getByRole('button', { name: 'Follow-up 10 minutes after Qualified' }));
    expect(
      within(panel).getByText(
        "Load “Follow-up 10 minutes after Qualified”? It replaces your bot's settings (triggers, conditions, active hours, message status, on/off) with the sample's (in the draft; nothing is saved).",
      ),
    ).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Only its events' }));
    expect(await within(panel).findByText(/Loaded the events of the sample "Follow-up 10 minutes after Qualified"; your bot is unchanged/)).toBeInTheDocument();
    // Named as the sample's events, without the sample's description (it speaks of the sample's bot).
    expect(within(panel).getByText('Events of “Follow-up 10 minutes after Qualified”')).toBeInTheDocument();
    // The admin's bot (a conversation trigger) against the sample's stage moves: no run, and no sample checks.
    expect(await screen.findByText(/No bot ran or was skipped before the end of the simulation/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByText(/Expectations:/)).toBeNull();
    // Replacing applies the sample's bot; a second sample then asks about the events only, not the bot it applied.
    await user.click(within(panel).getByRole('button', { name: 'Welcome on creation' }));
    await user.click(within(panel).getByRole('button', { name: 'Replace them' }));
    await screen.findByText(/Expectations: \d+ of \d+ pass/, {}, { timeout: 10_000 });
    await user.click(within(panel).getByRole('button', { name: 'Follow-up 10 minutes after Qualified' }));
    await screen.findByText(/Loaded the sample "Follow-up 10 minutes after Qualified"/);
  });

  it('shows what the draft changes against the saved version', async () => {
    const saved: Bot = { ...NEW_BOT, id: 'bot-9', version: 2, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 10 }] };
    await withFollowUpSample({ saved });
    setDraftFromTest({ ...saved, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 20 }] });
    expect(await screen.findByText(/^The edit moves 1 run in time/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByText(/Moved: lead l1 from Mon 1 Jun 2026, 10:10 EDT to Mon 1 Jun 2026, 10:20 EDT/)).toBeInTheDocument();
  });

  it('compares nothing with the saved version while there is no event to replay', async () => {
    const saved: Bot = { ...NEW_BOT, id: 'bot-10', version: 2, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 10 }] };
    const run = vi.spyOn(sharedClient(), 'run');
    render(<Harness saved={saved} />);
    const edited = [{ type: 'lead_moved_to_stage' as const, stageIds: ['s-qualified'], delayMinutes: 20 }];
    setDraftFromTest({ ...saved, triggers: edited });
    // The run of the edited draft has answered and is shown (the only run: the edit came before the first was due).
    await waitFor(() => expect(screen.getByTestId('sim-status').textContent).toMatch(/· 0 events ·/), { timeout: 10_000 });
    expect(run).toHaveBeenCalledTimes(1);
    expect(run.mock.calls[0]![1].triggers).toEqual(edited);
    expect(run.mock.calls[0]![2]).toEqual(saved);
    expect(screen.queryByRole('heading', { name: 'Draft versus saved' })).toBeNull();
  });

  it('keeps the checks with the bot and brings them back next time', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'WhatsApp replies, 10-minute cooldown' }));
    await screen.findByText(/Expectations: 4 of 4 pass/, {}, { timeout: 10_000 });
    expect(localStorage.getItem(NEW_BOT_CHECKS)).toContain('WhatsApp confirmation');
    unmount();
    render(<Harness />);
    expect(screen.getByText(/WhatsApp confirmation at most once/)).toBeInTheDocument();
  });

  it("moves a new bot's scenario to the bot when it is first saved, so the next new bot starts empty", async () => {
    const user = userEvent.setup();
    const { rerender, unmount } = render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    const events = screen.getByText(/^Events \(\d+\)$/).textContent;
    expect(localStorage.getItem(NEW_BOT_CHECKS)).not.toBeNull();
    // The dialog's first save gives the draft its id.
    rerender(<Harness saved={{ ...NEW_BOT, id: 'b-first' }} />);
    expect(screen.getByText(/^Events \(\d+\)$/).textContent).toBe(events);
    await waitFor(() => expect(localStorage.getItem(NEW_BOT_CHECKS)).toBeNull());
    expect(localStorage.getItem('salesbot-studio:checks:b-first')).not.toBeNull();
    unmount();
    render(<Harness />);
    expect(screen.getByText('Events (0)')).toBeInTheDocument();
  });

  it('brings back, after a reload, events that break a rule, and shows the problem instead of dropping them', async () => {
    // Event 1 ("Lead l1 created") was deleted: the move of l1 names a lead that no longer exists.
    const moved = { at: '2026-06-01T14:05:00Z', type: 'lead_moved', leadId: 'l1', toStageId: 's-qualified' };
    const text = JSON.stringify({ v: 1, name: 'My scenario', leads: [], events: [moved], mainBotRef: null, otherBots: [] });
    localStorage.setItem(NEW_BOT_CHECKS, text);
    render(<Harness />);
    expect(screen.getByText('Events (1)')).toBeInTheDocument();
    expect((await screen.findByRole('alert')).textContent).toMatch(/No lead "l1" exists/);
    expect(JSON.parse(localStorage.getItem(NEW_BOT_CHECKS)!).events).toEqual([moved]);
    expect(screen.queryByText(/could not be read/)).toBeNull();
  });

  it('sets aside a kept copy it cannot read, says so, and forgets it only when asked', async () => {
    const user = userEvent.setup();
    localStorage.setItem(NEW_BOT_CHECKS, '{"v":1,"events":[{"at":');
    const { unmount } = render(<Harness />);
    expect(screen.getByText('Events (0)')).toBeInTheDocument();
    expect(screen.getByText(/could not be read/)).toBeInTheDocument();
    expect(localStorage.getItem(unreadableKey(DRAFT_ID))).toBe('{"v":1,"events":[{"at":');
    // Still there on the next visit, until discarded.
    unmount();
    forgetAllWorkbenches();
    render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Discard the unreadable copy' }));
    expect(localStorage.getItem(unreadableKey(DRAFT_ID))).toBeNull();
    expect(screen.queryByText(/could not be read/)).toBeNull();
    expect(screen.getByText('Discarded the unreadable copy.')).toHaveFocus();
  });

  it('says when the browser does not keep the events, and leaves no older copy to come back', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness />);
    await user.click(screen.getByRole('button', { name: 'Add event' }));
    expect(localStorage.getItem(NEW_BOT_CHECKS)).not.toBeNull();
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    try {
      await user.click(screen.getByRole('button', { name: 'Add event' }));
      expect(await screen.findByText(/This browser does not keep the scenario \(its storage is full or blocked\), so a reload loses it/)).toBeInTheDocument();
    } finally {
      full.mockRestore();
    }
    expect(localStorage.getItem(NEW_BOT_CHECKS)).toBeNull();
    unmount();
  });

  it('opens when the browser blocks site data (localStorage throws)', async () => {
    const user = userEvent.setup();
    const blocked = vi.spyOn(window, 'localStorage', 'get').mockImplementation(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    try {
      render(<Harness />);
      await user.click(screen.getByRole('button', { name: 'Add event' }));
      expect(screen.getByText('Events (1)')).toBeInTheDocument();
      expect(await screen.findByText(/This browser does not keep the scenario/)).toBeInTheDocument();
    } finally {
      blocked.mockRestore();
    }
  });

  it('brings a deleted bot\'s events to the new bot its draft is kept as, unless the new bot has its own', () => {
    const call = { at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'l1' };
    const lead = { id: 'l1', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 };
    const kept = (events: unknown[]) => JSON.stringify({ v: 1, name: 'My scenario', leads: [lead], events, mainBotRef: null, otherBots: [] });
    localStorage.setItem('salesbot-studio:checks:gone', kept([call, call]));
    adoptDeletedBotScenario('gone');
    expect(localStorage.getItem('salesbot-studio:checks:gone')).toBeNull();
    const { unmount } = render(<Harness />);
    expect(screen.getByText('Events (2)')).toBeInTheDocument();
    unmount();
    // The new bot's own scenario wins; the deleted bot's stays where it was, lost to no one.
    localStorage.setItem('salesbot-studio:checks:gone-too', kept([call]));
    adoptDeletedBotScenario('gone-too');
    expect(localStorage.getItem('salesbot-studio:checks:gone-too')).not.toBeNull();
    render(<Harness />);
    expect(screen.getByText('Events (2)')).toBeInTheDocument();
  });

  /** A scenario file with one bot (a stage move, 10 minutes later) and two events. */
  const fileOf = (name: string, bot: Partial<Bot> = {}, fileAccount: unknown = account, extra: object = {}) =>
    new File(
      [
        JSON.stringify({
          name,
          account: fileAccount,
          leads: [{ id: 'f1', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 0 }],
          bots: [{ ...NEW_BOT, id: 'file-bot', name: 'File bot', triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 10 }], ...bot }],
          events: [
            { at: '2026-06-01T14:00:00Z', type: 'lead_moved', leadId: 'f1', toStageId: 's-qualified' },
            { at: '2026-06-01T15:00:00Z', type: 'call_received', leadId: 'f1' },
          ],
          ...extra,
        }),
      ],
      `${name}.json`,
      { type: 'application/json' },
    );

  it("asks before a file replaces the admin's bot, as a sample does, and can bring the file's events alone", async () => {
    const user = userEvent.setup();
    const applied = vi.fn();
    render(<Harness saved={{ ...NEW_BOT, id: 'bot-file-1', version: 2 }} onApply={applied} />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    const box = screen.getByLabelText('Import scenario file');
    await user.upload(box, fileOf('Stage moves'));
    const question = await within(panel).findByRole('group', { name: /^Import “Stage moves”\?/ });
    expect(question).toHaveTextContent(
      "Import “Stage moves”? It replaces your bot's settings (triggers, conditions, active hours, message status, on/off) with those of its bot “File bot” (in the draft; nothing is saved).",
    );
    await waitFor(() => expect(within(question).getByRole('button', { name: 'Keep mine' })).toHaveFocus());
    expect(screen.queryByText(/Imported/)).toBeNull();

    // Escape keeps the admin's, leaves the dialog alone and goes back to the box.
    await user.keyboard('{Escape}');
    expect(within(panel).queryByRole('group', { name: /^Import “/ })).toBeNull();
    await waitFor(() => expect(box).toHaveFocus());
    expect(applied).not.toHaveBeenCalled();
    expect(screen.queryByText(/Imported/)).toBeNull();
    // Said, as the question went silently: the file was let go.
    expect(await within(panel).findByText('Kept your scenario: "Stage moves" was not imported.')).toBeInTheDocument();

    // "Only its events": the events and leads, against the admin's bot, untouched.
    await user.upload(box, fileOf('Stage moves'));
    await user.click(await within(panel).findByRole('button', { name: 'Only its events' }));
    expect(await within(panel).findByText(/^Imported the events of "Stage moves"; your bot is unchanged\. Its bots were left out\./)).toBeInTheDocument();
    expect(within(panel).getByText('Events of “Stage moves”')).toBeInTheDocument();
    expect(applied).not.toHaveBeenCalled();
    await waitFor(() => expect(screen.getByTestId('sim-status').textContent).toMatch(/· 2 events ·/), { timeout: 10_000 });
    await waitFor(() => expect(box).toHaveFocus());

    // Now the events are the admin's too: the question says so, and "Replace them" applies the file's bot.
    await user.upload(box, fileOf('Stage moves'));
    const again = await within(panel).findByRole('group', { name: /^Import “Stage moves”\?/ });
    expect(again).toHaveTextContent('It replaces your 2 events and 1 lead, and your bot');
    await user.click(within(again).getByRole('button', { name: 'Replace them' }));
    expect(await within(panel).findByText(/^Imported "Stage moves"\. The bot "File bot" was applied to your draft \(not saved\)\./)).toBeInTheDocument();
    expect(applied).toHaveBeenCalledTimes(1);
  });

  it('asks before a file without a bot replaces the events the admin composed; "Keep mine" keeps them', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    await user.click(within(panel).getByRole('button', { name: 'Add event' }));
    await waitFor(() => expect(screen.getByText('Events (1)')).toBeInTheDocument());
    const box = screen.getByLabelText('Import scenario file');
    const eventsOnly = new File([JSON.stringify({ ...JSON.parse(await fileOf('Just events').text()), bots: [] })], 'just-events.json', { type: 'application/json' });
    await user.upload(box, eventsOnly);
    const question = await within(panel).findByRole('group', { name: /^Import “Just events”\?/ });
    expect(question).toHaveTextContent(/^Import “Just events”\? It replaces your 1 event/);
    expect(within(question).queryByRole('button', { name: 'Only its events' })).toBeNull();
    await user.click(within(question).getByRole('button', { name: 'Keep mine' }));
    expect(within(panel).queryByRole('group', { name: /^Import “/ })).toBeNull();
    expect(screen.getByText('Events (1)')).toBeInTheDocument();
    // Asked again, "Replace them" takes the file's.
    await user.upload(box, eventsOnly);
    await user.click(within(await within(panel).findByRole('group', { name: /^Import “Just events”\?/ })).getByRole('button', { name: 'Replace them' }));
    await waitFor(() => expect(screen.getByText('Events (2)')).toBeInTheDocument());
  });

  it('imports a file at once into an untouched new bot, and says when its bot names what this account lacks', async () => {
    const user = userEvent.setup();
    const applied = vi.fn();
    render(<Harness onApply={applied} />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    const box = screen.getByLabelText('Import scenario file');
    // Nothing of the admin's to lose: no question.
    await user.upload(box, fileOf('Stage moves', {}, account, { description: 'Runs 10 minutes after the move to Qualified (R15, R17).' }));
    expect(await within(panel).findByText(/^Imported "Stage moves"\. The bot "File bot" was applied/)).toBeInTheDocument();
    // Its description without the contract's rule numbers, as a sample's.
    expect(within(panel).getByText('Runs 10 minutes after the move to Qualified.')).toBeInTheDocument();
    expect(within(panel).queryByRole('group', { name: /^Import “/ })).toBeNull();
    expect(applied).toHaveBeenCalledTimes(1);

    // A file made where a channel "ch-x" exists: its bot would leave the draft with errors, so it asks, and says why.
    const elsewhere = { ...account, id: 'acc-other', name: 'Other shop', channels: [...account.channels, { id: 'ch-x', name: 'X', kind: 'whatsapp' }] };
    await user.upload(box, fileOf('Elsewhere', { triggers: [{ type: 'conversation_started', direction: 'incoming', channelIds: ['ch-x'] }] }, elsewhere));
    const question = await within(panel).findByRole('group', { name: /^Import “Elsewhere”\?/ });
    expect(question).toHaveTextContent('It was made for the account “Other shop”.');
    expect(question).toHaveTextContent(/Its bot names what this account does not have, so your draft would have errors to fix: .*This channel does not exist in the account \(ch-x\)\./);
    await user.click(within(question).getByRole('button', { name: 'Replace them' }));
    expect(await within(panel).findByText(/It names what this account does not have, so your draft has errors to fix: .*\(ch-x\)/)).toBeInTheDocument();
  });

  it('after a quiet notice (a loaded sample), the next notice is said by the status that was already there', async () => {
    const { user, panel } = await withFollowUpSample();
    // The sample's notice is shown, quiet; an empty status waits beside it for the next notice.
    const live = panel.querySelector('.sim-notice[role="status"]');
    expect(live).not.toBeNull();
    expect(live).toHaveTextContent(/^$/);
    await user.click(within(panel).getByRole('button', { name: 'Add event' })); // now the events are the admin's
    await user.click(within(panel).getByRole('button', { name: 'Story mention thanks' }));
    await user.click(await within(panel).findByRole('button', { name: 'Keep mine' }));
    expect(within(panel).getByText('Kept your scenario: the sample "Story mention thanks" was not loaded.')).toBe(live);
  });

  it("after busy words that bring no new results (a file that asks first), does not say the last run's counts again", async () => {
    const user = userEvent.setup();
    render(<Harness saved={{ ...NEW_BOT, id: 'bot-file-2', version: 2 }} />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    await user.click(within(panel).getByRole('button', { name: 'Follow-up 10 minutes after Qualified' }));
    await user.click(within(panel).getByRole('button', { name: 'Replace them' }));
    await screen.findByText('Expectations: 2 of 2 pass', {}, { timeout: 10_000 });
    const events = () => within(panel).getByText(/^Events \(\d+\)$/).textContent;
    const before = events();
    await user.click(within(panel).getByRole('button', { name: 'Add event' })); // the events are the admin's now
    await waitFor(() => expect(events()).not.toBe(before));
    // Its run answered: "Replayed in … · 5 events · …".
    const n = /\d+/.exec(events() ?? '')![0];
    await waitFor(() => expect(screen.getByTestId('sim-status')).toHaveTextContent(new RegExp(`· ${n} events ·`)), { timeout: 10_000 });
    const heard = listenToLiveRegions(panel);
    await user.upload(screen.getByLabelText('Import scenario file'), fileOf('Stage moves'));
    await within(panel).findByRole('group', { name: /^Import “Stage moves”\?/ });
    await afterNextFrame();
    expect(heard().filter((t) => /^Results/.test(t))).toEqual([]);
    // "Keep mine": said; the old counts still not.
    await user.click(within(panel).getByRole('button', { name: 'Keep mine' }));
    await waitFor(() => expect(heard()).toContain('Kept your scenario: "Stage moves" was not imported.'));
    expect(heard().filter((t) => /^Results/.test(t))).toEqual([]);
  });

  it('says an imported file once, in one sentence with its results, not in the notice and the results at once', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    const heard = listenToLiveRegions(panel);
    await user.upload(screen.getByLabelText('Import scenario file'), fileOf('Stage moves'));
    // The notice keeps every detail on the page, quietly.
    expect(await within(panel).findByText(/^Imported "Stage moves"\. The bot "File bot" was applied/)).not.toHaveAttribute('role');
    await waitFor(() => expect(heard().filter((t) => t !== 'Reading the file…')).toEqual(['Imported “Stage moves” and applied its bot “File bot” to your draft (not saved): 1 run and 0 skips.']), {
      timeout: 10_000,
    });
  });

  it('refuses a file over 64 MB before reading it', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const big = new File(['{}'], 'huge.json', { type: 'application/json' });
    // Its size as the browser reports it; reading it would find "{}", so the refusal came first.
    Object.defineProperty(big, 'size', { value: 65 * 1024 * 1024 });
    await user.upload(screen.getByLabelText('Import scenario file'), big);
    expect((await screen.findByRole('alert')).textContent).toMatch(/The file is 65\.0 MB; the simulator opens scenario files up to 64 MB/);
  });
});

/** The demo account's saved bots, as the app's bots query gives them. */
const SAVED = demoBots as Bot[];
const savedBot = (id: string) => SAVED.find((b) => b.id === id)!;
const ready = (bots: readonly Bot[] = SAVED, retry = () => {}): AccountBotsList => ({ status: 'ready', bots, retry });

/** "Lead l1 created", then an incoming WhatsApp message from l1. */
async function composeMessage(user: ReturnType<typeof userEvent.setup>, panel: HTMLElement) {
  await user.click(within(panel).getByRole('button', { name: 'Add event' }));
  await user.click(within(panel).getByRole('button', { name: 'Add event' }));
  await user.selectOptions(within(panel).getByLabelText('Kind of event'), 'Message');
  expect(within(panel).getByRole('button', { name: 'Edit event 2: Incoming WhatsApp message, lead l1' })).toBeInTheDocument();
}

/** What comes into the panel's spoken status, text by text, from now on. */
/**
 * Once the next animation frame has run: the panel brings its results into view in the frame after
 * it shows them (requestAnimationFrame, asked for as they are shown), so by then it has, or never will.
 */
const afterNextFrame = () => act(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));

function listenToSpokenStatus(): { heard: string[]; observer: MutationObserver } {
  const heard: string[] = [];
  const observer = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) heard.push(n.textContent ?? '');
  });
  observer.observe(screen.getByTestId('sim-spoken-status'), { childList: true, subtree: true });
  return { heard, observer };
}

describe("the account's other bots", () => {
  const rowsText = () => bodyRows().map((r) => r.textContent ?? '');

  it('run beside the draft once included: two saved bots that answer one message both show by name; the bot edited is the draft; one turned off is said', async () => {
    const user = userEvent.setup();
    const list = SAVED.map((b) => (b.id === 'follow-up' ? { ...b, enabled: false } : b));
    render(<Harness saved={savedBot('welcome')} accountBots={ready(list)} />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    await composeMessage(user, panel);
    await waitFor(() => expect(rowsText()).toEqual([expect.stringMatching(/Welcome on creation.*l1.*Ran/)]), { timeout: 10_000 });

    const include = within(panel).getByRole('checkbox', { name: "Include the account's other bots" });
    expect(include).not.toBeChecked(); // off until asked for
    expect(include).toHaveAccessibleDescription(
      "Replays the account's 6 other saved bots beside this draft (the draft stands for its own saved version); each row names its bot. 1 of them is turned off (“Bot enabled”): a bot that is off never starts, so it has no rows.",
    );
    expect(within(panel).queryByRole('option', { name: 'WhatsApp confirmation' })).toBeNull();

    await user.click(include);
    await waitFor(() => expect(rowsText()).toHaveLength(3), { timeout: 10_000 });
    expect(rowsText()).toEqual([
      expect.stringMatching(/Welcome on creation.*l1.*Ran/), // once: the draft stands for the saved bot
      expect.stringMatching(/WhatsApp confirmation.*l1.*Ran/),
      expect.stringMatching(/Business hours notice.*l1.*Skipped.*Outside active hours/),
    ]);
    expect(within(bodyRows()[1]!).getByRole('button')).toHaveAccessibleName(/: ran \(kept unanswered\), WhatsApp confirmation, lead l1$/);
    // The filter offers them by name, the draft marked.
    await user.selectOptions(within(panel).getByLabelText('Bot'), 'Business hours notice');
    expect(rowsText()).toEqual([expect.stringMatching(/Business hours notice/)]);
    expect(within(panel).getByRole('option', { name: 'Welcome on creation (this bot)' })).toBeInTheDocument();
    // "What happened?" names the bot that is off among the others.
    await user.click(within(panel).getByRole('button', { name: /^What happened\? Event 2:/ }));
    expect(await within(panel).findByText(/Other bots turned off \(1\)/, {}, { timeout: 10_000 })).toBeInTheDocument();

    // Left out again: their rows go, and the filter on one of them with them.
    await user.click(include);
    await waitFor(() => expect(rowsText()).toEqual([expect.stringMatching(/Welcome on creation.*l1.*Ran/)]), { timeout: 10_000 });
    expect(within(panel).getByLabelText('Bot')).toHaveValue('');
  });

  it('tell two bots of one name apart by their ids, in the rows and the filter', async () => {
    const user = userEvent.setup();
    const list = SAVED.map((b) => (b.id === 'confirm' ? { ...b, name: 'Welcome on creation' } : b));
    render(<Harness saved={savedBot('welcome')} accountBots={ready(list)} />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    await composeMessage(user, panel);
    await user.click(within(panel).getByRole('checkbox', { name: "Include the account's other bots" }));
    await waitFor(() => expect(rowsText()).toHaveLength(3), { timeout: 10_000 });
    expect(rowsText()).toEqual([
      expect.stringMatching(/Welcome on creation \(welcome\).*l1.*Ran/),
      expect.stringMatching(/Welcome on creation \(confirm\).*l1.*Ran/),
      expect.stringMatching(/Business hours notice.*l1.*Skipped/),
    ]);
    expect(within(panel).getByRole('option', { name: 'Welcome on creation (welcome) (this bot)' })).toBeInTheDocument();
    expect(within(panel).getByRole('option', { name: 'Welcome on creation (confirm)' })).toBeInTheDocument();
  });

  it('are remembered with the scenario kept for the bot, and checked as onlookers: the expectations hold', async () => {
    const user = userEvent.setup();
    const { unmount } = render(<Harness accountBots={ready()} />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    await user.click(within(panel).getByRole('checkbox', { name: "Include the account's other bots" }));
    // A sample keeps the choice: it is the admin's, not the sample's.
    await user.click(within(panel).getByRole('button', { name: 'WhatsApp replies, 10-minute cooldown' }));
    await screen.findByText(/Expectations: 4 of 4 pass/, {}, { timeout: 10_000 });
    await waitFor(() => expect(rowsText().some((t) => /Business hours notice/.test(t))).toBe(true), { timeout: 10_000 });
    expect(within(panel).getByRole('checkbox', { name: "Include the account's other bots" })).toBeChecked();
    expect(JSON.parse(localStorage.getItem(NEW_BOT_CHECKS)!)).toMatchObject({ includeAccountBots: true });
    unmount();
    forgetAllWorkbenches(); // as a reload does
    render(<Harness accountBots={ready()} />);
    expect(screen.getByRole('checkbox', { name: "Include the account's other bots" })).toBeChecked();
  });

  it('say while they load or could not be loaded, and the draft is replayed meanwhile; loading them again takes the focus to the box', async () => {
    const user = userEvent.setup();
    const retry = vi.fn();
    const { rerender } = render(<Harness accountBots={{ status: 'loading', retry }} />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    const include = within(panel).getByRole('checkbox', { name: "Include the account's other bots" });
    expect(include).toHaveAccessibleDescription("Loading the account's bots…");
    await user.click(include);
    await composeMessage(user, panel);
    await waitFor(() => expect(rowsText()).toEqual([expect.stringMatching(/My bot.*l1.*Ran/)]), { timeout: 10_000 });

    rerender(<Harness accountBots={{ status: 'failed', retry }} />);
    expect(include).toHaveAccessibleDescription("The account's bots could not be loaded, so only this bot is replayed.");
    // Said once (the box is ticked), in a status that holds no button.
    const said = within(panel).getAllByRole('status').find((s) => s.textContent === "The account's bots could not be loaded, so only this bot is replayed.");
    expect(said).toBeDefined();
    expect(within(said!).queryByRole('button')).toBeNull();
    await user.click(within(panel).getByRole('button', { name: "Load the account's bots again" }));
    expect(retry).toHaveBeenCalledTimes(1);
    rerender(<Harness accountBots={{ status: 'loading', retry }} />);
    expect(include).toHaveFocus();
    expect(within(panel).queryByRole('button', { name: "Load the account's bots again" })).toBeNull();

    rerender(<Harness accountBots={ready()} />);
    await waitFor(() => expect(rowsText().some((t) => /WhatsApp confirmation.*Ran/.test(t))).toBe(true), { timeout: 10_000 });
  });
});

describe('after "Run simulation"', () => {
  afterEach(() => {
    delete (Element.prototype as Partial<Element>).scrollIntoView;
    delete (window as Partial<Window>).matchMedia;
  });

  it('brings the results into view by their heading (no smooth scrolling when less motion is asked for) and says their summary again, the focus staying on the button; a re-run after an edit does neither', async () => {
    const { user, panel } = await withFollowUpSample();
    const heading = within(panel).getByRole('heading', { name: 'Results: 1 run and 1 skip' });
    // The results lie below the fold (jsdom lays nothing out).
    const results = within(panel).getByRole('region', { name: 'Results' });
    const below = { top: 900, bottom: 1600, left: 0, right: 400, width: 400, height: 700, x: 0, y: 900 } as DOMRect;
    vi.spyOn(results, 'getBoundingClientRect').mockReturnValue(below);
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const { heard, observer } = listenToSpokenStatus();

    const run = within(panel).getByRole('button', { name: 'Run simulation' });
    await user.click(run);
    await waitFor(() => expect(scroll).toHaveBeenCalledTimes(1), { timeout: 10_000 });
    expect(scroll.mock.contexts[0]).toBe(heading);
    expect(scroll).toHaveBeenCalledWith({ block: 'start', behavior: 'smooth' });
    expect(heard).toEqual(['Results: 1 run and 1 skip.']); // the same words, said again, once
    expect(run).toHaveFocus();

    // An edit re-runs on its own: nothing scrolls, and the same counts are not said again (the new verdict is).
    setDraftFromTest({ ...NEW_BOT, triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 11 }] });
    await screen.findByText('Expectations: 1 of 3 pass', {}, { timeout: 10_000 });
    await afterNextFrame(); // results come into view in the frame after they are shown
    expect(scroll).toHaveBeenCalledTimes(1);
    expect(heard).toEqual(['Results: 1 run and 1 skip.', 'Expectations: 2 expectations failed.']);
    heard.length = 0;

    // Less motion: the same jump, at once.
    window.matchMedia = vi.fn((query: string) => ({ matches: query === '(prefers-reduced-motion: reduce)' }) as MediaQueryList);
    await user.click(run);
    await waitFor(() => expect(scroll).toHaveBeenCalledTimes(2), { timeout: 10_000 });
    expect(scroll).toHaveBeenLastCalledWith({ block: 'start', behavior: 'auto' });
    // And at every press, one after the other.
    await user.click(run);
    await waitFor(() => expect(scroll).toHaveBeenCalledTimes(3), { timeout: 10_000 });
    await waitFor(() => expect(heard).toEqual(['Results: 1 run and 1 skip.', 'Results: 1 run and 1 skip.']));
    observer.disconnect();
  });

  it('after a loaded sample, the first press says the results once, when they come, not at the press with the last counts', async () => {
    const { user, panel } = await withFollowUpSample();
    Element.prototype.scrollIntoView = vi.fn();
    const spoken = screen.getByTestId('sim-spoken-status');
    await waitFor(() => expect(spoken).toHaveTextContent(/^Loaded the sample/));
    // Every change of the words, as a screen reader gets them (a swap of text, or a new node).
    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(spoken.textContent ?? ''));
    observer.observe(spoken, { childList: true, subtree: true, characterData: true });
    await user.click(within(panel).getByRole('button', { name: 'Run simulation' }));
    await waitFor(() => expect(changes).toContain('Results: 1 run and 1 skip.'), { timeout: 10_000 });
    await afterNextFrame();
    expect(changes).toEqual(['Results: 1 run and 1 skip.']);
    observer.disconnect();
  });

  it('leaves the page where it is when the results are already in view, and still says them', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    await user.click(within(panel).getByRole('button', { name: 'Welcome on creation' }));
    await screen.findByText('Expectations: 1 of 1 pass', {}, { timeout: 10_000 });
    const scroll = vi.fn();
    Element.prototype.scrollIntoView = scroll;
    const { heard, observer } = listenToSpokenStatus();
    await user.click(within(panel).getByRole('button', { name: 'Run simulation' }));
    await waitFor(() => expect(heard).toEqual(['Results: 1 run and 0 skips.']), { timeout: 10_000 });
    await afterNextFrame(); // results come into view in the frame after they are shown
    expect(scroll).not.toHaveBeenCalled();
    observer.disconnect();
  });
});

/**
 * A Web Worker for jsdom (which has none): the engine's core, answering a tick later as a worker
 * does, that can fail as a browser's worker does (its `error` event), now or at the next run.
 */
class CoreWorker {
  static all: CoreWorker[] = [];
  /** Fail when the next run is asked for, with these words. */
  static failAtRun: string | null = null;
  onmessage: ((e: { data: WorkerReply }) => void) | null = null;
  onerror: ((e: { message: string; preventDefault(): void }) => void) | null = null;
  private live = true;
  private handle = createWorkerCore((reply) => {
    setTimeout(() => {
      if (this.live) this.onmessage?.({ data: reply });
    }, 0);
  });
  constructor() {
    CoreWorker.all.push(this);
  }
  postMessage(req: WorkerRequest) {
    if (!this.live) return;
    if (req.kind === 'run' && CoreWorker.failAtRun !== null) {
      const message = CoreWorker.failAtRun;
      CoreWorker.failAtRun = null;
      setTimeout(() => this.fail(message), 0);
      return;
    }
    this.handle(req);
  }
  terminate() {
    this.live = false;
  }
  fail(message: string) {
    this.onerror?.({ message, preventDefault() {} });
  }
}

describe("when the simulator's engine stops (its worker fails)", () => {
  beforeEach(() => {
    CoreWorker.all = [];
    CoreWorker.failAtRun = null;
    vi.stubGlobal('Worker', CoreWorker);
    sharedClient().dispose(); // the next request starts a worker, not the in-process core
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    sharedClient().dispose();
  });
  const notice = (panel: HTMLElement) => panel.querySelector('.sim-notice')!;

  it('says so in the notice, not as problems of the scenario, and "Run simulation" starts a new engine', async () => {
    const { user, panel } = await withFollowUpSample();
    const { heard, stop } = listenToLiveRegionChanges(panel);
    CoreWorker.failAtRun = 'Out of memory';
    const run = within(panel).getByRole('button', { name: 'Run simulation' });
    await user.click(run);
    const words = "The simulator's engine stopped (Out of memory). Run the simulation again to restart it.";
    await waitFor(() => expect(notice(panel)).toHaveTextContent(words));
    expect(within(panel).queryByText(/problems to fix/)).toBeNull();
    expect(screen.getByTestId('sim-status')).toHaveTextContent("The simulator's engine stopped; see below.");
    // The results shown are those of this very scenario: not out of date.
    expect(within(panel).queryByText(/out of date/)).toBeNull();
    expect(heard).toEqual([words]);
    expect(CoreWorker.all[0]!).toMatchObject({ live: false });

    await user.click(run);
    await waitFor(() => expect(screen.getByTestId('sim-status')).toHaveTextContent(/^Replayed in/), { timeout: 10_000 });
    expect(CoreWorker.all).toHaveLength(2);
    expect(within(panel).getByRole('heading', { name: 'Results: 1 run and 1 skip' })).toBeInTheDocument();
    stop();
  });

  it('forgets the generated events it held, says once that they went with it, and replays the rest', async () => {
    const user = userEvent.setup();
    render(<Harness />);
    const panel = screen.getByRole('region', { name: 'Simulator' });
    const generator = within(panel).getByRole('group', { name: 'Generate traffic' });
    await user.click(within(generator).getByText('Generate traffic', { selector: 'summary' }));
    await user.clear(within(generator).getByLabelText('Events'));
    await user.type(within(generator).getByLabelText('Events'), '2000');
    await user.clear(within(generator).getByLabelText('Leads'));
    await user.type(within(generator).getByLabelText('Leads'), '100');
    await user.click(within(generator).getByRole('button', { name: 'Generate traffic' }));
    await waitFor(() => expect(screen.getByTestId('sim-status')).toHaveTextContent(/2,000 events/), { timeout: 10_000 });
    const held = /^Plus 2,000 generated events over 100 leads \(seed 42\)/;
    expect(within(panel).getByText(held)).toBeInTheDocument();

    const { heard, stop } = listenToLiveRegionChanges(panel);
    act(() => CoreWorker.all[0]!.fail('Out of memory'));
    const words = "The simulator's engine stopped (Out of memory), and the 2,000 generated events over 100 leads (seed 42) it held went with it: generate them again to replay them.";
    expect(notice(panel)).toHaveTextContent(words);
    expect(within(panel).queryByText(held)).toBeNull();
    // The page's own events (none) replay on a new engine at once.
    await waitFor(() => expect(screen.getByTestId('sim-status')).toHaveTextContent(/· 0 events ·/), { timeout: 10_000 });
    expect(CoreWorker.all).toHaveLength(2);
    expect(heard).toEqual([words]);
    stop();
  });
});
