/** "contacts" → "Contacts": the first letter in upper case, for a word that starts a sentence or a label. */
export const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);
