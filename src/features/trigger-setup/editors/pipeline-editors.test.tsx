// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Account, Trigger } from '../../../domain';
import { account, withAccount } from '../test/account';
import { TriggerRowHarness } from '../test/trigger-row-harness';

const setup = (initial: Trigger, acc: Account = account) => {
  const seen: Trigger[] = [];
  render(<TriggerRowHarness acc={acc} initial={initial} onChange={(t) => seen.push(t)} />);
  const row = screen.getByRole('group', { name: 'Settings of trigger 1' });
  return { user: userEvent.setup(), seen, row, last: () => seen.at(-1) };
};

// A contact tag "VIP" of its own, and a second contact tag, beside the demo account's contact tag Partner.
const twoContactTags = withAccount({
  tags: [...account.tags, { id: 't-vip-c', name: 'vip ', entity: 'contact' }, { id: 't-friend', name: 'Friend', entity: 'contact' }],
});

describe('StageTriggerEditor: created in, moved to, or both', () => {
  it('switches between the three stage triggers in place, keeping the stages, the delay and "already in this stage"', async () => {
    const { user, row, last } = setup({ type: 'lead_created_in_stage', stageIds: ['s-won'], delayMinutes: 10, applyToExisting: true });
    const arrival = within(row).getByRole('group', { name: 'Starts when a lead is' });
    expect(within(arrival).getByRole('radio', { name: 'created in a ticked stage' })).toBeChecked();
    expect(within(row).queryByText(/also when it comes back later/)).toBeNull();
    const moved = within(arrival).getByRole('radio', { name: 'moved to a ticked stage' });
    await user.click(moved);
    expect(last()).toEqual({ type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 10, applyToExisting: true });
    expect(moved).toHaveFocus();
    expect(moved).toBeChecked();
    // The row says what it now is, and the hint of a moved-to trigger comes with it.
    expect(screen.getByRole('heading', { level: 4 })).toHaveTextContent(/^When a lead is moved to Won/);
    expect(within(row).getByText(/also when it comes back later/)).toBeInTheDocument();
    await user.keyboard('{ArrowDown}'); // the next choice, as radios go
    expect(last()).toEqual({ type: 'lead_moved_or_created_in_stage', stageIds: ['s-won'], delayMinutes: 10, applyToExisting: true });
  });
});

describe('TagTriggerEditor: the entity, then its tag', () => {
  it('puts the entity before the tag, whose list depends on it', () => {
    const { row } = setup({ type: 'tag_added', entity: 'lead', tagId: 't-vip' });
    const selects = within(row).getAllByRole('combobox');
    expect(selects.map((s) => s.id)).toEqual([within(row).getByLabelText('Added to').id, within(row).getByLabelText('Tag').id]);
  });

  it('does not swap VIP for another tag when the entity changes: it asks, says why, and going back restores VIP', async () => {
    const { user, row, last } = setup({ type: 'tag_added', entity: 'lead', tagId: 't-vip' }, withAccount({ tags: [...account.tags, { id: 't-friend', name: 'Friend', entity: 'contact' }] }));
    await user.selectOptions(within(row).getByLabelText('Added to'), 'Contact');
    expect(last()).toEqual({ type: 'tag_added', entity: 'contact', tagId: '' });
    const tag = within(row).getByLabelText('Tag');
    expect(tag).toHaveValue('');
    expect(within(tag).getByRole('option', { selected: true })).toHaveTextContent('Choose a tag');
    expect(tag).toHaveAccessibleDescription('Contacts have no tag “VIP”. Choose one of theirs, or choose Lead again to get “VIP” back.');
    expect(screen.getByRole('status')).toHaveTextContent('Contacts have no tag “VIP”.');
    await user.selectOptions(within(row).getByLabelText('Added to'), 'Lead');
    expect(last()).toEqual({ type: 'tag_added', entity: 'lead', tagId: 't-vip' });
    expect(within(row).getByLabelText('Tag')).toHaveDisplayValue('VIP');
  });

  it('remembers each entity’s own choice', async () => {
    const { user, row, last } = setup({ type: 'tag_removed', entity: 'lead', tagId: 't-offer' }, twoContactTags);
    await user.selectOptions(within(row).getByLabelText('Removed from'), 'Contact');
    await user.selectOptions(within(row).getByLabelText('Tag'), 'Friend');
    expect(within(row).getByLabelText('Tag')).not.toHaveAccessibleDescription(/have no tag/);
    await user.selectOptions(within(row).getByLabelText('Removed from'), 'Lead');
    expect(last()).toMatchObject({ entity: 'lead', tagId: 't-offer' });
    await user.selectOptions(within(row).getByLabelText('Removed from'), 'Contact');
    expect(last()).toMatchObject({ entity: 'contact', tagId: 't-friend' });
  });

  it('takes the new entity’s tag of the same name (letter case and spaces aside)', async () => {
    const { user, row, last } = setup({ type: 'tag_added', entity: 'lead', tagId: 't-vip' }, twoContactTags);
    await user.selectOptions(within(row).getByLabelText('Added to'), 'Contact');
    expect(last()).toMatchObject({ entity: 'contact', tagId: 't-vip-c' });
  });

  it('takes the new entity’s only tag, and says so', async () => {
    const { user, row, last } = setup({ type: 'tag_added', entity: 'lead', tagId: 't-vip' });
    await user.selectOptions(within(row).getByLabelText('Added to'), 'Contact');
    expect(last()).toMatchObject({ entity: 'contact', tagId: 't-partner' });
    expect(within(row).getByLabelText('Tag')).toHaveAccessibleDescription('Contacts have no tag “VIP”: “Partner”, their only tag, is chosen; choose Lead again to get “VIP” back.');
    await user.selectOptions(within(row).getByLabelText('Added to'), 'Lead');
    expect(last()).toMatchObject({ entity: 'lead', tagId: 't-vip' });
    expect(within(row).getByLabelText('Tag')).not.toHaveAccessibleDescription(/only tag/);
  });
});

