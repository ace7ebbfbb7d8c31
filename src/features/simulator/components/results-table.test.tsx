// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { validateScenario } from '../../../domain';
import { simulateLog } from '../../../engine';
import account from '../../../../mocks/fixtures/demo-account.json';
import { buildColumns, rowAt } from '../model/columns';
import { namesOf } from '../model/describe';
import { generateTraffic, loadDemoBots } from '../model/traffic';
import { ResultsTable, withoutCause } from './results-table';

describe('withoutCause: the reason shown for a run no event caused', () => {
  it('says what planned it, by its trigger', () => {
    expect(withoutCause({ type: 'recurring', every: 'day', time: '09:00' })).toBe('On schedule');
    expect(withoutCause({ type: 'on_date', at: '2026-06-01T09:00' })).toBe('On schedule');
    // A reminder may run late, at the change of its field: not "on schedule".
    expect(withoutCause({ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 2, direction: 'before' })).toBe('Planned from its date field');
    expect(withoutCause({ type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 0, applyToExisting: true })).toBe('In the stage at the start');
    expect(withoutCause(undefined)).toBe('No event caused it');
  });
});

describe('ResultsTable from the keyboard', () => {
  const parsed = validateScenario({ name: 'x', account, bots: [], events: [] });
  if (!parsed.ok) throw new Error('demo account invalid');
  const ACCOUNT = parsed.value.account;
  const bots = loadDemoBots(3, ACCOUNT, 5);
  const made = generateTraffic({ count: 300, kinds: ['incoming_message', 'call_received'], from: '2026-06-01T13:00:00Z', to: '2026-06-01T18:00:00Z', seed: 5, leads: 20 }, ACCOUNT);
  if (!made.ok) throw new Error(made.message);
  const columns = buildColumns(simulateLog({ name: 'x', account: ACCOUNT, leads: made.traffic.leads, bots, events: made.traffic.events }));
  // Fewer rows than PLAIN_ROWS, so that all are in the page (jsdom lays nothing out for the virtualiser).
  const view = Uint32Array.from({ length: 12 }, (_, i) => i);

  const renderTable = (selectedKey: string | null = null) => {
    const onSelect = vi.fn();
    const onCloseDetails = vi.fn();
    const outside = vi.fn();
    render(
      // The dialog around the panel also listens for Escape.
      <div onKeyDown={outside}>
        <ResultsTable
          columns={columns}
          view={view}
          bots={new Map(bots.map((b) => [b.id, b]))}
          names={namesOf(ACCOUNT)}
          timezone={ACCOUNT.timezone}
          selectedKey={selectedKey}
          onSelect={onSelect}
          onCloseDetails={onCloseDetails}
          eventCount={300}
        />
      </div>,
    );
    const buttons = within(screen.getByRole('table', { name: 'Runs and skips' })).getAllByRole('button');
    return { buttons, onSelect, onCloseDetails, outside };
  };
  const tabStops = (buttons: HTMLElement[]) => buttons.filter((b) => b.tabIndex === 0);

  it('keeps one row in the Tab order, so that Tab leaves the table for what follows it', async () => {
    const { buttons } = renderTable();
    expect(columns.count).toBeGreaterThan(12);
    expect(buttons).toHaveLength(12);
    expect(tabStops(buttons)).toEqual([buttons[0]]);
    const user = userEvent.setup();
    await user.click(buttons[0]!);
    await user.tab();
    expect(buttons).not.toContain(document.activeElement);
  });

  it('moves between rows with the arrows, Page Up and Down, Home and End, and remembers the last row for Tab', async () => {
    const { buttons, onSelect } = renderTable();
    const user = userEvent.setup();
    buttons[0]!.focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(document.activeElement).toBe(buttons[2]);
    expect(tabStops(buttons)).toEqual([buttons[2]]);
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(buttons[1]);
    await user.keyboard('{PageDown}');
    expect(document.activeElement).toBe(buttons[11]);
    await user.keyboard('{Home}');
    expect(document.activeElement).toBe(buttons[0]);
    await user.keyboard('{ArrowUp}'); // stays on the first row
    expect(document.activeElement).toBe(buttons[0]);
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(buttons[11]);
    await user.keyboard('{Enter}');
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ key: rowAt(columns, 11).key }));
    expect(screen.getByRole('table', { name: 'Runs and skips' })).toHaveAccessibleDescription(
      "In the table, the up and down arrows move between rows, Enter shows a row's details after the table, and Escape closes them; Tab leaves the table.",
    );
  });

  it('from the table\'s own Tab stop (the table itself), the arrows go to the current row, Home and End to the first and last', async () => {
    const { buttons } = renderTable();
    const user = userEvent.setup();
    const table = screen.getByRole('table', { name: 'Runs and skips' });
    // Named once: no group of the same name around it (both names were read).
    expect(screen.queryByRole('group', { name: /Runs and skips/ })).toBeNull();
    await user.tab();
    expect(table).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(buttons[0]);
    await user.keyboard('{ArrowDown}{ArrowDown}');
    table.focus();
    await user.keyboard('{ArrowUp}'); // the row it was on, remembered
    expect(document.activeElement).toBe(buttons[2]);
    table.focus();
    await user.keyboard('{End}');
    expect(document.activeElement).toBe(buttons[11]);
  });

  it('keeps the Tab stop on its row when an edit re-runs the draft', async () => {
    const table = (c: typeof columns) => (
      <ResultsTable columns={c} view={view} bots={new Map(bots.map((b) => [b.id, b]))} names={namesOf(ACCOUNT)} timezone={ACCOUNT.timezone} selectedKey={null} onSelect={() => {}} onCloseDetails={() => {}} eventCount={300} />
    );
    const { rerender } = render(table(columns));
    const rows = () => within(screen.getByRole('table', { name: 'Runs and skips' })).getAllByRole('button');
    rows()[0]!.focus();
    await userEvent.setup().keyboard('{ArrowDown}{ArrowDown}{ArrowDown}');
    rows()[3]!.blur();
    // The run after an edit: new columns, the same rows.
    rerender(table(buildColumns(simulateLog({ name: 'x', account: ACCOUNT, leads: made.traffic.leads, bots, events: made.traffic.events }))));
    expect(tabStops(rows())).toEqual([rows()[3]]);
  });

  it('closes the details when their row is pressed again, or on Escape, which goes no further', async () => {
    const { buttons, onSelect, onCloseDetails, outside } = renderTable(rowAt(columns, 2).key);
    const user = userEvent.setup();
    expect(buttons[2]).toHaveAttribute('aria-pressed', 'true');
    await user.click(buttons[2]!);
    expect(onCloseDetails).toHaveBeenCalledTimes(1);
    expect(onSelect).not.toHaveBeenCalled();
    await user.click(buttons[4]!);
    expect(onSelect).toHaveBeenCalledWith(expect.objectContaining({ key: rowAt(columns, 4).key }));
    await user.keyboard('{Escape}');
    expect(onCloseDetails).toHaveBeenCalledTimes(2);
    expect(outside).not.toHaveBeenCalledWith(expect.objectContaining({ key: 'Escape' }));
  });

  it('lets Escape through when no row is selected (the dialog closes on it)', async () => {
    const { buttons, onCloseDetails, outside } = renderTable();
    buttons[0]!.focus();
    await userEvent.setup().keyboard('{Escape}');
    expect(onCloseDetails).not.toHaveBeenCalled();
    expect(outside).toHaveBeenCalledWith(expect.objectContaining({ key: 'Escape' }));
  });
});

