import { COOLDOWN_PRESETS, DurationField, Field } from '../../../components/ui';
import { listMessages, messagesFor } from '../lib/errors';
import { ChannelsField } from './channels-field';
import type { EditorProps } from './editor-props';
import { PathPart } from './path-part';
import { TriggerDelayField } from './trigger-delay-field';

export function ConversationStartedEditor({ account, trigger, onChange, errors }: EditorProps<'conversation_started'>) {
  return (
    <>
      <PathPart path="direction">
        <Field label="Started by" errors={messagesFor(errors, 'direction')}>
          {(p) => (
            <select
              {...p}
              value={trigger.direction}
              onChange={(e) => onChange({ ...trigger, direction: e.currentTarget.value as typeof trigger.direction })}
            >
              <option value="incoming">An incoming message</option>
              <option value="outgoing">An outgoing message</option>
              <option value="any">Any message</option>
            </select>
          )}
        </Field>
      </PathPart>
      <ChannelsField account={account} value={trigger.channelIds} onChange={(channelIds) => onChange({ ...trigger, channelIds })} {...listMessages(errors, 'channelIds')} />
    </>
  );
}

export function MessageEditor({ account, trigger, onChange, errors }: EditorProps<'message'>) {
  return (
    <>
      <div className="ts-row-fields">
        <PathPart path="direction">
          <Field label="Message" errors={messagesFor(errors, 'direction')}>
            {(p) => (
              <select {...p} value={trigger.direction} onChange={(e) => onChange({ ...trigger, direction: e.currentTarget.value as typeof trigger.direction })}>
                <option value="incoming">Incoming</option>
                <option value="outgoing">Outgoing</option>
              </select>
            )}
          </Field>
        </PathPart>
        <PathPart path="cooldownMinutes">
          <DurationField
            label="Launch cooldown"
            presets={COOLDOWN_PRESETS}
            value={trigger.cooldownMinutes}
            onChange={(cooldownMinutes) => onChange({ ...trigger, cooldownMinutes })}
            errors={messagesFor(errors, 'cooldownMinutes')}
          />
        </PathPart>
      </div>
      <ChannelsField account={account} value={trigger.channelIds} onChange={(channelIds) => onChange({ ...trigger, channelIds })} {...listMessages(errors, 'channelIds')} />
    </>
  );
}

export function ChannelsOnlyEditor({ account, trigger, onChange, errors }: EditorProps<'story_mention' | 'first_message_of_day'>) {
  return (
    <ChannelsField
      account={account}
      value={trigger.channelIds}
      onChange={(channelIds) => onChange({ ...trigger, channelIds })}
      {...listMessages(errors, 'channelIds')}
      instagramOnly={trigger.type === 'story_mention'}
    />
  );
}

export function DelayedChannelsEditor({ account, trigger, onChange, errors }: EditorProps<'outgoing_message_seen' | 'conversation_closed'>) {
  return (
    <>
      {trigger.type === 'outgoing_message_seen' && (
        // What admins expect of a "follow up if not answered" bot, and what this trigger does not do.
        <p className="ui-hint">
          The delay starts after each seen message, even if the lead has replied in the meantime: there is no check for a reply and no cooldown.
        </p>
      )}
      <TriggerDelayField trigger={trigger} onChange={onChange} errors={errors} />
      <ChannelsField account={account} value={trigger.channelIds} onChange={(channelIds) => onChange({ ...trigger, channelIds })} {...listMessages(errors, 'channelIds')} />
    </>
  );
}
