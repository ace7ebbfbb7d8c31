import { useState } from 'react';

/** What the simulator's one status may say after a change, each part '' when there is none. */
export type StatusParts = {
  /** The run's words ("Results: 1 run and 1 skip.", busy words, a loaded sample's sentence). */
  main: string;
  /** A press of "Run simulation" (a count): the main words are said again, also when they are the same. */
  press: number;
  /** The expectations' verdict ("Expectations: every expectation holds."). */
  verdict: string;
  /** The draft-versus-saved counts ("Draft versus saved: the edit gains 1 run."). */
  diff: string;
  /** The verdict and the diff are already said by the main words (a sample or file just loaded). */
  quiet: boolean;
  /** A word on what the admin did ("Closed the editor of event 2.", "Added lead l3."), said at each new `key`. */
  note?: { words: string; key: number };
};

type Said = { main: string; press: number; verdict: string; diff: string; note: number; words: string; key: number };

/**
 * The words of the simulator's one live region, for one change one announcement: the parts that
 * changed, in one sentence ("Results: 1 run and 1 skip. Expectations: every expectation holds.").
 * The run's words, the verdict and the diff had a status each, and one edit that changed all three
 * was heard as three messages. A part is said when it changes (not when it goes: '' says nothing;
 * not the verdict or diff while `quiet`); the main words also at each press. Each announcement is a
 * new node (`key`), so words said two changes ago are said again. It starts with the main words
 * only: a status put in with words is not read, and the panel keeps it in the page from the start.
 */
export function useOneStatus(parts: StatusParts): { words: string; key: number } {
  const { main, press, verdict, diff, quiet, note } = parts;
  const noteKey = note?.key ?? 0;
  const [said, setSaid] = useState<Said>(() => ({ main, press, verdict, diff, note: noteKey, words: main, key: 0 }));
  if (said.main === main && said.press === press && said.verdict === verdict && said.diff === diff && said.note === noteKey) return { words: said.words, key: said.key };
  const mainNews = said.main !== main || said.press !== press;
  const verdictNews = !quiet && verdict !== '' && verdict !== said.verdict;
  const diffNews = !quiet && diff !== '' && diff !== said.diff;
  const noteNews = said.note !== noteKey && note !== undefined && note.words !== '';
  const next: Said =
    mainNews || verdictNews || diffNews || noteNews
      ? {
          main,
          press,
          verdict,
          diff,
          note: noteKey,
          words: [mainNews ? main : '', verdictNews ? verdict : '', diffNews ? diff : '', noteNews ? note.words : ''].filter((w) => w !== '').join(' '),
          key: said.key + 1,
        }
      : { ...said, verdict, diff, note: noteKey }; // gone, or said by the main words: nothing new to say
  setSaid(next);
  return { words: next.words, key: next.key };
}
