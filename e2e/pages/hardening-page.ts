// Helpers of the hardening specs (faults, hostile input, accessibility): what the page stores,
// whether anything hostile ran, the keyboard focus and its visible ring, and axe with readable output.
import { expect, type Locator, type Page } from '@playwright/test';
import type AxeBuilder from '@axe-core/playwright';
import type { Bot } from '../../src/domain';

/** Markup that would run if it were ever parsed as HTML: each sets `window.__pwned`. */
export const HOSTILE = {
  img: '<img src=x onerror="window.__pwned=1">',
  script: '<script>window.__pwned=1</script>',
} as const;

export class HardeningPage {
  constructor(readonly page: Page) {}

  /** The stored bots, read with a plain fetch inside the page (msw answers there). */
  async storedBots(): Promise<Bot[]> {
    return this.page.evaluate(async () => {
      const response = await fetch('/api/bots');
      return (await response.json()) as Bot[];
    });
  }

  async botsNamed(name: string): Promise<Bot[]> {
    return (await this.storedBots()).filter((b) => b.name === name);
  }

  /** Nothing hostile ran: the markers stay undefined and no dialog (alert) was opened by a script. */
  async expectNothingRan(): Promise<void> {
    expect(await this.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
  }

  /** The page stays responsive: a click is answered within two seconds (a frozen page takes far longer). */
  async expectClickAnswered(button: Locator, answer: Locator): Promise<void> {
    await button.click({ timeout: 3000 });
    await expect(answer).toBeVisible({ timeout: 2000 });
  }

  /** The focused element's accessible-ish description and whether it shows a focus ring. */
  async focusRing(): Promise<{ tag: string; label: string; focusVisible: boolean; outline: string; boxShadow: string; visible: boolean }> {
    return this.page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { tag: 'body', label: '', focusVisible: false, outline: 'none', boxShadow: 'none', visible: false };
      const style = getComputedStyle(el);
      const outlineVisible = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 1;
      const ringVisible = style.boxShadow !== 'none' && style.boxShadow !== '';
      const label = el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 60) ?? '';
      // A date or time input moves the focus through its own parts on Tab (hours, minutes, AM/PM, then
      // the picker button inside it); Chromium draws the focus of those parts itself, and on the last
      // one the input is only :focus-within, so its own ring is not expected there.
      const segmented = el instanceof HTMLInputElement && ['time', 'date', 'datetime-local', 'month', 'week'].includes(el.type);
      const inner = segmented && !el.matches(':focus') && el.matches(':focus-within');
      return {
        tag: el.tagName.toLowerCase(),
        label: label || (el as HTMLInputElement).name || el.id,
        focusVisible: el.matches(':focus-visible') || inner,
        outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
        boxShadow: style.boxShadow,
        visible: outlineVisible || ringVisible || inner,
      };
    });
  }

  /** Asserts the focused element matches :focus-visible and draws an outline (or ring) of at least 1px. */
  async expectVisibleFocus(): Promise<void> {
    const ring = await this.focusRing();
    expect(ring.focusVisible, `${ring.tag} "${ring.label}" matches :focus-visible`).toBe(true);
    expect(ring.visible, `${ring.tag} "${ring.label}" shows its focus (outline: ${ring.outline}; box-shadow: ${ring.boxShadow})`).toBe(true);
  }

  /** Presses Tab until `target` has the focus (at most `max` times), checking the ring at each stop. */
  async tabTo(target: Locator, max = 120, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
      await this.page.keyboard.press(key);
      const ring = await this.focusRing();
      if (ring.tag !== 'body') await this.expectVisibleFocus();
    }
    await expect(target).toBeFocused();
  }

  /** How far the page is wider than the window (0: no sideways scrolling). */
  async pageOverflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }

  /** The classes of the scroll containers inside `root` (and itself) that scroll sideways; [] when none does. */
  async sidewaysScrollers(root: Locator): Promise<string[]> {
    return root.evaluate((r) =>
      [r, ...r.querySelectorAll('*')]
        .filter((e) => ['auto', 'scroll'].includes(getComputedStyle(e).overflowX) && e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.className),
    );
  }
}

/** Runs axe and returns its violations as readable lines (rule, help, where), [] when clean. */
export async function axeViolations(builder: AxeBuilder): Promise<string[]> {
  const results = await builder.analyze();
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}
