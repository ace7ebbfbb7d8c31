// Says, quietly, when the scenario is not what a reload brings back: a kept copy this browser could not
// read (set aside, to download or discard), or a scenario the browser does not keep (too large, storage
// full or blocked). Nothing here is an alert: it is said once when it appears, and stays visible.
import { useState } from 'react';
import { downloadText, fileNameOf } from '../../../lib/download-text';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { browserStorage, discardUnreadableChecks, MAX_STORED_CHECKS_BYTES, unreadableChecks, type SaveOutcome } from '../model/checks-storage';

type Props = {
  /** Where the scenario is kept: the saved bot's id, or the new bot's place. */
  botId: string;
  /** What the last keeping of the scenario did (null before the first). */
  outcome: SaveOutcome | null;
};

/** The panel renders it with `key={botId}`: another bot reads its own set-aside copy. */
export function KeptNote({ botId, outcome }: Props) {
  const [unreadable, setUnreadable] = useState(() => unreadableChecks(browserStorage(), botId));
  const [discarded, setDiscarded] = useState(false);
  const focusNext = useFocusAfterRender();
  const notKept =
    outcome === 'too-large'
      ? `This scenario is too large to keep in this browser (over ${MAX_STORED_CHECKS_BYTES / 1024 / 1024} MB), so a reload loses it: export it to keep it.`
      : outcome === 'unavailable'
        ? 'This browser does not keep the scenario (its storage is full or blocked), so a reload loses it: export it to keep it.'
        : null;
  const download = () => {
    if (unreadable === null) return;
    downloadText(unreadable, `unreadable-scenario-${fileNameOf(botId, 'bot')}.json`);
  };
  const said =
    unreadable === null && notKept === null
      ? discarded
        ? 'Discarded the unreadable copy.'
        : ''
      : `${notKept ?? ''}${
          unreadable !== null
            ? `${notKept ? ' ' : ''}Part of the scenario kept with this bot in this browser could not be read (it may come from another version of the studio), so it is not shown; what could be read is. The copy as it was kept is set aside until you discard it.`
            : ''
        }`;
  return (
    <div className="sim-kept-note">
      {/* A status, not an alert, in the page from the start (empty), so that what comes into it is
          spoken; its text changes only with the outcome. After a discard the buttons went with the
          copy: the focus waits on what says so, not on the page body. */}
      <p role="status" className="sim-hint" tabIndex={discarded && said !== '' ? -1 : undefined} data-kept-note={discarded ? 'discarded' : undefined}>
        {said}
      </p>
      {unreadable !== null && (
        <p>
          <button type="button" onClick={download}>
            Download the unreadable copy
          </button>{' '}
          <button
            type="button"
            onClick={() => {
              discardUnreadableChecks(browserStorage(), botId);
              setUnreadable(null);
              setDiscarded(true);
              focusNext(() => document.querySelector<HTMLElement>(`[data-kept-note="discarded"]`));
            }}
          >
            Discard the unreadable copy
          </button>
        </p>
      )}
    </div>
  );
}
