// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Trigger } from '../../../domain';
import { movedOne, type MoveDirection } from '../lib/move';
import { triggerErrors } from '../test/trigger-row-harness';
import { TriggerList } from './trigger-list';
import { account } from '../test/account';
import { SUMMARIES } from '../test/summaries';
import { PICKER_OPTIONS } from '../trigger-registry';

const NOW = Date.parse('2026-03-05T12:00:00Z');

describe('TriggerList', () => {
  it('titles every trigger type with its summary in words, in order', () => {
    const triggers = SUMMARIES.map(([t]) => t);
    render(<TriggerList account={account} triggers={triggers} rowKeys={triggers.map((_, i) => `k${i}`)} onChange={() => {}} onRemove={() => {}} errors={[]} now={NOW} />);
    const headings = screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);
    expect(headings).toEqual(SUMMARIES.map(([, words]) => words));
    // Each row is a list item named by its summary.
    expect(screen.getByRole('listitem', { name: 'When a lead is moved to Qualified, after 10 min' })).toBeInTheDocument();
  });

  it('captions the first message of the day as the picker names it', () => {
    render(
      <TriggerList account={account} triggers={[{ type: 'first_message_of_day', channelIds: [] }]} rowKeys={['a']} onChange={() => {}} onRemove={() => {}} errors={[]} now={NOW} />,
    );
    const picked = PICKER_OPTIONS.find((o) => o.type === 'first_message_of_day')!.label;
    expect(picked).toBe('When a lead starts chatting for the first time that day');
    expect(screen.getByText(/^Trigger 1 · /)).toHaveTextContent(`Trigger 1 · ${picked}`);
  });

  it('tells what tag and field triggers react to, and their hourly limit, beside their settings', () => {
    render(
      <TriggerList
        account={account}
        triggers={[
          { type: 'tag_removed', entity: 'lead', tagId: 't-vip' },
          { type: 'field_updated', entity: 'lead', fieldId: 'f-location' },
        ]}
        rowKeys={['a', 'b']}
        onChange={() => {}}
        onRemove={() => {}}
        errors={[]}
        now={NOW}
      />,
    );
    const [tag, field] = screen.getAllByRole('listitem');
    expect(tag).toHaveTextContent('Only tags removed by a user start the bot, not by automations or the API.');
    expect(tag).toHaveTextContent('After more than 25,000 tag actions within an hour, all tag triggers pause for an hour.');
    expect(field).toHaveTextContent('The bot starts when the value changes (set, changed or cleared), by anyone.');
    expect(field).toHaveTextContent('After more than 25,000 field changes within an hour, all field triggers pause for an hour.');
  });

  it('says that a stage trigger starts again when the lead comes back, and how to start it once', () => {
    render(
      <TriggerList
        account={account}
        triggers={[
          { type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 0 },
          { type: 'lead_moved_or_created_in_stage', stageIds: ['s-won'], delayMinutes: 0 },
          { type: 'lead_created_in_stage', stageIds: ['s-incoming'], delayMinutes: 0 },
        ]}
        rowKeys={['a', 'b', 'c']}
        onChange={() => {}}
        onRemove={() => {}}
        errors={[]}
        now={NOW}
      />,
    );
    const [moved, movedOrCreated, created] = screen.getAllByRole('listitem');
    const again = /^The bot starts each time a lead moves into a ticked stage, also when it comes back later\. To start it once per lead, .*"Does not have tags"/;
    expect(within(moved!).getByRole('group', { name: 'Stages' })).toHaveAccessibleDescription(again);
    expect(within(movedOrCreated!).getByRole('group', { name: 'Stages' })).toHaveAccessibleDescription(again);
    // A lead is created once: nothing to say there.
    expect(created).not.toHaveTextContent('comes back');
  });

  it('rewords the summary as the trigger is edited', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    const { rerender } = render(
      <TriggerList
        account={account}
        triggers={[{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 10 }]}
        rowKeys={['a']}
        onChange={onChange}
        onRemove={() => {}}
        errors={[]}
        now={NOW}
      />,
    );
    await user.click(screen.getByRole('checkbox', { name: 'Won' }));
    expect(onChange).toHaveBeenLastCalledWith(0, { type: 'lead_moved_to_stage', stageIds: ['s-qualified', 's-won'], delayMinutes: 10 });
    rerender(
      <TriggerList
        account={account}
        triggers={[{ type: 'lead_moved_to_stage', stageIds: ['s-qualified', 's-won'], delayMinutes: 10 }]}
        rowKeys={['a']}
        onChange={onChange}
        onRemove={() => {}}
        errors={[]}
        now={NOW}
      />,
    );
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent('When a lead is moved to Qualified or Won, after 10 min');
  });

  it('shows each error beside its field and the plan error under the title', () => {
    render(
      <TriggerList
        account={account}
        triggers={[{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }, { type: 'website_visited', url: 'ftp://x', delayMinutes: 0 }]}
        rowKeys={['a', 'b']}
        onChange={() => {}}
        onRemove={() => {}}
        errors={[
          { path: '0.type', message: 'Tag triggers are only available on the Enterprise plan.' },
          { path: '1.url', message: 'Enter a web address that starts with http:// or https://.' },
        ]}
        now={NOW}
      />,
    );
    const [first, second] = screen.getAllByRole('listitem').filter((li) => li.classList.contains('ts-trigger'));
    expect(within(first!).getByText('Tag triggers are only available on the Enterprise plan.')).toBeInTheDocument();
    const url = within(second!).getByLabelText('Page address');
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(/Enter a web address that starts with http:\/\/ or https:\/\/\./);
  });

  describe('more than 20 triggers (SPEC §3: folded into "+N")', () => {
    const triggers = Array.from({ length: 23 }, (_, i) => ({ type: 'lead_moved_to_stage' as const, stageIds: ['s-qualified'], delayMinutes: i }));
    const keys = triggers.map((_, i) => `k${i}`);
    const titles = () => screen.getAllByRole('heading', { level: 4 }).length;

    it('shows the first 20 and a "+3" button that shows the rest, the focus on the first of them', async () => {
      const user = userEvent.setup();
      const onUnfold = vi.fn();
      const { rerender } = render(
        <TriggerList account={account} triggers={triggers} rowKeys={keys} onChange={() => {}} onRemove={() => {}} errors={[]} now={NOW} folded onUnfold={onUnfold} />,
      );
      expect(titles()).toBe(20);
      const more = screen.getByRole('button', { name: '+3: show triggers 21 to 23' });
      expect(more).toHaveTextContent(/^\+3$/);
      await user.click(more);
      expect(onUnfold).toHaveBeenCalledTimes(1);
      rerender(<TriggerList account={account} triggers={triggers} rowKeys={keys} onChange={() => {}} onRemove={() => {}} errors={[]} now={NOW} folded={false} onUnfold={onUnfold} />);
      expect(titles()).toBe(23);
      expect(screen.queryByRole('button', { name: /^\+3/ })).toBeNull();
      expect(screen.getAllByRole('heading', { level: 4 })[20]).toHaveFocus();
    });

    it('shows a folded trigger that has an error, as a refused Save goes to it', () => {
      render(
        <TriggerList
          account={account}
          triggers={triggers}
          rowKeys={keys}
          onChange={() => {}}
          onRemove={() => {}}
          errors={[{ path: '21.stageIds', message: 'Select at least one stage.' }]}
          now={NOW}
          folded
        />,
      );
      expect(titles()).toBe(23);
      expect(screen.getByText('Select at least one stage.')).toBeInTheDocument();
    });

    it('folds nothing at 20', () => {
      render(<TriggerList account={account} triggers={triggers.slice(0, 20)} rowKeys={keys} onChange={() => {}} onRemove={() => {}} errors={[]} now={NOW} folded />);
      expect(titles()).toBe(20);
      expect(screen.queryByRole('button', { name: /^\+/ })).toBeNull();
    });
  });

  describe('moving a trigger up or down', () => {
    /** The list as the dialog keeps it: the triggers, their row keys moved with them, the fold. */
    function Moving({ initial, onMove }: { initial: Trigger[]; onMove?(index: number, direction: MoveDirection): void }) {
      const [triggers, setTriggers] = useState(initial);
      const [keys, setKeys] = useState(() => initial.map((_, i) => `k${i}`));
      const [folded, setFolded] = useState(true);
      return (
        <TriggerList
          account={account}
          triggers={triggers}
          rowKeys={keys}
          onChange={(i, next) => setTriggers(triggers.map((t, j) => (j === i ? next : t)))}
          onRemove={() => {}}
          onMove={(i, direction) => {
            onMove?.(i, direction);
            setTriggers(movedOne(triggers, i, direction));
            setKeys(movedOne(keys, i, direction));
          }}
          errors={triggerErrors(triggers)}
          now={NOW}
          folded={folded}
          onUnfold={() => setFolded(false)}
        />
      );
    }
    const call: Trigger = { type: 'call_received' };
    const form: Trigger = { type: 'form_submitted', formIds: [] };
    const noStage: Trigger = { type: 'lead_moved_to_stage', stageIds: [], delayMinutes: 0 };
    const summaries = () => screen.getAllByRole('heading', { level: 4 }).map((h) => h.textContent);

    it('offers "Move trigger N up/down", described by the summary and disabled at the ends; none for a single trigger', () => {
      const { unmount } = render(<Moving initial={[call, form]} />);
      expect(screen.getByRole('button', { name: 'Move trigger 1 up' })).toBeDisabled();
      expect(screen.getByRole('button', { name: 'Move trigger 1 down' })).toHaveAccessibleDescription('When a call is received');
      expect(screen.getByRole('button', { name: 'Move trigger 2 up' })).toBeEnabled();
      expect(screen.getByRole('button', { name: 'Move trigger 2 down' })).toBeDisabled();
      unmount();
      render(<Moving initial={[call]} />);
      expect(screen.queryByRole('button', { name: /^Move trigger/ })).toBeNull();
    });

    it('moves it with its problems, and keeps the focus on its button pressed (the other one at an end)', async () => {
      const user = userEvent.setup();
      const onMove = vi.fn();
      render(<Moving initial={[call, form, noStage]} onMove={onMove} />);
      const before = summaries();
      await user.click(screen.getByRole('button', { name: 'Move trigger 3 up' }));
      expect(onMove).toHaveBeenLastCalledWith(2, 'up');
      expect(summaries()).toEqual([before[0], before[2], before[1]]);
      expect(screen.getByRole('button', { name: 'Move trigger 2 up' })).toHaveFocus();
      // Its problem is under it, at its new place.
      const cards = () => screen.getAllByRole('listitem').filter((li) => li.classList.contains('ts-trigger'));
      expect(cards()[1]).toHaveAttribute('data-invalid');
      expect(within(cards()[1]!).getByText('Select at least one stage.')).toBeInTheDocument();
      expect(cards()[2]).not.toHaveAttribute('data-invalid');
      await user.keyboard('{Enter}');
      expect(summaries()).toEqual([before[2], before[0], before[1]]);
      expect(screen.getByRole('button', { name: 'Move trigger 1 down' })).toHaveFocus();
      await user.keyboard('{Enter}{Enter}');
      expect(summaries()).toEqual(before);
      expect(screen.getByRole('button', { name: 'Move trigger 3 up' })).toHaveFocus();
    });

    it('keeps a moved trigger’s editor with it (what it remembers goes too)', async () => {
      const user = userEvent.setup();
      render(<Moving initial={[call, { type: 'tag_added', entity: 'lead', tagId: 't-vip' }]} />);
      // The tag editor remembers the lead's tag while another entity is chosen.
      await user.selectOptions(screen.getByRole('combobox', { name: 'Added to' }), 'contact');
      await user.click(screen.getByRole('button', { name: 'Move trigger 2 up' }));
      await user.selectOptions(screen.getByRole('combobox', { name: 'Added to' }), 'lead');
      expect(screen.getByRole('combobox', { name: 'Tag' })).toHaveDisplayValue('VIP');
    });

    it('opens the fold when trigger 20 goes down into it, the focus going with it', async () => {
      const user = userEvent.setup();
      const many = Array.from({ length: 23 }, (_, i): Trigger => ({ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: i }));
      render(<Moving initial={many} />);
      expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(20);
      await user.click(screen.getByRole('button', { name: 'Move trigger 20 down' }));
      expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(23);
      expect(screen.queryByRole('button', { name: /^\+3/ })).toBeNull();
      expect(screen.getAllByRole('heading', { level: 4 })[20]).toHaveTextContent('after 19 min');
      expect(screen.getByRole('button', { name: 'Move trigger 21 down' })).toHaveFocus();
      await user.click(screen.getByRole('button', { name: 'Move trigger 21 up' }));
      expect(screen.getAllByRole('heading', { level: 4 })[19]).toHaveTextContent('after 19 min');
      expect(screen.getByRole('button', { name: 'Move trigger 20 up' })).toHaveFocus();
    });
  });
});
