import type { EntityType } from '../../../domain';
import { Checklist, DELAY_PRESETS, DurationField, Field } from '../../../components/ui';
import { messagesFor } from '../lib/errors';
import { ENTITY_LABELS } from '../lib/words';
import { entitiesWithTags, watchableFields } from '../trigger-registry';
import type { EditorProps } from './editor-props';

type StageType = 'lead_created_in_stage' | 'lead_moved_to_stage' | 'lead_moved_or_created_in_stage';

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
      />
      <DurationField
        label="Delay"
        presets={DELAY_PRESETS}
        value={trigger.delayMinutes}
        onChange={(delayMinutes) => onChange({ ...trigger, delayMinutes })}
        errors={messagesFor(errors, 'delayMinutes')}
      />
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

const entityOptions = (entities: readonly EntityType[], current: EntityType) =>
  (entities.includes(current) ? entities : [current, ...entities]).map((e) => (
    <option key={e} value={e}>
      {ENTITY_LABELS[e].charAt(0).toUpperCase() + ENTITY_LABELS[e].slice(1)}
    </option>
  ));

export function TagTriggerEditor({ account, trigger, onChange, errors }: EditorProps<'tag_added' | 'tag_removed'>) {
  const entities = entitiesWithTags(account);
  const tags = account.tags.filter((t) => t.entity === trigger.entity);
  const known = tags.some((t) => t.id === trigger.tagId);
  return (
    <div className="ts-row-fields">
      <Field label="Tag" errors={messagesFor(errors, 'tagId')}>
        {(p) => (
          <select {...p} value={known ? trigger.tagId : ''} onChange={(e) => onChange({ ...trigger, tagId: e.currentTarget.value })}>
            {!known && <option value="">Choose a tag</option>}
            {tags.map((t) => (
              <option key={t.id} value={t.id}>
                {t.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={trigger.type === 'tag_added' ? 'Added to' : 'Removed from'} errors={messagesFor(errors, 'entity')} hint="Only records that have tags are offered.">
        {(p) => (
          <select
            {...p}
            value={trigger.entity}
            onChange={(e) => {
              const entity = e.currentTarget.value as EntityType;
              onChange({ ...trigger, entity, tagId: account.tags.find((t) => t.entity === entity)?.id ?? '' });
            }}
          >
            {entityOptions(entities, trigger.entity)}
          </select>
        )}
      </Field>
    </div>
  );
}

export function FieldTriggerEditor({ account, trigger, onChange, errors }: EditorProps<'field_updated'>) {
  const fields = watchableFields(account);
  const entities = [...new Set(fields.map((f) => f.entity))];
  const ofEntity = fields.filter((f) => f.entity === trigger.entity);
  const known = ofEntity.some((f) => f.id === trigger.fieldId);
  return (
    <div className="ts-row-fields">
      <Field label="Entity" errors={messagesFor(errors, 'entity')}>
        {(p) => (
          <select
            {...p}
            value={trigger.entity}
            onChange={(e) => {
              const entity = e.currentTarget.value as EntityType;
              onChange({ ...trigger, entity, fieldId: fields.find((f) => f.entity === entity)?.id ?? '' });
            }}
          >
            {entityOptions(entities, trigger.entity)}
          </select>
        )}
      </Field>
      <Field label="Field" errors={messagesFor(errors, 'fieldId')} hint="Name and Budget cannot be watched.">
        {(p) => (
          <select {...p} value={known ? trigger.fieldId : ''} onChange={(e) => onChange({ ...trigger, fieldId: e.currentTarget.value })}>
            {!known && <option value="">Choose a field</option>}
            {ofEntity.map((f) => (
              <option key={f.id} value={f.id}>
                {f.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </div>
  );
}
