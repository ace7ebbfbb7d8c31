// Where the focus goes for a problem of the draft (a validation error's path): after Save refuses
// the draft, and from each entry of the not-saved notice. The form's own markup is read, so that
// any editor's invalid control (a field, a checklist, a chip) is found without each one registering.

const FOCUSABLE = 'input:not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled), [tabindex="-1"]';

/** The element itself when it takes the focus, else its first control (a checklist's group, a fieldset). */
function focusable(el: Element | null | undefined): HTMLElement | null {
  if (!(el instanceof HTMLElement)) return null;
  if (el.matches(FOCUSABLE)) return el;
  return el.querySelector<HTMLElement>(FOCUSABLE);
}

/** Within `scope`: its first invalid part, else `fallback`, else its first control. */
function within(scope: Element | null | undefined, fallback?: string): HTMLElement | null {
  if (!scope) return null;
  const invalid = focusable(scope.querySelector('[aria-invalid="true"]'));
  if (invalid) return invalid;
  return (fallback ? scope.querySelector<HTMLElement>(fallback) : null) ?? focusable(scope);
}

/**
 * By a path's first part, where its problems are in the editor `root`: `rest` is the path after it
 * ("1.stageIds" for "triggers.1.stageIds"). One table, read by hasPlace() and problemTarget().
 */
const PLACES: Readonly<Record<string, (root: ParentNode, rest: readonly string[]) => HTMLElement | null>> = {
  name: (root) => within(root.querySelector('.ts-bot')),
  triggers: (root, [index]) => {
    const n = Number(index);
    if (index !== undefined && Number.isInteger(n)) return within(root.querySelectorAll('.ts-trigger-list > .ts-trigger')[n], 'h4');
    // The list as a whole (none, too many): where a trigger is added.
    return root.querySelector<HTMLElement>('.ts-when-button');
  },
  conditions: (root, [index]) => {
    const section = root.querySelector('.conditions-editor');
    const n = Number(index);
    if (index !== undefined && Number.isInteger(n)) return within(section?.querySelectorAll(':scope > ul > li')[n]);
    return within(section);
  },
  activeHours: (root, [part, range]) => {
    const hours = root.querySelector('.active-hours');
    // activeHours.ranges.N: that range (several days may have problems), else the editor's first.
    const row = part === 'ranges' && range !== undefined && /^\d+$/.test(range) ? hours?.querySelector(`[data-range="${range}"]`) : null;
    return within(row ?? hours);
  },
  keepUnanswered: (root) => within(root.querySelector('[aria-labelledby="ts-status-title"]')),
};

/** Whether a problem has a place of its own in the form (the bot's size has none). */
export const hasPlace = (path: string): boolean => Object.hasOwn(PLACES, path.split('.')[0]!);

/**
 * The control to focus for a problem at `path` in the editor `root` ("triggers.1.stageIds": trigger
 * 2's first invalid control, or its heading). null when the problem has no place of its own (the
 * bot's size).
 */
export function problemTarget(root: ParentNode, path: string): HTMLElement | null {
  const [head, ...rest] = path.split('.');
  return hasPlace(path) ? PLACES[head!]!(root, rest) : null;
}
