// One trigger row as the dialog shows it (summary, editor and live errors), for the editors' tests.
import { useState, type ReactNode } from 'react';
import { validateBot, type Account, type Trigger, type ValidationError } from '../../../domain';
import { TriggerList } from '../components/trigger-list';
import { account } from './account';

export const NOW = Date.parse('2026-03-05T12:00:00Z');

/** The errors the dialog would pass: the domain validator's, under "triggers", prefix removed. */
export function triggerErrors(triggers: Trigger[]): ValidationError[] {
  const bot = { id: 'b1', name: 'Bot', version: 0, enabled: true, triggers, conditions: [], activeHours: null, keepUnanswered: false };
  const result = validateBot(bot, account);
  if (result.ok) return [];
  return result.errors.filter((e) => e.path.startsWith('triggers.')).map((e) => ({ ...e, path: e.path.slice('triggers.'.length) }));
}

/**
 * `after`: more of the page after the row (another control to move the focus to). `acc`: another
 * account than the demo one (then without the validator's errors, which are the demo account's).
 */
export function TriggerRowHarness({ initial, onChange, after = null, acc = account }: { initial: Trigger; onChange(t: Trigger): void; after?: ReactNode; acc?: Account }) {
  const [triggers, setTriggers] = useState<Trigger[]>([initial]);
  const [said, setSaid] = useState('');
  return (
    <>
      {/* The dialog's status line. */}
      <p role="status">{said}</p>
      <TriggerList
        account={acc}
        triggers={triggers}
        rowKeys={['row']}
        onChange={(_, next) => {
          onChange(next);
          setTriggers([next]);
        }}
        onRemove={() => {}}
        onAnnounce={setSaid}
        errors={acc === account ? triggerErrors(triggers) : []}
        now={NOW}
      />
      {after}
    </>
  );
}
