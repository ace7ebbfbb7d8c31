import { capitalised } from '../../../lib/capitalised';
import { useId, useRef, useState } from 'react';
import { MAX_DELAY_MINUTES, type Account, type EntityType } from '../../../domain';
import { Checklist, Field, IdSelect, type ControlProps } from '../../../components/ui';
import { listMessages, messagesFor } from '../lib/errors';
import { durationWords, ENTITY_LABELS, orList, stageNames } from '../lib/words';
import { entitiesWithTags, watchableFields } from '../trigger-registry';
import type { EditorProps } from './editor-props';
import { PathPart } from './path-part';
import { TriggerDelayField } from './trigger-delay-field';

type StageType = 'lead_created_in_stage' | 'lead_moved_to_stage' | 'lead_moved_or_created_in_stage';

/**
 * SPEC R3 has no "once per lead": a lead moved Won → Lost → Won starts the bot twice. A walk found an
 * admin building a one-time thank-you that way, so the editor says it, with the usual way round it.
 */
export const STAGE_AGAIN =
  'The bot starts each time a lead moves into a ticked stage, also when it comes back later. To start it once per lead, let the bot add a tag and add the condition "Does not have tags" with that tag.';

/**
 * What "Apply the trigger to all leads already in this stage" does (SPEC R8a), said for the stages
 * ticked (the label's "this stage" is kept: SPEC R8a and the tests name it) and the delay: it runs
 * once, at the start plus the delay, not on every move.
 */
export function applyToExistingHint(account: Account, stageIds: readonly string[], delayMinutes: number): string {
  const where = stageIds.length === 0 ? 'a ticked stage' : orList(stageNames(account, stageIds));
  const when =
    delayMinutes === 0
      ? 'as soon as the bot is saved and switched on'
      : Number.isInteger(delayMinutes) && delayMinutes > 0 && delayMinutes <= MAX_DELAY_MINUTES
        ? `${durationWords(delayMinutes)} after the bot is saved and switched on`
        : 'the delay after the bot is saved and switched on';
  // "The start" alone meant something only in the simulator, and "the bot starts" means a run for a
  // lead everywhere else ("the bot starts whenever a lead gets a different responsible user").
  return `Runs once, ${when} (in the simulator, at Start), for each lead that is in ${where} then. Leads that arrive later start the bot as the trigger says.`;
}

/**
 * The three stage triggers differ only in which arrivals count, so the row switches between them in
 * place, keeping the stages, the delay and "Apply … already in this stage". An admin who chose
 * "created in" and meant "moved to" had to remove the trigger and tick the stages again.
 */
const STAGE_ARRIVALS: readonly { type: StageType; label: string }[] = [
  { type: 'lead_created_in_stage', label: 'created in a ticked stage' },
  { type: 'lead_moved_to_stage', label: 'moved to a ticked stage' },
  { type: 'lead_moved_or_created_in_stage', label: 'moved to or created in a ticked stage' },
];