describe('FieldTriggerEditor: the entity, then its field', () => {
  it('does not swap Location for another field when the entity changes, and going back restores it', async () => {
    const acc = withAccount({ fields: [...account.fields, { id: 'f-email', entity: 'contact', name: 'Email', type: 'text' }] });
    const { user, row, last } = setup({ type: 'field_updated', entity: 'lead', fieldId: 'f-location' }, acc);
    await user.selectOptions(within(row).getByLabelText('Entity'), 'Contact');
    expect(last()).toEqual({ type: 'field_updated', entity: 'contact', fieldId: '' });
    expect(within(row).getByLabelText('Field', { exact: true })).toHaveAccessibleDescription(/^Contacts have no field “Location”\. Choose one of theirs/);
    await user.selectOptions(within(row).getByLabelText('Entity'), 'Lead');
    expect(last()).toEqual({ type: 'field_updated', entity: 'lead', fieldId: 'f-location' });
  });
});

describe('StageTriggerEditor: applying the trigger to leads already there', () => {
  const box = (row: HTMLElement) => within(row).getByRole('checkbox', { name: 'Apply the trigger to all leads already in this stage' });

  it('says that it runs once, at the start plus the delay, for the stages ticked (several, not "this stage")', async () => {
    const { user, row } = setup({ type: 'lead_moved_to_stage', stageIds: ['s-qualified', 's-won'], delayMinutes: 90 });
    expect(box(row)).toHaveAccessibleDescription(
      'Runs once, 1 h 30 min after the bot is saved and switched on (in the simulator, at Start), for each lead that is in Qualified or Won then. Leads that arrive later start the bot as the trigger says.',
    );
    await user.click(within(row).getByRole('checkbox', { name: 'Won' }));
    await user.selectOptions(within(row).getByLabelText('Delay', { exact: true }), 'Immediately');
    expect(box(row)).toHaveAccessibleDescription(/^Runs once, as soon as the bot is saved and switched on \(in the simulator, at Start\), for each lead that is in Qualified then/);
  });

  it('names no stage while none is ticked, and no delay while it is to fix', () => {
    const { row } = setup({ type: 'lead_moved_to_stage', stageIds: [], delayMinutes: -3 });
    expect(box(row)).toHaveAccessibleDescription(/^Runs once, the delay after the bot is saved and switched on \(in the simulator, at Start\), for each lead that is in a ticked stage then/);
  });
});

describe('StageTriggerEditor: a stage the account does not have', () => {
  it('marks that stage’s box, read with its error, and leaves the first box alone', () => {
    const { row } = setup({ type: 'lead_moved_to_stage', stageIds: ['s-won', 's-ghost'], delayMinutes: 0 });
    const ghost = within(row).getByRole('checkbox', { name: 's-ghost (not in this account)' });
    expect(ghost).toBeChecked();
    expect(ghost).toHaveAttribute('aria-invalid', 'true');
    expect(ghost).toHaveAccessibleDescription('This stage does not exist in the account (s-ghost).');
    const first = within(row).getByRole('checkbox', { name: 'Incoming leads' });
    expect(first).not.toHaveAttribute('aria-invalid');
    expect(first).not.toHaveAccessibleDescription();
  });

  it('keeps an error about the list as a whole on the first box', () => {
    const { row } = setup({ type: 'lead_moved_to_stage', stageIds: [], delayMinutes: 0 });
    expect(within(row).getByRole('checkbox', { name: 'Incoming leads' })).toHaveAccessibleDescription('Select at least one stage.');
  });
});
