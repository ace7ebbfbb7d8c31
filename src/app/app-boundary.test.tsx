// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { expect, it, vi } from 'vitest';
import { controlsIn } from '../test/live-regions';
import { AppBoundary } from './app-boundary';

it('shows what happened and a reload, not a white page, when something throws while rendering', async () => {
  vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports the caught error
  const reload = vi.fn();
  vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload });
  function Broken() {
    const [broken, setBroken] = useState(false);
    if (broken) throw new Error('Cannot read properties of undefined (reading "name")');
    return (
      <button type="button" onClick={() => setBroken(true)}>
        Open
      </button>
    );
  }
  const user = userEvent.setup();
  render(
    <AppBoundary>
      <Broken />
    </AppBoundary>,
  );
  await user.click(screen.getByRole('button', { name: 'Open' }));

  const alert = await screen.findByRole('alert');
  await vi.waitFor(() => expect(alert).toHaveTextContent('Something went wrong and the studio stopped. Reload the page to go on: unsaved changes are kept in this browser as drafts.'));
  expect(controlsIn(alert)).toEqual([]);
  const button = screen.getByRole('button', { name: 'Reload the page' });
  expect(button).toHaveFocus(); // the focus went with the page
  expect(screen.getByText('Cannot read properties of undefined (reading "name")')).toBeInTheDocument();
  await user.click(button);
  expect(reload).toHaveBeenCalled();
});
