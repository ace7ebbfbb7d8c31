/**
 * Zones that `Intl.supportedValuesOf('timeZone')` lists under an older IANA name (ICU keeps the
 * first name CLDR knew; tzdata's `backward` file has the renames): listed name → current name.
 * Chromium and Node accept both names but list only the old one, so an admin searching for
 * "Kolkata" found nothing. Only renames and moves, not zones merged into another city's.
 */
const CURRENT_NAMES: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Louisville': 'America/Kentucky/Louisville',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

const city = (zone: string) => (zone.split('/').pop() ?? zone).replace(/_/g, ' ');

/** The zone as the list shows it: "Asia/Calcutta (Kolkata)" when the city has a newer name. */
export function zoneLabel(zone: string): string {
  const current = CURRENT_NAMES[zone];
  return current !== undefined && city(current) !== city(zone) ? `${zone} (${city(current)})` : zone;
}

/** Whether the zone's name, or its current name, holds `needle` (lower case, `_` for spaces). */
export function zoneMatches(zone: string, needle: string): boolean {
  const current = CURRENT_NAMES[zone];
  return zone.toLowerCase().includes(needle) || (current !== undefined && current.toLowerCase().includes(needle));
}

/**
 * Other names people search a zone by: its abbreviations ("est", "edt") and UTC offsets in minutes,
 * in January and in July of this year (so both sides of daylight saving time). Read once, on the first
 * search that needs them: about 80 ms for the 400-odd zones, too much to spend on opening the editor.
 */
type ZoneAliases = { names: readonly string[]; offsets: readonly number[] };
let aliasCache: Map<string, ZoneAliases> | null = null;

function offsetMinutes(text: string): number | null {
  const m = /^(?:GMT|UTC)(?:([+\-\u2212])(\d{1,2})(?::?(\d{2}))?)?$/i.exec(text.trim());
  if (!m) return null;
  if (m[1] === undefined) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return m[1] === '+' ? minutes : -minutes;
}

/**
 * American English names only America's zones ("EST"); Europe's are "GMT+1" in it. The English of
 * the zone's own region has the names its people search by: "CET" and "BST" (en-GB), "AEST"
 * (en-AU), "IST" (en-IN, and Ireland's summer in en-IE), "SAST" (en-ZA), "SGT", "HKT", "NZST",
 * "NST" (en-CA). By the zone's first part, so a zone costs a formatter or two more, not ten.
 */
const REGIONAL_LOCALES: Readonly<Record<string, readonly string[]>> = {
  America: ['en-CA'],
  Europe: ['en-GB', 'en-IE'],
  Africa: ['en-GB', 'en-ZA'],
  Atlantic: ['en-GB'],
  Arctic: ['en-GB'],
  Asia: ['en-GB', 'en-IN', 'en-SG', 'en-HK'],
  Indian: ['en-ZA'],
  Australia: ['en-AU'],
  Pacific: ['en-NZ'],
  Antarctica: ['en-NZ'],
};

/**
 * Abbreviations that business people use for some of the world's busiest zones but that no English
 * locale prints (CLDR's English calls Tokyo "GMT+9"): zone (as listed, or its current name) → names.
 * Only names in common use for that zone in business and travel; an abbreviation two regions share
 * ("IST", "CST", "AST") finds both, as the browser's own names already do.
 */
const EXTRA_NAMES: Readonly<Record<string, readonly string[]>> = {
  'Asia/Tokyo': ['jst'],
  'Asia/Seoul': ['kst'],
  'Asia/Jerusalem': ['ist', 'idt'],
  'Europe/Moscow': ['msk'],
  'Asia/Shanghai': ['cst'],
  'Asia/Taipei': ['cst'],
  'Asia/Karachi': ['pkt'],
  'Asia/Bangkok': ['ict'],
  'Asia/Ho_Chi_Minh': ['ict'],
  'Asia/Jakarta': ['wib'],
  'Asia/Manila': ['pht', 'pst'],
  'Asia/Kuala_Lumpur': ['myt'],
  'Asia/Riyadh': ['ast'],
  'Asia/Qatar': ['ast'],
  'Europe/Istanbul': ['trt'],
  'America/Sao_Paulo': ['brt'],
  'America/Argentina/Buenos_Aires': ['art'],
};

