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
