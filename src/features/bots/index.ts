export { BotList } from './components/bot-list';
export { botsQueryOptions, useBots } from './api/get-bots';
