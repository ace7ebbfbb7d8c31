import { useState } from 'react';

/**
 * The words for a part's own live region ("Expectations: every expectation holds."): they follow
 * `text` when it changes, each change a new node (`key`), so that words said two changes ago are
 * said again; not when `quiet`, when the panel's own sentence has already said it (a sample just
 * loaded says its results, verdict and diff in one sentence). It starts empty, whatever `text` is:
 * a status put in with words is not read (`SaidStatus` keeps it in the page before they come).
 */
export function useSaidOnChange(text: string, quiet: boolean): { words: string; key: number } {
  const [said, setSaid] = useState(() => ({ text, words: '', key: 0 }));
  if (said.text === text) return said;
  const next = quiet ? { ...said, text } : { text, words: text, key: said.key + 1 };
  setSaid(next);
  return next;
}
