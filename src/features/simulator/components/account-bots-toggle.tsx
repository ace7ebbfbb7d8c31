import { useEffect, useId, useRef } from 'react';
import { count } from '../../../lib/count';
import { useAnnouncer } from '../../../lib/use-announcer';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import type { AccountBotsBeside } from '../model/account-bots';
import type { AccountBotsList } from '../model/types';

type Props = {
  list: AccountBotsList;
  checked: boolean;
  onChange(checked: boolean): void;
  /** What the loaded list gives (empty while loading or failed). */
  beside: AccountBotsBeside;
  /** Whether the bot under edit is saved: its saved version is left out, the draft runs instead. */
  saved: boolean;
};

const FAILED = "The account's bots could not be loaded, so only this bot is replayed.";

/** Loading, failed, or what the bots are: the checkbox's description. Worded the same ticked or not (it describes the choice). */
function describe(list: AccountBotsList, beside: AccountBotsBeside, saved: boolean): string {
  if (list.status === 'loading') return "Loading the account's bots…";
  if (list.status === 'failed') return FAILED;
  const n = beside.bots.length;
  const parts: string[] = [];
  if (n === 0) parts.push(beside.leftOut.length || beside.shadowed ? 'No other saved bot of the account can run here.' : 'The account has no other saved bot.');
  else
    parts.push(
      `Replays the account's ${count(n, 'other saved bot')} beside this draft${saved ? ' (the draft stands for its own saved version)' : ''}; each row names its bot.`,
    );
  if (beside.off > 0) {
    const which = beside.off === n ? (n === 1 ? 'It is' : 'All of them are') : `${beside.off} of them ${beside.off === 1 ? 'is' : 'are'}`;
    parts.push(`${which} turned off (“Bot enabled”): a bot that is off never starts, so it has no rows.`);
  }
  if (beside.shadowed > 0) parts.push(`${count(beside.shadowed, 'bot')} of the imported file ${beside.shadowed === 1 ? 'runs' : 'run'} instead of the saved bot of the same id.`);
  for (const b of beside.leftOut) parts.push(`Left out: “${b.name}”, which names what this account does not have (${b.problem})`);
  return parts.join(' ');
}

/**
 * "Include the account's other bots": the account's saved bots replayed beside the draft. Its
 * description says whether the list is loading or could not be loaded (with a button to load it
 * again, outside any live region); the replay runs the draft alone meanwhile.
 */
export function AccountBotsToggle({ list, checked, onChange, beside, saved }: Props) {
  const id = useId();
  const box = useRef<HTMLInputElement>(null);
  const focusNext = useFocusAfterRender();
  // A failure is said once when it matters: the box is ticked and the bots did not come (again, after
  // a retry that failed too). Loading and the count are not spoken: the run's results say the rest.
  const [spoken, announce] = useAnnouncer();
  const failedTicked = checked && list.status === 'failed';
  useEffect(() => {
    announce(failedTicked ? FAILED : '');
  }, [failedTicked, announce]);
  return (
    <div className="sim-include">
      <label className="sim-include-label">
        <input ref={box} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={`${id}-about`} />
        Include the account's other bots
      </label>
      <p id={`${id}-about`} className="sim-hint" data-testid="sim-include-about">
        {describe(list, beside, saved)}
      </p>
      {list.status === 'failed' && (
        <button
          type="button"
          onClick={() => {
            list.retry();
            // The button goes while the list loads: the focus waits on the checkbox, which says so.
            focusNext(() => box.current);
          }}
        >
          Load the account's bots again
        </button>
      )}
      <span role="status" className="sim-visually-hidden">
        {spoken}
      </span>
    </div>
  );
}
