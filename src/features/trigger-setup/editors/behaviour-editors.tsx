import { Checklist, Field } from '../../../components/ui';
import { messagesFor } from '../lib/errors';
import type { EditorProps } from './editor-props';
import { TriggerDelayField } from './trigger-delay-field';

export function FormEditor({ account, trigger, onChange, errors }: EditorProps<'form_submitted'>) {
  return (
    <Checklist
      legend="Forms"
      hint="Leave all unchecked for any form."
      options={account.forms.map((f) => ({ id: f.id, label: f.name }))}
      value={trigger.formIds}
      onChange={(formIds) => onChange({ ...trigger, formIds })}
      errors={messagesFor(errors, 'formIds')}
      empty={<p className="ui-hint">The account has no forms yet; the bot will start on any form once one exists.</p>}
    />
  );
}

export function EmailEditor({ account, trigger, onChange, errors }: EditorProps<'email_received'>) {
  return (
    <>
      <p className="ui-hint">For this trigger to work, a mailbox (an email address) must be connected to the account.</p>
      <Checklist
        legend="Mailboxes"
        hint="Leave all unchecked for any connected mailbox."
        options={account.inboxes.map((i) => ({ id: i.id, label: i.address }))}
        value={trigger.inboxIds}
        onChange={(inboxIds) => onChange({ ...trigger, inboxIds })}
        errors={messagesFor(errors, 'inboxIds')}
        empty={<p className="ts-warning-text">No mailbox is connected. Connect an email address to the account before saving this trigger.</p>}
      />
    </>
  );
}

export function WebsiteEditor({ trigger, onChange, errors }: EditorProps<'website_visited'>) {
  return (
    <div className="ts-row-fields">
      <Field label="Page address" errors={messagesFor(errors, 'url')} hint="For example https://example.com/pricing" className="ts-grow">
        {(p) => <input {...p} type="url" inputMode="url" autoComplete="off" value={trigger.url} onChange={(e) => onChange({ ...trigger, url: e.currentTarget.value })} />}
      </Field>
      <TriggerDelayField trigger={trigger} onChange={onChange} errors={errors} />
    </div>
  );
}
