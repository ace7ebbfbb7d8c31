export { BotList } from './components/bot-list';
