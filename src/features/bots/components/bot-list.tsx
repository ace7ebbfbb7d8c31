import { useState } from 'react';
import { useAccount, useBots, useDeleteBot } from '../../../api';
import type { Account, Bot } from '../../../domain';
import './bot-list.css';

export type TriggerSummary = { lines: string[]; more: number };

type BotListProps = {
  /** Opens the Trigger setup dialog for a bot (`null`: a new bot). */
  onOpen(botId: string | null): void;
  /** A bot's triggers in words (composed in src/app from the trigger-setup feature). */
  summarize(bot: Bot, account: Account): TriggerSummary;
};

/** The "Salesbots" list: each bot's name, whether it is on, and its triggers in words. */
export function BotList({ onOpen, summarize }: BotListProps) {
  const bots = useBots();
  const account = useAccount();
  const [confirming, setConfirming] = useState<string | null>(null);
  const deleteBot = useDeleteBot();

  return (
    <section aria-labelledby="bots-heading" className="bots">
      <div className="bots-head">
        <h2 id="bots-heading">Salesbots</h2>
        <button type="button" className="bots-new" onClick={() => onOpen(null)}>
          New bot
        </button>
      </div>
      {(bots.isPending || account.isPending) && <p role="status">Loading bots…</p>}
      {bots.isError && (
        <div role="alert" className="bots-error">
          <p>Could not load the bots: {bots.error.message}</p>
          <button type="button" onClick={() => void bots.refetch()}>
            Try again
          </button>
        </div>
      )}
      {account.isError && (
        <div role="alert" className="bots-error">
          <p>Could not load the account: {account.error.message}</p>
          <button type="button" onClick={() => void account.refetch()}>
            Try again
          </button>
        </div>
      )}
      {deleteBot.isError && (
        <p role="alert" className="bots-error">
          The bot was not deleted: {deleteBot.error.message}
        </p>
      )}
      {bots.data && account.data && bots.data.length === 0 && <p>No bots yet. Create one with “New bot”.</p>}
      {bots.data && account.data && bots.data.length > 0 && (
        <ul className="bots-list">
          {bots.data.map((bot) => {
            const summary = summarize(bot, account.data);
            return (
              <li key={bot.id} className="bots-item">
                <div className="bots-item-head">
                  <button type="button" className="bots-name" onClick={() => onOpen(bot.id)} aria-describedby={`bot-${bot.id}-triggers`}>
                    {bot.name}
                  </button>
                  <span className={bot.enabled ? 'bots-state bots-on' : 'bots-state bots-off'}>{bot.enabled ? 'Enabled' : 'Disabled'}</span>
                  <button
                    type="button"
                    className="bots-delete"
                    aria-label={`Delete ${bot.name}`}
                    onClick={() => setConfirming(bot.id)}
                    disabled={deleteBot.isPending}
                  >
                    Delete
                  </button>
                </div>
                <ul id={`bot-${bot.id}-triggers`} className="bots-triggers" aria-label={`Triggers of ${bot.name}`}>
                  {summary.lines.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                  {summary.more > 0 && <li className="bots-more">+{summary.more}</li>}
                </ul>
                {confirming === bot.id && (
                  <div className="bots-confirm" role="group" aria-label={`Delete ${bot.name}?`}>
                    <p>Delete “{bot.name}”? This cannot be undone.</p>
                    <button
                      type="button"
                      className="bots-danger"
                      onClick={() => deleteBot.mutate(bot.id, { onSettled: () => setConfirming(null) })}
                      disabled={deleteBot.isPending}
                    >
                      {deleteBot.isPending ? 'Deleting…' : 'Delete bot'}
                    </button>
                    <button type="button" onClick={() => setConfirming(null)} autoFocus>
                      Keep it
                    </button>
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