describe('ResultsTable with no event to replay', () => {
  const parsed = validateScenario({ name: 'x', account, bots: [], events: [] });
  if (!parsed.ok) throw new Error('demo account invalid');
  const ACCOUNT = parsed.value.account;
  const empty = buildColumns(simulateLog({ name: 'x', account: ACCOUNT, leads: [], bots: [], events: [] }));
  const hint = (startLeads: number, spanSet: boolean) => {
    const { unmount } = render(
      <ResultsTable columns={empty} view={null} bots={new Map()} names={namesOf(ACCOUNT)} timezone={ACCOUNT.timezone} selectedKey={null} onSelect={() => {}} onCloseDetails={() => {}} eventCount={0} startLeads={startLeads} spanSet={spanSet} />,
    );
    const text = within(screen.getByRole('table', { name: 'Runs and skips' })).getByRole('cell').textContent;
    unmount();
    return text;
  };

  it('says how to add events, or, with leads at the start, that their scheduled and date-field triggers need “Start” and “Until”', () => {
    expect(hint(0, false)).toBe('There are no events to replay yet: load a sample scenario above or add events below.');
    expect(hint(2, false)).toBe(
      'There are no events, so the simulation has no span of time: scheduled and date-field triggers run only between “Start” and “Until”. Set both below, or add events.',
    );
    expect(hint(2, true)).toBe('No bot ran or was skipped between “Start” and “Until”.');
  });
});
