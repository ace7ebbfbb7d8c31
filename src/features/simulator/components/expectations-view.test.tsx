// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CheckReport } from '../model/expectations';
import { ExpectationsView } from './expectations-view';

describe('ExpectationsView', () => {
  it('counts every check in its heading and its "more", also the unexpected runs that are counted but not listed', () => {
    // As checkExpectations gives it with generated traffic: 3 expectations hold, 947 runs nobody
    // expected, of which only the first 100 are items.
    const unexpected = Array.from({ length: 100 }, (_, i) => ({ kind: 'unexpected' as const, pass: false as const, botId: 'b1', leadId: `g${i}`, at: '2026-06-01T14:00:00Z' }));
    const report: CheckReport = {
      items: [...[0, 1, 2].map((i) => ({ kind: 'activation' as const, pass: true, botId: 'b1', leadId: `l${i}`, at: '2026-06-01T14:00:00Z' })), ...unexpected],
      passed: 3,
      failed: 947,
    };
    render(<ExpectationsView report={report} timezone="America/New_York" botName={(id) => id} storedNote={null} onRemove={() => {}} />);
    expect(screen.getByRole('heading', { name: 'Expectations: 3 of 950 pass' })).toBeInTheDocument();
    expect(screen.getByText('947 expectations failed.')).toBeInTheDocument();
    // Not a live region of its own: the panel's one status, always in the page, says the verdict.
    expect(screen.queryByRole('status')).toBeNull();
    // 30 shown, 920 more: the three numbers add up.
    expect(screen.getByText('… and 920 more.')).toBeInTheDocument();
  });
});
