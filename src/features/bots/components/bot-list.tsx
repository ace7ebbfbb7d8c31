import { useBots } from '../../../api';

/** The "Salesbots" list: each bot's name and whether it is on. */
export function BotList() {
  const bots = useBots();
  return (
    <section aria-labelledby="bots-heading">
      <h2 id="bots-heading">Salesbots</h2>
      {bots.isPending && <p role="status">Loading bots…</p>}
      {bots.isError && <p role="alert">Could not load the bots: {bots.error.message}</p>}
      {bots.data && (
        <ul>
          {bots.data.map((bot) => (
            <li key={bot.id}>
              <span>{bot.name}</span> <span>{bot.enabled ? 'On' : 'Off'}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
