// The names the simulator's results give bots. With the account's bots included two "Welcome" bots
// can answer the same message: rows, the Bot filter and "What happened?" could not tell them apart.
// They are told apart as the bot list does (src/domain/bot-names.ts): a name two bots share is
// followed by each one's id; other names stay as they are.
import { idsOfRepeatedNames, nameWithId, type Bot } from '../../../domain';

export function withDistinctNames(bots: ReadonlyMap<string, Bot>): ReadonlyMap<string, Bot> {
  const repeated = idsOfRepeatedNames(bots.values());
  if (repeated.size === 0) return bots;
  const named = new Map<string, Bot>();
  for (const [id, b] of bots) named.set(id, repeated.has(b.id) ? { ...b, name: nameWithId(b) } : b);
  return named;
}
