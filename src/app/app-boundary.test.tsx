// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { controlsIn } from '../test/live-regions';
import { AppBoundary } from './app-boundary';

/** Renders `page` inside the boundary, as main.tsx does; the user to act with. */
function inBoundary(page: ReactNode) {
  const user = userEvent.setup();
  render(<AppBoundary>{page}</AppBoundary>);
  return user;
}

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
  const user = inBoundary(<Broken />);
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

describe('"Try again" renders the studio again, and the focus does not fall to the page body', () => {
  /** A studio whose "Open" throws while rendering; `controls` are what it shows once rendered again. */
  function studio(controls: () => ReactNode) {
    let renders = 0;
    function Studio() {
      const [broken, setBroken] = useState(false);
      const [first] = useState(() => ++renders === 1);
      if (broken) throw new Error('Cannot read properties of undefined (reading "name")');
      return (
        <>
          <h1 tabIndex={-1}>Salesbot Trigger Studio</h1>
          <button type="button">New bot</button>
          {first ? (
            <button type="button" onClick={() => setBroken(true)}>
              Qualified follow-up
            </button>
          ) : (
            controls()
          )}
        </>
      );
    }
    return Studio;
  }

  async function crashAndTryAgain(Studio: () => ReactNode) {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const user = inBoundary(<Studio />);
    await user.click(screen.getByRole('button', { name: 'Qualified follow-up' }));
    await user.click(await screen.findByRole('button', { name: 'Try again' }));
    await screen.findByRole('button', { name: 'New bot' });
    return user;
  }

  it('goes back to the control the admin was on, when the studio rendered again has it', async () => {
    await crashAndTryAgain(
      studio(() => (
        <button type="button" onClick={() => {}}>
          Qualified follow-up
        </button>
      )),
    );
    expect(screen.getByRole('button', { name: 'Qualified follow-up' })).toHaveFocus();
  });

  it('goes to the page heading when that control is not there', async () => {
    await crashAndTryAgain(studio(() => <p>Loading bots…</p>));
    expect(screen.getByRole('heading', { level: 1, name: 'Salesbot Trigger Studio' })).toHaveFocus();
  });

  /** A list that shows "Loading bots…" until `arrive()`, then its bot's button. */
  function lateList() {
    let arrive: () => void = () => {};
    const arrived = new Promise<void>((resolve) => (arrive = resolve));
    function LateList() {
      const [loaded, setLoaded] = useState(false);
      useEffect(() => void arrived.then(() => setLoaded(true)), []);
      return loaded ? <button type="button">Qualified follow-up</button> : <p>Loading bots…</p>;
    }
    return { LateList, arrive: () => arrive() };
  }

  it('goes from the heading to that control when it comes later (the list loaded again)', async () => {
    const { LateList, arrive } = lateList();
    await crashAndTryAgain(studio(() => <LateList />));
    expect(screen.getByRole('heading', { level: 1 })).toHaveFocus();
    await act(async () => arrive());
    await vi.waitFor(() => expect(screen.getByRole('button', { name: 'Qualified follow-up' })).toHaveFocus());
  });

  it('leaves the focus where the admin put it meanwhile', async () => {
    const { LateList, arrive } = lateList();
    const user = await crashAndTryAgain(studio(() => <LateList />));
    await user.click(screen.getByRole('button', { name: 'New bot' }));
    await act(async () => arrive());
    await screen.findByRole('button', { name: 'Qualified follow-up' });
    expect(screen.getByRole('button', { name: 'New bot' })).toHaveFocus();
  });
});
