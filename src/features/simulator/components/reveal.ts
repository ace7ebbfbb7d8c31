// Bringing what a press of "Run simulation" produced into view: at 1280 × 800 the results sit below
// the samples, out of sight, and a press seemed to do nothing.

/** The nearest ancestor of `el` that scrolls vertically, or null (the page itself). */
function scrollBoxOf(el: Element): Element | null {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/** Whether `el` is wholly visible in its scroll box (or the window). */
function whollyInView(el: Element): boolean {
  const r = el.getBoundingClientRect();
  const box = scrollBoxOf(el);
  const top = box ? box.getBoundingClientRect().top : 0;
  const bottom = box ? box.getBoundingClientRect().bottom : window.innerHeight;
  return r.top >= top - 1 && r.bottom <= bottom + 1;
}

export const prefersReducedMotion = (): boolean =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Scrolls `block` into view by its `heading`: nothing when the whole block is already in sight;
 * else the heading goes to the top of the scroll box (its scroll margin above it), so that as much
 * of the block as fits shows under it. Smoothly, unless the admin asked for less motion.
 */
export function revealBlock(block: Element, heading: Element = block): void {
  if (whollyInView(block)) return;
  heading.scrollIntoView({ block: 'start', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
}
