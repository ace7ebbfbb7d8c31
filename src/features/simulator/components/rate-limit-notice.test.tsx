// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { RateLimitNotice } from './rate-limit-notice';

const NY = 'America/New_York';

describe('RateLimitNotice', () => {
  it('says which triggers paused, when, why and how many starts it skipped, and offers those skips', async () => {
    const onShowSkips = vi.fn();
    render(
      <RateLimitNotice
        timezone={NY}
        onShowSkips={onShowSkips}
        suspensions={[
          { code: 'tag_triggers_suspended', from: Date.parse('2026-06-01T14:30:00Z'), until: Date.parse('2026-06-01T15:30:00Z'), skipped: 2 },
          { code: 'field_triggers_suspended', from: Date.parse('2026-06-02T03:41:40Z'), until: Date.parse('2026-06-02T04:41:40Z'), skipped: 0 },
        ]}
      />,
    );
    const notice = screen.getByRole('region', { name: 'Rate limits reached' });
    expect([...notice.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Tag triggers were paused from Mon 1 Jun 2026, 10:30 EDT to 11:30 EDT, after more than 25,000 tag actions within an hour: 2 tag-trigger starts skipped.',
      'Field triggers were paused from Mon 1 Jun 2026, 23:41:40 EDT to Tue 2 Jun 2026, 00:41:40 EDT, after more than 25,000 field changes within an hour: no start was skipped.',
    ]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Show the rate-limited skips' }));
    expect(onShowSkips).toHaveBeenCalledOnce();
  });

  it('shows nothing when no limit was reached, and no button when nothing was skipped', () => {
    const { container, rerender } = render(<RateLimitNotice timezone={NY} onShowSkips={() => {}} suspensions={[]} />);
    expect(container).toBeEmptyDOMElement();
    rerender(
      <RateLimitNotice
        timezone={NY}
        onShowSkips={() => {}}
        suspensions={[{ code: 'tag_triggers_suspended', from: Date.parse('2026-06-01T14:30:00Z'), until: Date.parse('2026-06-01T15:30:00Z'), skipped: 0 }]}
      />,
    );
    expect(screen.queryByRole('button')).toBeNull();
  });
});
