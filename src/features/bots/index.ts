export { BotList, type BotListHandle, type DraftNote, type ListDrafts, type TriggerSummary } from './components/bot-list';
