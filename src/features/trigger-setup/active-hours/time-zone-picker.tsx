import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { FieldErrors } from '../../../components/ui';
import { count } from '../../../lib/count';
import { useSettled } from '../../../lib/use-settled';
import { warmZoneAliases, zoneLabel, zoneMatchesAny } from './zone-names';


let zonesCache: readonly string[] | null = null;
/** The IANA zones this browser knows, UTC included. */
function allZones(): readonly string[] {
  if (zonesCache === null) {
    const zones = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
    zonesCache = zones.includes('UTC') ? zones : ['UTC', ...zones];
  }
  return zonesCache;
}

type TimeZonePickerProps = {
  accountTz: string;
  /** undefined = the account's zone. */
  value: string | undefined;
  onChange(next: string | undefined): void;
  errors: readonly string[];
};

/** The zone the ranges are read in: the account's by default, or any IANA zone (filter by typing). */
export function TimeZonePicker({ accountTz, value, onChange, errors }: TimeZonePickerProps) {
  const id = useId();
  const [filter, setFilter] = useState('');
  const zones = useMemo(() => {
    const needle = filter.trim().toLowerCase().replace(/\s+/g, '_');
    // By name, or by an offset ("UTC+3", "-05:00") or abbreviation ("EST") of this year's January or July.
    const year = new Date().getUTCFullYear();
    const hits = needle === '' ? allZones() : allZones().filter((z) => zoneMatchesAny(z, needle, year));
    // The chosen zone stays listed whatever the filter, so the select never shows something else.
    return value !== undefined && !hits.includes(value) ? [value, ...hits] : hits;
  }, [filter, value]);
  // Hundreds of options: built once per filter, so that edits elsewhere do not re-render them.
  const options = useMemo(
    () =>
      zones.map((z) => (
        <option key={z} value={z}>
          {zoneLabel(z)}
        </option>
      )),
    [zones],
  );
  // Abbreviations and offsets are read while the admin is still about to type, not at the keystroke.
  const stopWarming = useRef<(() => void) | null>(null);
  useEffect(() => () => stopWarming.current?.(), []);
  const warm = () => {
    stopWarming.current ??= warmZoneAliases(allZones(), new Date().getUTCFullYear());
  };
  const describedBy = [`${id}-shown`, errors.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  const countText = filter.trim() === '' ? count(zones.length, 'time zone') : count(zones.length, 'matching time zone');
  const spokenCount = useSettled(filter.trim() === '' ? '' : countText);
  return (
    <div className="hours-zone" data-path="timezone">
      {/* First: typed into, then Tab goes on to the list it narrowed (it came after the list). */}
      <div className="ui-field">
        <label className="ui-label" htmlFor={`${id}-filter`}>
          Find a time zone
        </label>
        <input
          id={`${id}-filter`}
          type="search"
          value={filter}
          placeholder="e.g. Berlin, CET or UTC+3"
          aria-describedby={`${id}-count`}
          onChange={(e) => setFilter(e.target.value)}
          onFocus={warm}
        />
        <p id={`${id}-count`} className="ui-hint">
          {countText}
        </p>
        {/* Spoken once typing pauses, not at every keystroke ("86 … 9 … 2 … 1 matching time zones"). */}
        <span role="status" className="ts-visually-hidden">
          {spokenCount}
        </span>
      </div>
      <div className="ui-field">
        <label className="ui-label" htmlFor={`${id}-zone`}>
          Time zone
        </label>
        <select
          id={`${id}-zone`}
          value={value ?? ''}
          aria-invalid={errors.length > 0 || undefined}
          aria-describedby={describedBy}
          onChange={(e) => onChange(e.target.value === '' ? undefined : e.target.value)}
        >
          <option value="">Account time zone ({zoneLabel(accountTz)})</option>
          {options}
        </select>
        <p id={`${id}-shown`} className="ui-hint">
          Times are read in {zoneLabel(value ?? accountTz)}
          {value === undefined ? ', the account’s time zone' : ''}, here and in the bot’s scheduled triggers (on a date, repeating).
        </p>
        <FieldErrors id={`${id}-error`} errors={errors} />
      </div>
    </div>
  );
}
