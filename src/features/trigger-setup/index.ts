// The Trigger setup dialog: public surface.
export { TriggerSetupDialog } from './components/lazy-trigger-setup-dialog';
export type { DraftContext, TriggerSetupDialogProps } from './components/trigger-setup-dialog';
export {
  describeTrigger,
  summarizeTriggers,
  SUMMARY_LIMIT,
  DEFAULT_TRIGGER,
  PICKER_OPTIONS,
  TRIGGERS,
  triggerAvailability,
} from './trigger-registry';
export type { NeverRunWarning } from './never-runs';
export { draftsForList, summarizeBot, unsavedDraft, type BotSummary, type DraftNote } from './bot-summary';
export { clearDraft as forgetDraft, clearAllDrafts as forgetAllDrafts } from './lib/draft-storage';
