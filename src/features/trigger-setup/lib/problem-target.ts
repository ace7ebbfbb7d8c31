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

/**
 * Within `scope`: its first invalid part: that control, or the invalid control inside it (a
 * checklist marks its group and the box of the id at fault, not always its first box), else that
 * part's first control; else `fallback`, else the scope's first control.
 */
function within(scope: Element | null | undefined, fallback?: string): HTMLElement | null {
  if (!scope) return null;
  const part = scope.querySelector('[aria-invalid="true"]');
  const invalid = focusable(part?.querySelector('[aria-invalid="true"]')) ?? focusable(part);
  if (invalid) return invalid;
  return (fallback ? scope.querySelector<HTMLElement>(fallback) : null) ?? focusable(scope);
}

/** A path's part as the markup marks it (data-path, see narrowed()): a key or an index. */
const PART = /^[A-Za-z0-9_-]+$/;

/**
 * The part of `scope` that the rest of a path names ("delayMinutes", "stageIds.2"): each step goes
 * into the element marked for it (`data-path`, space-separated words: "to weekday" where one box
 * shows both), as far as the markup marks the path. Without this, a trigger with a bad address and a
 * bad delay sent both "Go to …" buttons to the address box, its first invalid control.
 */
function narrowed(scope: Element, steps: readonly string[]): Element {
  let part = scope;
  for (const step of steps) {
    const next = PART.test(step) ? part.querySelector(`[data-path~="${step}"]`) : null;
    if (!next) break;
    part = next;
  }
  return part;
}

/** Within `scope`, the part `steps` name: its first invalid control, else its first control; for the whole scope, `fallback` before that. */
function partOf(scope: Element | null | undefined, steps: readonly string[], fallback?: string): HTMLElement | null {
  if (!scope) return null;
  const part = narrowed(scope, steps);
  return part === scope ? within(scope, fallback) : within(part);
}

/**
 * By a path's first part, where its problems are in the editor `root`: `rest` is the path after it
 * ("1.stageIds" for "triggers.1.stageIds"). One table, read by hasPlace() and problemTarget().
 */
const PLACES: Readonly<Record<string, (root: ParentNode, rest: readonly string[]) => HTMLElement | null>> = {
  name: (root) => within(root.querySelector('.ts-bot')),
  triggers: (root, rest) => {
    const [index] = rest;
    const n = Number(index);
    if (index !== undefined && Number.isInteger(n)) return partOf(root.querySelectorAll('.ts-trigger-list > .ts-trigger')[n], rest.slice(1), 'h4');
    // The list as a whole (none, too many): where a trigger is added.
    return root.querySelector<HTMLElement>('.ts-when-button');
  },
  conditions: (root, [index]) => {
    const section = root.querySelector('.conditions-editor');
    const n = Number(index);
    if (index !== undefined && Number.isInteger(n)) return within(section?.querySelectorAll('.conditions-editor__chips > li')[n]);
    return within(section);
  },
  activeHours: (root, rest) => {
    const [part, range] = rest;
    const hours = root.querySelector('.active-hours');
    // activeHours.ranges.N: that range (several days may have problems), else the editor's first.
    const row = part === 'ranges' && range !== undefined && /^\d+$/.test(range) ? hours?.querySelector(`[data-range="${range}"]`) : null;
    return row ? partOf(row, rest.slice(2)) : partOf(hours, rest);
  },
  keepUnanswered: (root) => within(root.querySelector('[aria-labelledby="ts-status-title"]')),
};

/** Whether a problem has a place of its own in the form (the bot's size has none). */
export const hasPlace = (path: string): boolean => Object.hasOwn(PLACES, path.split('.')[0]!);

/**
 * The control to focus for a problem at `path` in the editor `root` ("triggers.1.delayMinutes":
 * trigger 2's delay box; "triggers.1.stageIds.3": the box of the id listed fourth; trigger 2's first
 * invalid control, or its heading, where the markup marks no such part). null when the problem has
 * no place of its own (the bot's size).
 */
export function problemTarget(root: ParentNode, path: string): HTMLElement | null {
  const [head, ...rest] = path.split('.');
  return hasPlace(path) ? PLACES[head!]!(root, rest) : null;
}
