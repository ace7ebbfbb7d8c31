// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { beforeEach, expect, it, vi } from 'vitest';
import { retryableLazy } from '../../lib/retryable-import';
import { controlsIn, listenToLiveRegions } from '../../test/live-regions';
import { PartBoundary } from './error-boundary';

const offline = () => new TypeError('Failed to fetch dynamically imported module: http://localhost/assets/simulator-abc.js');

function Panel() {
  return (
    <section aria-label="Simulator">
      <button type="button">Load sample</button>
    </section>
  );
}

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {}); // React reports each caught error
});

/** A form beside a lazily loaded part, as the dialog holds the simulator. */
function Page({ part }: { part: ReturnType<typeof retryableLazy<object>> }) {
  return (
    <>
      <label>
        Bot name <input />
      </label>
      <PartBoundary name="The simulator" retry={part.retry}>
        <Suspense fallback={<p>Loading the simulator…</p>}>
          <part.Component />
        </Suspense>
      </PartBoundary>
    </>
  );
}

it('says in an alert that a part’s code did not come, keeps the rest of the page, and Try again loads it afresh', async () => {
  const user = userEvent.setup();
  const load = vi.fn<() => Promise<typeof Panel>>().mockRejectedValueOnce(offline()).mockResolvedValue(Panel);
  const part = retryableLazy(load);
  const heard = listenToLiveRegions(document.body);
  render(<Page part={part} />);

  const alert = await screen.findByRole('alert');
  await vi.waitFor(() => expect(alert).toHaveTextContent('The simulator could not be loaded. Check the connection, then try again.'));
  expect(heard.said()).toEqual(['The simulator could not be loaded. Check the connection, then try again.']);
  expect(controlsIn(alert)).toEqual([]); // "Try again" comes after the alert's words
  // The rest of the page stays, and what was typed with it.
  await user.type(screen.getByRole('textbox', { name: 'Bot name' }), 'Kept');
  expect(screen.getByRole('button', { name: 'Try again' })).not.toHaveFocus(); // the failure did not take the focus from the form

  await user.click(screen.getByRole('button', { name: 'Try again' }));
  expect(await screen.findByRole('button', { name: 'Load sample' })).toBeInTheDocument();
  expect(load).toHaveBeenCalledTimes(2); // React.lazy alone would keep the failed import
  expect(screen.queryByRole('alert')).toBeNull();
  expect(screen.getByRole('textbox', { name: 'Bot name' })).toHaveValue('Kept');
  // The focus was on "Try again", which went away: the part's first control takes it.
  await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Load sample' })).toHaveFocus());
  heard.stop();
});

it('says it again when trying again fails again, keeping the focus on Try again', async () => {
  const user = userEvent.setup();
  const load = vi.fn<() => Promise<typeof Panel>>().mockRejectedValue(offline());
  const part = retryableLazy(load);
  render(<Page part={part} />);
  const again = await screen.findByRole('button', { name: 'Try again' });
  await vi.waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('could not be loaded'));
  const heard = listenToLiveRegions(document.body);

  await user.click(again);
  await vi.waitFor(() => expect(heard.said()).toEqual(['The simulator still could not be loaded. Check the connection and try again; if it keeps failing, reload the page.']));
  expect(again).toHaveFocus();
  await user.click(again);
  await vi.waitFor(() => expect(heard.said()).toEqual(['The simulator still could not be loaded. Check the connection and try again; if it keeps failing, reload the page.']));
  expect(again).toHaveFocus();
  expect(load).toHaveBeenCalledTimes(3);
  heard.stop();
});

it('gives the focus to Try again when the part failed with the focus in it, and says an error in its code as such', async () => {
  const user = userEvent.setup();
  let broken = false;
  function Fragile() {
    const [count, setCount] = useState(0);
    if (broken) throw new Error('Cannot read properties of undefined');
    return (
      <button type="button" onClick={() => setCount(count + 1)}>
        Step {count}
      </button>
    );
  }
  render(
    <PartBoundary name="The simulator">
      <Fragile />
    </PartBoundary>,
  );
  await user.click(screen.getByRole('button', { name: 'Step 0' }));
  broken = true;
  await user.click(screen.getByRole('button', { name: 'Step 1' }));
  const again = await screen.findByRole('button', { name: 'Try again' });
  expect(again).toHaveFocus();
  await vi.waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('The simulator stopped because of an error. Try again; if it fails again, reload the page.'));

  broken = false;
  await user.click(again);
  await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Step 0' })).toHaveFocus());
});

it('tries again by itself when its reset key changes (a dialog opened again)', async () => {
  const load = vi.fn<() => Promise<typeof Panel>>().mockRejectedValueOnce(offline()).mockResolvedValue(Panel);
  const part = retryableLazy(load);
  const view = (key: number) => (
    <PartBoundary name="The simulator" retry={part.retry} resetKey={key}>
      <Suspense fallback={null}>
        <part.Component />
      </Suspense>
    </PartBoundary>
  );
  const { rerender } = render(view(1));
  await screen.findByRole('button', { name: 'Try again' });
  await act(async () => rerender(view(2)));
  expect(await screen.findByRole('button', { name: 'Load sample' })).toBeInTheDocument();
});
