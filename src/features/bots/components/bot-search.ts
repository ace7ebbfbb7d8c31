// Finding a bot by its name in the list: what the admin types is compared with each name without
// regard to letter case, accents or the spaces around and between words ("  cafe " finds "Café").

/** Letters that carry their mark in themselves (no decomposition takes it off), written plainly. */
const PLAIN: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/**
 * A text as the search compares it: lower case, compatibility forms (full-width letters, ligatures)
 * unfolded, accents and other combining marks taken off, runs of white space made one space, trimmed.
 */
export function searchKey(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþıħ]/g, (c) => PLAIN[c] ?? c)
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether a bot's name holds what was typed (a blank search holds for every name). */
export function nameMatches(name: string, query: string): boolean {
  return searchKey(name).includes(searchKey(query));
}
