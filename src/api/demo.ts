import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiRequest } from '../lib/api-client';
import { accountQueryOptions } from './account';
import { DemoSettings, type DemoSettingsPatch } from './demo-schema';

export const getDemoSettings = (): Promise<DemoSettings> => apiRequest(DemoSettings, '/api/demo/settings');

export const updateDemoSettings = (patch: DemoSettingsPatch): Promise<DemoSettings> =>
  apiRequest(DemoSettings, '/api/demo/settings', { method: 'PUT', json: patch });

export const resetDemoData = (): Promise<DemoSettings> => apiRequest(DemoSettings, '/api/demo/reset', { method: 'POST' });

export const demoSettingsQueryOptions = () =>
  queryOptions({ queryKey: ['demo', 'settings'], queryFn: getDemoSettings, staleTime: 0 });

export const useDemoSettings = () => useQuery(demoSettingsQueryOptions());

/** Changes some demo switches; a plan change refetches the account. */
export const useUpdateDemoSettings = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateDemoSettings,
    onSuccess: (settings, patch) => {
      queryClient.setQueryData(demoSettingsQueryOptions().queryKey, settings);
      if (patch.plan !== undefined) return queryClient.invalidateQueries({ queryKey: accountQueryOptions().queryKey });
    },
  });
};

/** Restores the demo seed (bots and switches), then refetches everything. */
export const useResetDemoData = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetDemoData,
    onSuccess: (settings) => {
      queryClient.setQueryData(demoSettingsQueryOptions().queryKey, settings);
      return queryClient.invalidateQueries();
    },
  });
};
