// The editor inside a chip's popover: one small form per kind of condition.
import { useId } from 'react';
import {
  assertNever,
  UTM_OPERATORS,
  UTM_OPERATORS_WITH_VALUE,
  UTM_PARAMS,
  type Account,
  type Condition,
  type UtmOperator,
  type UtmParam,
  type ValidationError,
} from '../../../domain';
import { Checklist } from './checklist';
import { UTM_OPERATOR_WORDS } from './describe-condition';
import { errorsUnder, messagesOf } from './field-errors';
import { FieldError } from './field-error';

type FormProps<C extends Condition> = {
  condition: C;
  account: Account;
  errors: readonly ValidationError[];
  onChange(next: Condition): void;
};

const messagesAt = (errors: readonly ValidationError[], field: string) => messagesOf(errorsUnder(errors, field));

/** Errors that no field of the form shows (e.g. an unknown setting), shown on top. */
function OtherErrors({ errors, fields }: { errors: readonly ValidationError[]; fields: readonly string[] }) {
  const id = useId();
  const rest = errors.filter((e) => !fields.some((f) => e.path === f || e.path.startsWith(`${f}.`)));
  return <FieldError id={id} messages={messagesOf(rest)} />;
}

export const SourceHelp = 'No sources are connected yet: connect a lead source to use this condition.';

function AndOrSwitch({ mode, exclude, onToggle }: { mode: 'and' | 'or'; exclude: boolean; onToggle(): void }) {
  const id = useId();
  const meaning = exclude
    ? mode === 'and'
      ? 'Leads that have all of the selected tags are left out.'
      : 'Leads that have any of the selected tags are left out.'
    : mode === 'and'
      ? 'The lead must have all of the selected tags.'
      : 'The lead must have at least one of the selected tags.';
  return (
    <div className="cond-and-or">
      <span className="cond-and-or__label">Combine tags with</span>
      <button type="button" className="cond-and-or__switch" aria-describedby={id} onClick={onToggle}>
        {mode}
      </button>
      <span id={id} className="cond-hint">
        {meaning} Click to switch to “{mode === 'and' ? 'or' : 'and'}”.
      </span>
    </div>
  );
}

function TagsForm({ condition, account, errors, onChange }: FormProps<Extract<Condition, { type: 'tags' | 'not_tags' }>>) {
  const id = useId();
  const exclude = condition.type === 'not_tags';
  const leadTags = account.tags.filter((t) => t.entity === 'lead');
  return (
    <>
      <OtherErrors errors={errors} fields={['tagIds', 'mode']} />
      <Checklist
        legend={exclude ? 'Leave out leads with these tags' : 'Only leads with these tags'}
        options={leadTags}
        selected={condition.tagIds}
        onChange={(tagIds) => onChange({ ...condition, tagIds })}
        errors={messagesAt(errors, 'tagIds')}
        hint={leadTags.length === 0 ? 'This account has no lead tags yet.' : undefined}
      />
      <AndOrSwitch
        mode={condition.mode}
        exclude={exclude}
        onToggle={() => onChange({ ...condition, mode: condition.mode === 'and' ? 'or' : 'and' })}
      />
      <FieldError id={`${id}-mode`} messages={messagesAt(errors, 'mode')} />
    </>
  );
}

function StagesForm({ condition, account, errors, onChange }: FormProps<Extract<Condition, { type: 'stages' }>>) {
  const id = useId();
  const known = new Set(account.pipelines.flatMap((p) => p.stages.map((s) => s.id)));
  const missing = condition.stageIds.filter((id) => !known.has(id));
  const set = (pipelineStageIds: readonly string[], picked: string[]) => {
    // Replace this pipeline's part of the selection, keeping the account's order.
    const mine = new Set(pipelineStageIds);
    const others = new Set(condition.stageIds.filter((id) => !mine.has(id)));
    for (const id of picked) others.add(id);
    const order = [...account.pipelines.flatMap((p) => p.stages.map((s) => s.id)), ...missing];
    onChange({ ...condition, stageIds: order.filter((id) => others.has(id)) });
  };
  return (
    <>
      <OtherErrors errors={errors} fields={['stageIds']} />
      <p className="cond-hint">
        {condition.stageIds.length === 0
          ? 'No stage chosen: the bot works for leads in any stage.'
          : 'The bot works only for leads in the chosen stages.'}
      </p>
      {account.pipelines.map((p) => (
        <Checklist
          key={p.id}
          legend={`Stages of ${p.name}`}
          options={p.stages}
          selected={condition.stageIds.filter((id) => p.stages.some((s) => s.id === id))}
          onChange={(picked) => set(p.stages.map((s) => s.id), picked)}
        />
      ))}
      {missing.length > 0 && (
        <Checklist
          legend="Stages no longer in the account"
          options={[]}
          selected={missing}
          onChange={(picked) => set(missing, picked)}
        />
      )}
      <FieldError id={`${id}-stages`} messages={messagesAt(errors, 'stageIds')} />
      {condition.stageIds.length > 0 && (
        <button type="button" className="cond-link" onClick={() => onChange({ ...condition, stageIds: [] })}>
          Any stage
        </button>
      )}
    </>
  );
}

function ResponsibleForm({ condition, account, errors, onChange }: FormProps<Extract<Condition, { type: 'responsible' }>>) {
  return (
    <>
      <OtherErrors errors={errors} fields={['userIds']} />
      <Checklist
        legend="Only leads managed by"
        options={account.users}
        selected={condition.userIds}
        onChange={(userIds) => onChange({ ...condition, userIds })}
        errors={messagesAt(errors, 'userIds')}
      />
    </>
  );
}

