import { capitalised } from '../../../lib/capitalised';
import { useId } from 'react';
import { closeOnEscape } from '../../../lib/close-on-escape';
import { LeadTagsField } from './lead-tags-field';
import { assertNever, ENTITY_TYPES, ORIGINS, type Account, type EntityType, type Origin, type SimEvent, type SimEventType, type Trigger } from '../../../domain';
import { defaultEvent, EVENT_TYPES, leadOfEvent, withLead } from '../model/event-defaults';
import { EVENT_TYPE_LABELS } from '../model/describe';
import { LocalTimeInput } from './local-time-input';
import { SaleInput } from './sale-input';
import { DateFieldValue } from './date-field-value';
import { LeadOriginFields, UtmFields } from './utm-fields';
import { Select, type Option } from './select-field';

type Props = {
  /** The editor's name ("Event 3"), read when the focus comes into it. */
  name?: string;
  account: Account;
  event: SimEvent;
  leadIds: readonly string[];
  /** The leads that exist when this event is replayed: a "Lead created" turned into another kind is about one of them. */
  leadsBefore?: readonly string[];
  /** The draft's triggers: a new kind of event is filled in to fit them. */
  triggers?: readonly Trigger[];
  onChange(e: SimEvent): void;
  onDone(): void;
};

function Text({ label, value, onChange }: { label: string; value: string; onChange(v: string): void }) {
  const id = useId();
  return (
    <div className="sim-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="text" value={value} onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

const ORIGIN_LABELS: Record<Origin, string> = { user: 'A user (by hand)', automation: 'An automation', api: 'The API' };

export function EventEditor({ name, account, event, leadIds, leadsBefore = leadIds, triggers = [], onChange, onDone }: Props) {
  const tz = account.timezone;
  const stages: Option[] = account.pipelines.flatMap((p) => p.stages.map((s) => ({ value: s.id, label: `${p.name}: ${s.name}` })));
  const users: Option[] = account.users.map((u) => ({ value: u.id, label: u.name }));
  const channels: Option[] = account.channels.map((c) => ({ value: c.id, label: c.name }));
  const leads: Option[] = leadIds.map((id) => ({ value: id, label: id }));
  const tagsOf = (entity: EntityType): Option[] => account.tags.filter((t) => t.entity === entity).map((t) => ({ value: t.id, label: t.name }));
  const fieldsOf = (entity: EntityType): Option[] =>
    account.fields.filter((f) => f.entity === entity).map((f) => ({ value: f.id, label: f.name }));
  const stagePipeline = (stageId: string) => account.pipelines.find((p) => p.stages.some((s) => s.id === stageId))?.id;

  const details = () => {
    const e = event;
    switch (e.type) {
      case 'lead_created':
        return (
          <>
            <Text label="New lead id" value={e.lead.id} onChange={(v) => onChange({ ...e, lead: { ...e.lead, id: v } })} />
            <Select
              label="Stage"
              value={e.lead.stageId}
              options={stages}
              onChange={(v) => onChange({ ...e, lead: { ...e.lead, stageId: v, pipelineId: stagePipeline(v) ?? e.lead.pipelineId } })}
            />
            <SaleInput label="Sale" value={e.lead.price} onChange={(price) => price !== undefined && onChange({ ...e, lead: { ...e.lead, price } })} />
            <Select
              label="Responsible user"
              value={e.lead.responsibleUserId}
              options={users}
              onChange={(v) => onChange({ ...e, lead: { ...e.lead, responsibleUserId: v } })}
            />
            <LeadTagsField account={account} lead={e.lead} onChange={(lead) => onChange({ ...e, lead })} />
            {/* What the Source and UTM conditions read of a new lead (a lead made by a form or an ad). */}
            <LeadOriginFields account={account} lead={e.lead} onChange={(lead) => onChange({ ...e, lead })} />
          </>
        );
      case 'lead_moved':
        return <Select label="To stage" value={e.toStageId} options={stages} onChange={(v) => onChange({ ...e, toStageId: v })} />;
      case 'lead_updated':
        return (
          <>
            <SaleInput
              optional
              label="New sale"
              value={e.set.price}
              onChange={(price) => {
                const { price: _old, ...rest } = e.set;
                onChange({ ...e, set: price === undefined ? rest : { ...rest, price } });
              }}
            />
            <Select
              label="New source"
              value={e.set.sourceId ?? ''}
              options={[{ value: '', label: 'Unchanged' }, ...account.sources.map((s) => ({ value: s.id, label: s.name }))]}
              onChange={(v) => {
                const { sourceId: _old, ...rest } = e.set;
                onChange({ ...e, set: v === '' ? rest : { ...rest, sourceId: v } });
              }}
            />
            <UtmFields
              legend="New UTM"
              hint={
                e.set.utm !== undefined && Object.keys(e.set.utm).length === 0
                  ? "This event clears the lead's UTM (as its file says). Type a value to set one instead."
                  : "The lead's UTM becomes these values (an empty one is cleared). All empty: the UTM is unchanged."
              }
              value={e.set.utm}
              onChange={(utm) => {
                const { utm: _old, ...rest } = e.set;
                onChange({ ...e, set: utm === undefined ? rest : { ...rest, utm } });
              }}
            />
          </>
        );
      case 'responsible_changed':
        return <Select label="New responsible user" value={e.toUserId} options={users} onChange={(v) => onChange({ ...e, toUserId: v })} />;
      case 'tag_added':
      case 'tag_removed':
      case 'field_updated': {
        const entityPart = (
          <>
            <Select
              label="Entity"
              value={e.entity}
              options={ENTITY_TYPES.map((t) => ({ value: t, label: capitalised(t) }))}
              onChange={(v) => {
                const entity = v as EntityType;
                const lead = leadOfEvent(e);
                const entityId = entity === 'lead' ? lead : `${entity}-1`;
                if (e.type === 'field_updated') onChange({ ...e, entity, entityId, fieldId: fieldsOf(entity)[0]?.value ?? '' });
                else onChange({ ...e, entity, entityId, tagId: tagsOf(entity)[0]?.value ?? '' });
              }}
            />
            {e.entity !== 'lead' && <Text label={`${capitalised(e.entity)} id`} value={e.entityId} onChange={(v) => onChange({ ...e, entityId: v })} />}
            <Select label="Done by" value={e.origin} options={ORIGINS.map((o) => ({ value: o, label: ORIGIN_LABELS[o] }))} onChange={(v) => onChange({ ...e, origin: v as Origin })} />
          </>
        );
        if (e.type === 'field_updated') {
          const field = account.fields.find((f) => f.id === e.fieldId);
          return (
            <>
              {entityPart}
              <Select label="Field" value={e.fieldId} options={fieldsOf(e.entity)} onChange={(v) => onChange({ ...e, fieldId: v })} />
              {field?.type === 'date' || field?.type === 'datetime' ? (
                <DateFieldValue
                  type={field.type}
                  label={field.type === 'date' ? 'Value (date); empty clears it' : `Value (${tz}); empty clears it`}
                  value={e.value}
                  tz={tz}
                  onChange={(value) => onChange({ ...e, value })}
                />
              ) : (
                <Text
                  label="Value; empty clears it"
                  value={e.value === null ? '' : String(e.value)}
                  onChange={(v) => onChange({ ...e, value: v === '' ? null : field?.type === 'number' && Number.isFinite(Number(v)) ? Number(v) : v })}
                />
              )}
            </>
          );
        }
        return (
          <>
            {entityPart}
            <Select label="Tag" value={e.tagId} options={tagsOf(e.entity)} onChange={(v) => onChange({ ...e, tagId: v })} />
          </>
        );
      }
      case 'form_submitted':
        return <Select label="Form" value={e.formId} options={account.forms.map((f) => ({ value: f.id, label: f.name }))} onChange={(v) => onChange({ ...e, formId: v })} />;
      case 'email_received':
        return <Select label="Inbox" value={e.inboxId} options={account.inboxes.map((i) => ({ value: i.id, label: i.address }))} onChange={(v) => onChange({ ...e, inboxId: v })} />;
      case 'call_received':
        return null;
      case 'website_visited':
        return <Text label="Visited address" value={e.url} onChange={(v) => onChange({ ...e, url: v })} />;
      case 'message':
        return (
          <>
            <Select
              label="Direction"
              value={e.direction}
              options={[
                { value: 'incoming', label: 'Incoming (from the lead)' },
                { value: 'outgoing', label: 'Outgoing (from us)' },
              ]}
              onChange={(v) => onChange({ ...e, direction: v as 'incoming' | 'outgoing' })}
            />
            <Select label="Channel" value={e.channelId} options={channels} onChange={(v) => onChange({ ...e, channelId: v })} />
          </>
        );
      case 'message_seen':
      case 'conversation_closed':
      case 'story_mention':
        return <Select label="Channel" value={e.channelId} options={channels} onChange={(v) => onChange({ ...e, channelId: v })} />;
      default:
        return assertNever(e);
    }
  };

  const lead = leadOfEvent(event);
  return (
    <div className="sim-event-editor" role={name ? 'group' : undefined} aria-label={name} onKeyDown={closeOnEscape(onDone)}>
      <div className="sim-grid">
        <Select
          label="Kind of event"
          value={event.type}
          options={EVENT_TYPES.map((t) => ({ value: t, label: EVENT_TYPE_LABELS[t] }))}
          onChange={(v) => {
            // A "Lead created" event's lead goes with it: another kind is about a lead there is by then
            // (not one a later event makes). With none, it keeps its own, which the composer keeps
            // among the leads at the start.
            const about = event.type === 'lead_created' ? (leadsBefore.find((l) => l !== event.lead.id) ?? lead) : lead;
            onChange(defaultEvent(v as SimEventType, event.at, about, account, leadIds, triggers));
          }}
        />
        <LocalTimeInput wide label={`Time (${tz})`} value={event.at} tz={tz} onChange={(at) => at !== undefined && onChange({ ...event, at })} />
        {event.type !== 'lead_created' && (
          <Select label="Lead" value={lead} options={leads} onChange={(v) => onChange(withLead(event, v))} />
        )}
        {details()}
      </div>
      <button type="button" onClick={onDone}>
        Done editing
      </button>
    </div>
  );
}

/** "contact" → "Contact": entity kinds as the rest of the page writes them. */
