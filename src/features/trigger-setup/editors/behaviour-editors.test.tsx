// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Trigger } from '../../../domain';
import { TriggerRowHarness, triggerErrors } from '../test/trigger-row-harness';
import { withScheme } from './behaviour-editors';

const Harness = ({ initial, onChange }: { initial: Trigger; onChange(t: Trigger): void }) => (
  <TriggerRowHarness initial={initial} onChange={onChange} after={<button type="button">Elsewhere</button>} />
);

function setup(url: string) {
  const onChange = vi.fn<(t: Trigger) => void>();
  const user = userEvent.setup();
  render(<Harness initial={{ type: 'website_visited', url, delayMinutes: 0 }} onChange={onChange} />);
  const box = screen.getByRole('textbox', { name: 'Page address' });
  const url_ = () => (onChange.mock.lastCall?.[0] as { url?: string } | undefined)?.url;
  return { user, onChange, box, url: url_ };
}

describe('WebsiteEditor', () => {
  it('says what the match ignores, and that other pages of the site do not match', () => {
    const { box } = setup('https://example.com/pricing');
    expect(box).toHaveAccessibleDescription(/Only that page starts the bot, not other pages of the site\./);
    expect(box).toHaveAccessibleDescription(
      /Ignored: http or https, a leading “www\.”, capitals in the site name, a “\/” at the end, the usual port \(:443 for https, :80 for http\), and anything after “\?” or “#”\./,
    );
  });

  it('puts https:// in front of an address typed without it once the box is left, never while typing, and says so', async () => {
    const { user, onChange, box, url } = setup('');
    await user.type(box, 'www.example.com/pricing');
    // While typing, the box holds exactly what was typed.
    expect(onChange.mock.calls.map(([t]) => (t as { url: string }).url).every((u) => !u.startsWith('https://'))).toBe(true);
    expect(box).toHaveValue('www.example.com/pricing');
    await user.tab();
    expect(url()).toBe('https://www.example.com/pricing');
    expect(box).toHaveValue('https://www.example.com/pricing');
    // What is stored now satisfies V13.
    expect(triggerErrors([{ type: 'website_visited', url: url()!, delayMinutes: 0 }])).toEqual([]);
    expect(box).toHaveAttribute('aria-invalid', 'false');
    expect(box).toHaveAccessibleDescription(/^“https:\/\/” was put in front of the address\. For example/);
    // Editing again: the note goes, and nothing more is added.
    await user.click(box);
    await user.type(box, '/plans');
    expect(box).not.toHaveAccessibleDescription(/was put in front/);
    await user.tab();
    expect(url()).toBe('https://www.example.com/pricing/plans');
  });

  it('a bare site name too ("example.com"), but not while the window alone loses the focus', async () => {
    const { user, box, url } = setup('');
    await user.type(box, 'example.com');
    // The window losing the focus blurs the box, which stays the page's focused element.
    fireEvent.blur(box);
    expect(box).toHaveValue('example.com');
    await user.tab();
    expect(url()).toBe('https://example.com');
  });

  it('leaves alone what has a scheme or does not look like an address', async () => {
    for (const typed of ['https://example.com/a', 'HTTP://Example.com', 'ftp://example.com', 'pricing', 'https://', 'exa mple.com']) {
      const { user, box, onChange } = setup(typed);
      await user.click(box);
      await user.tab();
      expect(onChange, typed).not.toHaveBeenCalled();
      expect(box).toHaveValue(typed);
      cleanup();
    }
  });
});

describe('withScheme', () => {
  it('adds https:// to site names with a path, port, query or fragment', () => {
    expect(withScheme(' www.example.com/pricing ')).toBe('https://www.example.com/pricing');
    expect(withScheme('shop.example.co.uk:8443/a?b=1#c')).toBe('https://shop.example.co.uk:8443/a?b=1#c');
    expect(withScheme('bücher.de')).toBe('https://bücher.de');
    expect(withScheme('localhost/a')).toBeNull();
    expect(withScheme('https://example.com')).toBeNull();
    expect(withScheme('mailto:a@example.com')).toBeNull();
    expect(withScheme('')).toBeNull();
  });
});