export function StageTriggerEditor({ account, trigger, onChange, errors }: EditorProps<StageType>) {
  const options = account.pipelines.flatMap((p) => p.stages.map((s) => ({ id: s.id, label: s.name, group: p.name })));
  const existingHintId = useId();
  return (
    <>
      {/* Radios, not a select: at 320 px a closed select cut "moved to or created in a ticked stage". */}
      <fieldset className="ui-checklist">
        <legend className="ui-label">Starts when a lead is</legend>
        <div className="ui-checklist-group">
          {STAGE_ARRIVALS.map((a) => (
            <label key={a.type} className="ui-check">
              <input type="radio" name={`${existingHintId}-arrival`} checked={trigger.type === a.type} onChange={() => onChange({ ...trigger, type: a.type })} />
              <span>{a.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <PathPart path="stageIds">
        <Checklist
          legend="Stages"
          options={options}
          value={trigger.stageIds}
          onChange={(stageIds) => onChange({ ...trigger, stageIds })}
          {...listMessages(errors, 'stageIds')}
          hint={trigger.type === 'lead_created_in_stage' ? undefined : STAGE_AGAIN}
        />
      </PathPart>
      <TriggerDelayField trigger={trigger} onChange={onChange} errors={errors} />
      <label className="ui-check">
        <input
          type="checkbox"
          checked={trigger.applyToExisting ?? false}
          aria-describedby={existingHintId}
          onChange={(e) => {
            const { applyToExisting: _omit, ...rest } = trigger;
            onChange(e.currentTarget.checked ? { ...rest, applyToExisting: true } : rest);
          }}
        />
        <span>Apply the trigger to all leads already in this stage</span>
      </label>
      <p id={existingHintId} className="ui-hint">
        {applyToExistingHint(account, trigger.stageIds, trigger.delayMinutes)}
      </p>
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
          {capitalised(ENTITY_LABELS[e])}
        </option>
      ))}
    </select>
  );
}

const ENTITY_PLURALS: Record<EntityType, string> = { lead: 'leads', contact: 'contacts', company: 'companies', product: 'products' };
const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

type Owned = { id: string; name: string; entity: EntityType };
/**
 * A tag or field chosen for one entity that the entity chosen since does not have; `only`: that
 * entity's one tag or field, chosen in its place.
 */
type Missing = { name: string; from: EntityType; to: EntityType; only?: string };

/**
 * The tag (or field) of a tag or field trigger follows its entity. Changing the entity used to put
 * the new entity's first tag in place of the chosen one without a word (VIP became New). Now each
 * entity's choice is remembered while the row's editor is open, so going back restores it (as
 * "Repeats" keeps its date). For an entity not chosen before: a tag of the same name; else its only
 * tag, said; else none, and the select asks for one, saying which was not carried over.
 */
function useChoicePerEntity(items: readonly Owned[], entity: EntityType, chosenId: string, what: 'tag' | 'field', say: (text: string) => void = () => {}) {
  const remembered = useRef<Partial<Record<EntityType, string>>>({});
  const [missing, setMissing] = useState<Missing | null>(null);
  const words = (m: Missing) => {
    const back = `choose ${capitalised(ENTITY_LABELS[m.from])} again to get “${m.name}” back.`;
    const none = `${capitalised(ENTITY_PLURALS[m.to])} have no ${what} “${m.name}”`;
    return m.only === undefined ? `${none}. Choose one of theirs, or ${back}` : `${none}: “${m.only}”, their only ${what}, is chosen; ${back}`;
  };
  /** The id to choose with `next`, '' when it has no such tag or field. */
  const switchTo = (next: EntityType): string => {
    const current = items.find((i) => i.id === chosenId && i.entity === entity);
    if (current) remembered.current[entity] = current.id;
    const ofNext = items.filter((i) => i.entity === next);
    const keptId = remembered.current[next];
    const pick = ofNext.find((i) => i.id === keptId) ?? (current ? ofNext.find((i) => sameName(i.name, current.name)) : undefined);
    // With nothing chosen here (after a miss), the miss still names what was chosen last.
    const lost = pick ? null : current ? { name: current.name, from: entity } : missing && { name: missing.name, from: missing.from };
    const only = !pick && ofNext.length === 1 ? ofNext[0] : undefined;
    const note = lost && { ...lost, to: next, ...(only ? { only: only.name } : {}) };
    setMissing(note);
    // In the dialog's status line, as the other changes away from the focus (the focus is on the entity's select).
    if (note) say(words(note));
    return (pick ?? only)?.id ?? '';
  };
  const chose = () => setMissing(null);
  const shown = missing && missing.to === entity ? missing : null;
  return {
    switchTo,
    chose,
    /** Said in place of the validator's "Choose a tag." while nothing is chosen after an entity change. */
    missing: shown && shown.only === undefined && chosenId === '' ? words(shown) : null,
    /** The only tag or field, chosen in place of the one before. */
    only: shown && shown.only !== undefined && chosenId !== '' ? words(shown) : undefined,
  };
}

/** The choice's errors, with which tag or field was not carried over in place of the validator's "Choose a tag." */
const choiceErrors = (errors: readonly string[], chosenId: string, missing: string | null): string[] =>
  chosenId === '' && missing !== null ? [missing] : [...errors];

export function TagTriggerEditor({ account, trigger, onChange, errors, onAnnounce }: EditorProps<'tag_added' | 'tag_removed'>) {
  const entities = entitiesWithTags(account);
  const tags = account.tags.filter((t) => t.entity === trigger.entity);
  const choice = useChoicePerEntity(account.tags, trigger.entity, trigger.tagId, 'tag', onAnnounce);
  return (
    <>
      <p className="ui-hint">
        Only tags {trigger.type === 'tag_added' ? 'added' : 'removed'} by a user start the bot, not by automations or the API. After more than 25,000
        tag actions within an hour, all tag triggers pause for an hour.
      </p>
      {/* The entity first: the tags offered are that entity's. */}
      <div className="ts-row-fields">
        <PathPart path="entity">
          <Field label={trigger.type === 'tag_added' ? 'Added to' : 'Removed from'} errors={messagesFor(errors, 'entity')} hint="Only entities that have tags are offered.">
            {(p) => <EntitySelect control={p} entities={entities} value={trigger.entity} onChange={(entity) => onChange({ ...trigger, entity, tagId: choice.switchTo(entity) })} />}
          </Field>
        </PathPart>
        <PathPart path="tagId">
          <Field label="Tag" errors={choiceErrors(messagesFor(errors, 'tagId'), trigger.tagId, choice.missing)} hint={choice.only}>
            {(p) => (
              <IdSelect
                control={p}
                options={tags}
                value={trigger.tagId}
                placeholder="Choose a tag"
                onChange={(tagId) => {
                  choice.chose();
                  onChange({ ...trigger, tagId });
                }}
              />
            )}
          </Field>
        </PathPart>
      </div>
    </>
  );
}

export function FieldTriggerEditor({ account, trigger, onChange, errors, onAnnounce }: EditorProps<'field_updated'>) {
  const fields = watchableFields(account);
  const entities = [...new Set(fields.map((f) => f.entity))];
  const ofEntity = fields.filter((f) => f.entity === trigger.entity);
  const choice = useChoicePerEntity(fields, trigger.entity, trigger.fieldId, 'field', onAnnounce);
  return (
    <>
      <p className="ui-hint">
        The bot starts when the value changes (set, changed or cleared), by anyone. After more than 25,000 field changes within an hour, all field
        triggers pause for an hour.
      </p>
      <div className="ts-row-fields">
        <PathPart path="entity">
          <Field label="Entity" errors={messagesFor(errors, 'entity')}>
            {(p) => <EntitySelect control={p} entities={entities} value={trigger.entity} onChange={(entity) => onChange({ ...trigger, entity, fieldId: choice.switchTo(entity) })} />}
          </Field>
        </PathPart>
        <PathPart path="fieldId">
          <Field label="Field" errors={choiceErrors(messagesFor(errors, 'fieldId'), trigger.fieldId, choice.missing)} hint={choice.only ? `${choice.only} Name and Budget cannot be watched.` : 'Name and Budget cannot be watched.'}>
            {(p) => (
              <IdSelect
                control={p}
                options={ofEntity}
                value={trigger.fieldId}
                placeholder="Choose a field"
                onChange={(fieldId) => {
                  choice.chose();
                  onChange({ ...trigger, fieldId });
                }}
              />
            )}
          </Field>
        </PathPart>
      </div>
    </>
  );
}
