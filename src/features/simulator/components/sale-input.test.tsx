// @vitest-environment jsdom
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../../../domain';
import account from '../../../../mocks/fixtures/demo-account.json';
import { namesOf } from '../model/describe';
import { EMPTY_WORKBENCH, type Workbench } from '../model/types';
import { EventComposer } from './event-composer';
import { listenToLiveRegions, liveRegions } from '../../../test/live-regions';
import { Controlled } from '../test/controlled';
import { SaleInput } from './sale-input';

/** What Chromium does with text it cannot read as a number ("-" of "-500", "1e"): "" and validity.badInput. */
function typeUnreadable(box: HTMLInputElement, badInput = true) {
  Object.defineProperty(box, 'validity', { value: { badInput, valid: !badInput }, configurable: true });
  fireEvent.change(box, { target: { value: '' } });
  fireEvent.keyUp(box);
}

function Harness({ initial, optional = false, seen }: { initial: number | undefined; optional?: boolean; seen: (number | undefined)[] }) {
  return (
    <Controlled initial={initial} seen={seen}>
      {(value, onChange) => <SaleInput label="Sale" value={value} optional={optional} onChange={onChange} />}
    </Controlled>
  );
}
const box = () => screen.getByRole('spinbutton', { name: 'Sale' }) as HTMLInputElement;

describe('SaleInput', () => {
  it('keeps "-500" as typed, keeps the amount and says a sale cannot be negative once left', async () => {
    const user = userEvent.setup();
    const seen: (number | undefined)[] = [];
    render(<Harness initial={1200} seen={seen} />);
    await user.click(box());
    typeUnreadable(box()); // "-"
    expect(box().value).toBe(''); // not "0"
    Object.defineProperty(box(), 'validity', { value: { badInput: false, valid: true }, configurable: true });
    for (const text of ['-5', '-50', '-500']) fireEvent.change(box(), { target: { value: text } });
    expect(box()).toHaveValue(-500);
    expect(box()).not.toHaveAttribute('aria-invalid'); // not while typing
    await user.tab();
    expect(box()).toHaveValue(-500);
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(box()).toHaveAccessibleDescription('A sale cannot be negative.');
    expect(seen).toEqual([]);
    expect(screen.getByTestId('value')).toHaveTextContent('1200');
    // Put right: handed on, and nothing is said.
    fireEvent.change(box(), { target: { value: '500' } });
    expect(seen).toEqual([500]);
    expect(box()).not.toHaveAttribute('aria-invalid');
    expect(box()).not.toHaveAttribute('aria-describedby');
  });

  it('keeps an emptied box empty (not "0") and says a sale is needed; an optional one hands on nothing', async () => {
    const user = userEvent.setup();
    const seen: (number | undefined)[] = [];
    const { unmount } = render(<Harness initial={1200} seen={seen} />);
    await user.clear(box());
    expect(box().value).toBe('');
    await user.tab();
    expect(box().value).toBe('');
    expect(box()).toHaveAccessibleDescription('Enter a sale (0 for none).');
    expect(seen).toEqual([]);
    unmount();
    const optional: (number | undefined)[] = [];
    render(<Harness initial={1200} optional seen={optional} />);
    await user.clear(box());
    await user.tab();
    expect(optional).toEqual([undefined]);
    expect(box()).not.toHaveAttribute('aria-invalid');
  });

  it('says what is not a number, also when the browser sends no change for it', async () => {
    const user = userEvent.setup();
    const seen: (number | undefined)[] = [];
    render(<Harness initial={undefined} optional seen={seen} />);
    await user.click(box());
    // "1e" into an empty box: the value stays "", so no change event; the key and the leaving read it.
    Object.defineProperty(box(), 'validity', { value: { badInput: true, valid: false }, configurable: true });
    fireEvent.keyUp(box());
    await user.tab();
    expect(box()).toHaveAttribute('aria-invalid', 'true');
    expect(box()).toHaveAccessibleDescription('Enter the sale as a number.');
    expect(seen).toEqual([]);
  });

  it('speaks a problem once, as the box is left, from a status always in the page; nothing at each key after', async () => {
    const user = userEvent.setup();
    render(<Harness initial={1200} seen={[]} />);
    const heard = listenToLiveRegions(document.body);
    // In the page, empty, before it has words: a region that comes with them may not be read.
    expect(liveRegions(document.body).filter((r) => r.tagName !== 'OUTPUT').map((r) => r.textContent)).toEqual(['']);
    await user.clear(box());
    await user.tab();
    await waitFor(() => expect(heard.said()).toEqual(['Enter a sale (0 for none).']));
    await user.click(box());
    Object.defineProperty(box(), 'validity', { value: { badInput: false, valid: true }, configurable: true });
    for (const text of ['-5', '-50']) fireEvent.change(box(), { target: { value: text } });
    // Shown beside the box as it changes, not spoken key by key.
    expect(box()).toHaveAccessibleDescription('A sale cannot be negative.');
    expect(heard.said()).toEqual([]);
    await user.tab();
    await waitFor(() => expect(heard.said()).toEqual(['A sale cannot be negative.']));
    heard.stop();
  });

  it('takes an amount changed from outside', () => {
    const { rerender } = render(<SaleInput label="Sale" value={5} onChange={() => {}} />);
    rerender(<SaleInput label="Sale" value={70} onChange={() => {}} />);
    expect(box()).toHaveValue(70);
  });
});

describe('"Leads at the start" Sale', () => {
  const parsed = validateScenario({ name: 'x', account, bots: [], events: [] });
  if (!parsed.ok) throw new Error('demo account invalid');
  const ACCOUNT = parsed.value.account;
  const START: Workbench = { ...EMPTY_WORKBENCH, leads: [{ id: 'l1', pipelineId: 'p-sales', stageId: 's-incoming', responsibleUserId: 'u-ana', price: 300 }] };
  function Composer({ seen }: { seen: Workbench[] }) {
    const [wb, setWb] = useState<Workbench>(START);
    return (
      <EventComposer
        account={ACCOUNT}
        names={namesOf(ACCOUNT)}
        workbench={wb}
        onChange={(f) =>
          setWb((w) => {
            const next = f(w);
            seen.push(next);
            return next;
          })
        }
        onClearBulk={() => {}}
      />
    );
  }

  it('keeps what is typed and says a negative sale beside the box, keeping the lead\'s sale', async () => {
    const user = userEvent.setup();
    const seen: Workbench[] = [];
    render(<Composer seen={seen} />);
    const leads = screen.getByRole('region', { name: 'Leads at the start (1)' });
    const sale = within(leads).getByRole('spinbutton', { name: 'Sale' }) as HTMLInputElement;
    await user.clear(sale);
    expect(sale.value).toBe(''); // not "0" at once
    fireEvent.change(sale, { target: { value: '-500' } });
    expect(sale.value).toBe('-500');
    await user.tab();
    expect(sale).toHaveAccessibleDescription('A sale cannot be negative.');
    expect(seen.every((w) => w.leads[0]?.price === 300)).toBe(true);
    fireEvent.change(sale, { target: { value: '250' } });
    expect(seen.at(-1)?.leads[0]?.price).toBe(250);
  });
});