function aliasesOf(zone: string, year: number): ZoneAliases {
  const names = new Set<string>(EXTRA_NAMES[zone] ?? EXTRA_NAMES[CURRENT_NAMES[zone] ?? ''] ?? []);
  const offsets = new Set<number>();
  const instants = [Date.UTC(year, 0, 1), Date.UTC(year, 6, 1)];
  try {
    for (const locale of ['en-US', ...(REGIONAL_LOCALES[zone.split('/')[0] ?? ''] ?? [])]) {
      const short = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'short' });
      for (const at of instants) {
        const name = short.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
        // "GMT" too: London's, Dublin's and Accra's winter name is what admins there search by.
        if (/^[A-Z]{2,5}$/.test(name)) names.add(name.toLowerCase());
      }
    }
    const long = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' });
    for (const at of instants) {
      const offset = offsetMinutes(long.formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '');
      if (offset !== null) offsets.add(offset);
    }
  } catch {
    // A zone this browser lists but cannot format: found by its name only.
  }
  return { names: [...names], offsets: [...offsets] };
}

/** What a search asks for besides names: an offset ("utc+3", "gmt-5", "+05:30", "+3") or an abbreviation. */
export type ZoneQuery = { offset: number | null; abbreviation: string | null };

export function zoneQuery(needle: string): ZoneQuery {
  const text = needle.replace(/_/g, '').replace(/\u2212/g, '-');
  const m = /^(?:utc|gmt)?([+-])(\d{1,2})(?:[:.]?(\d{2}))?$/.exec(text);
  const hours = m ? Number(m[2]) : NaN;
  const minutes = m ? Number(m[3] ?? 0) : NaN;
  const offset = m && hours <= 14 && minutes < 60 ? (m[1] === '+' ? 1 : -1) * (hours * 60 + minutes) : null;
  return { offset, abbreviation: /^[a-z]{2,5}$/.test(text) ? text : null };
}

/**
 * Whether the zone's name, or its current name, holds `needle` (lower case, `_` for spaces); or the
 * needle is one of its UTC offsets or abbreviations (`year`: the year whose January and July they
 * are read in).
 */
function cachedAliases(zone: string, year: number): ZoneAliases {
  aliasCache ??= new Map();
  let aliases = aliasCache.get(`${zone} ${year}`);
  if (aliases === undefined) {
    aliases = aliasesOf(zone, year);
    aliasCache.set(`${zone} ${year}`, aliases);
  }
  return aliases;
}

/** Whether a zone's aliases for `year` have been read (for tests of the warm-up). */
export function aliasesRead(zone: string, year: number): boolean {
  return aliasCache?.has(`${zone} ${year}`) ?? false;
}

export function zoneMatchesAny(zone: string, needle: string, year: number): boolean {
  if (zoneMatches(zone, needle)) return true;
  const query = zoneQuery(needle);
  if (query.offset === null && query.abbreviation === null) return false;
  const aliases = cachedAliases(zone, year);
  return (query.offset !== null && aliases.offsets.includes(query.offset)) || (query.abbreviation !== null && aliases.names.includes(query.abbreviation));
}

/** Runs `work` when the page is idle (or soon, where there is no idle callback); returns a cancel. */
export type IdleScheduler = (work: () => void) => () => void;
const whenIdle: IdleScheduler = (work) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(work, 0);
  return () => clearTimeout(handle);
};

/**
 * Reads the aliases of `zones` a few at a time while the page is idle, so that the first search
 * by two letters or more ("ce", "Berlin"), which reads them all (some 200 ms for 400-odd zones
 * and their regional names), finds them read. Called when the search box takes the focus; a
 * search before it ends reads what is left itself. Returns a cancel.
 */
export function warmZoneAliases(zones: readonly string[], year: number, schedule: IdleScheduler = whenIdle): () => void {
  let next = 0;
  let cancel: () => void = () => {};
  const step = () => {
    for (const end = Math.min(next + 20, zones.length); next < end; next += 1) cachedAliases(zones[next] as string, year);
    if (next < zones.length) cancel = schedule(step);
  };
  cancel = schedule(step);
  return () => cancel();
}
