// @vitest-environment jsdom
// A close request that is no key (the app sends the dialog its `cancel` on the browser's Back) while a
// popup is open in the editor closes that popup only, as Escape would; the next one closes the editor.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, expect, it, vi } from 'vitest';
import { TriggerSetupDialog } from './trigger-setup-dialog';

afterEach(() => localStorage.clear());

function renderDialog() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const onClose = vi.fn();
  render(
    <QueryClientProvider client={client}>
      <TriggerSetupDialog botId="welcome" open onClose={onClose} now={() => Date.parse('2026-03-05T12:00:00Z')} />
    </QueryClientProvider>,
  );
  return { onClose, user: userEvent.setup() };
}

const dialog = () => screen.getByRole('dialog', { name: 'Trigger setup', hidden: true });
/** What the app sends on Back; false when the dialog refused it (it stays open). */
const closeRequest = () => fireEvent(dialog(), new Event('cancel', { cancelable: true }));
const question = () => within(dialog()).queryByRole('group', { name: /You have unsaved changes/, hidden: true });

it("closes an open condition's editor only, with the focus back on its condition, and asks nothing", async () => {
  const { user, onClose } = renderDialog();
  await screen.findByDisplayValue('Welcome on creation');
  await user.click(within(dialog()).getByRole('button', { name: 'Add condition', hidden: true }));
  await user.click(await within(dialog()).findByRole('button', { name: 'Tags', hidden: true }));
  const editor = await within(dialog()).findByRole('dialog', { name: /^Edit condition:/, hidden: true });
  const chip = within(dialog()).getByRole('button', { name: /^Tags/, hidden: true });

  expect(closeRequest()).toBe(false);
  expect(editor).not.toBeInTheDocument();
  await waitFor(() => expect(chip).toHaveFocus());
  expect(question()).toBeNull();
  expect(onClose).not.toHaveBeenCalled();

  // The next one is the editor's: over the added condition it asks, and "Keep editing" goes back to the chip.
  expect(closeRequest()).toBe(false);
  expect(question()).not.toBeNull();
  await user.click(within(dialog()).getByRole('button', { name: 'Keep editing', hidden: true }));
  expect(chip).toHaveFocus();
});

it('closes the open trigger picker only, with the focus back on "When this happens"; the next request closes the editor', async () => {
  const { user, onClose } = renderDialog();
  await screen.findByDisplayValue('Welcome on creation');
  const when = within(dialog()).getByRole('button', { name: 'When this happens', hidden: true });
  await user.click(when);
  const picker = await within(dialog()).findByRole('dialog', { name: 'Choose a trigger', hidden: true });

  expect(closeRequest()).toBe(false);
  expect(picker).not.toBeInTheDocument();
  await waitFor(() => expect(when).toHaveFocus());
  expect(onClose).not.toHaveBeenCalled();

  closeRequest(); // nothing changed: it closes
  expect(onClose).toHaveBeenCalledTimes(1);
});

it('asks before closing over unsaved changes after the app re-rendered it (a new onClose): the form’s close is not replaced', async () => {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const first = vi.fn();
  const view = (onClose: () => void) => (
    <QueryClientProvider client={client}>
      <TriggerSetupDialog botId="welcome" open onClose={onClose} now={() => Date.parse('2026-03-05T12:00:00Z')} />
    </QueryClientProvider>
  );
  const { rerender } = render(view(first));
  const user = userEvent.setup();
  const name = await screen.findByDisplayValue('Welcome on creation');
  await user.type(name, '!');
  // The app renders again (its onClose is a new function each time), the form's changes as they were.
  const second = vi.fn();
  rerender(view(second));
  await user.click(within(dialog()).getByRole('button', { name: 'Close', hidden: true }));
  expect(question()).not.toBeNull();
  expect(first).not.toHaveBeenCalled();
  expect(second).not.toHaveBeenCalled();
  // Answered, it closes through the onClose of the last render.
  await user.click(within(dialog()).getByRole('button', { name: 'Close, keep the draft', hidden: true }));
  expect(second).toHaveBeenCalledTimes(1);
  expect(first).not.toHaveBeenCalled();
});
