import { useSaidOnChange } from './said-on-change';

/**
 * A part's own live region (the expectations' verdict, the draft-versus-saved counts), kept in the
 * page by the panel whether or not the part is shown: empty while there is nothing to say. Put in
 * with its words already inside, a status is not read, and the parts came into the page with their
 * words when the first results came (a draft with errors turned valid, the first change from the
 * saved bot, the first event). `text`: '' when the part is not shown.
 */
export function SaidStatus({ text, quiet }: { text: string; quiet: boolean }) {
  const said = useSaidOnChange(text, quiet);
  return (
    <p role="status" className="sim-visually-hidden">
      {/* A new node for each change: words said two changes ago are said again. */}
      <span key={said.key}>{said.words}</span>
    </p>
  );
}
