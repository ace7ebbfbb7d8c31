// Test-only: the demo account, parsed, and variants of it.
import demoAccount from '../../../../mocks/fixtures/demo-account.json';
import { Account } from '../../../domain';

export const account: Account = Account.parse(demoAccount);

export const withAccount = (patch: Partial<Account>): Account => ({ ...structuredClone(account), ...patch });
