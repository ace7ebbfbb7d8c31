import { idsOfRepeatedNames, nameWithId } from '../domain';

type Named = { id: string; name: string };

/**
 * A bot's name for the page's status line ("Deleted “…”.", "“…” is now off."), as the list names
 * it: followed by its id where another listed bot shares its name. `listed` may still hold the bot
 * (before a refetch) or no longer (after a deletion): it counts once either way.
 */
export function statusName(bot: Named, listed: readonly Named[] | undefined): string {
  const others = (listed ?? []).filter((b) => b.id !== bot.id);
  return idsOfRepeatedNames([...others, bot]).has(bot.id) ? nameWithId(bot) : bot.name;
}
