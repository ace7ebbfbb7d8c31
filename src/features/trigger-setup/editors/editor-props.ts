import type { Account, TriggerOf, TriggerType, ValidationError } from '../../../domain';

export type EditorProps<T extends TriggerType> = {
  account: Account;
  trigger: TriggerOf<T>;
  onChange(next: TriggerOf<T>): void;
  /** Errors with paths relative to the trigger ("stageIds", "delayMinutes"). */
  errors: ValidationError[];
  /** The instant previews count from (ms). */
  now: number;
  /**
   * The zone the bot's wall-clock values are local to (domain `botTimeZone`: its active hours' zone
   * where given); schedules are read and previewed in it. Default: the account's.
   */
  timezone?: string;
  /**
   * Says a change made away from the focus in the dialog's status line, where additions, removals
   * and moves are said (the tag or field a new entity has not got). Nothing is said without it.
   */
  onAnnounce?(text: string): void;
};
