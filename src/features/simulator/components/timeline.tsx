import { formatLocal } from '../../../engine/time';
import type { Span, TimelineModel } from '../model/timeline';
import { count } from '../../../lib/count';

type Props = { model: TimelineModel; counts: { runs: number; skips: number; warnings: number }; eventCount: number; timezone: string };

const W = 1000;
/** Room at both ends, so that a run or skip at the first or last instant is drawn whole (the widest mark is 5 units from its centre). */
const PAD = 6;
const INNER = W - 2 * PAD;
const LANES = { events: 24, runs: 62, skips: 100 } as const;
const H = 124;

export function Timeline({ model, counts, eventCount, timezone }: Props) {
  const x = (t: number) => PAD + ((t - model.start) / (model.end - model.start || 1)) * INNER;
  const band = (s: Span, i: number, cls: string, y = 0, h = H) => (
    <rect key={`${cls}${i}`} className={cls} x={x(s.from)} y={y} width={Math.max(1, x(s.to) - x(s.from))} height={h} />
  );
  const caption = [
    `From ${formatLocal(model.start, timezone)} to ${formatLocal(model.end, timezone)}: `,
    `${count(eventCount, 'event')}, ${count(counts.runs, 'run')}, ${count(counts.skips, 'skip')}`,
    model.delays.length ? `, ${count(model.delays.length, 'delayed run')}` : '',
    model.cooldowns.length ? `, ${count(model.cooldowns.length, 'cooldown window')}` : '',
    model.activeBands ? ', active hours shaded' : '',
    counts.warnings ? `, ${count(counts.warnings, 'rate-limit suspension')}` : '',
    model.density ? ' (drawn as densities)' : '',
    '.',
  ].join('');
  const maxOf = (list: number[]) => Math.max(1, ...list);

  // Read once: the figure is named "Timeline" and its caption says what the drawing shows, so the
  // drawing is hidden. The figure (named by its caption), the drawing (an image with the caption as
  // its name) and the caption itself each read the same summary.
  return (
    <figure className="sim-timeline" aria-label="Timeline">
      <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true">
        {model.activeBands?.map((s, i) => band(s, i, 'tl-active'))}
        {model.suspensions.map((s, i) => band(s, i, 'tl-suspended'))}
        {model.cooldowns.map((s, i) => band(s, i, 'tl-cooldown', LANES.runs - 8, 16))}
        <line className="tl-axis" x1={0} x2={W} y1={LANES.events} y2={LANES.events} />
        <line className="tl-axis" x1={0} x2={W} y1={LANES.runs} y2={LANES.runs} />
        <line className="tl-axis" x1={0} x2={W} y1={LANES.skips} y2={LANES.skips} />
        {model.density ? (
          (['events', 'runs', 'skips'] as const).map((lane) => {
            const list = model.density![lane];
            const max = maxOf(list);
            return list.map((v, i) =>
              v === 0 ? null : (
                <rect key={`${lane}${i}`} className={`tl-density tl-${lane}`} x={PAD + (i * INNER) / list.length} width={INNER / list.length} y={LANES[lane] - (14 * v) / max} height={(14 * v) / max} />
              ),
            );
          })
        ) : (
          <>
            {model.delays.map((d, i) => (
              <path key={`d${i}`} className="tl-delay" d={`M${x(d.from)},${LANES.events} C${x(d.from)},${LANES.runs} ${x(d.to)},${LANES.events} ${x(d.to)},${LANES.runs}`} />
            ))}
            {model.events.map((t, i) => (
              <line key={`e${i}`} className="tl-event" x1={x(t)} x2={x(t)} y1={LANES.events - 8} y2={LANES.events + 8} />
            ))}
            {model.runs.map((t, i) => (
              <circle key={`r${i}`} className="tl-run" cx={x(t)} cy={LANES.runs} r={5} />
            ))}
            {model.skips.map((t, i) => (
              <path key={`s${i}`} className="tl-skip" d={`M${x(t) - 4},${LANES.skips - 4} l8,8 m0,-8 l-8,8`} />
            ))}
          </>
        )}
      </svg>
      <div className="sim-legend" aria-hidden="true">
        <span className="lg-event">Events (top)</span>
        <span className="lg-run">Runs (middle)</span>
        <span className="lg-skip">Skips (bottom)</span>
        {model.delays.length > 0 && <span className="lg-delay">Delay (cause → run)</span>}
        {model.cooldowns.length > 0 && <span className="lg-cooldown">Cooldown</span>}
        {model.activeBands && <span className="lg-active">Active hours</span>}
        {model.suspensions.length > 0 && <span className="lg-suspended">Rate limit suspension</span>}
      </div>
      <figcaption className="sim-hint">{caption}</figcaption>
    </figure>
  );
}
