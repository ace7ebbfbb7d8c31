// A date or date-time box holding what the browser cannot read as one (31 February, a part still
// blank) reports an empty value, exactly as an empty box does: only `validity.badInput` tells them
// apart. The editors and the simulator say it in the same words.

/** Whether the box holds something the browser could not read as a date (not merely nothing). */
export const holdsUnreadableDate = (input: HTMLInputElement): boolean => input.value === '' && input.validity.badInput;

/** What is said then, before each place's own ending. */
export const UNREADABLE_DATE = 'This date does not exist or is not complete (31 February?)';
