// A Radix popover that works inside a modal <dialog>: everything outside a modal dialog is inert,
// so popovers opened from inside one render into the dialog (PopoverContainer), not into <body>.
import * as RadixPopover from '@radix-ui/react-popover';
import { createContext, useContext, useSyncExternalStore, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import './ui.css';

const ContainerContext = createContext<HTMLElement | null>(null);

/** Popovers below this render into `container` (e.g. the open <dialog>). */
export function PopoverContainer({ container, children }: { container: HTMLElement | null; children: ReactNode }) {
  return <ContainerContext.Provider value={container}>{children}</ContainerContext.Provider>;
}

export const Popover = RadixPopover.Root;
export const PopoverTrigger = RadixPopover.Trigger;
export const PopoverAnchor = RadixPopover.Anchor;
export const PopoverClose = RadixPopover.Close;

type ContentProps = ComponentPropsWithoutRef<typeof RadixPopover.Content>;

/**
 * A short window: a 1280×720 screen at 200% zoom is 640×360 CSS px, and the dialog's body between
 * its pinned header and footer is about 250 px high (trigger-setup.css pins them from this height).
 */
const SHORT_WINDOW = '(max-height: 30rem)';
/** Room kept between the top of the scroll box and the button brought up to it. */
const ANCHOR_MARGIN = 4;

function subscribeToShortWindow(onChange: () => void): () => void {
  if (typeof window.matchMedia !== 'function') return () => {};
  const query = window.matchMedia(SHORT_WINDOW);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}
const isShortWindow = () => typeof window.matchMedia === 'function' && window.matchMedia(SHORT_WINDOW).matches;

/** The nearest ancestor of `el` that scrolls vertically and can scroll. */
function scrollBoxOf(el: Element): HTMLElement | null {
  for (let node = el.parentElement; node; node = node.parentElement) {
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight) return node;
  }
  return null;
}

/**
 * In a short window, scrolls the button that opened `content` to the top of its scroll box, before
 * the popover is placed: there the popover gets the whole height below it. A button in the middle of
 * the box left about 90 px on either side, and the trigger picker showed its search box only.
 */
const broughtUp = new WeakSet<HTMLElement>();
function bringOpenerToTop(content: HTMLElement): void {
  // Once per opening: a ref callback is called again when the popover re-renders (at each key typed
  // in the picker), and the admin may have scrolled since.
  if (broughtUp.has(content)) return;
  broughtUp.add(content);
  if (!content.id || !isShortWindow()) return;
  const opener = [...content.ownerDocument.querySelectorAll('[aria-controls]')].find((el) => el.getAttribute('aria-controls') === content.id);
  const box = opener ? scrollBoxOf(opener) : null;
  if (!opener || !box) return;
  const by = opener.getBoundingClientRect().top - box.getBoundingClientRect().top - ANCHOR_MARGIN;
  if (Math.abs(by) >= 1) box.scrollTo({ top: box.scrollTop + by, behavior: 'instant' });
}

/**
 * Scrolls each box that scrolls between `el` and `content` (the content included) by the least that
 * shows `el` whole (within the box's scroll padding). Radix's focus trap focuses without scrolling
 * (`preventScroll`) when Tab wraps round: Shift+Tab from a menu's first item focused its last item
 * ("utm_content") below the menu's visible part, and from a condition editor's first box its Done,
 * hidden below. Boxes outside the popover are left alone: they would move its opener, and the
 * popover is placed before it shows (Radix first puts it off screen, where it is focused).
 */
function scrollIntoContent(el: Element, content: HTMLElement): void {
  for (let box = el.parentElement; box; box = box.parentElement) {
    const style = getComputedStyle(box);
    if ((style.overflowY === 'auto' || style.overflowY === 'scroll') && box.scrollHeight > box.clientHeight) {
      const r = el.getBoundingClientRect();
      const b = box.getBoundingClientRect();
      const top = b.top + box.clientTop + (parseFloat(style.scrollPaddingTop) || 0);
      const bottom = b.top + box.clientTop + box.clientHeight - (parseFloat(style.scrollPaddingBottom) || 0);
      if (r.height <= bottom - top) {
        if (r.top < top) box.scrollTop -= top - r.top;
        else if (r.bottom > bottom) box.scrollTop += r.bottom - bottom;
      }
    }
    if (box === content) return;
  }
}

export function PopoverContent({ className, children, sideOffset = 6, collisionPadding, onFocus, ...props }: ContentProps) {
  const container = useContext(ContainerContext);
  const short = useSyncExternalStore(subscribeToShortWindow, isShortWindow, () => false);
  // Inside the container, the element marked `data-popover-boundary` (the dialog's scrolling body)
  // bounds the popover, not the viewport: a menu opened near the foot of the form covered the
  // dialog's footer buttons, and what was left of Cancel was too small to press (WCAG 2.5.8).
  const boundary = container?.querySelector<HTMLElement>('[data-popover-boundary]') ?? null;
  return (
    <RadixPopover.Portal container={container ?? undefined}>
      <RadixPopover.Content
        // Called as the popover mounts, before it is placed (its position is worked out after).
        ref={(el) => {
          if (el && boundary) bringOpenerToTop(el);
        }}
        className={['ui-popover', className].filter(Boolean).join(' ')}
        sideOffset={sideOffset}
        // In a short window, the popover keeps only a small gap to the boundary's edges (4 px): the
        // trigger picker's third option needs the other 8.
        collisionPadding={collisionPadding ?? (short && boundary ? 4 : 12)}
        collisionBoundary={boundary ?? undefined}
        // Whatever takes the focus inside comes into view, also by Tab wrapping round (see scrollIntoContent).
        onFocus={(e) => {
          onFocus?.(e);
          if (e.target !== e.currentTarget) scrollIntoContent(e.target, e.currentTarget);
        }}
        {...props}
      >
        {children}
      </RadixPopover.Content>
    </RadixPopover.Portal>
  );
}
