import { useId } from 'react';
import { UTM_PARAMS, type Account, type Lead, type Utm } from '../../../domain';
import { Select } from './select-field';

/**
 * The five UTM values of a lead (SPEC §2), for the UTM conditions (R16). `value` undefined: none.
 * An emptied box drops its parameter; all empty gives undefined.
 */
export function UtmFields({ legend, hint, value, onChange }: { legend: string; hint: string; value: Utm | undefined; onChange(utm: Utm | undefined): void }) {
  const id = useId();
  const set = (param: (typeof UTM_PARAMS)[number], text: string) => {
    const { [param]: _old, ...rest } = value ?? {};
    const next: Utm = text === '' ? rest : { ...rest, [param]: text };
    onChange(Object.keys(next).length > 0 ? next : undefined);
  };
  return (
    <fieldset className="sim-utm" aria-describedby={`${id}-hint`}>
      <legend>{legend}</legend>
      <p id={`${id}-hint`} className="sim-hint">
        {hint}
      </p>
      <div className="sim-grid">
        {UTM_PARAMS.map((param) => (
          <div className="sim-field" key={param}>
            <label htmlFor={`${id}-${param}`}>{param}</label>
            <input id={`${id}-${param}`} maxLength={2000} value={value?.[param] ?? ''} onChange={(e) => set(param, e.target.value)} />
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** Where a lead came from, as its Source and UTM conditions read it: a lead at the start, or one an event creates. */
export function LeadOriginFields({ account, lead, onChange }: { account: Account; lead: Lead; onChange(lead: Lead): void }) {
  return (
    <>
      <Select
        label="Source"
        value={lead.sourceId ?? ''}
        options={[{ value: '', label: 'None' }, ...account.sources.map((src) => ({ value: src.id, label: src.name }))]}
        onChange={(v) => {
          const { sourceId: _old, ...rest } = lead;
          onChange(v === '' ? rest : { ...rest, sourceId: v });
        }}
      />
      <UtmFields
        legend="UTM"
        hint="What the lead's UTM conditions read. Leave empty for none."
        value={lead.utm}
        onChange={(utm) => {
          const { utm: _old, ...rest } = lead;
          onChange(utm === undefined ? rest : { ...rest, utm });
        }}
      />
    </>
  );
}
