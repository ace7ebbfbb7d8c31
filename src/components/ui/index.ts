// Shared UI primitives: popover (dialog-aware), switch, labelled field, checklist, delay/cooldown input,
// and the boundary a part of the page fails in (its code did not load, or it threw).
export { Popover, PopoverAnchor, PopoverClose, PopoverContainer, PopoverContent, PopoverTrigger } from './popover';
export { Switch, SWITCH_CLASS, SwitchThumb } from './switch';
export { Field, FieldErrors, type ControlProps } from './field';
export { IdSelect } from './id-select';
export { Checklist, type ChecklistOption } from './checklist';
export {
  COOLDOWN_PRESETS,
  DELAY_PRESETS,
  DurationField,
  clockTextToMinutes,
  minutesToClockText,
  type DurationPreset,
} from './duration-field';
export { ErrorBoundary, PartBoundary, PartFailed, partFailedText, type Failure } from './error-boundary';
export { readTimeOfDay, TimeOfDayInput } from './time-of-day';
