export { BotList, type DraftNote, type ListDrafts, type TriggerSummary } from './components/bot-list';
