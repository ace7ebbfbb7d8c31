import { queryOptions, useQuery } from '@tanstack/react-query';
import * as z from 'zod';
import { Bot } from '../domain';
import { apiRequest } from '../lib/api-client';

export const getBots = (): Promise<Bot[]> => apiRequest(z.array(Bot), '/api/bots');

export const botsQueryOptions = () => queryOptions({ queryKey: ['bots'], queryFn: getBots });

export const useBots = () => useQuery(botsQueryOptions());