/** "" → open bound; anything else the browser accepted as a number. */
function parseBound(raw: string, previous: number | null): number | null {
  if (raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : previous;
}

function SaleForm({ condition, errors, onChange }: FormProps<Extract<Condition, { type: 'sale' }>>) {
  const id = useId();
  const minErrors = messagesAt(errors, 'min');
  const maxErrors = messagesAt(errors, 'max');
  const describe = (hasError: boolean, which: string) => [`${id}-hint`, hasError ? `${id}-${which}-error` : ''].filter(Boolean).join(' ');
  return (
    <>
      <OtherErrors errors={errors} fields={['min', 'max']} />
      <p id={`${id}-hint`} className="cond-hint">
        The lead’s sale amount, limits included. Leave a box empty for no limit.
      </p>
      <div className="cond-field">
        <label htmlFor={`${id}-min`}>Minimum amount ($)</label>
        <input
          id={`${id}-min`}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={condition.min ?? ''}
          aria-invalid={minErrors.length > 0 || undefined}
          aria-describedby={describe(minErrors.length > 0, 'min')}
          onChange={(e) => onChange({ ...condition, min: parseBound(e.target.value, condition.min) })}
        />
        <FieldError id={`${id}-min-error`} messages={minErrors} />
      </div>
      <div className="cond-field">
        <label htmlFor={`${id}-max`}>Maximum amount ($)</label>
        <input
          id={`${id}-max`}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          value={condition.max ?? ''}
          aria-invalid={maxErrors.length > 0 || undefined}
          aria-describedby={describe(maxErrors.length > 0, 'max')}
          onChange={(e) => onChange({ ...condition, max: parseBound(e.target.value, condition.max) })}
        />
        <FieldError id={`${id}-max-error`} messages={maxErrors} />
      </div>
    </>
  );
}

function SourceForm({ condition, account, errors, onChange }: FormProps<Extract<Condition, { type: 'source' }>>) {
  return (
    <>
      <OtherErrors errors={errors} fields={account.sources.length === 0 ? [] : ['sourceIds']} />
      {account.sources.length === 0 && condition.sourceIds.length === 0 ? (
        <p className="cond-notice">{SourceHelp}</p>
      ) : (
        <Checklist
          legend="Only leads from these sources"
          options={account.sources}
          selected={condition.sourceIds}
          onChange={(sourceIds) => onChange({ ...condition, sourceIds })}
          errors={messagesAt(errors, 'sourceIds')}
          hint={account.sources.length === 0 ? SourceHelp : undefined}
        />
      )}
    </>
  );
}

function UtmForm({ condition, errors, onChange }: FormProps<Extract<Condition, { type: 'utm' }>>) {
  const id = useId();
  const needsValue = UTM_OPERATORS_WITH_VALUE.includes(condition.op);
  const valueErrors = messagesAt(errors, 'value');
  const setOp = (op: UtmOperator) => {
    const { value, ...rest } = condition;
    // "empty" and "not empty" take no value (V3): the key goes, not just the text.
    onChange(UTM_OPERATORS_WITH_VALUE.includes(op) ? { ...rest, op, value: value ?? '' } : { ...rest, op });
  };
  return (
    <>
      <OtherErrors errors={errors} fields={['param', 'op', 'value']} />
      <div className="cond-field">
        <label htmlFor={`${id}-param`}>UTM parameter</label>
        <select
          id={`${id}-param`}
          value={condition.param}
          onChange={(e) => onChange({ ...condition, param: e.target.value as UtmParam })}
        >
          {UTM_PARAMS.map((p) => (
            <option key={p} value={p}>
              {p}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-param-error`} messages={messagesAt(errors, 'param')} />
      </div>
      <div className="cond-field">
        <label htmlFor={`${id}-op`}>Comparison</label>
        <select id={`${id}-op`} value={condition.op} onChange={(e) => setOp(e.target.value as UtmOperator)}>
          {UTM_OPERATORS.map((op) => (
            <option key={op} value={op}>
              {UTM_OPERATOR_WORDS[op]}
            </option>
          ))}
        </select>
        <FieldError id={`${id}-op-error`} messages={messagesAt(errors, 'op')} />
      </div>
      {needsValue && (
        <div className="cond-field">
          <label htmlFor={`${id}-value`}>Value</label>
          <input
            id={`${id}-value`}
            type="text"
            maxLength={2000}
            value={condition.value ?? ''}
            aria-invalid={valueErrors.length > 0 || undefined}
            aria-describedby={`${id}-value-hint${valueErrors.length ? ` ${id}-value-error` : ''}`}
            onChange={(e) => onChange({ ...condition, value: e.target.value })}
          />
          <p id={`${id}-value-hint`} className="cond-hint">
            Compared without regard to letter case; spaces at the ends are ignored.
          </p>
          <FieldError id={`${id}-value-error`} messages={valueErrors} />
        </div>
      )}
      {!needsValue && <FieldError id={`${id}-value-error`} messages={valueErrors} />}
    </>
  );
}

/** Picks the form for a condition's kind. */
export function ConditionForm(props: FormProps<Condition>) {
  const { condition } = props;
  switch (condition.type) {
    case 'tags':
    case 'not_tags':
      return <TagsForm {...props} condition={condition} />;
    case 'stages':
      return <StagesForm {...props} condition={condition} />;
    case 'responsible':
      return <ResponsibleForm {...props} condition={condition} />;
    case 'sale':
      return <SaleForm {...props} condition={condition} />;
    case 'source':
      return <SourceForm {...props} condition={condition} />;
    case 'utm':
      return <UtmForm {...props} condition={condition} />;
    default:
      return assertNever(condition);
  }
}
