// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../../../mocks/db';
import { server } from '../../../../mocks/node';
import { holdNext } from '../../../../mocks/test/api';
import { apiUrl } from '../../../lib/api-client';
import { tabSlot } from '../../../lib/tab-slot';
import type { Bot, Trigger } from '../../../domain';
import { useBots } from '../../../api';
import type { ReactNode } from 'react';
import { TriggerSetupDialog, type DraftContext } from './trigger-setup-dialog';

afterEach(() => {
  localStorage.clear();
  server.events.removeAllListeners();
});

/** Methods and paths of the API calls made while the test runs. */
function recordRequests(): string[] {
  const seen: string[] = [];
  server.events.on('request:start', ({ request }) => {
    seen.push(`${request.method} ${new URL(request.url).pathname}`);
  });
  return seen;
}

function renderDialog(props: Partial<Parameters<typeof TriggerSetupDialog>[0]> = {}, beside: ReactNode = null) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const onClose = vi.fn();
  const view = render(
    <QueryClientProvider client={client}>
      {beside}
      <TriggerSetupDialog botId="welcome" open onClose={onClose} now={() => Date.parse('2026-03-05T12:00:00Z')} {...props} />
    </QueryClientProvider>,
  );
  return { ...view, onClose, user: userEvent.setup() };
}

/** Stores a bot in the mock API as another admin would have saved it; returns its id. */
function storeBot(name: string, triggers: Trigger[]): string {
  return db.create({ id: db.nextBotId(), version: 1, name, enabled: true, triggers, conditions: [], activeHours: null, keepUnanswered: false }).id;
}

const dialog = () => screen.getByRole('dialog', { name: 'Trigger setup', hidden: true });
const saveButton = () => within(dialog()).getByRole('button', { name: 'Save', hidden: true });
/** "Saving…" beside Save while a save runs (Save keeps its name, SPEC §10). */
const savingShown = () => expect(within(dialog()).getByText('Saving…', { exact: true })).toBeTruthy();

