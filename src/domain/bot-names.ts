// How bots that share a name are told apart wherever they are listed together (the bot list, the
// simulator's results). Names need not be unique: the app allows two bots of one name and points the
// duplicate out only as a hint. A name two bots share (letter case and spaces around aside) is followed
// by each one's id, "Welcome (welcome-2)"; other names stay as they are.

/** The key two names are the same by: trimmed, letter case aside. */
const nameKey = (name: string) => name.trim().toLocaleLowerCase();

/** The ids of the bots whose name another of `bots` shares. */
export function idsOfRepeatedNames(bots: Iterable<{ id: string; name: string }>): ReadonlySet<string> {
  const byName = new Map<string, string[]>();
  for (const b of bots) {
    const key = nameKey(b.name);
    const ids = byName.get(key);
    if (ids) ids.push(b.id);
    else byName.set(key, [b.id]);
  }
  return new Set([...byName.values()].filter((ids) => ids.length > 1).flat());
}

/** A bot's name followed by its id: "Welcome (welcome-2)". */
export function nameWithId(bot: { id: string; name: string }): string {
  return `${bot.name.trim()} (${bot.id})`;
}
