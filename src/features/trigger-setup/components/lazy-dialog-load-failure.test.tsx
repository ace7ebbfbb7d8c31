// @vitest-environment jsdom
// The dialog's code does not come (offline, or its chunk gone after a redeploy).
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { beforeEach, expect, it, vi } from 'vitest';
import { controlsIn } from '../../../test/live-regions';
import { TriggerSetupDialog } from './lazy-trigger-setup-dialog';

const network = vi.hoisted(() => ({ up: false, asked: 0 }));
// Each time the code is asked for, it comes or fails as the network is (vitest's own module loading
// cannot fail the way a browser's does: the failure is where the app reads the module).
vi.mock('./trigger-setup-dialog', () => ({
  get TriggerSetupDialog() {
    network.asked += 1;
    if (!network.up) throw new TypeError('Importing a module script failed.');
    return ({ open }: { open: boolean }) =>
      open ? (
        <div role="dialog" aria-label="Trigger setup">
          <button type="button">Close</button>
        </div>
      ) : null;
  },
}));

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
});

function Page() {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        New bot
      </button>
      <TriggerSetupDialog botId={null} open={open} onClose={() => setOpen(false)} />
    </>
  );
}

it('says in a dialog of its own that the editor could not be loaded, and Try again loads it afresh', async () => {
  const user = userEvent.setup();
  render(<Page />);
  await user.click(screen.getByRole('button', { name: 'New bot' }));

  const failed = await screen.findByRole('dialog', { name: 'Could not open the bot editor' });
  const alert = screen.getByRole('alert');
  await vi.waitFor(() => expect(alert).toHaveTextContent('The bot editor could not be loaded. Check the connection, then try again.'));
  expect(controlsIn(alert)).toEqual([]);

  // Closed, it goes (the browser gives the focus back to what opened it: e2e); opening again tries again.
  await user.click(screen.getByRole('button', { name: 'Close' }));
  expect(failed).not.toBeInTheDocument();
  const asked = network.asked;
  await user.click(screen.getByRole('button', { name: 'New bot' }));
  await vi.waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The bot editor still could not be loaded.'));
  expect(network.asked).toBe(asked + 1);

  network.up = true;
  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('dialog', { name: 'Trigger setup' })).toBeInTheDocument();
  expect(screen.queryByRole('dialog', { name: 'Could not open the bot editor' })).toBeNull();
});
