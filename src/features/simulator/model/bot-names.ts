// The names the simulator's results give bots. Names need not be unique (the app allows two bots of
// one name, and points the duplicate out only as a hint), and with the account's bots included two
// "Welcome" bots can answer the same message: rows, the Bot filter and "What happened?" could not
// tell them apart. A name two bots share is followed by each one's id; other names stay as they are.
import type { Bot } from '../../../domain';

export function withDistinctNames(bots: ReadonlyMap<string, Bot>): ReadonlyMap<string, Bot> {
  const count = new Map<string, number>();
  for (const b of bots.values()) {
    const key = b.name.trim().toLocaleLowerCase();
    count.set(key, (count.get(key) ?? 0) + 1);
  }
  if (count.size === bots.size) return bots;
  const named = new Map<string, Bot>();
  for (const [id, b] of bots) named.set(id, (count.get(b.name.trim().toLocaleLowerCase()) ?? 0) > 1 ? { ...b, name: `${b.name.trim()} (${b.id})` } : b);
  return named;
}
