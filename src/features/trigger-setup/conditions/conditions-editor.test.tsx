// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { validateBot, type Account, type Condition, type ValidationError } from '../../../domain';
import { ConditionsEditor } from './conditions-editor';
import { account, stubResizeObserver } from './test-support';

beforeAll(stubResizeObserver);

/** The errors the dialog would pass: the domain validator's, under "conditions", prefix removed. */
function conditionErrors(conditions: Condition[], acc: Account): ValidationError[] {
  const bot = {
    id: 'b1',
    name: 'Bot',
    version: 0,
    enabled: true,
    triggers: [{ type: 'conversation_started', direction: 'incoming', channelIds: [] }],
    conditions,
    activeHours: null,
    keepUnanswered: false,
  };
  const result = validateBot(bot, acc);
  if (result.ok) return [];
  return result.errors
    .filter((e) => e.path.startsWith('conditions.'))
    .map((e) => ({ ...e, path: e.path.slice('conditions.'.length) }));
}

function Harness({
  initial = [],
  acc = account,
  onChange,
  onAnnounce,
}: {
  initial?: Condition[];
  acc?: Account;
  onChange?(c: Condition[]): void;
  onAnnounce?(text: string): void;
}) {
  const [value, setValue] = useState<Condition[]>(initial);
  return (
    <ConditionsEditor
      account={acc}
      value={value}
      onAnnounce={onAnnounce}
      errors={conditionErrors(value, acc)}
      onChange={(next) => {
        onChange?.(next);
        setValue(next);
      }}
    />
  );
}

function setup(props: Parameters<typeof Harness>[0] = {}) {
  const onChange = vi.fn<(c: Condition[]) => void>();
  const user = userEvent.setup();
  render(<Harness {...props} onChange={onChange} />);
  const last = () => onChange.mock.lastCall?.[0];
  return { user, onChange, last };
}

async function addCondition(user: ReturnType<typeof userEvent.setup>, label: string) {
  await user.click(screen.getByRole('button', { name: 'Add condition' }));
  await user.click(within(screen.getByRole('dialog', { name: 'Choose a condition' })).getByRole('button', { name: label }));
}

const chipEditor = (words: string) => screen.getByRole('dialog', { name: `Edit condition: ${words}` });

