import { closeOnEscape } from '../../../lib/close-on-escape';
import type { EchoView } from '../model/echo-words';

/** `view`: the answer; null while the engine replays; a string when there is no answer (why). */
type Props = { index: number; view: EchoView | string | null; onClose(): void };

/** Under a composer event: what it started, bot by bot, and why the others stayed silent. */
export function EventOutcome({ index, view, onClose }: Props) {
  const title = `What happened after event ${index + 1}`;
  return (
    <section className="sim-echo" aria-label={title} onKeyDown={closeOnEscape(onClose)}>
      <div className="sim-inspector-head">
        <h6>{title}</h6>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      {/* Polite: the answer arrives after the replay, and changes when an edit changes it. */}
      <div aria-live="polite">
        {view === null ? (
          <p>Replaying the events…</p>
        ) : typeof view === 'string' ? (
          <p>{view}</p>
        ) : (
          <>
            {view.summary && <p className="sim-echo-summary">{view.summary}</p>}
            {view.bots.length > 0 && (
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
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
