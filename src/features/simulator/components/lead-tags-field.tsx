import type { Account, Lead } from '../../../domain';

/** The tags of a lead (a lead at the start, or one a "Lead created" event makes), as checkboxes. */
export function LeadTagsField({ account, lead, onChange }: { account: Account; lead: Lead; onChange(lead: Lead): void }) {
  const leadTags = account.tags.filter((t) => t.entity === 'lead');
  if (leadTags.length === 0) return null;
  return (
    <fieldset className="sim-lead-tags">
      <legend>Tags of {lead.id || 'this lead'}</legend>
      {leadTags.map((t) => (
        <label key={t.id}>
          <input
            type="checkbox"
            checked={lead.tagIds?.includes(t.id) ?? false}
            onChange={(e) => {
              const tags = (lead.tagIds ?? []).filter((x) => x !== t.id);
              onChange({ ...lead, tagIds: e.target.checked ? [...tags, t.id] : tags });
            }}
          />
          {t.name}
        </label>
      ))}
    </fieldset>
  );
}
