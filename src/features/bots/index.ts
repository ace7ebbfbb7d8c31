export { BotList, type DraftNote, type TriggerSummary } from './components/bot-list';
