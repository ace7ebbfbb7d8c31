export { BotList, type TriggerSummary } from './components/bot-list';
