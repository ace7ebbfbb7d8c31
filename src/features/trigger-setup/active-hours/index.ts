// The active-hours editor of the Trigger setup dialog, and active hours in words for summaries.
export { ActiveHoursEditor, type ActiveHoursEditorProps } from './active-hours-editor';
export { describeActiveHours } from './describe-active-hours';
export { HOURS_PRESETS } from './presets';
