// The data layer shared by every feature: one file per resource with its fetchers, queryOptions and hooks.
export { accountQueryOptions, getAccount, useAccount } from './account';
export {
  botQueryOptions,
  botsQueryOptions,
  createBot,
  deleteBot,
  getBot,
  getBots,
  updateBot,
  useBot,
  useBots,
  useBotNames,
  type BotName,
  useCreateBot,
  useDeleteBot,
  useUpdateBot,
  type NewBot,
} from './bots';
export { refetchOnStoreChanges } from './store-changes';
export { STORE_CHANGED_EVENT } from './store-changed-event';
export {
  demoSettingsQueryOptions,
  getDemoSettings,
  resetDemoData,
  updateDemoSettings,
  useDemoSettings,
  useResetDemoData,
  useUpdateDemoSettings,
} from './demo';
export {
  DemoSettings,
  DemoSettingsPatch,
  LATENCIES,
  Latency,
  SAVE_FAILURES,
  SaveFailure,
} from './demo-schema';
export { ApiError, ApiTimeout, REQUEST_TIMEOUT_MS, conflictCurrent, isConflictError, type ConflictError } from '../lib/api-client';
