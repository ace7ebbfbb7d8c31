// The store behind the mocked API: seeded from the demo fixtures, resettable.
import { Account, Bot } from '../src/domain';
import * as z from 'zod';
import demoAccount from './fixtures/demo-account.json';
import demoBots from './fixtures/demo-bots.json';

const seedAccount = Account.parse(demoAccount);
const seedBots = z.array(Bot).parse(demoBots);

type State = { account: Account; bots: Bot[] };
let state: State = seed();

function seed(): State {
  return { account: structuredClone(seedAccount), bots: structuredClone(seedBots) };
}

export const db = {
  account: (): Account => state.account,
  bots: (): Bot[] => state.bots,
  reset(): void {
    state = seed();
  },
};