describe('TriggerSetupDialog', () => {
  it('refuses to save a tag condition without tags: a notification, and no request', async () => {
    const { user, onClose } = renderDialog();
    await screen.findByDisplayValue('Welcome on creation');
    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    await user.click(await screen.findByRole('button', { name: 'Tags' }));
    await user.keyboard('{Escape}');
    const requests = recordRequests();
    await user.click(saveButton());
    const alert = within(dialog()).getByRole('alert');
    expect(alert).toHaveTextContent('The bot was not saved.');
    expect(alert).toHaveTextContent('Condition 1 (Tags): Select at least one tag.');
    expect(requests.filter((r) => !r.startsWith('GET'))).toEqual([]);
    expect(onClose).not.toHaveBeenCalled();
  });

  it('takes the focus to the first problem when Save refuses the draft, and each listed problem to its own place', async () => {
    const id = storeBot('Many stages', [
      { type: 'call_received' },
      { type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 0 },
      { type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 0 },
    ]);
    const { user } = renderDialog({ botId: id });
    await screen.findByDisplayValue('Many stages');
    const cards = () => within(dialog()).getAllByRole('listitem', { hidden: true }).filter((li) => li.classList.contains('ts-trigger'));
    // Trigger 3 loses its stage, then a Tags condition is added and left empty.
    await user.click(within(cards()[2]!).getByRole('checkbox', { name: 'Won', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Add condition', hidden: true }));
    await user.click(await screen.findByRole('button', { name: 'Tags', hidden: true }));
    await user.keyboard('{Escape}');
    await user.click(saveButton());
    const alert = within(dialog()).getByRole('alert', { hidden: true });
    expect(alert).toHaveTextContent('Fix these 2 problems first');
    // The first problem's first control: trigger 3's first stage box, described by its error.
    const firstStage = within(cards()[2]!).getAllByRole('checkbox', { hidden: true })[0]!;
    await waitFor(() => expect(firstStage).toHaveFocus());
    expect(firstStage).toHaveAccessibleDescription('Select at least one stage.');
    expect(firstStage).toHaveAttribute('aria-invalid', 'true');
    // The notice's entries are buttons to their places (in the notice, not in the alert's words).
    expect(within(alert).queryAllByRole('button', { hidden: true })).toEqual([]);
    await user.click(within(dialog()).getByRole('button', { name: 'Go to Condition 1 (Tags)', hidden: true }));
    await waitFor(() => expect(within(dialog()).getByRole('button', { name: /^Tags: /, description: /^Needs fixing/, hidden: true })).toHaveFocus());
    await user.click(within(dialog()).getByRole('button', { name: 'Go to Trigger 3', hidden: true }));
    await waitFor(() => expect(firstStage).toHaveFocus());
  });

  it('names where the problems beyond the listed eight are, with a way to the first of them', async () => {
    const id = storeBot(
      'Nine empty stages',
      Array.from({ length: 9 }, (): Trigger => ({ type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 0 })),
    );
    const { user } = renderDialog({ botId: id });
    await screen.findByDisplayValue('Nine empty stages');
    const cards = () => within(dialog()).getAllByRole('listitem', { hidden: true }).filter((li) => li.classList.contains('ts-trigger'));
    for (const card of cards()) fireEvent.click(within(card).getByRole('checkbox', { name: 'Won', hidden: true }));
    await user.click(saveButton());
    expect(within(dialog()).getByRole('alert', { hidden: true })).toHaveTextContent(
      'Fix these 9 problems first: Trigger 1: Select at least one stage. Trigger 2:',
    );
    expect(within(dialog()).getByRole('alert', { hidden: true })).toHaveTextContent(/Trigger 8: Select at least one stage\. …and 1 more, shown beside their fields: Trigger 9\.$/);
    await user.click(within(dialog()).getByRole('button', { name: 'Go to Trigger 9', hidden: true }));
    await waitFor(() => expect(within(cards()[8]!).getAllByRole('checkbox', { hidden: true })[0]).toHaveFocus());
  });

  it('measures the bot as the server stores it (V14): at its next version, which may be a digit longer', async () => {
    // A bot of exactly 64 KB at version 9: stored next as version 10, one byte over.
    const bytes = (b: unknown) => new TextEncoder().encode(JSON.stringify(b)).length;
    const url = (n: number) => `https://example.com/${'a'.repeat(n)}`;
    const bot: Bot = { id: db.nextBotId(), version: 9, name: 'Edge', enabled: true, triggers: [], conditions: [], activeHours: null, keepUnanswered: false };
    while (bytes(bot) < 64 * 1024 - 2100) bot.triggers.push({ type: 'website_visited', url: url(2000), delayMinutes: 0 });
    bot.triggers.push({ type: 'website_visited', url: url(0), delayMinutes: 0 });
    (bot.triggers.at(-1) as { url: string }).url = url(64 * 1024 - bytes(bot));
    expect(bytes(bot)).toBe(64 * 1024);
    db.create(bot);
    const requests = recordRequests();
    const { user } = renderDialog({ botId: bot.id });
    await screen.findByDisplayValue('Edge');
    fireEvent.change(within(dialog()).getByRole('textbox', { name: 'Bot name', hidden: true }), { target: { value: 'Edgy' } }); // as long, and a change
    await user.click(saveButton());
    expect(within(dialog()).getByRole('alert', { hidden: true })).toHaveTextContent(/Bot: The bot is too large \(65 KB\); a bot can be at most 64 KB\./);
    expect(requests.filter((r) => !r.startsWith('GET'))).toEqual([]);
  });

  it('for an oversized bot, goes to the field that makes it so; the size itself has no place to go to', async () => {
    const id = storeBot('Landing page', [{ type: 'website_visited', url: 'https://example.com/a', delayMinutes: 0 }]);
    const { user } = renderDialog({ botId: id });
    await screen.findByDisplayValue('Landing page');
    const address = within(dialog()).getByRole('textbox', { name: 'Page address', hidden: true });
    fireEvent.change(address, { target: { value: `https://example.com/${'a'.repeat(70_000)}` } });
    await user.click(saveButton());
    const alert = within(dialog()).getByRole('alert', { hidden: true });
    expect(alert).toHaveTextContent(/Bot: The bot is too large \(\d+ KB\); a bot can be at most 64 KB\./);
    expect(alert).toHaveTextContent('Trigger 1: The address is longer than 2,048 characters.');
    expect(within(dialog()).getAllByRole('button', { name: /^Go to /, hidden: true }).map((b) => b.textContent)).toEqual(['Go to Trigger 1']);
    await waitFor(() => expect(address).toHaveFocus());
  });

  /** A Save refused for two problems: the name emptied and a Tags condition with no tag. */
  const refuseSaveWithTwoProblems = async () => {
    const { user } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.clear(name);
    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    await user.click(await screen.findByRole('button', { name: 'Tags' }));
    await user.keyboard('{Escape}');
    await user.click(saveButton());
    return { user, name };
  };

  it('drops each problem from the not-saved notice once it is fixed, and the notice with the last one', async () => {
    const { user, name } = await refuseSaveWithTwoProblems();
    // The notice is Save's description: it follows the fixes.
    expect(saveButton()).toHaveAccessibleDescription(/Fix these 2 problems first/);
    await user.type(name, 'Welcome back');
    expect(saveButton()).toHaveAccessibleDescription(/^The bot was not saved\. Fix this first: Condition 1 \(Tags\): Select at least one tag\./);
    expect(saveButton()).not.toHaveAccessibleDescription(/name/);
    await user.click(screen.getByRole('button', { name: /^Remove condition/ }));
    expect(saveButton()).not.toHaveAccessibleDescription();
    expect(within(dialog()).getByRole('alert')).toBeEmptyDOMElement();
  });

  it('keeps a problem in the not-saved notice when an earlier trigger, condition or range is removed: under its new number, and its Go to goes there', async () => {
    const id = db.create({
      id: db.nextBotId(),
      version: 1,
      name: 'Renumbered',
      enabled: true,
      triggers: [{ type: 'call_received' }, { type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 0 }],
      conditions: [{ type: 'tags', mode: 'and', tagIds: ['t-vip'] }],
      activeHours: {
        ranges: [
          { weekday: 1, from: '09:00', to: '18:00' },
          { weekday: 2, from: '09:00', to: '18:00' },
        ],
      },
      keepUnanswered: false,
    }).id;
    const { user } = renderDialog({ botId: id });
    await screen.findByDisplayValue('Renumbered');
    // Trigger 2 loses its stage, condition 2 (Tags) is left without a tag, Tuesday ends as it starts.
    const cards = () => within(dialog()).getAllByRole('listitem', { hidden: true }).filter((li) => li.classList.contains('ts-trigger'));
    await user.click(within(cards()[1]!).getByRole('checkbox', { name: 'Won', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Add condition', hidden: true }));
    await user.click(await screen.findByRole('button', { name: 'Tags', hidden: true }));
    await user.keyboard('{Escape}');
    fireEvent.change(within(dialog()).getByLabelText('Tuesday to'), { target: { value: '09:00' } });
    await user.click(saveButton());
    expect(saveButton()).toHaveAccessibleDescription(
      'The bot was not saved. Fix these 3 problems first: Trigger 2: Select at least one stage. Go to Trigger 2 Condition 2 (Tags): Select at least one tag. Go to Condition 2 (Tags) Active hours, Tuesday: The end time must differ from the start time. Go to Active hours, Tuesday',
    );
    await user.click(within(dialog()).getByRole('button', { name: 'Remove trigger 1', hidden: true }));
    await user.click(within(dialog()).getAllByRole('button', { name: 'Remove condition', hidden: true })[0]!);
    await user.click(within(dialog()).getByRole('checkbox', { name: 'Monday', hidden: true }));
    expect(saveButton()).toHaveAccessibleDescription(
      'The bot was not saved. Fix these 3 problems first: Trigger 1: Select at least one stage. Go to Trigger 1 Condition 1 (Tags): Select at least one tag. Go to Condition 1 (Tags) Active hours, Tuesday: The end time must differ from the start time. Go to Active hours, Tuesday',
    );
    await user.click(within(dialog()).getByRole('button', { name: 'Go to Trigger 1', hidden: true }));
    await waitFor(() => expect(within(cards()[0]!).getAllByRole('checkbox', { hidden: true })[0]).toHaveFocus());
    await user.click(within(dialog()).getByRole('button', { name: 'Go to Condition 1 (Tags)', hidden: true }));
    await waitFor(() => expect(within(dialog()).getByRole('button', { name: /^Tags: /, description: /^Needs fixing/, hidden: true })).toHaveFocus());
    await user.click(within(dialog()).getByRole('button', { name: 'Go to Active hours, Tuesday', hidden: true }));
    await waitFor(() => expect(within(dialog()).getByLabelText('Tuesday to')).toHaveFocus());
  });

  it('keeps a problem in the not-saved notice with its trigger or condition when it is moved up or down, and says the move', async () => {
    const id = db.create({
      id: db.nextBotId(),
      version: 1,
      name: 'Reordered',
      enabled: true,
      triggers: [{ type: 'call_received' }, { type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 0 }],
      conditions: [{ type: 'sale', min: 1, max: null }],
      activeHours: null,
      keepUnanswered: false,
    }).id;
    const { user } = renderDialog({ botId: id });
    await screen.findByDisplayValue('Reordered');
    const cards = () => within(dialog()).getAllByRole('listitem', { hidden: true }).filter((li) => li.classList.contains('ts-trigger'));
    await user.click(within(cards()[1]!).getByRole('checkbox', { name: 'Won', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Add condition', hidden: true }));
    await user.click(await screen.findByRole('button', { name: 'Tags', hidden: true }));
    await user.keyboard('{Escape}');
    await user.click(saveButton());
    expect(saveButton()).toHaveAccessibleDescription(
      'The bot was not saved. Fix these 2 problems first: Trigger 2: Select at least one stage. Go to Trigger 2 Condition 2 (Tags): Select at least one tag. Go to Condition 2 (Tags)',
    );
    const said = () => within(dialog()).getAllByRole('status', { hidden: true }).map((s) => s.textContent).join(' | ');
    await user.click(within(dialog()).getByRole('button', { name: 'Move trigger 2 up', hidden: true }));
    await waitFor(() => expect(said()).toContain('Trigger 2 moved to 1.'));
    await user.click(within(dialog()).getByRole('button', { name: 'Move condition 2 up', hidden: true }));
    await waitFor(() => expect(said()).toContain('Condition 2 moved to 1.'));
    expect(saveButton()).toHaveAccessibleDescription(
      'The bot was not saved. Fix these 2 problems first: Trigger 1: Select at least one stage. Go to Trigger 1 Condition 1 (Tags): Select at least one tag. Go to Condition 1 (Tags)',
    );
    await user.click(within(dialog()).getByRole('button', { name: 'Go to Trigger 1', hidden: true }));
    await waitFor(() => expect(within(cards()[0]!).getAllByRole('checkbox', { hidden: true })[0]).toHaveFocus());
    await user.click(within(dialog()).getByRole('button', { name: 'Go to Condition 1 (Tags)', hidden: true }));
    await waitFor(() => expect(within(dialog()).getByRole('button', { name: /^Tags: /, description: /^Needs fixing/, hidden: true })).toHaveFocus());
  });

  it('a server’s problems (422, kept as sent) follow a removal: a removed trigger’s go, a later one’s take its new number', async () => {
    server.use(
      http.put(apiUrl('/api/bots/:id'), () =>
        HttpResponse.json(
          {
            message: 'Refused',
            errors: [
              { path: 'triggers.0', message: 'The server refuses the first trigger.' },
              { path: 'triggers.1', message: 'The server refuses the second trigger.' },
            ],
          },
          { status: 422 },
        ),
      ),
    );
    const id = storeBot('Refused twice', [{ type: 'call_received' }, { type: 'website_visited', url: 'https://example.com/a', delayMinutes: 0 }]);
    const { user } = renderDialog({ botId: id });
    await user.type(await screen.findByDisplayValue('Refused twice'), '!'); // a change: Save with none sends nothing
    await user.click(saveButton());
    await waitFor(() => expect(saveButton()).toHaveAccessibleDescription(/Fix these 2 problems first/));
    await user.click(within(dialog()).getByRole('button', { name: 'Remove trigger 1', hidden: true }));
    expect(saveButton()).toHaveAccessibleDescription('The bot was not saved. Fix this first: Trigger 1: The server refuses the second trigger. Go to Trigger 1');
  });

  it('speaks the not-saved alert once per Save press: fixes change the notice, not the alert, and the alert reads no button', async () => {
    const { user, name } = await refuseSaveWithTwoProblems();
    const alert = within(dialog()).getByRole('alert');
    const said = 'The bot was not saved. Fix these 2 problems first: Bot name: Enter a name for the bot. Condition 1 (Tags): Select at least one tag.';
    expect(alert).toHaveTextContent(said, { normalizeWhitespace: true });
    expect(alert.textContent).toBe(said); // no "Go to …"
    // Every change inside the alert is spoken: fixing a problem changes none.
    const changes: string[] = [];
    const watcher = new MutationObserver(() => changes.push(alert.textContent ?? ''));
    watcher.observe(alert, { subtree: true, childList: true, characterData: true });
    await user.type(name, 'Welcome back');
    expect(saveButton()).toHaveAccessibleDescription(/Fix this first/);
    expect(changes).toEqual([]);
    expect(alert.textContent).toBe(said);
    // Save again with the same problem left: the alert says it again (emptied, then the new snapshot).
    await user.click(saveButton());
    await waitFor(() => expect(alert.textContent).toBe('The bot was not saved. Fix this first: Condition 1 (Tags): Select at least one tag.'));
    await user.click(saveButton());
    await waitFor(() => expect(changes.filter((c) => c === 'The bot was not saved. Fix this first: Condition 1 (Tags): Select at least one tag.')).toHaveLength(2));
    watcher.disconnect();
  });

  it('opens a new bot with the focus on Bot name, so that typing names it; a saved bot with it on Close', async () => {
    const { user, unmount } = renderDialog({ botId: null });
    // The form comes once the account has loaded, after the dialog opened.
    const name = await within(dialog()).findByRole('textbox', { name: 'Bot name', hidden: true });
    await waitFor(() => expect(name).toHaveFocus());
    await user.keyboard('Welcome');
    expect(name).toHaveValue('Welcome');
    unmount();
    renderDialog();
    await screen.findByDisplayValue('Welcome on creation');
    expect(within(dialog()).getByRole('button', { name: 'Close', hidden: true })).toHaveFocus();
  });

  it("shows a missing name as soon as it is emptied, never first on leaving the field (a blur would move the page under a click)", async () => {
    const { user } = renderDialog({ botId: null });
    const name = await within(dialog()).findByRole('textbox', { name: 'Bot name', hidden: true });
    await user.click(name);
    await user.tab();
    expect(within(dialog()).queryByText('Enter a name for the bot.')).toBeNull();
    await user.type(name, 'W');
    await user.keyboard('{Backspace}');
    expect(name).toHaveFocus();
    expect(within(dialog()).getByText('Enter a name for the bot.')).toBeInTheDocument();
  });

  it('says, without refusing, when another bot already has the name typed (letter case aside); not for the bot itself', async () => {
    const { user } = renderDialog({ botId: null });
    const name = await within(dialog()).findByRole('textbox', { name: 'Bot name', hidden: true });
    await user.type(name, 'qualified FOLLOW-UP ');
    await waitFor(() => expect(name).toHaveAccessibleDescription('Another bot is already named “Qualified follow-up”: the list would show two bots of that name.'));
    await user.type(name, '2');
    expect(name).not.toHaveAccessibleDescription(/already named/);
  });

  it('does not call a saved bot’s own name taken', async () => {
    renderDialog({ botId: 'follow-up' });
    const name = await within(dialog()).findByRole('textbox', { name: 'Bot name', hidden: true });
    await waitFor(() => expect(name).toHaveValue('Qualified follow-up'));
    expect(name).not.toHaveAccessibleDescription(/already named/);
  });

  it('says which bot is open: the dialog keeps its name, and is described by the bot’s (or “New bot”)', async () => {
    const { rerender } = renderDialog();
    await screen.findByDisplayValue('Welcome on creation');
    await waitFor(() => expect(dialog()).toHaveAccessibleDescription('Welcome on creation'));
    expect(dialog()).toHaveAccessibleName('Trigger setup');
    rerender(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <TriggerSetupDialog botId={null} open onClose={() => {}} now={() => Date.parse('2026-03-05T12:00:00Z')} />
      </QueryClientProvider>,
    );
    await waitFor(() => expect(dialog()).toHaveAccessibleDescription('New bot'));
  });

  it('sends one request for a double click on Save, then closes', async () => {
    const { user, onClose } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.clear(name);
    await user.type(name, 'Hello');
    const requests = recordRequests();
    await user.dblClick(saveButton());
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(requests.filter((r) => r.startsWith('PUT'))).toEqual(['PUT /api/bots/welcome']);
  });

  it('closes without sending anything when Save is pressed with no changes: no new version of the same bot', async () => {
    const onUnchanged = vi.fn();
    const onSaved = vi.fn();
    const { user, onClose } = renderDialog({ onUnchanged, onSaved });
    await screen.findByDisplayValue('Welcome on creation');
    const requests = recordRequests();
    await user.click(saveButton());
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(requests.filter((r) => !r.startsWith('GET'))).toEqual([]);
    expect(onUnchanged).toHaveBeenCalledWith(expect.objectContaining({ id: 'welcome', version: db.bot('welcome')!.version }));
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('stores the name trimmed, and shows it so: spaces around it are no change of their own', async () => {
    const onSaved = vi.fn();
    const onUnchanged = vi.fn();
    const { user, onClose } = renderDialog({ onSaved, onUnchanged });
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.type(name, '  ');
    await waitFor(() => expect(localStorage.getItem('salesbot-studio:draft:welcome')).not.toBeNull());
    await user.click(saveButton());
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(onUnchanged).toHaveBeenCalledTimes(1);
    // No draft is left of spaces: the list would say "Unsaved changes", a reopening "restored".
    await waitFor(() => expect(localStorage.getItem('salesbot-studio:draft:welcome')).toBeNull());
    const again = await screen.findByDisplayValue('Welcome on creation');
    onClose.mockClear();
    await user.clear(again);
    await user.type(again, '  Welcome back  ');
    await user.click(saveButton());
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ name: 'Welcome back' }), []);
    expect(db.bot('welcome')!.name).toBe('Welcome back');
  });

  it('leaves another tab\'s draft of the bot alone when Save closes this unedited form as no change', async () => {
    const { user, onClose } = renderDialog();
    await screen.findByDisplayValue('Welcome on creation');
    // Another tab typed into the same bot, and was closed: its draft is in the shared storage.
    const theirs = JSON.stringify({ form: { ...JSON.parse(JSON.stringify(db.bot('welcome'))), name: 'Typed in tab B' }, baseVersion: 1, savedAt: '2026-03-05T11:00:00Z' });
    localStorage.setItem('salesbot-studio:draft:welcome', theirs);
    await user.click(saveButton());
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(localStorage.getItem('salesbot-studio:draft:welcome')).toBe(theirs);
  });

  it('takes a change typed and typed back as no change', async () => {
    const onUnchanged = vi.fn();
    const { user, onClose } = renderDialog({ onUnchanged });
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.type(name, '!');
    await user.type(name, '{Backspace}');
    const requests = recordRequests();
    await user.click(saveButton());
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(requests.filter((r) => !r.startsWith('GET'))).toEqual([]);
    expect(onUnchanged).toHaveBeenCalledTimes(1);
  });

  it('reads and previews a schedule in the active hours\' time zone when the bot keeps its hours in one (SPEC §1)', async () => {
    const id = db.create({
      id: db.nextBotId(),
      version: 1,
      name: 'Berlin morning',
      enabled: true,
      triggers: [{ type: 'recurring', every: 'day', time: '10:00' }],
      conditions: [],
      activeHours: { timezone: 'Europe/Berlin', ranges: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, from: '09:00', to: '17:00' })) },
      keepUnanswered: false,
    }).id;
    renderDialog({ botId: id });
    const time = await within(dialog()).findByLabelText('Time');
    expect(time).toHaveAccessibleDescription(/^Local time in Europe\/Berlin, the active hours’ time zone\./);
    // From 2026-03-05T12:00Z: Berlin's 10:00 that day (09:00Z) has passed, New York's (15:00Z) has not.
    const runs = within(dialog()).getByRole('heading', { name: 'Next runs (Europe/Berlin)', hidden: true }).parentElement!.querySelectorAll('time');
    expect(runs[0]).toHaveTextContent(/^Fri 6 Mar 2026, 10:00 (CET|GMT\+1)$/);
    expect(runs[0]).toHaveAttribute('dateTime', '2026-03-06T09:00:00Z');
  });

  it('restores a stored draft with a notice, and "Discard draft" brings back the saved bot', async () => {
    const draft = {
      form: {
        name: 'Draft from before',
        enabled: true,
        triggers: [{ type: 'call_received' }],
        conditions: [],
        activeHours: null,
        keepUnanswered: true,
      },
      baseVersion: 1,
      savedAt: '2026-03-05T11:00:00Z',
    };
    localStorage.setItem('salesbot-studio:draft:welcome', JSON.stringify(draft));
    const { user } = renderDialog();
    expect(await screen.findByDisplayValue('Draft from before')).toBeInTheDocument();
    expect(within(dialog()).getByText(/were restored/, { selector: 'p:not([role])' })).toHaveTextContent('Your unsaved changes to this bot were restored (from Thu 5 Mar 2026, 06:00 EST).');
    expect(screen.getByRole('heading', { level: 4, hidden: true })).toHaveTextContent('When a call is received');
    await user.click(within(dialog()).getByRole('button', { name: 'Discard draft', hidden: true }));
    expect(await screen.findByDisplayValue('Welcome on creation')).toHaveFocus();
    expect(localStorage.getItem('salesbot-studio:draft:welcome')).toBeNull();
  });

  it('keeps the focus in the form when a notice or the close confirmation is answered', async () => {
    localStorage.setItem(
      'salesbot-studio:draft:welcome',
      JSON.stringify({ form: { name: 'Draft', enabled: true, triggers: [{ type: 'call_received' }], conditions: [], activeHours: null, keepUnanswered: false }, baseVersion: 1, savedAt: '' }),
    );
    const { user } = renderDialog();
    const name = await screen.findByDisplayValue('Draft');
    // "Keep it" takes the notice away: the focus goes to the bot's name, not to the page body.
    await user.click(within(dialog()).getByRole('button', { name: 'Keep it', hidden: true }));
    expect(name).toHaveFocus();

    // The close confirmation gives the focus back to where it was (here: Cancel).
    const cancel = within(dialog()).getByRole('button', { name: 'Cancel', hidden: true });
    await user.click(cancel);
    await user.click(within(dialog()).getByRole('button', { name: 'Keep editing', hidden: true }));
    expect(cancel).toHaveFocus();

    // "Reload theirs" after a 409 loads their version and puts the focus on its name.
    db.updateSettings({ failNextSave: '409' });
    await user.click(saveButton());
    await user.click(await within(dialog()).findByRole('button', { name: 'Reload theirs', hidden: true }));
    const theirs = await screen.findByDisplayValue('Welcome on creation');
    await waitFor(() => expect(theirs).toHaveFocus());
    // And says what happened to the admin's edit, which the form no longer shows.
    expect(within(dialog()).getByRole('alert', { hidden: true })).toHaveTextContent(/^Their version is loaded \(version \d+\); your changes were discarded\.$/);
  });

  it('after a save conflict, lists both sides; for a draft started from an older version, only where they differ', async () => {
    const form = { name: 'Draft', enabled: true, triggers: [{ type: 'call_received' }], conditions: [], activeHours: null, keepUnanswered: false };
    // Started from version 1, the version the store holds: what each side changed is known.
    localStorage.setItem('salesbot-studio:draft:welcome', JSON.stringify({ form, baseVersion: 1, savedAt: '' }));
    const first = renderDialog();
    await screen.findByDisplayValue('Draft');
    db.updateSettings({ failNextSave: '409' });
    await first.user.click(saveButton());
    const notice = within(dialog()).getByRole('alert', { hidden: true });
    await waitFor(() => expect(notice).toHaveTextContent('Someone else saved this bot'));
    expect(notice).toHaveTextContent('Their changes: none (their save kept the settings you started from).');
    expect(notice).toHaveTextContent('Your changes (Reload theirs discards them): Name: “Draft”. Triggers: When a call is received.');
    // The notice shows the same lists, with its buttons before them (outside the alert).
    expect(within(dialog()).getByText('Their changes: none (their save kept the settings you started from).', { selector: 'p' })).toBeVisible();
    expect(within(notice).queryAllByRole('button', { hidden: true })).toEqual([]);
    first.unmount();
    // Started from version 0, which is no longer at hand: the notice does not pretend to know who changed what.
    localStorage.setItem('salesbot-studio:draft:welcome', JSON.stringify({ form, baseVersion: 0, savedAt: '' }));
    const second = renderDialog();
    await screen.findByDisplayValue('Draft');
    db.updateSettings({ failNextSave: '409' });
    await second.user.click(saveButton());
    const again = within(dialog()).getByRole('alert', { hidden: true });
    await waitFor(() => expect(again).toHaveTextContent('Someone else saved this bot'));
    expect(again).toHaveTextContent('Your changes were started from an earlier version, so who changed what cannot be told apart.');
    expect(again).toHaveTextContent('Name: theirs “Welcome on creation”; yours “Draft”.');
  });

  it('gives the focus to Close when "Try again" loads the bot and takes the button with it', async () => {
    server.use(http.get(apiUrl('/api/bots/:id'), () => HttpResponse.json({ message: 'The store is down.' }, { status: 500 }), { once: true }));
    const { user } = renderDialog();
    const retry = await within(dialog()).findByRole('button', { name: 'Try again', hidden: true });
    expect(within(dialog()).getByRole('alert', { hidden: true })).toHaveTextContent('Could not load the bot');
    await user.click(retry);
    await screen.findByDisplayValue('Welcome on creation');
    await waitFor(() => expect(within(dialog()).getByRole('button', { name: 'Close', hidden: true })).toHaveFocus());
  });

  it('keeps the focus in the dialog when the loaded form replaces "Loading the bot…"', async () => {
    renderDialog();
    await screen.findByDisplayValue('Welcome on creation');
    // The loading state's Close had it; the form's own Close takes it, not the page body.
    await waitFor(() => expect(within(dialog()).getByRole('button', { name: 'Close', hidden: true })).toHaveFocus());
  });

  it('speaks a never-runs warning that comes with a change, and hands it to onSaved with the bot', async () => {
    const id = storeBot('Evening', [{ type: 'recurring', every: 'day', time: '20:00' }]);
    const onSaved = vi.fn();
    const { user } = renderDialog({ botId: id, onSaved });
    await screen.findByDisplayValue('Evening');
    const warning = 'This bot can never run: every scheduled run falls outside its active hours.';
    const spoken = () => within(dialog()).getAllByRole('status', { hidden: true }).find((s) => s.textContent === warning);
    expect(spoken()).toBeUndefined();
    // Weekdays 09:00–18:00 by default: a daily 20:00 never falls inside.
    await user.click(within(dialog()).getByRole('radio', { name: 'Only at chosen times', hidden: true }));
    expect(within(dialog()).getByRole('region', { name: 'Warnings', hidden: true })).toHaveTextContent(warning);
    expect(spoken()).toBeDefined();
    await user.click(saveButton());
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ name: 'Evening' }), [warning]));
  });

  it('after a move, speaks a warning whose words changed at the same place, and not one only renumbered', async () => {
    const id = storeBot('Two ways in', [
      { type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 10 },
      { type: 'lead_moved_or_created_in_stage', stageIds: ['s-qualified'], delayMinutes: 0 },
      { type: 'call_received' },
    ]);
    const { user } = renderDialog({ botId: id });
    await screen.findByDisplayValue('Two ways in');
    const statuses = () => within(dialog()).getAllByRole('status', { hidden: true }).map((s) => s.textContent ?? '');
    const before = 'Trigger 2 does not start this bot for leads moved to Qualified: trigger 1 matches them first, so the bot starts after 10 min, not immediately.';
    expect(within(dialog()).getByRole('region', { name: 'Warnings', hidden: true })).toHaveTextContent(before);
    // Trigger 2 goes first: the warning stays at trigger 2 ("triggers.1") but says something else.
    await user.click(within(dialog()).getByRole('button', { name: 'Move trigger 2 up', hidden: true }));
    const after = 'Trigger 2 never starts this bot: trigger 1 matches the same leads first, so the bot starts immediately, not after 10 min.';
    expect(within(dialog()).getByRole('region', { name: 'Warnings', hidden: true })).toHaveTextContent(after);
    expect(statuses()).toContain(after);
    // Conditions whose warning names no number: moving one says the move, not the warning again.
    const utm = db.create({
      id: db.nextBotId(),
      version: 1,
      name: 'Sources',
      enabled: true,
      triggers: [{ type: 'call_received' }],
      conditions: [
        { type: 'utm', param: 'utm_source', op: 'match', value: 'google' },
        { type: 'tags', mode: 'and', tagIds: ['t-vip'] },
        { type: 'utm', param: 'utm_source', op: 'not_match', value: 'google' },
      ],
      activeHours: null,
      keepUnanswered: false,
    } as never).id;
    cleanup();
    const second = renderDialog({ botId: utm });
    await screen.findByDisplayValue('Sources');
    const contradiction = 'This bot can never run: utm_source must both match “google” and not match “google”.';
    expect(within(dialog()).getByRole('region', { name: 'Warnings', hidden: true })).toHaveTextContent(contradiction);
    await second.user.click(within(dialog()).getByRole('button', { name: 'Move condition 3 up', hidden: true }));
    expect(statuses()).toContain('Condition 3 moved to 2.');
    expect(statuses()).not.toContain(contradiction);
  });

  it('does not speak the warnings a bot opens with', async () => {
    const id = storeBot('Long gone', [{ type: 'on_date', at: '2020-01-01T09:00' }]);
    renderDialog({ botId: id });
    await screen.findByDisplayValue('Long gone');
    expect(within(dialog()).getByRole('region', { name: 'Warnings', hidden: true })).toHaveTextContent('This bot can never run: its date, Wed 1 Jan 2020, 09:00 EST, has passed.');
    expect(within(dialog()).getAllByRole('status', { hidden: true }).map((s) => s.textContent)).not.toContainEqual(expect.stringMatching(/never run/));
  });

  it('moves the focus to the 50th trigger when it is picked, and refuses a 51st', async () => {
    const id = storeBot('Forty-nine', Array.from({ length: 49 }, () => ({ type: 'call_received' as const })));
    const { user } = renderDialog({ botId: id });
    await screen.findByDisplayValue('Forty-nine');
    // Past the 20th, folded into "+29" (SPEC §3); the picked 50th comes unfolded, with the rest.
    expect(await within(dialog()).findByRole('button', { name: '+29: show triggers 21 to 49', hidden: true })).toHaveTextContent('+29');
    expect(within(dialog()).getAllByRole('heading', { level: 4, hidden: true }).filter((h) => h.classList.contains('ts-trigger-summary'))).toHaveLength(20);
    const when = within(dialog()).getByRole('button', { name: 'When this happens', hidden: true });
    await user.click(when);
    await user.type(await screen.findByRole('combobox', { name: 'Search triggers', hidden: true }), 'call{Enter}');
    expect(within(dialog()).getAllByRole('listitem', { hidden: true })).toHaveLength(50);
    // A call trigger has no settings: its heading takes the focus (not the page body).
    const fiftieth = within(dialog()).getAllByRole('listitem', { hidden: true })[49]!;
    await waitFor(() => expect(within(fiftieth).getByRole('heading', { name: 'When a call is received', hidden: true })).toHaveFocus());
    expect(when).toHaveAttribute('aria-disabled', 'true');
    when.focus();
    expect(when).toHaveAccessibleDescription('A bot can have at most 50 triggers: remove one to add another.');
    await user.keyboard('{Enter}');
    expect(screen.queryByRole('combobox', { name: 'Search triggers', hidden: true })).toBeNull();
  });

  it('says with "When this happens" that the bot has no trigger, where it is fixed', async () => {
    const { user } = renderDialog();
    await screen.findByDisplayValue('Welcome on creation');
    const when = within(dialog()).getByRole('button', { name: 'When this happens', hidden: true });
    expect(when).toHaveAccessibleDescription("Adds a trigger: any one of the bot's triggers starts it.");
    for (const remove of within(dialog()).getAllByRole('button', { name: /^Remove trigger/, hidden: true })) await user.click(remove);
    expect(when).toHaveAccessibleDescription("This bot has no trigger yet. Adds a trigger: any one of the bot's triggers starts it.");
  });

  it('skips the simulator on the way from the form to Save: one Tab, then Enter', async () => {
    const { user } = renderDialog({ renderAside: () => <button type="button">Run simulation</button> });
    await screen.findByDisplayValue('Welcome on creation');
    within(dialog()).getByRole('switch', { name: 'Keep bot replies marked unanswered', hidden: true }).focus();
    await user.tab();
    const skip = within(dialog()).getByRole('button', { name: 'Skip to the end of the dialog', hidden: true });
    expect(skip).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(saveButton()).toHaveFocus();
  });

  it('"Skip to the simulator" lands on the simulator panel while its code still loads, and says so', async () => {
    const { user } = renderDialog({ renderAside: () => <p>Loading the simulator…</p> });
    await screen.findByDisplayValue('Welcome on creation');
    await user.click(within(dialog()).getByRole('button', { name: 'Skip to the simulator', hidden: true }));
    expect(document.activeElement).toBe(within(dialog()).getByRole('complementary', { hidden: true }));
    await waitFor(() => expect(within(dialog()).getByText('The simulator is still loading. It comes here.')).toBeInTheDocument());
    // One name "Simulator" in the dialog: the simulator's own region's, once it comes.
    expect(within(dialog()).queryAllByLabelText('Simulator')).toHaveLength(0);
  });

  it('finds a trigger by a stage name and starts it with that stage chosen', async () => {
    const { user } = renderDialog();
    await screen.findByDisplayValue('Welcome on creation');
    const before = within(dialog()).getAllByRole('listitem', { hidden: true }).length;
    await user.click(within(dialog()).getByRole('button', { name: 'When this happens', hidden: true }));
    await user.type(await screen.findByRole('combobox', { name: 'Search triggers', hidden: true }), 'moved won');
    // The row says what the search named, in its accessible name.
    const options = within(screen.getByRole('listbox', { name: 'Triggers', hidden: true })).getAllByRole('option', { hidden: true });
    expect(options[0]).toHaveAccessibleName('When a lead is moved to a pipeline stage Stage: Won');
    await user.keyboard('{Enter}');
    const items = within(dialog()).getAllByRole('listitem', { hidden: true });
    expect(items).toHaveLength(before + 1);
    const added = items[before]!;
    expect(within(added).getByRole('checkbox', { name: 'Won', hidden: true })).toBeChecked();
    expect(within(added).getByRole('checkbox', { name: 'Lost', hidden: true })).not.toBeChecked();
  });

  it('says how many triggers the search leaves, in a status present from the start', async () => {
    const { user } = renderDialog();
    await screen.findByDisplayValue('Welcome on creation');
    await user.click(within(dialog()).getByRole('button', { name: 'When this happens', hidden: true }));
    const picker = await screen.findByRole('dialog', { name: 'Choose a trigger', hidden: true });
    const status = within(picker).getByRole('status', { hidden: true });
    expect(status).toHaveTextContent(/^$/);
    const search = within(picker).getByRole('combobox', { name: 'Search triggers', hidden: true });
    await user.type(search, 'call');
    const options = within(picker).getAllByRole('option', { hidden: true });
    // Once the typing pauses, not at each key.
    expect(status).toHaveTextContent(/^$/);
    await waitFor(() => expect(status).toHaveTextContent(`${options.length} ${options.length === 1 ? 'trigger matches' : 'triggers match'}.`));
    await user.type(search, 'zzz');
    expect(within(picker).getByRole('status', { hidden: true })).toBe(status);
    await waitFor(() => expect(status).toHaveTextContent('No trigger matches “callzzz”.'));
  });

  it('keeps what is typed while a save runs: the dialog stays open with it unsaved', async () => {
    const { user, onClose } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.type(name, '!');
    // The save waits for the test, then goes on to the mock API's own handler.
    const release = holdNext('put', '/api/bots/:id');
    await user.click(saveButton());
    await waitFor(savingShown);
    expect(saveButton()).toHaveAccessibleName('Save');
    await user.type(name, '?');
    // Close does not close over a running save, and says why instead of doing nothing.
    await user.click(within(dialog()).getByRole('button', { name: 'Close', hidden: true }));
    expect(within(dialog()).getByText('Saving… wait for it to finish before closing.')).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
    release();
    expect(await within(dialog()).findByText(/Saved as it was when you pressed Save\./)).toBeTruthy();
    expect(onClose).not.toHaveBeenCalled();
    expect(db.bot('welcome')).toMatchObject({ name: 'Welcome on creation!', version: 2 });
    expect(name).toHaveValue('Welcome on creation!?');
    expect(within(dialog()).getByText(/^Unsaved changes$/)).toBeTruthy();
    // Kept as a draft of the saved version, and the next Save saves it.
    expect(JSON.parse(localStorage.getItem('salesbot-studio:draft:welcome')!)).toMatchObject({ form: { name: 'Welcome on creation!?' }, baseVersion: 2 });
    await user.click(saveButton());
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(db.bot('welcome')).toMatchObject({ name: 'Welcome on creation!?', version: 3 });
  });

  it('keeps what was typed during a save in the draft when the form is gone before the save ends (the page stopped)', async () => {
    const onSaved = vi.fn();
    const { user, unmount } = renderDialog({ onSaved });
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.type(name, '!');
    const release = holdNext('put', '/api/bots/:id');
    await user.click(saveButton());
    await waitFor(savingShown);
    await user.type(name, '?');
    const draft = () => JSON.parse(localStorage.getItem('salesbot-studio:draft:welcome') ?? 'null') as { form: { name: string } } | null;
    await waitFor(() => expect(draft()?.form.name).toBe('Welcome on creation!?'));
    unmount(); // as when a render error stops the page
    release();
    // onSaved is told right after the draft is (or is not) forgotten.
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith(expect.objectContaining({ name: 'Welcome on creation!', version: 2 }), []));
    expect(draft()?.form.name).toBe('Welcome on creation!?');
  });

  it('keeps the focus on Save while saving and after Retry of a failed save', async () => {
    const { user } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.type(name, '!');
    // The first save waits for the test to let it fail.
    const fail = holdNext('put', '/api/bots/:id', () => HttpResponse.json({ message: 'The store is down.' }, { status: 500 }));
    await user.click(saveButton());
    // Marked, not disabled, while saving: a disabled button would drop the focus.
    await waitFor(savingShown);
    expect(saveButton()).toHaveAccessibleName('Save');
    expect(saveButton()).toHaveAttribute('aria-disabled', 'true');
    expect(saveButton()).not.toBeDisabled();
    expect(saveButton()).toHaveFocus();
    fail();
    const retry = await within(dialog()).findByRole('button', { name: 'Retry', hidden: true });
    expect(saveButton()).toHaveFocus();
    db.updateSettings({ failNextSave: '500' });
    await user.click(retry);
    await within(dialog()).findByRole('button', { name: 'Retry', hidden: true });
    expect(saveButton()).toHaveFocus();
  });

  it('tells screen readers when a trigger is added or removed, or a condition removed', async () => {
    const { user } = renderDialog();
    await screen.findByDisplayValue('Welcome on creation');
    const said = () => within(dialog()).getAllByRole('status', { hidden: true }).map((s) => s.textContent).join(' | ');
    await user.click(within(dialog()).getByRole('button', { name: 'When this happens', hidden: true }));
    await user.type(await screen.findByRole('combobox', { name: 'Search triggers', hidden: true }), 'call');
    await user.click(screen.getByRole('option', { name: /^When a call is received/, hidden: true }));
    expect(said()).toContain('Added trigger 2: When a call is received.');
    await user.click(within(dialog()).getByRole('button', { name: 'Remove trigger 1', hidden: true }));
    expect(said()).toContain('Removed trigger 1: When a lead is created in Incoming leads, immediately.');
    await user.click(within(dialog()).getByRole('button', { name: 'Add condition', hidden: true }));
    await user.click(await screen.findByRole('button', { name: 'Sale', hidden: true }));
    await user.keyboard('{Escape}');
    await user.click(within(dialog()).getByRole('button', { name: 'Remove condition', hidden: true }));
    expect(said()).toContain('Removed condition 1: Sale: any amount.');
  });

  it('says a removal again when its words are the same as the last one (two alike triggers, two alike conditions)', async () => {
    const id = storeBot('Calls', [{ type: 'call_received' }, { type: 'form_submitted', formIds: [] }, { type: 'call_received' }, { type: 'call_received' }]);
    const { user } = renderDialog({ botId: id });
    await screen.findByDisplayValue('Calls');
    await user.click(within(dialog()).getByRole('button', { name: 'Remove trigger 3', hidden: true }));
    const region = within(dialog())
      .getAllByRole('status', { hidden: true })
      .find((s) => s.textContent === 'Removed trigger 3: When a call is received.')!;
    // What the region holds after each change in the page: a screen reader speaks each new text.
    const heard: string[] = [];
    const watcher = new MutationObserver(() => heard.push(region.textContent ?? ''));
    watcher.observe(region, { subtree: true, childList: true, characterData: true });
    await user.click(within(dialog()).getByRole('button', { name: 'Remove trigger 3', hidden: true }));
    await waitFor(() => expect(heard.filter((t) => t === 'Removed trigger 3: When a call is received.')).toHaveLength(1));
    expect(region).toHaveTextContent('Removed trigger 3: When a call is received.');
    for (let i = 0; i < 2; i++) {
      await user.click(within(dialog()).getByRole('button', { name: 'Add condition', hidden: true }));
      await user.click(await screen.findByRole('button', { name: 'Sale', hidden: true }));
      await user.keyboard('{Escape}');
    }
    heard.length = 0;
    await user.click(within(dialog()).getAllByRole('button', { name: 'Remove condition', hidden: true })[0]!);
    await user.click(within(dialog()).getAllByRole('button', { name: 'Remove condition', hidden: true })[0]!);
    await waitFor(() => expect(heard.filter((t) => t === 'Removed condition 1: Sale: any amount.')).toHaveLength(2));
    watcher.disconnect();
  });

  it('says a tag trigger’s entity change in the dialog’s status line, as other changes away from the focus, not in a region of the row', async () => {
    const { user } = renderDialog({ botId: 'vip' });
    await screen.findByDisplayValue('VIP welcome');
    const row = within(dialog()).getByRole('group', { name: 'Settings of trigger 1', hidden: true });
    await user.selectOptions(within(row).getByLabelText('Added to'), 'Contact');
    const said = () => within(dialog()).getAllByRole('status', { hidden: true }).map((s) => s.textContent);
    await waitFor(() => expect(said()).toContain('Contacts have no tag “VIP”: “Partner”, their only tag, is chosen; choose Lead again to get “VIP” back.'));
    expect(within(row).queryAllByRole('status', { hidden: true })).toEqual([]);
  });

  it('after a trigger is removed, focuses the heading of the trigger now in its place, else the one before, and "When this happens" once none is left', async () => {
    const id = storeBot('Three', [{ type: 'call_received' }, { type: 'form_submitted', formIds: [] }, { type: 'website_visited', url: 'https://example.com/a', delayMinutes: 0 }]);
    const { user } = renderDialog({ botId: id });
    await screen.findByDisplayValue('Three');
    const said = () => within(dialog()).getAllByRole('status', { hidden: true }).map((s) => s.textContent).join(' | ');
    const heading = (name: string) => within(dialog()).getByRole('heading', { name, hidden: true });
    await user.click(within(dialog()).getByRole('button', { name: 'Remove trigger 2', hidden: true }));
    await waitFor(() => expect(heading('When https://example.com/a is visited, immediately')).toHaveFocus());
    expect(said()).toContain('Removed trigger 2: When any form is submitted.');
    // The last one: the one before.
    await user.click(within(dialog()).getByRole('button', { name: 'Remove trigger 2', hidden: true }));
    await waitFor(() => expect(heading('When a call is received')).toHaveFocus());
    expect(said()).toContain('Removed trigger 2: When https://example.com/a is visited, immediately.');
    await user.click(within(dialog()).getByRole('button', { name: 'Remove trigger 1', hidden: true }));
    await waitFor(() => expect(within(dialog()).getByRole('button', { name: 'When this happens', hidden: true })).toHaveFocus());
    expect(said()).toContain('Removed trigger 1: When a call is received.');
  });

  it('says when a new bot keeps its default trigger beside one the admin picked, and removes it on request', async () => {
    const { user } = renderDialog({ botId: null });
    const note = /Trigger 1 is the one new bots start with, so this bot also starts whenever a lead opens a conversation/;
    expect(await within(dialog()).findAllByRole('listitem', { hidden: true })).toHaveLength(1);
    expect(within(dialog()).queryByText(note)).toBeNull(); // alone, it is simply the bot's trigger
    await user.click(within(dialog()).getByRole('button', { name: 'When this happens', hidden: true }));
    await user.type(await screen.findByRole('combobox', { name: 'Search triggers', hidden: true }), 'call');
    await user.click(screen.getByRole('option', { name: /^When a call is received/, hidden: true }));
    const said = () => within(dialog()).getAllByRole('status', { hidden: true }).map((s) => s.textContent).join(' | ');
    expect(said()).toContain('Added trigger 2: When a call is received. Trigger 1, the default, still starts the bot too.');
    expect(within(dialog()).getByText(note)).toBeTruthy();
    // Choosing a channel makes it the admin's own trigger: no note.
    const first = within(dialog()).getByRole('listitem', { name: 'When a conversation is started by an incoming message in any channel', hidden: true });
    await user.click(within(first).getByRole('checkbox', { name: 'WhatsApp', hidden: true }));
    expect(within(dialog()).queryByText(note)).toBeNull();
    await user.click(within(first).getByRole('checkbox', { name: 'WhatsApp', hidden: true }));
    await user.click(within(dialog()).getByRole('button', { name: 'Remove the default trigger', hidden: true }));
    expect(within(dialog()).queryByText(note)).toBeNull();
    const left = within(dialog()).getAllByRole('listitem', { hidden: true });
    expect(left.map((li) => within(li).getByRole('heading', { hidden: true }).textContent)).toEqual(['When a call is received']);
    expect(said()).toContain('Removed trigger 1: When a conversation is started by an incoming message in any channel.');
    expect(within(dialog()).getByRole('button', { name: 'When this happens', hidden: true })).toHaveFocus();
  });

  it('gives no default-trigger note on a saved bot that has the default trigger and others', async () => {
    const id = storeBot('Both on purpose', [{ type: 'conversation_started', direction: 'incoming', channelIds: [] }, { type: 'call_received' }]);
    renderDialog({ botId: id });
    await screen.findByDisplayValue('Both on purpose');
    expect(within(dialog()).getAllByRole('listitem', { hidden: true })).toHaveLength(2);
    expect(within(dialog()).queryByText(/is the one new bots start with/)).toBeNull();
    expect(within(dialog()).queryByRole('button', { name: 'Remove the default trigger', hidden: true })).toBeNull();
  });

  it('offers to save the changes as a new bot when the bot was deleted meanwhile', async () => {
    const onSaved = vi.fn();
    const { user, onClose } = renderDialog({ onSaved });
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.clear(name);
    await user.type(name, 'Kept after all');
    db.remove('welcome'); // another admin deletes it
    await user.click(saveButton());
    const alert = await within(dialog()).findByText(/Someone deleted this bot while you were editing/);
    expect(alert.closest('[role="alert"]')).toHaveTextContent('Your changes are still here');
    expect(onClose).not.toHaveBeenCalled();
    const requests = recordRequests();
    await user.click(within(dialog()).getByRole('button', { name: 'Create as a new bot', hidden: true }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(requests.filter((r) => !r.startsWith('GET'))).toEqual(['POST /api/bots']);
    const stored = onSaved.mock.lastCall?.[0] as Bot;
    expect(stored).toMatchObject({ name: 'Kept after all', version: 1 });
    expect(stored.id).not.toBe('welcome');
    expect(db.bot(stored.id)?.name).toBe('Kept after all');
    expect(localStorage.getItem('salesbot-studio:draft:welcome')).toBeNull();
  });

  it('says when the browser cannot keep the draft (storage full), and stops saying it once it can', async () => {
    const { user } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await user.type(name, '!');
      expect(within(dialog()).getByText(/^Unsaved changes, not kept if you leave: this browser’s storage is full or blocked$/)).toBeTruthy();
    } finally {
      full.mockRestore();
    }
    await user.type(name, '?');
    expect(within(dialog()).getByText(/^Unsaved changes$/)).toBeTruthy();
    expect(localStorage.getItem('salesbot-studio:draft:welcome')).toContain('Welcome on creation!?');
  });

  it('with the storage full after a first draft, a reload does not restore that older draft as the last changes', async () => {
    const { user } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.type(name, '!');
    expect(localStorage.getItem('salesbot-studio:draft:welcome')).toContain('Welcome on creation!');
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await user.type(name, '?');
      expect(within(dialog()).getByText(/^Unsaved changes, not kept if you leave/)).toBeTruthy();
    } finally {
      full.mockRestore();
    }
    expect(localStorage.getItem('salesbot-studio:draft:welcome')).toBeNull();
    // The page reloaded: the bot opens as saved, with no "Your unsaved changes … were restored".
    cleanup();
    renderDialog();
    expect(await screen.findByDisplayValue('Welcome on creation')).toBeInTheDocument();
    expect(screen.queryByText(/were restored/)).toBeNull();
  });

  it('asks before the page is left only while it holds unsaved changes the browser is not keeping', async () => {
    /** True when leaving the page now would be questioned (a beforeunload handler refused it). */
    const leavingAsks = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    const { user } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    expect(leavingAsks()).toBe(false); // nothing to lose
    await user.type(name, '!');
    expect(leavingAsks()).toBe(false); // kept as a draft: a reload restores it
    const full = vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    try {
      await user.type(name, '?');
      expect(leavingAsks()).toBe(true);
    } finally {
      full.mockRestore();
    }
    await user.type(name, '{Backspace}{Backspace}');
    expect(leavingAsks()).toBe(false); // back as saved: nothing to lose
    await user.type(name, '.');
    expect(leavingAsks()).toBe(false); // kept again
  });

  it('asks before discarding a new bot whose simulator events go with it, and says how many', async () => {
    // The simulator keeps this tab's new bot's scenario here; "Discard changes" makes the app forget it.
    const events = (n: number) => JSON.stringify({ v: 1, name: 'Mine', leads: [], events: Array.from({ length: n }, () => ({})), mainBotRef: null, otherBots: [] });
    localStorage.setItem(`salesbot-studio:new-checks:${tabSlot()}`, events(3));
    const onDiscardNew = vi.fn();
    const { user } = renderDialog({ botId: null, onDiscardNew });
    const name = await within(dialog()).findByRole('textbox', { name: 'Bot name', hidden: true });
    await user.type(name, 'Half done');
    const cancel = within(dialog()).getByRole('button', { name: 'Cancel', hidden: true });
    await user.click(cancel);
    const question = within(dialog()).getByRole('group', { name: /^You have unsaved changes/, hidden: true });
    expect(question).toHaveAccessibleName('You have unsaved changes. Keep editing, close and keep them as a draft, or discard them (and the simulator’s 3 events)?');
    await user.click(within(dialog()).getByRole('button', { name: 'Keep editing', hidden: true }));
    // One event: said so; a scenario without events (leads only): "the simulator’s scenario".
    localStorage.setItem(`salesbot-studio:new-checks:${tabSlot()}`, events(1));
    await user.click(cancel);
    expect(within(dialog()).getByRole('group', { name: /^You have unsaved changes/, hidden: true })).toHaveAccessibleName(/discard them \(and the simulator’s 1 event\)\?$/);
    await user.click(within(dialog()).getByRole('button', { name: 'Keep editing', hidden: true }));
    localStorage.setItem(`salesbot-studio:new-checks:${tabSlot()}`, events(0));
    await user.click(cancel);
    expect(within(dialog()).getByRole('group', { name: /^You have unsaved changes/, hidden: true })).toHaveAccessibleName(/discard them \(and the simulator’s scenario\)\?$/);
    await user.click(within(dialog()).getByRole('button', { name: 'Keep editing', hidden: true }));
    // Nothing kept by the simulator: nothing more is said.
    localStorage.removeItem(`salesbot-studio:new-checks:${tabSlot()}`);
    await user.click(cancel);
    expect(within(dialog()).getByRole('group', { name: /^You have unsaved changes/, hidden: true })).toHaveAccessibleName(
      'You have unsaved changes. Keep editing, close and keep them as a draft, or discard them?',
    );
  });

  it('does not speak of simulator events when discarding a saved bot’s changes: they stay with the bot', async () => {
    localStorage.setItem(`salesbot-studio:new-checks:${tabSlot()}`, JSON.stringify({ v: 1, name: 'Mine', leads: [], events: [{}], mainBotRef: null, otherBots: [] }));
    const { user } = renderDialog({ onDiscardNew: vi.fn() });
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.type(name, '!');
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel', hidden: true }));
    expect(within(dialog()).getByRole('group', { name: /^You have unsaved changes/, hidden: true })).toHaveAccessibleName(
      'You have unsaved changes. Keep editing, close and keep them as a draft, or discard them?',
    );
  });

  it('opening a bot deleted elsewhere says its draft is kept, and has the list fetched again', async () => {
    localStorage.setItem(
      'salesbot-studio:draft:welcome',
      JSON.stringify({ form: { name: 'Half done', enabled: true, triggers: [{ type: 'call_received' }], conditions: [], activeHours: null, keepUnanswered: false }, baseVersion: 1, savedAt: '' }),
    );
    db.remove('welcome');
    const requests = recordRequests();
    function List() {
      const bots = useBots();
      return <p>{bots.data ? `${bots.data.length} bots` : 'Loading'}</p>;
    }
    renderDialog({}, <List />);
    const alert = (await within(dialog()).findByText(/This bot no longer exists/)).closest('[role="alert"]');
    expect(alert).toHaveTextContent('Your unsaved changes to it are kept: close this, and the list offers to keep them as a new bot.');
    // The list, shown beside, is fetched once more after the 404.
    await waitFor(() => expect(requests.filter((r) => r === 'GET /api/bots')).toHaveLength(2));
  });

  it('keeps its draft when another tab saves the same bot, and says when another tab types in it', async () => {
    const { user } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.type(name, ' (mine)');
    const key = 'salesbot-studio:draft:welcome';
    // The other tab saved: its dialog removed the shared draft.
    localStorage.removeItem(key);
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key, oldValue: '{}', newValue: null })));
    expect(JSON.parse(localStorage.getItem(key)!)).toMatchObject({ form: { name: 'Welcome on creation (mine)' } });
    expect(within(dialog()).getByText(/^Unsaved changes$/)).toBeTruthy();
    // The other tab typed: the draft kept is whichever was typed last, and the footer says so.
    const mine = localStorage.getItem(key);
    localStorage.setItem(key, '{"form":{}}');
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key, oldValue: mine, newValue: '{"form":{}}' })));
    expect(
      within(dialog()).getByText('Unsaved changes. This bot is also being edited in another tab: a reload keeps whichever was typed last.'),
    ).toBeTruthy();
    // That tab then saved (or discarded its changes): its draft is gone, and so is the warning.
    localStorage.removeItem(key);
    act(() => void window.dispatchEvent(new StorageEvent('storage', { key, oldValue: '{"form":{}}', newValue: null })));
    expect(within(dialog()).getByText(/^Unsaved changes$/)).toBeTruthy();
    expect(within(dialog()).queryByText(/also being edited in another tab/)).toBeNull();
  });

  it('ignores a stored draft that is not shaped like one', async () => {
    localStorage.setItem('salesbot-studio:draft:welcome', '{"form":{"triggers":[{"type":"explode"}]},"baseVersion":1}');
    renderDialog();
    expect(await screen.findByDisplayValue('Welcome on creation')).toBeInTheDocument();
    expect(localStorage.getItem('salesbot-studio:draft:welcome')).toBeNull();
  });

  it('keeps changes in localStorage as they are typed', async () => {
    const { user } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.type(name, '!');
    const stored = JSON.parse(localStorage.getItem('salesbot-studio:draft:welcome') ?? 'null') as { form: { name: string }; baseVersion: number };
    expect(stored).toMatchObject({ form: { name: 'Welcome on creation!' }, baseVersion: 1 });
  });

  it('gives the aside the draft, its validation and applyBot (all but the name, on/off too)', async () => {
    const seen: DraftContext[] = [];
    const other: Bot = {
      id: 'x',
      name: 'Other',
      version: 1,
      enabled: false,
      triggers: [{ type: 'recurring', every: 'day', time: '09:00' }],
      conditions: [],
      activeHours: null,
      keepUnanswered: true,
    };
    const { user } = renderDialog({
      renderAside: (ctx) => {
        seen.push(ctx);
        return (
          <section aria-label="Simulator">
            <button type="button" onClick={() => ctx.applyBot(other)}>
              Apply sample
            </button>
          </section>
        );
      },
    });
    await screen.findByDisplayValue('Welcome on creation');
    expect(seen.at(-1)).toMatchObject({ saved: { id: 'welcome', version: 1 }, validation: { ok: true } });
    await user.click(screen.getByRole('button', { name: 'Apply sample', hidden: true }));
    // The sample's trigger replaces the draft's; the name stays; the preview counts from the pinned clock.
    expect(screen.getByRole('heading', { level: 4, hidden: true })).toHaveTextContent('Daily at 09:00');
    expect(screen.getByDisplayValue('Welcome on creation')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Next runs', hidden: true })).getAllByRole('listitem', { hidden: true })[0]).toHaveTextContent(
      'Thu 5 Mar 2026, 09:00 EST',
    );
    expect(seen.at(-1)?.draft).toMatchObject({ id: 'welcome', name: 'Welcome on creation', enabled: false, keepUnanswered: true, triggers: other.triggers });
    expect(screen.getByRole('switch', { name: 'Bot enabled', hidden: true })).not.toBeChecked();
  });

  it('asks before discarding unsaved changes, inside the dialog', async () => {
    const { user, onClose } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.type(name, '!');
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel', hidden: true }));
    expect(onClose).not.toHaveBeenCalled();
    const confirm = screen.getByRole('group', { name: 'You have unsaved changes. Keep editing, close and keep them as a draft, or discard them?', hidden: true });
    await user.click(within(confirm).getByRole('button', { name: 'Discard changes', hidden: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(localStorage.getItem('salesbot-studio:draft:welcome')).toBeNull();
  });

  it('Escape asks before closing over unsaved changes, and Escape on the question keeps editing, with the focus back', async () => {
    const { user, onClose } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.type(name, '!');
    await user.keyboard('{Escape}');
    const confirm = screen.getByRole('group', { name: 'You have unsaved changes. Keep editing, close and keep them as a draft, or discard them?', hidden: true });
    await waitFor(() => expect(within(confirm).getByRole('button', { name: 'Keep editing', hidden: true })).toHaveFocus());
    await user.keyboard('{Escape}');
    expect(confirm).not.toBeInTheDocument();
    await waitFor(() => expect(name).toHaveFocus());
    expect(onClose).not.toHaveBeenCalled();
    expect(name).toHaveValue('Welcome on creation!');
  });

  it('a save the server refuses (422) lists its problems and takes the focus to the first one', async () => {
    server.use(
      http.put(apiUrl('/api/bots/:id'), () =>
        HttpResponse.json({ message: 'Refused', errors: [{ path: 'triggers.0', message: 'The server refuses this trigger.' }] }, { status: 422 }),
      ),
    );
    const { user, onClose } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.type(name, '!');
    await user.click(saveButton());
    await waitFor(() => expect(within(dialog()).getAllByText(/The server refuses this trigger\./).length).toBeGreaterThan(0));
    expect(onClose).not.toHaveBeenCalled();
    // Trigger 1's place (its first control), not Save nor the page body.
    await waitFor(() => expect(within(dialog()).getAllByRole('listitem', { hidden: true })[0]!.contains(document.activeElement)).toBe(true));
  });

  it('after a 422 that the account changed meanwhile (the plan), fetches the account again, so the form marks the trigger itself', async () => {
    const { user } = renderDialog({ botId: 'vip' });
    const name = await screen.findByDisplayValue('VIP welcome');
    db.updateSettings({ plan: 'advanced' }); // another admin, or billing
    await user.type(name, '!');
    const requests = recordRequests();
    await user.click(saveButton());
    await waitFor(() => expect(requests).toContain('GET /api/account'));
    expect(requests.indexOf('PUT /api/bots/vip')).toBeLessThan(requests.indexOf('GET /api/account'));
    // The form's own check, against the account as it is now, marks the trigger (not only the notice).
    const trigger = within(dialog()).getAllByRole('listitem', { hidden: true })[0]!;
    await waitFor(() => expect(within(trigger).getByText(/Enterprise plan/)).toBeInTheDocument());
  });

  it('counts a change other than the name as unsaved: it is kept as the draft, and Cancel asks', async () => {
    const { user, onClose } = renderDialog();
    await screen.findByDisplayValue('Welcome on creation');
    const keep = within(dialog()).getByRole('switch', { name: 'Keep bot replies marked unanswered', hidden: true });
    const was = keep.getAttribute('aria-checked') === 'true';
    await user.click(keep);
    await waitFor(() => expect(JSON.parse(localStorage.getItem('salesbot-studio:draft:welcome')!)).toMatchObject({ form: { name: 'Welcome on creation', keepUnanswered: !was } }));
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel', hidden: true }));
    expect(screen.getByRole('group', { name: 'You have unsaved changes. Keep editing, close and keep them as a draft, or discard them?', hidden: true })).toBeInTheDocument();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closes over unsaved changes and keeps them as the draft, on request', async () => {
    const { user, onClose } = renderDialog();
    const name = await screen.findByDisplayValue('Welcome on creation');
    await user.type(name, '!');
    await user.click(within(dialog()).getByRole('button', { name: 'Cancel', hidden: true }));
    const confirm = screen.getByRole('group', { name: 'You have unsaved changes. Keep editing, close and keep them as a draft, or discard them?', hidden: true });
    await user.click(within(confirm).getByRole('button', { name: 'Close, keep the draft', hidden: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(JSON.parse(localStorage.getItem('salesbot-studio:draft:welcome')!)).toMatchObject({ form: { name: 'Welcome on creation!' } });
  });
});
