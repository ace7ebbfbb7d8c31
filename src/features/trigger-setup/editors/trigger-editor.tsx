import { assertNever, type Trigger, type TriggerOf, type TriggerType } from '../../../domain';
import { EmailEditor, FormEditor, WebsiteEditor } from './behaviour-editors';
import { ChannelsOnlyEditor, ConversationStartedEditor, DelayedChannelsEditor, MessageEditor } from './conversational-editors';
import type { EditorProps } from './editor-props';
import { FieldTriggerEditor, NoSettings, StageTriggerEditor, TagTriggerEditor } from './pipeline-editors';
import { OnDateEditor, RecurringEditor, RelativeDateEditor } from './scheduled-editors';

/** The parameters of one trigger: one editor per trigger type, chosen by a switch the compiler checks. */
export function TriggerEditor(props: EditorProps<TriggerType>) {
  const { trigger } = props;
  // Each case narrows the trigger; the editor gets props typed for its own type.
  const as = <T extends TriggerType>(t: TriggerOf<T>) => ({ ...props, trigger: t, onChange: props.onChange as (next: TriggerOf<T>) => void });
  const t: Trigger = trigger;
  switch (t.type) {
    case 'lead_created_in_stage':
    case 'lead_moved_to_stage':
    case 'lead_moved_or_created_in_stage':
      return <StageTriggerEditor {...as(t)} />;
    case 'responsible_user_changed':
      return <NoSettings text="No settings: the bot starts whenever a lead gets a different responsible user." />;
    case 'tag_added':
    case 'tag_removed':
      return <TagTriggerEditor {...as(t)} />;
    case 'field_updated':
      return <FieldTriggerEditor {...as(t)} />;
    case 'relative_to_date_field':
      return <RelativeDateEditor {...as(t)} />;
    case 'on_date':
      return <OnDateEditor {...as(t)} />;
    case 'recurring':
      return <RecurringEditor {...as(t)} />;
    case 'form_submitted':
      return <FormEditor {...as(t)} />;
    case 'email_received':
      return <EmailEditor {...as(t)} />;
    case 'call_received':
      return <NoSettings text="No settings: the bot starts on every incoming call." />;
    case 'website_visited':
      return <WebsiteEditor {...as(t)} />;
    case 'conversation_started':
      return <ConversationStartedEditor {...as(t)} />;
    case 'message':
      return <MessageEditor {...as(t)} />;
    case 'story_mention':
    case 'first_message_of_day':
      return <ChannelsOnlyEditor {...as(t)} />;
    case 'outgoing_message_seen':
    case 'conversation_closed':
      return <DelayedChannelsEditor {...as(t)} />;
    default:
      return assertNever(t);
  }
}
