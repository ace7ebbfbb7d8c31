// The data layer shared by every feature: one file per resource with its fetchers, queryOptions and hooks.
export { botsQueryOptions, getBots, useBots } from './bots';