describe('ConditionsEditor', () => {
  it.each([
    ['Tags', 'Tags: none selected', { type: 'tags', mode: 'or', tagIds: [] }],
    ['Lead stage', 'Lead stage: any', { type: 'stages', stageIds: [] }],
    ['Responsible user', 'Responsible user: none selected', { type: 'responsible', userIds: [] }],
    ['Sale', 'Sale: any amount', { type: 'sale', min: null, max: null }],
    ['Source', 'Source: none selected', { type: 'source', sourceIds: [] }],
    ['Does not have tags', 'Does not have tags: none selected', { type: 'not_tags', mode: 'or', tagIds: [] }],
    ['utm_source', 'utm_source matches (no value yet)', { type: 'utm', param: 'utm_source', op: 'match', value: '' }],
    ['utm_medium', 'utm_medium matches (no value yet)', { type: 'utm', param: 'utm_medium', op: 'match', value: '' }],
    ['utm_campaign', 'utm_campaign matches (no value yet)', { type: 'utm', param: 'utm_campaign', op: 'match', value: '' }],
    ['utm_term', 'utm_term matches (no value yet)', { type: 'utm', param: 'utm_term', op: 'match', value: '' }],
    ['utm_content', 'utm_content matches (no value yet)', { type: 'utm', param: 'utm_content', op: 'match', value: '' }],
  ])('adds a %s condition as a chip that opens its editor', async (label, words, created) => {
    const { user, last } = setup();
    await addCondition(user, label);
    expect(last()).toEqual([created]);
    expect(screen.getByRole('button', { name: words })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Remove condition' })).toHaveAccessibleDescription(words);
    // The new chip's editor is open and has the focus, ready to fill in.
    expect(chipEditor(words)).toContainElement(document.activeElement as HTMLElement);
  });

  it('numbers the conditions as the simulator names them ("condition 2"): an ordered list, each number beside its chip', () => {
    const sale: Condition = { type: 'sale', min: 10, max: null };
    render(<Harness initial={[sale, { ...sale, min: 20 }]} />);
    const list = screen.getByRole('list', { name: 'Conditions' });
    expect(list.tagName).toBe('OL');
    const items = within(list).getAllByRole('listitem');
    // Read as the skips name them ("Condition 2"); the number alone is what shows.
    expect(items.map((li) => li.querySelector('.conditions-editor__number')?.textContent)).toEqual(['Condition 1', 'Condition 2']);
    expect(items[1]!.querySelector('.conditions-editor__number .cond-sr-only')).toHaveTextContent('Condition');
    // The chip's name stays its condition (SPEC §10).
    expect(within(items[1]!).getAllByRole('button')[0]).toHaveAccessibleName(/^Sale/);
  });

  it('picks tags and toggles the and/or switch, renaming the chip', async () => {
    const { user, last } = setup({ initial: [{ type: 'tags', mode: 'or', tagIds: [] }] });
    // Invalid, the chip shows "Fix"; its remove button is described by the condition's words alone.
    expect(screen.getByRole('button', { name: 'Remove condition' })).toHaveAccessibleDescription('Tags: none selected');
    await user.click(screen.getByRole('button', { name: 'Tags: none selected' }));
    const editor = chipEditor('Tags: none selected');
    // Only lead tags are offered: "Partner" is a contact tag.
    expect(within(editor).queryByRole('checkbox', { name: 'Partner' })).toBeNull();
    await user.click(within(editor).getByRole('checkbox', { name: 'VIP' }));
    await user.click(within(chipEditor('Tags: VIP')).getByRole('checkbox', { name: 'New' }));
    expect(last()).toEqual([{ type: 'tags', mode: 'or', tagIds: ['t-new', 't-vip'] }]);
    expect(screen.getByRole('button', { name: 'Tags: New or VIP' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'or' }));
    expect(last()).toEqual([{ type: 'tags', mode: 'and', tagIds: ['t-new', 't-vip'] }]);
    expect(screen.getByRole('button', { name: 'Tags: New and VIP' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'and' }));
    expect(last()?.[0]).toMatchObject({ mode: 'or' });
  });

  it('describes the and/or switch with "Combine tags with" and its hint, and says what a press changed', async () => {
    const { user } = setup({ initial: [{ type: 'tags', mode: 'and', tagIds: ['t-vip'] }] });
    await user.click(screen.getByRole('button', { name: 'Tags: VIP' }));
    const editor = chipEditor('Tags: VIP');
    const toggle = within(editor).getByRole('button', { name: 'and' });
    expect(toggle).toHaveAccessibleDescription('Combine tags with The lead must have all of the selected tags. Press to switch to “or”.');
    await user.click(toggle);
    // Named by its word alone (SPEC §10), now "or"; the change is said politely.
    const switched = within(editor).getByRole('button', { name: 'or' });
    expect(switched).toHaveAccessibleDescription('Combine tags with The lead must have at least one of the selected tags. Press to switch to “and”.');
    expect(within(editor).getByRole('status')).toHaveTextContent('Tags are now combined with or: The lead must have at least one of the selected tags.');
    await user.click(switched);
    expect(within(editor).getByRole('status')).toHaveTextContent('Tags are now combined with and: The lead must have all of the selected tags.');
  });

  it('gives "Does not have tags" the same and/or switch', async () => {
    const { user, last } = setup({ initial: [{ type: 'not_tags', mode: 'or', tagIds: ['t-spam'] }] });
    await user.click(screen.getByRole('button', { name: 'Does not have tags: Spam' }));
    await user.click(screen.getByRole('button', { name: 'or' }));
    expect(last()).toEqual([{ type: 'not_tags', mode: 'and', tagIds: ['t-spam'] }]);
  });

  it('hides the UTM value for empty / not empty and removes the value key, and brings the typed value back with an operator that takes one', async () => {
    const { user, last } = setup({ initial: [{ type: 'utm', param: 'utm_source', op: 'match', value: '' }] });
    await user.click(screen.getByRole('button', { name: 'utm_source matches (no value yet)' }));
    await user.type(screen.getByRole('textbox', { name: 'Value' }), 'Google');
    expect(last()).toEqual([{ type: 'utm', param: 'utm_source', op: 'match', value: 'Google' }]);
    expect(screen.getByRole('button', { name: 'utm_source matches Google' })).toBeInTheDocument();

    const ops = screen.getByRole('combobox', { name: 'Comparison' });
    expect(within(ops).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'matches',
      'does not match',
      'contains',
      'does not contain',
      'is empty',
      'is not empty',
    ]);
    await user.selectOptions(ops, 'is empty');
    expect(last()).toEqual([{ type: 'utm', param: 'utm_source', op: 'empty' }]);
    expect(last()?.[0]).not.toHaveProperty('value');
    expect(screen.queryByRole('textbox', { name: 'Value' })).toBeNull();
    expect(screen.getByRole('button', { name: 'utm_source is empty' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Comparison' }), 'is not empty');
    expect(last()?.[0]).not.toHaveProperty('value');
    // "Google" was dropped from the condition, not from the editor: it comes back.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Comparison' }), 'contains');
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveValue('Google');
    expect(last()).toEqual([{ type: 'utm', param: 'utm_source', op: 'contains', value: 'Google' }]);
    expect(screen.getByRole('button', { name: 'utm_source contains Google' })).toBeInTheDocument();
  });

  it('starts an empty UTM value box when no value was typed before', async () => {
    const { user, last } = setup({ initial: [{ type: 'utm', param: 'utm_term', op: 'empty' }] });
    await user.click(screen.getByRole('button', { name: 'utm_term is empty' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Comparison' }), 'does not contain');
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveValue('');
    expect(last()).toEqual([{ type: 'utm', param: 'utm_term', op: 'not_contains', value: '' }]);
  });

  it('edits sale bounds, an empty box being an open bound', async () => {
    const { user, last } = setup({ initial: [{ type: 'sale', min: null, max: null }] });
    await user.click(screen.getByRole('button', { name: 'Sale: any amount' }));
    await user.type(screen.getByRole('spinbutton', { name: 'Minimum amount ($)' }), '10000');
    await user.type(screen.getByRole('spinbutton', { name: 'Maximum amount ($)' }), '100000');
    expect(last()).toEqual([{ type: 'sale', min: 10000, max: 100000 }]);
    expect(screen.getByRole('button', { name: 'Sale: $10,000 – $100,000' })).toBeInTheDocument();
    await user.clear(screen.getByRole('spinbutton', { name: 'Minimum amount ($)' }));
    expect(last()).toEqual([{ type: 'sale', min: null, max: 100000 }]);
    expect(screen.getByRole('button', { name: 'Sale: at most $100,000' })).toBeInTheDocument();
  });

  it('a bound the browser cannot read as a number ("20000-", "1e") is refused beside its box, not taken as no limit', async () => {
    const { user, last } = setup({ initial: [{ type: 'sale', min: null, max: 100000 }] });
    await user.click(screen.getByRole('button', { name: 'Sale: at most $100,000' }));
    const min = screen.getByRole('spinbutton', { name: 'Minimum amount ($)' });
    await user.type(min, '20000');
    // What the browser does with "20000-": the value becomes "" and validity.badInput is set.
    Object.defineProperty(min, 'validity', { value: { badInput: true, valid: false }, configurable: true });
    fireEvent.change(min, { target: { value: '' } });
    const sale = last()?.[0] as Extract<Condition, { type: 'sale' }>;
    expect(sale.max).toBe(100000);
    expect(sale.min).toBeNaN();
    expect(min).toHaveAttribute('aria-invalid', 'true');
    expect(min).toHaveAccessibleDescription(expect.stringContaining('Enter an amount (a number) or leave it empty.'));
    expect(screen.getByRole('button', { name: 'Sale: an amount that is not a number – $100,000' })).toBeInTheDocument();
  });

  it('an unreadable bound typed into an empty box (no input event) is caught when the box is left', async () => {
    const { user, last } = setup({ initial: [{ type: 'sale', min: null, max: 100000 }] });
    await user.click(screen.getByRole('button', { name: 'Sale: at most $100,000' }));
    const min = screen.getByRole('spinbutton', { name: 'Minimum amount ($)' });
    min.focus();
    Object.defineProperty(min, 'validity', { value: { badInput: true, valid: false }, configurable: true });
    fireEvent.blur(min);
    expect((last()?.[0] as Extract<Condition, { type: 'sale' }>).min).toBeNaN();
    expect(min).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows the maximum-below-minimum error beside the maximum and marks the chip', async () => {
    const { user } = setup({ initial: [{ type: 'sale', min: 500, max: 100 }] });
    const chip = screen.getByRole('button', { name: 'Sale: $500 – $100' });
    expect(chip).toHaveAttribute('aria-invalid', 'true');
    expect(chip).toHaveAccessibleDescription('Needs fixing: The maximum must not be less than the minimum.');
    // Seen too, under the chip, not only heard: the chip's "Fix" marker alone did not say what.
    const shown = screen.getByText('The maximum must not be less than the minimum.');
    expect(shown.closest('.condition-chip-wrap')).toContainElement(chip);
    expect(shown.closest('.cond-sr-only')).toBeNull();
    await user.click(chip);
    const max = screen.getByRole('spinbutton', { name: 'Maximum amount ($)' });
    expect(max).toHaveAttribute('aria-invalid', 'true');
    expect(max).toHaveAccessibleDescription(expect.stringContaining('The maximum must not be less than the minimum.'));
    expect(screen.getByRole('spinbutton', { name: 'Minimum amount ($)' })).not.toHaveAttribute('aria-invalid');
  });

  it('shows "select at least one tag" inside the tag checklist of the chip that lacks tags', async () => {
    const { user } = setup({
      initial: [
        { type: 'tags', mode: 'or', tagIds: ['t-vip'] },
        { type: 'not_tags', mode: 'or', tagIds: [] },
      ],
    });
    expect(screen.getByRole('button', { name: 'Tags: VIP' })).not.toHaveAttribute('aria-invalid');
    const bad = screen.getByRole('button', { name: 'Does not have tags: none selected' });
    expect(bad).toHaveAttribute('aria-invalid', 'true');
    await user.click(bad);
    const list = within(chipEditor('Does not have tags: none selected')).getByRole('group', { name: 'Leave out leads with these tags' });
    expect(list).toHaveTextContent('Select at least one tag.');
    expect(list).toHaveAccessibleDescription('Select at least one tag.');
    expect(list).toHaveAttribute('aria-invalid', 'true');
  });

  it('keeps a just-added condition quiet until it is changed or closed', async () => {
    const { user } = setup();
    await addCondition(user, 'Tags');
    const list = () => within(chipEditor('Tags: none selected')).getByRole('group', { name: 'Only leads with these tags' });
    // Empty on purpose: no "Select at least one tag" greets the pick.
    expect(list()).not.toHaveTextContent('Select at least one tag.');
    expect(list()).not.toHaveAttribute('aria-invalid');
    expect(screen.getByRole('button', { name: 'Tags: none selected' })).not.toHaveAttribute('aria-invalid');
    // Ticking a tag and unticking it again: now the problem is the user's to see.
    await user.click(within(list()).getByRole('checkbox', { name: 'VIP' }));
    await user.click(within(chipEditor('Tags: VIP')).getByRole('checkbox', { name: 'VIP' }));
    expect(list()).toHaveTextContent('Select at least one tag.');
  });

  it('marks a just-added condition left empty once its editor closes', async () => {
    const { user } = setup();
    await addCondition(user, 'Responsible user');
    await user.click(within(chipEditor('Responsible user: none selected')).getByRole('button', { name: 'Done' }));
    expect(screen.getByRole('button', { name: 'Responsible user: none selected' })).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a just-added condition\'s problem at once after Save was pressed', async () => {
    const user = userEvent.setup();
    function Attempted() {
      const [value, setValue] = useState<Condition[]>([]);
      return <ConditionsEditor account={account} value={value} errors={conditionErrors(value, account)} onChange={setValue} attempted />;
    }
    render(<Attempted />);
    await addCondition(user, 'Tags');
    expect(within(chipEditor('Tags: none selected')).getByRole('group', { name: 'Only leads with these tags' })).toHaveTextContent(
      'Select at least one tag.',
    );
  });

  it('explains the Source condition when the account has no sources', async () => {
    const { user } = setup({ acc: { ...account, sources: [] }, initial: [{ type: 'source', sourceIds: [] }] });
    await user.click(screen.getByRole('button', { name: 'Source: none selected' }));
    expect(chipEditor('Source: none selected')).toHaveTextContent(
      'No sources are connected yet: connect a lead source to use this condition.',
    );
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('offers the sources of the account to tick', async () => {
    const { user, last } = setup({ initial: [{ type: 'source', sourceIds: [] }] });
    await user.click(screen.getByRole('button', { name: 'Source: none selected' }));
    await user.click(screen.getByRole('checkbox', { name: 'Facebook' }));
    expect(last()).toEqual([{ type: 'source', sourceIds: ['src-facebook'] }]);
  });

  it('groups stages by pipeline, and "Any stage" clears the choice', async () => {
    const acc: Account = { ...account, pipelines: [...account.pipelines, { id: 'p2', name: 'Support', stages: [{ id: 's2', name: 'Open' }] }] };
    const { user, last } = setup({ acc, initial: [{ type: 'stages', stageIds: [] }] });
    await user.click(screen.getByRole('button', { name: 'Lead stage: any' }));
    const support = screen.getByRole('group', { name: 'Support' });
    await user.click(within(support).getByRole('checkbox', { name: 'Open' }));
    await user.click(within(screen.getByRole('group', { name: 'Sales' })).getByRole('checkbox', { name: 'Won' }));
    expect(last()).toEqual([{ type: 'stages', stageIds: ['s-won', 's2'] }]);
    await user.click(screen.getByRole('button', { name: 'Any stage' }));
    expect(last()).toEqual([{ type: 'stages', stageIds: [] }]);
    // The button went with the choice: the focus is on the first stage, not the page body.
    expect(screen.queryByRole('button', { name: 'Any stage' })).toBeNull();
    expect(within(screen.getByRole('group', { name: 'Sales' })).getAllByRole('checkbox')[0]).toHaveFocus();
  });

  it('picks responsible users', async () => {
    const { user, last } = setup({ initial: [{ type: 'responsible', userIds: [] }] });
    await user.click(screen.getByRole('button', { name: 'Responsible user: none selected' }));
    await user.click(screen.getByRole('checkbox', { name: 'Bruno' }));
    expect(last()).toEqual([{ type: 'responsible', userIds: ['u-bruno'] }]);
  });

  it('removes a condition and moves the focus to the chip that takes its place', async () => {
    const { user, last } = setup({
      initial: [
        { type: 'sale', min: 1, max: null },
        { type: 'stages', stageIds: [] },
      ],
    });
    const [first] = screen.getAllByRole('button', { name: 'Remove condition' });
    expect(first).toHaveAccessibleDescription('Sale: at least $1');
    await user.click(first!);
    expect(last()).toEqual([{ type: 'stages', stageIds: [] }]);
    expect(screen.queryByRole('button', { name: 'Sale: at least $1' })).toBeNull();
    expect(screen.getByRole('button', { name: 'Lead stage: any' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove condition' }));
    expect(last()).toEqual([]);
    expect(screen.getByRole('button', { name: 'Add condition' })).toHaveFocus();
  });

  describe('moving a condition up or down', () => {
    const sale: Condition = { type: 'sale', min: 1, max: null };
    const stages: Condition = { type: 'stages', stageIds: [] };
    const tags: Condition = { type: 'tags', mode: 'or', tagIds: ['t-vip'] };
    const chipWords = () => screen.getAllByRole('button', { name: /^(Sale|Lead stage|Tags):/ }).map((b) => b.textContent);

    it('offers "Move condition N up/down" on each chip, described by its words and disabled at the ends; none for a single condition', () => {
      const { unmount } = render(<Harness initial={[sale, stages, tags]} />);
      const up = (n: number) => screen.getByRole('button', { name: `Move condition ${n} up` });
      const down = (n: number) => screen.getByRole('button', { name: `Move condition ${n} down` });
      expect(up(1)).toBeDisabled();
      expect(down(1)).toBeEnabled();
      expect(up(2)).toBeEnabled();
      expect(down(2)).toHaveAccessibleDescription('Lead stage: any');
      expect(up(3)).toBeEnabled();
      expect(down(3)).toBeDisabled();
      unmount();
      render(<Harness initial={[sale]} />);
      expect(screen.queryByRole('button', { name: /^Move condition/ })).toBeNull();
    });

    it('moves it, says where it went, and keeps the focus on its button pressed (the other one at an end)', async () => {
      const onAnnounce = vi.fn<(text: string) => void>();
      const { user, last } = setup({ initial: [sale, stages, tags], onAnnounce });
      await user.click(screen.getByRole('button', { name: 'Move condition 3 up' }));
      expect(last()).toEqual([sale, tags, stages]);
      expect(chipWords()).toEqual(['Sale: at least $1', 'Tags: VIP', 'Lead stage: any']);
      expect(onAnnounce).toHaveBeenLastCalledWith('Condition 3 moved to 2.');
      // Still in the middle: the same button, now of condition 2, keeps the focus for another press.
      const up2 = screen.getByRole('button', { name: 'Move condition 2 up' });
      expect(up2).toHaveFocus();
      expect(up2).toHaveAccessibleDescription('Tags: VIP');
      await user.keyboard('{Enter}');
      expect(last()).toEqual([tags, sale, stages]);
      expect(onAnnounce).toHaveBeenLastCalledWith('Condition 2 moved to 1.');
      // At the top "up" is disabled: the focus is on the same chip's "down".
      expect(screen.getByRole('button', { name: 'Move condition 1 down' })).toHaveFocus();
      expect(screen.getByRole('button', { name: 'Move condition 1 down' })).toHaveAccessibleDescription('Tags: VIP');
      await user.keyboard('{Enter}');
      await user.keyboard('{Enter}');
      expect(last()).toEqual([sale, stages, tags]);
      expect(onAnnounce).toHaveBeenLastCalledWith('Condition 2 moved to 3.');
      expect(screen.getByRole('button', { name: 'Move condition 3 up' })).toHaveFocus();
    });

    it('takes the condition’s problem with it', async () => {
      const empty: Condition = { type: 'tags', mode: 'or', tagIds: [] };
      const { user } = setup({ initial: [sale, empty] });
      expect(screen.getByRole('button', { name: /^Tags: none selected/ })).toHaveAccessibleDescription(/Needs fixing/);
      await user.click(screen.getByRole('button', { name: 'Move condition 2 up' }));
      const [first, second] = screen.getAllByRole('button', { name: /^(Sale|Tags):/ });
      expect(first).toHaveTextContent('Tags: none selected');
      expect(first).toHaveAttribute('aria-invalid', 'true');
      expect(first).toHaveAccessibleDescription(/Select at least one tag/);
      expect(second).not.toHaveAttribute('aria-invalid');
    });

    it('shows a just-added condition’s problem on the chip it moved to', async () => {
      const { user } = setup({ initial: [sale] });
      await addCondition(user, 'Tags');
      await user.click(screen.getByRole('button', { name: 'Move condition 2 up' })); // the click outside closes its editor
      // Closed, it shows its problem now (as when closed in place), on the chip it moved to.
      expect(screen.getAllByRole('button', { name: /^(Sale|Tags):/ })[0]).toHaveAttribute('aria-invalid', 'true');
    });
  });

  it('opens a chip with Enter and closes it with Escape, giving the focus back', async () => {
    const { user } = setup({ initial: [{ type: 'stages', stageIds: [] }] });
    await user.tab();
    const chip = screen.getByRole('button', { name: 'Lead stage: any' });
    expect(chip).toHaveFocus();
    await user.keyboard('{Enter}');
    const editor = chipEditor('Lead stage: any');
    expect(editor).toContainElement(document.activeElement as HTMLElement);
    await user.keyboard(' '); // ticks the focused first stage
    expect(screen.getByRole('button', { name: 'Lead stage: Incoming leads' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(screen.getByRole('button', { name: 'Lead stage: Incoming leads' })).toHaveFocus();
  });

  it('refuses a 21st condition and says why, staying in the Tab order (aria-disabled, as "When this happens" at 50)', async () => {
    const twenty: Condition[] = Array.from({ length: 20 }, () => ({ type: 'stages', stageIds: [] }));
    const { user, onChange } = setup({ initial: twenty });
    const add = screen.getByRole('button', { name: 'Add condition' });
    expect(add).not.toBeDisabled();
    expect(add).toHaveAttribute('aria-disabled', 'true');
    expect(add).toHaveAccessibleDescription('A bot can have at most 20 conditions: remove one to add another.');
    // Tab reaches it from the last chip's "Remove condition", and neither a press nor Enter opens the menu.
    screen.getAllByRole('button', { name: 'Remove condition' }).at(-1)!.focus();
    await user.tab();
    expect(add).toHaveFocus();
    await user.keyboard('{Enter}');
    await user.click(add);
    expect(screen.queryByRole('dialog', { name: 'Choose a condition' })).toBeNull();
    expect(add).toHaveFocus();
    expect(onChange).not.toHaveBeenCalled();
    // One removed: it opens again.
    await user.click(screen.getAllByRole('button', { name: 'Remove condition' })[0]!);
    expect(add).not.toHaveAttribute('aria-disabled');
    await user.click(add);
    expect(screen.getByRole('dialog', { name: 'Choose a condition' })).toBeInTheDocument();
  });

  it('shows list-level errors beneath the chips, not on a chip', () => {
    render(
      <ConditionsEditor
        account={account}
        value={[{ type: 'stages', stageIds: [] }]}
        onChange={() => {}}
        errors={[{ path: '', message: 'A bot can have at most 20 conditions.' }]}
      />,
    );
    expect(screen.getByText('A bot can have at most 20 conditions.')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Lead stage: any' })).not.toHaveAttribute('aria-invalid');
  });

  it('menu items can be walked with the arrow keys', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    const menu = screen.getByRole('dialog', { name: 'Choose a condition' });
    expect(within(menu).getByRole('button', { name: 'Tags' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(within(menu).getByRole('button', { name: 'Lead stage' })).toHaveFocus();
    await user.keyboard('{ArrowUp}{ArrowUp}');
    expect(within(menu).getByRole('button', { name: 'utm_content' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('button', { name: 'utm_content matches (no value yet)' })).toBeInTheDocument();
  });
});
