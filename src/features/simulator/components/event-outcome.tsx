import { useEffect, useRef } from 'react';
import { closeOnEscape } from '../../../lib/close-on-escape';
import type { EchoView } from '../model/echo-words';

/** `view`: the answer; null while the engine replays; a string when there is no answer (why). */
type Props = { index: number; view: EchoView | string | null; onClose(): void };

/** One line for screen readers when the answer first arrives: the whole answer is below, not live. */
function firstWords(view: EchoView): string {
  if (view.summary !== null) return view.summary;
  const ran = view.bots.filter((b) => b.started).map((b) => (b.isDraft ? 'this bot' : b.name));
  return `Ran because of this event: ${ran.join(', ')}.`;
}

/**
 * Under a composer event: what it started, bot by bot, and why the others stayed silent. Mounted
 * per event (the panel keys it), so each opening says its answer once.
 */
export function EventOutcome({ index, view, onClose }: Props) {
  const title = `What happened after event ${index + 1}`;
  // Not a live region over the whole answer: it changed with every keystroke in the bot's name and
  // every edit. The status below says the first answer once, written after the panel is there (a
  // region inserted already filled is not read); React renders it empty and never touches it again.
  const status = useRef<HTMLParagraphElement>(null);
  const said = useRef(false);
  const ready = view !== null && typeof view !== 'string' ? view : null;
  useEffect(() => {
    if (ready === null || said.current || !status.current) return;
    // A frame later: an answer already known (opened again, or a held event asked from a second
    // row) is there at the first render, and words written in the same task as the region is put
    // in are not read.
    const frame = requestAnimationFrame(() => {
      if (!status.current) return;
      said.current = true;
      status.current.textContent = `${title}: ${firstWords(ready)}`;
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, title]);
  return (
    <section className="sim-echo" aria-label={title} onKeyDown={closeOnEscape(onClose)}>
      <div className="sim-inspector-head">
        <h6>{title}</h6>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p role="status" className="sim-visually-hidden" ref={status} />
      {view === null ? (
        <p>Replaying the events…</p>
      ) : typeof view === 'string' ? (
        <p>{view}</p>
      ) : (
        <>
          {view.summary && <p className="sim-echo-summary">{view.summary}</p>}
          {(view.bots.length > 0 || view.others.length > 0) && (
            <ul className="sim-echo-bots">
              {view.bots.map((b) => (
                <li key={b.id} className={b.started ? 'sim-echo-started' : undefined}>
                  <span className="sim-echo-bot">{b.isDraft ? `This bot (${b.name})` : b.name}:</span>
                  {b.lines.length === 1 ? (
                    <span> {b.lines[0]}</span>
                  ) : (
                    <ul>
                      {b.lines.map((line, k) => (
                        <li key={k}>{line}</li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
              {view.others.map((o) => (
                <li key={o.title}>
                  <span className="sim-echo-bot">{o.title}:</span> {o.names.join(', ')}.
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
