import type { EntityType } from '../../../domain';
import { Checklist, Field, IdSelect, type ControlProps } from '../../../components/ui';
import { messagesFor } from '../lib/errors';
import { ENTITY_LABELS } from '../lib/words';
import { entitiesWithTags, watchableFields } from '../trigger-registry';
import type { EditorProps } from './editor-props';
import { TriggerDelayField } from './trigger-delay-field';

type StageType = 'lead_created_in_stage' | 'lead_moved_to_stage' | 'lead_moved_or_created_in_stage';

/**
 * SPEC R3 has no "once per lead": a lead moved Won → Lost → Won starts the bot twice. A walk found an
 * admin building a one-time thank-you that way, so the editor says it, with the usual way round it.
 */
export const STAGE_AGAIN =
  'The bot starts each time a lead moves into a ticked stage, also when it comes back later. To start it once per lead, let the bot add a tag and add the condition "Does not have tags" with that tag.';

export function StageTriggerEditor({ account, trigger, onChange, errors }: EditorProps<StageType>) {
  const options = account.pipelines.flatMap((p) => p.stages.map((s) => ({ id: s.id, label: s.name, group: p.name })));
  return (
    <>
      <Checklist
        legend="Stages"
        options={options}
        value={trigger.stageIds}
        onChange={(stageIds) => onChange({ ...trigger, stageIds })}
        errors={messagesFor(errors, 'stageIds')}
        hint={trigger.type === 'lead_created_in_stage' ? undefined : STAGE_AGAIN}
      />
      <TriggerDelayField trigger={trigger} onChange={onChange} errors={errors} />
      <label className="ui-check">
        <input
          type="checkbox"
          checked={trigger.applyToExisting ?? false}
          onChange={(e) => {
            const { applyToExisting: _omit, ...rest } = trigger;
            onChange(e.currentTarget.checked ? { ...rest, applyToExisting: true } : rest);
          }}
        />
        <span>Apply the trigger to all leads already in this stage</span>
      </label>
    </>
  );
}

export function NoSettings({ text }: { text: string }) {
  return <p className="ui-hint">{text}</p>;
}

/** The entity a tag or field trigger watches; a value no longer offered stays listed so the select shows it. */
function EntitySelect({ control, entities, value, onChange }: { control: ControlProps; entities: readonly EntityType[]; value: EntityType; onChange(entity: EntityType): void }) {
  return (
    <select {...control} value={value} onChange={(e) => onChange(e.currentTarget.value as EntityType)}>
      {(entities.includes(value) ? entities : [value, ...entities]).map((e) => (
        <option key={e} value={e}>
          {ENTITY_LABELS[e].charAt(0).toUpperCase() + ENTITY_LABELS[e].slice(1)}
        </option>
      ))}
    </select>
  );
}

export function TagTriggerEditor({ account, trigger, onChange, errors }: EditorProps<'tag_added' | 'tag_removed'>) {
  const entities = entitiesWithTags(account);
  const tags = account.tags.filter((t) => t.entity === trigger.entity);
  return (
    <>
      <p className="ui-hint">
        Only tags {trigger.type === 'tag_added' ? 'added' : 'removed'} by a user start the bot, not by automations or the API. After more than 25,000
        tag actions within an hour, all tag triggers pause for an hour.
      </p>
      <div className="ts-row-fields">
        <Field label="Tag" errors={messagesFor(errors, 'tagId')}>
          {(p) => (
            <IdSelect control={p} options={tags} value={trigger.tagId} placeholder="Choose a tag" onChange={(tagId) => onChange({ ...trigger, tagId })} />
          )}
        </Field>
        <Field label={trigger.type === 'tag_added' ? 'Added to' : 'Removed from'} errors={messagesFor(errors, 'entity')} hint="Only records that have tags are offered.">
          {(p) => (
            <EntitySelect
              control={p}
              entities={entities}
              value={trigger.entity}
              onChange={(entity) => onChange({ ...trigger, entity, tagId: account.tags.find((t) => t.entity === entity)?.id ?? '' })}
            />
          )}
        </Field>
      </div>
    </>
  );
}

export function FieldTriggerEditor({ account, trigger, onChange, errors }: EditorProps<'field_updated'>) {
  const fields = watchableFields(account);
  const entities = [...new Set(fields.map((f) => f.entity))];
  const ofEntity = fields.filter((f) => f.entity === trigger.entity);
  return (
    <>
      <p className="ui-hint">
        The bot starts when the value changes (set, changed or cleared), by anyone. After more than 25,000 field changes within an hour, all field
        triggers pause for an hour.
      </p>
      <div className="ts-row-fields">
        <Field label="Entity" errors={messagesFor(errors, 'entity')}>
          {(p) => (
            <EntitySelect
              control={p}
              entities={entities}
              value={trigger.entity}
              onChange={(entity) => onChange({ ...trigger, entity, fieldId: fields.find((f) => f.entity === entity)?.id ?? '' })}
            />
          )}
        </Field>
        <Field label="Field" errors={messagesFor(errors, 'fieldId')} hint="Name and Budget cannot be watched.">
          {(p) => (
            <IdSelect control={p} options={ofEntity} value={trigger.fieldId} placeholder="Choose a field" onChange={(fieldId) => onChange({ ...trigger, fieldId })} />
          )}
        </Field>
      </div>
    </>
  );
}
