// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { Checklist } from './checklist';

const OPTIONS = [
  { id: 's-qualified', label: 'Qualified' },
  { id: 's-won', label: 'Won' },
];

describe('Checklist', () => {
  it('shows an id the account does not have, ticked, so that it can be unticked where its error shows', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(
      <Checklist
        legend="Stages"
        options={OPTIONS}
        value={['s-qualified', 's-ghost']}
        onChange={onChange}
        errors={['This stage does not exist in the account (s-ghost).']}
      />,
    );
    const ghost = screen.getByRole('checkbox', { name: 's-ghost (not in this account)' });
    expect(ghost).toBeChecked();
    await user.click(ghost);
    expect(onChange).toHaveBeenLastCalledWith(['s-qualified']);
  });

  it('keeps such an id when another box changes (validation reports it; nothing is dropped silently)', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Checklist legend="Stages" options={OPTIONS} value={['s-ghost']} onChange={onChange} />);
    await user.click(screen.getByRole('checkbox', { name: 'Won' }));
    expect(onChange).toHaveBeenLastCalledWith(['s-won', 's-ghost']);
  });

  it('shows a repeated unknown id once, and unticking it removes every copy', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<Checklist legend="Forms" options={[]} value={['form-ghost', 'form-ghost']} onChange={onChange} empty={<p>The account has no forms yet.</p>} />);
    const ghost = screen.getAllByRole('checkbox');
    expect(ghost).toHaveLength(1);
    // "No forms yet" would contradict the ticked box.
    expect(screen.queryByText('The account has no forms yet.')).toBeNull();
    await user.click(ghost[0]!);
    expect(onChange).toHaveBeenLastCalledWith([]);
  });

  it('reads its errors with its first box, where a refused Save puts the focus', () => {
    render(<Checklist legend="Stages" options={OPTIONS} value={[]} onChange={() => {}} errors={['Select at least one stage.']} hint="Leads entering these stages." />);
    const [first, second] = screen.getAllByRole('checkbox');
    expect(first).toHaveAccessibleDescription('Select at least one stage.');
    expect(first).toHaveAttribute('aria-invalid', 'true');
    expect(second).not.toHaveAccessibleDescription();
    expect(second).not.toHaveAttribute('aria-invalid');
    // The group keeps them too.
    expect(screen.getByRole('group', { name: 'Stages' })).toHaveAccessibleDescription('Select at least one stage. Leads entering these stages.');
  });

  it('with no options, reads its errors with the first id the account does not have; without errors, with nothing', () => {
    const { rerender } = render(<Checklist legend="Forms" options={[]} value={['form-ghost']} onChange={() => {}} errors={['This form does not exist in the account (form-ghost).']} />);
    expect(screen.getByRole('checkbox', { name: 'form-ghost (not in this account)' })).toHaveAccessibleDescription('This form does not exist in the account (form-ghost).');
    rerender(<Checklist legend="Forms" options={[]} value={['form-ghost']} onChange={() => {}} />);
    expect(screen.getByRole('checkbox')).not.toHaveAccessibleDescription();
    expect(screen.getByRole('checkbox')).not.toHaveAttribute('aria-invalid');
  });

  it('marks and describes the box of an id an error is about (an id the account does not have), not the first box', () => {
    render(
      <Checklist
        legend="Stages"
        options={OPTIONS}
        value={['s-ghost', 's-won', 's-gone']}
        onChange={() => {}}
        itemErrors={
          new Map([
            [0, ['This stage does not exist in the account (s-ghost).']],
            [2, ['This stage does not exist in the account (s-gone).']],
          ])
        }
      />,
    );
    const [qualified, won] = screen.getAllByRole('checkbox');
    const ghost = screen.getByRole('checkbox', { name: 's-ghost (not in this account)' });
    expect(ghost).toHaveAttribute('aria-invalid', 'true');
    expect(ghost).toHaveAccessibleDescription('This stage does not exist in the account (s-ghost).');
    expect(screen.getByRole('checkbox', { name: 's-gone (not in this account)' })).toHaveAccessibleDescription('This stage does not exist in the account (s-gone).');
    for (const box of [qualified, won]) {
      expect(box).not.toHaveAttribute('aria-invalid');
      expect(box).not.toHaveAccessibleDescription();
    }
    // The group is read with them all; each box says where it is in the list (lib/problem-target goes by it).
    expect(screen.getByRole('group', { name: 'Stages' })).toHaveAccessibleDescription(
      'This stage does not exist in the account (s-ghost). This stage does not exist in the account (s-gone).',
    );
    expect(ghost).toHaveAttribute('data-path', '0');
    expect(won).toHaveAttribute('data-path', '1');
    expect(qualified).not.toHaveAttribute('data-path');
  });

  it('keeps errors of the list as a whole on the first box beside those of one id', () => {
    render(
      <Checklist
        legend="Stages"
        options={OPTIONS}
        value={['s-ghost']}
        onChange={() => {}}
        errors={['Too many stages.']}
        itemErrors={new Map([[0, ['This stage does not exist in the account (s-ghost).']]])}
      />,
    );
    expect(screen.getAllByRole('checkbox')[0]).toHaveAccessibleDescription('Too many stages.');
    expect(screen.getByRole('checkbox', { name: 's-ghost (not in this account)' })).toHaveAccessibleDescription('This stage does not exist in the account (s-ghost).');
  });

  it("names such an id as the caller knows it (a contact's tag in a lead condition)", () => {
    render(<Checklist legend="Tags" options={[]} value={['t-partner']} onChange={() => {}} outsideLabel={() => 'Partner (a contact tag)'} />);
    expect(screen.getByRole('checkbox', { name: 'Partner (a contact tag)' })).toBeChecked();
  });
});
