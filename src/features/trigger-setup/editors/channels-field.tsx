import { isInstagram, type Account } from '../../../domain';
import { Checklist } from '../../../components/ui';
import { PathPart } from './path-part';

/** Channels of a conversational trigger. `instagramOnly`: story mentions only ever arrive through an Instagram account. */
export function ChannelsField({
  account,
  value,
  onChange,
  errors,
  itemErrors,
  instagramOnly = false,
}: {
  account: Account;
  value: string[];
  onChange(next: string[]): void;
  errors: string[];
  /** Errors about one listed channel, by its place in `value` (lib/errors `listMessages`). */
  itemErrors?: ReadonlyMap<number, readonly string[]>;
  instagramOnly?: boolean;
}) {
  // A channel of another kind that a saved bot already lists stays offered, so it can be unticked.
  const offered = instagramOnly ? account.channels.filter((c) => isInstagram(c) || value.includes(c.id)) : account.channels;
  return (
    <PathPart path="channelIds">
      <Checklist
        legend="Channels"
        hint={instagramOnly ? 'Story mentions arrive through Instagram accounts only. Leave all unchecked for any Instagram account.' : 'Leave all unchecked for any channel.'}
        options={offered.map((c) => ({
          id: c.id,
          label: instagramOnly && !isInstagram(c) ? `${c.name} (not an Instagram account: no story mentions arrive there)` : c.name,
        }))}
        value={value}
        onChange={onChange}
        errors={errors}
        {...(itemErrors ? { itemErrors } : {})}
        empty={
          <p className="ui-hint">
            {instagramOnly
              ? 'The account has no Instagram account connected, so no story mention can arrive yet.'
              : 'The account has no channels connected, so the bot listens to any channel.'}
          </p>
        }
      />
    </PathPart>
  );
}
