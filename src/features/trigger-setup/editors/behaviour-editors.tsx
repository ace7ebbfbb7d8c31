import { useState } from 'react';
import { Checklist, Field } from '../../../components/ui';
import { listMessages, messagesFor } from '../lib/errors';
import type { EditorProps } from './editor-props';
import { PathPart } from './path-part';
import { TriggerDelayField } from './trigger-delay-field';

export function FormEditor({ account, trigger, onChange, errors }: EditorProps<'form_submitted'>) {
  return (
    <PathPart path="formIds">
      <Checklist
        legend="Forms"
        hint="Leave all unchecked for any form."
        options={account.forms.map((f) => ({ id: f.id, label: f.name }))}
        value={trigger.formIds}
        onChange={(formIds) => onChange({ ...trigger, formIds })}
        {...listMessages(errors, 'formIds')}
        empty={<p className="ui-hint">The account has no forms yet; the bot will start on any form once one exists.</p>}
      />
    </PathPart>
  );
}

export function EmailEditor({ account, trigger, onChange, errors }: EditorProps<'email_received'>) {
  return (
    <>
      <p className="ui-hint">For this trigger to work, a mailbox (an email address) must be connected to the account.</p>
      <PathPart path="inboxIds">
        <Checklist
          legend="Mailboxes"
          hint="Leave all unchecked for any connected mailbox."
          options={account.inboxes.map((i) => ({ id: i.id, label: i.address }))}
          value={trigger.inboxIds}
          onChange={(inboxIds) => onChange({ ...trigger, inboxIds })}
          {...listMessages(errors, 'inboxIds')}
          empty={<p className="ts-warning-text">No mailbox is connected. Connect an email address to the account before saving this trigger.</p>}
        />
      </PathPart>
    </>
  );
}

/** A site name (with a port, maybe) and then a path, query or nothing: "www.example.com/pricing", "example.com". */
const BARE_ADDRESS = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+(?::\d{1,5})?(?:[/?#]|$)/u;

/**
 * The address with "https://" in front when it was typed without a scheme but otherwise looks
 * like one ("www.example.com/pricing"); null when it has a scheme or does not look like an address.
 */
export function withScheme(url: string): string | null {
  const typed = url.trim();
  return BARE_ADDRESS.test(typed) ? `https://${typed}` : null;
}

/** What the match ignores (SPEC R12, `src/engine/url.ts`): an admin otherwise cannot know. */
const ADDRESS_HINT =
  'For example https://example.com/pricing. Only that page starts the bot, not other pages of the site. Ignored: http or https, a leading “www.”, capitals in the site name, a “/” at the end, the usual port (:443 for https, :80 for http), and anything after “?” or “#”.';

export function WebsiteEditor({ trigger, onChange, errors }: EditorProps<'website_visited'>) {
  // Whether leaving the box put "https://" in front: said in the hint until the address is edited.
  const [schemeAdded, setSchemeAdded] = useState(false);
  return (
    <div className="ts-row-fields">
      <PathPart path="url">
        <Field
          label="Page address"
          errors={messagesFor(errors, 'url')}
          hint={schemeAdded ? `“https://” was put in front of the address. ${ADDRESS_HINT}` : ADDRESS_HINT}
          className="ts-grow"
        >
          {(p) => (
            <input
              {...p}
              type="url"
              inputMode="url"
              autoComplete="off"
              value={trigger.url}
              onChange={(e) => {
                setSchemeAdded(false);
                onChange({ ...trigger, url: e.currentTarget.value });
              }}
              onBlur={(e) => {
                // Only once the admin has left the box, never while typing (a window losing the
                // focus blurs the box too, but the box stays the focused element of its page).
                if (e.currentTarget.ownerDocument.activeElement === e.currentTarget) return;
                const url = withScheme(trigger.url);
                if (url === null) return;
                setSchemeAdded(true);
                onChange({ ...trigger, url });
              }}
            />
          )}
        </Field>
      </PathPart>
      <TriggerDelayField trigger={trigger} onChange={onChange} errors={errors} />
    </div>
  );
}
