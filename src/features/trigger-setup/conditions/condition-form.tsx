// The editor inside a chip's popover: one small form per kind of condition.
import { useId, useRef } from 'react';
import { useFocusAfterRender } from '../../../lib/use-focus-after-render';
import { useAnnouncer } from '../../../lib/use-announcer';
import { Checklist, Field, FieldErrors } from '../../../components/ui';
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
import { UTM_OPERATOR_WORDS } from './describe-condition';
import { errorsUnder, messagesOf } from './field-errors';

type FormProps<C extends Condition> = {
  condition: C;
  account: Account;
  errors: readonly ValidationError[];
  onChange(next: Condition): void;
};

const messagesAt = (errors: readonly ValidationError[], field: string) => messagesOf(errorsUnder(errors, field));

/** Errors that no field of the form shows (e.g. an unknown setting), shown on top. */
function OtherErrors({ errors, fields }: { errors: readonly ValidationError[]; fields: readonly string[] }) {
  const rest = errors.filter((e) => !fields.some((f) => e.path === f || e.path.startsWith(`${f}.`)));
  return <FieldErrors errors={messagesOf(rest)} />;
}

export const SOURCE_HELP = 'No sources are connected yet: connect a lead source to use this condition.';

/** What combining the tags with `mode` means, for "Has tags" or (`exclude`) "Does not have tags". */
function modeMeaning(mode: 'and' | 'or', exclude: boolean): string {
  if (exclude) return mode === 'and' ? 'Leads that have all of the selected tags are left out.' : 'Leads that have any of the selected tags are left out.';
  return mode === 'and' ? 'The lead must have all of the selected tags.' : 'The lead must have at least one of the selected tags.';
}

/**
 * SPEC §10: a button reading "and" or "or", named by that word alone. "Combine tags with" and the
 * hint describe it, and a press says what the new word means (the name changing under the focus
 * is not reliably read).
 */
function AndOrSwitch({ mode, exclude, onToggle }: { mode: 'and' | 'or'; exclude: boolean; onToggle(): void }) {
  const id = useId();
  const [said, say] = useAnnouncer();
  const other = mode === 'and' ? 'or' : 'and';
  return (
    <div className="cond-and-or">
      <span id={`${id}-label`} className="cond-and-or__label">
        Combine tags with
      </span>
      <button
        type="button"
        className="cond-and-or__switch"
        aria-describedby={`${id}-label ${id}-hint`}
        onClick={() => {
          onToggle();
          say(`Tags are now combined with ${other}: ${modeMeaning(other, exclude)}`);
        }}
      >
        {mode}
      </button>
      <span id={`${id}-hint`} className="ui-hint">
        {modeMeaning(mode, exclude)} Press to switch to “{other}”.
      </span>
      <span role="status" className="cond-sr-only">
        {said}
      </span>
    </div>
  );
}

function TagsForm({ condition, account, errors, onChange }: FormProps<Extract<Condition, { type: 'tags' | 'not_tags' }>>) {
  const exclude = condition.type === 'not_tags';
  const leadTags = account.tags.filter((t) => t.entity === 'lead').map((t) => ({ id: t.id, label: t.name }));
  return (
    <>
      <OtherErrors errors={errors} fields={['tagIds', 'mode']} />
      <Checklist
        legend={exclude ? 'Leave out leads with these tags' : 'Only leads with these tags'}
        options={leadTags}
        value={condition.tagIds}
        onChange={(tagIds) => onChange({ ...condition, tagIds })}
        errors={messagesAt(errors, 'tagIds')}
        empty={<p className="ui-hint">This account has no lead tags yet.</p>}
        outsideLabel={(id) => {
          const tag = account.tags.find((t) => t.id === id);
          return tag ? `${tag.name} (a ${tag.entity} tag)` : `${id} (not in this account)`;
        }}
      />
      <AndOrSwitch
        mode={condition.mode}
        exclude={exclude}
        onToggle={() => onChange({ ...condition, mode: condition.mode === 'and' ? 'or' : 'and' })}
      />
      <FieldErrors errors={messagesAt(errors, 'mode')} />
    </>
  );
}

