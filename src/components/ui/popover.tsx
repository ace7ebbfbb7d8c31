// A Radix popover that works inside a modal <dialog>: everything outside a modal dialog is inert,
// so popovers opened from inside one render into the dialog (PopoverContainer), not into <body>.
import * as RadixPopover from '@radix-ui/react-popover';
import { createContext, useContext, type ComponentPropsWithoutRef, type ReactNode } from 'react';
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

export function PopoverContent({ className, children, sideOffset = 6, collisionPadding = 12, ...props }: ContentProps) {
  const container = useContext(ContainerContext);
  // Inside the container, the element marked `data-popover-boundary` (the dialog's scrolling body)
  // bounds the popover, not the viewport: a menu opened near the foot of the form covered the
  // dialog's footer buttons, and what was left of Cancel was too small to press (WCAG 2.5.8).
  const boundary = container?.querySelector<HTMLElement>('[data-popover-boundary]') ?? null;
  return (
    <RadixPopover.Portal container={container ?? undefined}>
      <RadixPopover.Content
        className={['ui-popover', className].filter(Boolean).join(' ')}
        sideOffset={sideOffset}
        collisionPadding={collisionPadding}
        collisionBoundary={boundary ?? undefined}
        {...props}
      >
        {children}
      </RadixPopover.Content>
    </RadixPopover.Portal>
  );
}
