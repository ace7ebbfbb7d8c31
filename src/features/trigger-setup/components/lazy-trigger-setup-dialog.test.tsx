// @vitest-environment jsdom
import { act, render, screen, waitFor } from '@testing-library/react';
import { expect, it, vi } from 'vitest';
import { SLOW_WAIT_MS } from '../../../lib/use-settled';
import { listenToLiveRegions } from '../../../test/live-regions';
import { TriggerSetupDialog } from './lazy-trigger-setup-dialog';

// The dialog's code, slow to come (a slow network on the first opening).
const LOAD_MS = SLOW_WAIT_MS + 600;
vi.mock('./trigger-setup-dialog', async () => {
  await new Promise((resolve) => setTimeout(resolve, LOAD_MS));
  return { TriggerSetupDialog: () => <p>The dialog</p> };
});

it('says "Opening the trigger setup…" only once the dialog’s code has been slow to come', async () => {
  const heard = listenToLiveRegions(document.body);
  render(<TriggerSetupDialog botId="welcome" open onClose={() => {}} />);
  await act(() => new Promise((resolve) => setTimeout(resolve, SLOW_WAIT_MS / 2)));
  expect(heard.said()).toEqual([]);
  await waitFor(() => expect(heard.said()).toEqual(['Opening the trigger setup…']), { timeout: SLOW_WAIT_MS });
  expect(await screen.findByText('The dialog', {}, { timeout: LOAD_MS })).toBeInTheDocument();
  expect(heard.said()).toEqual([]);
  heard.stop();
});
