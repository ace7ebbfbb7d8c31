// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { Timeline } from './timeline';
import type { TimelineModel } from '../model/timeline';

const START = Date.parse('2026-03-02T09:00:00Z');
const END = Date.parse('2026-03-02T17:00:00Z');
const model = (patch: Partial<TimelineModel>): TimelineModel => ({
  start: START,
  end: END,
  events: [],
  runs: [],
  skips: [],
  delays: [],
  cooldowns: [],
  activeBands: null,
  suspensions: [],
  density: null,
  ...patch,
});

/** The drawing's own width: marks must lie inside [0, width]. */
const viewWidth = (svg: SVGSVGElement) => Number(svg.getAttribute('viewBox')!.split(' ')[2]);

describe('Timeline', () => {
  it('draws a run and a skip at the first and last instants whole, not cut by the edges', () => {
    const { container } = render(
      <Timeline model={model({ events: [START, END], runs: [START, END], skips: [START, END] })} counts={{ runs: 2, skips: 2, warnings: 0 }} eventCount={2} timezone="America/New_York" />,
    );
    const svg = container.querySelector('svg')!;
    const width = viewWidth(svg);
    for (const c of container.querySelectorAll('circle.tl-run')) {
      const cx = Number(c.getAttribute('cx'));
      const r = Number(c.getAttribute('r'));
      expect(cx - r).toBeGreaterThanOrEqual(0);
      expect(cx + r).toBeLessThanOrEqual(width);
    }
    // A skip is a cross from (x - 4) to (x + 4).
    for (const p of container.querySelectorAll('path.tl-skip')) {
      const left = Number(/^M([\d.-]+),/.exec(p.getAttribute('d')!)![1]);
      expect(left).toBeGreaterThanOrEqual(0);
      expect(left + 8).toBeLessThanOrEqual(width);
    }
    // Still to scale: the first and the last instant are as far apart as the drawing allows.
    const [first, last] = [...container.querySelectorAll('circle.tl-run')].map((c) => Number(c.getAttribute('cx')));
    expect(last! - first!).toBeGreaterThan(width * 0.95);
  });

  it('is read once: a figure named "Timeline" whose caption is the summary, the drawing hidden', () => {
    render(<Timeline model={model({ events: [START], runs: [START], skips: [END] })} counts={{ runs: 1, skips: 1, warnings: 0 }} eventCount={1} timezone="America/New_York" />);
    const figure = screen.getByRole('figure', { name: 'Timeline' });
    expect(within(figure).queryByRole('img')).toBeNull();
    expect(figure.querySelector('figcaption')).toHaveTextContent(/^From Mon 2 Mar 2026, 04:00 EST to Mon 2 Mar 2026, 12:00 EST: 1 event, 1 run, 1 skip\.$/);
  });

  it('keeps densities on the same scale as the marks', () => {
    const { container } = render(
      <Timeline
        model={model({ density: { events: [1, 0, 3, 1], runs: [0, 0, 0, 2], skips: [1, 0, 0, 0] } })}
        counts={{ runs: 2, skips: 1, warnings: 0 }}
        eventCount={5}
        timezone="America/New_York"
      />,
    );
    const width = viewWidth(container.querySelector('svg')!);
    const runs = [...container.querySelectorAll('rect.tl-runs')];
    expect(runs).toHaveLength(1);
    const right = Number(runs[0]!.getAttribute('x')) + Number(runs[0]!.getAttribute('width'));
    expect(right).toBeLessThanOrEqual(width);
    expect(right).toBeGreaterThan(width * 0.97);
  });
});