function StagesForm({ condition, account, errors, onChange }: FormProps<Extract<Condition, { type: 'stages' }>>) {
  const options = account.pipelines.flatMap((p) => p.stages.map((s) => ({ id: s.id, label: s.name, group: p.name })));
  // "Any stage" removes itself: the focus goes to the first stage instead of the page body.
  const list = useRef<HTMLDivElement>(null);
  const focusNext = useFocusAfterRender();
  return (
    <>
      <OtherErrors errors={errors} fields={['stageIds']} />
      <div ref={list}>
        <Checklist
          legend="Only leads in these stages"
          hint={
            condition.stageIds.length === 0
              ? 'No stage chosen: the bot works for leads in any stage.'
              : 'The bot works only for leads in the chosen stages.'
          }
          options={options}
          value={condition.stageIds}
          onChange={(stageIds) => onChange({ ...condition, stageIds })}
          errors={messagesAt(errors, 'stageIds')}
        />
      </div>
      {condition.stageIds.length > 0 && (
        <button
          type="button"
          className="cond-link"
          onClick={() => {
            onChange({ ...condition, stageIds: [] });
            focusNext(() => list.current?.querySelector<HTMLInputElement>('input[type="checkbox"]'));
          }}
        >
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
        options={account.users.map((u) => ({ id: u.id, label: u.name }))}
        value={condition.userIds}
        onChange={(userIds) => onChange({ ...condition, userIds })}
        errors={messagesAt(errors, 'userIds')}
      />
    </>
  );
}

/**
 * The bound a number box holds: "" → open bound, else the number the browser read. A box holding
 * text the browser cannot read as a number ("20000-", "1e") also reports "", exactly as an empty box
 * does; only validity.badInput tells them apart. Read as "no limit", a slip of the keyboard became a
 * condition that lets every sale through, saved without a word. It is NaN instead, which the schema
 * refuses ("Enter an amount (a number) or leave it empty."), beside the box, until it is mended.
 */
function readBound(input: HTMLInputElement, previous: number | null): number | null {
  if (input.validity.badInput) return Number.NaN;
  const raw = input.value;
  if (raw.trim() === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : previous;
}

function SaleForm({ condition, errors, onChange }: FormProps<Extract<Condition, { type: 'sale' }>>) {
  const bound = (which: 'min' | 'max', label: string) => (
    <Field label={label} errors={messagesAt(errors, which)} hint={which === 'max' ? 'Leave a box empty for no limit.' : undefined}>
      {(control) => (
        <input
          {...control}
          aria-invalid={control['aria-invalid'] || undefined}
          type="number"
          inputMode="decimal"
          min={0}
          step="any"
          // NaN (unreadable text in the box) renders as "", what the box already reports: the text
          // stays where the admin can mend it.
          value={condition[which] === null || Number.isNaN(condition[which]) ? '' : condition[which]}
          onChange={(e) => onChange({ ...condition, [which]: readBound(e.currentTarget, condition[which]) })}
          // Chromium sends no input event while the value stays "" (typing "-" into an empty box).
          onBlur={(e) => {
            const next = readBound(e.currentTarget, condition[which]);
            if (!Object.is(next, condition[which])) onChange({ ...condition, [which]: next });
          }}
        />
      )}
    </Field>
  );
  return (
    <>
      <OtherErrors errors={errors} fields={['min', 'max']} />
      <p className="ui-hint">The lead’s sale amount, limits included.</p>
      <div className="cond-fields">
        {bound('min', 'Minimum amount ($)')}
        {bound('max', 'Maximum amount ($)')}
      </div>
    </>
  );
}

function SourceForm({ condition, account, errors, onChange }: FormProps<Extract<Condition, { type: 'source' }>>) {
  if (account.sources.length === 0) {
    return (
      <>
        <p className="cond-notice">{SOURCE_HELP}</p>
        <OtherErrors errors={errors} fields={[]} />
      </>
    );
  }
  return (
    <>
      <OtherErrors errors={errors} fields={['sourceIds']} />
      <Checklist
        legend="Only leads from these sources"
        options={account.sources.map((s) => ({ id: s.id, label: s.name }))}
        value={condition.sourceIds}
        onChange={(sourceIds) => onChange({ ...condition, sourceIds })}
        errors={messagesAt(errors, 'sourceIds')}
      />
    </>
  );
}

function UtmForm({ condition, errors, onChange }: FormProps<Extract<Condition, { type: 'utm' }>>) {
  const needsValue = UTM_OPERATORS_WITH_VALUE.includes(condition.op);
  // The value an operator without one dropped, kept while this editor is open: "contains summer",
  // then "is empty", then "contains" again comes back to "summer" rather than to an empty box.
  const dropped = useRef<string | undefined>(undefined);
  const setOp = (op: UtmOperator) => {
    const { value, ...rest } = condition;
    if (value !== undefined) dropped.current = value;
    // "empty" and "not empty" take no value (V3): the key goes, not just the text.
    onChange(UTM_OPERATORS_WITH_VALUE.includes(op) ? { ...rest, op, value: value ?? dropped.current ?? '' } : { ...rest, op });
  };
  return (
    <>
      <OtherErrors errors={errors} fields={['param', 'op', 'value']} />
      <div className="cond-fields">
        <Field label="UTM parameter" errors={messagesAt(errors, 'param')}>
          {(control) => (
            <select
              {...control}
              aria-invalid={control['aria-invalid'] || undefined}
              value={condition.param}
              onChange={(e) => onChange({ ...condition, param: e.target.value as UtmParam })}
            >
              {UTM_PARAMS.map((p) => (
                <option key={p} value={p}>
                  {p}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Comparison" errors={messagesAt(errors, 'op')}>
          {(control) => (
            <select
              {...control}
              aria-invalid={control['aria-invalid'] || undefined}
              value={condition.op}
              onChange={(e) => setOp(e.target.value as UtmOperator)}
            >
              {UTM_OPERATORS.map((op) => (
                <option key={op} value={op}>
                  {UTM_OPERATOR_WORDS[op]}
                </option>
              ))}
            </select>
          )}
        </Field>
        {needsValue ? (
          <Field
            label="Value"
            errors={messagesAt(errors, 'value')}
            hint="Compared without regard to letter case; spaces at the ends are ignored."
          >
            {(control) => (
              <input
                {...control}
                aria-invalid={control['aria-invalid'] || undefined}
                type="text"
                maxLength={2000}
                value={condition.value ?? ''}
                onChange={(e) => onChange({ ...condition, value: e.target.value })}
              />
            )}
          </Field>
        ) : (
          <FieldErrors errors={messagesAt(errors, 'value')} />
        )}
      </div>
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
