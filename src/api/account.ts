import { queryOptions, useQuery } from '@tanstack/react-query';
import { Account } from '../domain';
import { apiRequest } from '../lib/api-client';

export const getAccount = (): Promise<Account> => apiRequest(Account, '/api/account');

export const accountQueryOptions = () => queryOptions({ queryKey: ['account'], queryFn: getAccount });

/** The account (the world): pipelines, users, tags, …, the plan and the time zone. */
export const useAccount = () => useQuery(accountQueryOptions());
