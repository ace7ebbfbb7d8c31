import type { ReactNode } from 'react';

const CONTENTS = { display: 'contents' } as const;

/**
 * Marks the part of a trigger's editor that a validation path names ("delayMinutes", "url"), so that
 * the not-saved notice's "Go to …" reaches that part's box, not the trigger's first invalid one
 * (lib/problem-target). Lays out nothing: its children sit in the layout as if it were not there.
 */
export function PathPart({ path, children }: { path: string; children: ReactNode }) {
  return (
    <div data-path={path} style={CONTENTS}>
      {children}
    </div>
  );
}
