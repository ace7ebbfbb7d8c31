import type { Account } from '../../../domain';
import { Checklist } from '../../../components/ui';

export function ChannelsField({
  account,
  value,
  onChange,
  errors,
}: {
  account: Account;
  value: string[];
  onChange(next: string[]): void;
  errors: string[];
}) {
  return (
    <Checklist
      legend="Channels"
      hint="None checked: any channel."
      options={account.channels.map((c) => ({ id: c.id, label: c.name }))}
      value={value}
      onChange={onChange}
      errors={errors}
      empty={<p className="ui-hint">The account has no channels connected, so the bot listens to any channel.</p>}
    />
  );
}
