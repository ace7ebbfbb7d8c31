// @vitest-environment jsdom
import { renderHook } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useOneStatus, type StatusParts } from './said-on-change';

const RESULTS = 'Results: 1 run and 1 skip.';
const HOLDS = 'Expectations: every expectation holds.';
const FAILED = 'Expectations: 1 expectation failed.';
const GAINS = 'Draft versus saved: the edit gains 1 run.';

const parts = (p: Partial<StatusParts>): StatusParts => ({ main: '', press: 0, verdict: '', diff: '', quiet: false, ...p });

describe('useOneStatus', () => {
  it('says the parts one change brings in one announcement, not one per part', () => {
    const view = renderHook((p: StatusParts) => useOneStatus(p), { initialProps: parts({}) });
    expect(view.result.current.words).toBe('');
    view.rerender(parts({ main: RESULTS, verdict: HOLDS, diff: GAINS }));
    expect(view.result.current.words).toBe(`${RESULTS} ${HOLDS} ${GAINS}`);
  });

  it('says only what changed; nothing when nothing did, or when a part goes', () => {
    const view = renderHook((p: StatusParts) => useOneStatus(p), { initialProps: parts({ main: RESULTS, verdict: HOLDS, diff: GAINS }) });
    const first = view.result.current;
    // Put in with its words, a status is not read: the verdict and diff wait for a change.
    expect(first.words).toBe(RESULTS);
    view.rerender(parts({ main: RESULTS, verdict: HOLDS, diff: GAINS }));
    expect(view.result.current).toEqual(first);
    view.rerender(parts({ main: RESULTS, verdict: FAILED, diff: GAINS }));
    expect(view.result.current.words).toBe(FAILED);
    const said = view.result.current;
    view.rerender(parts({ main: RESULTS, verdict: '', diff: GAINS })); // expectations removed: nothing to say
    expect(view.result.current).toEqual(said);
    view.rerender(parts({ main: RESULTS, verdict: FAILED, diff: GAINS })); // back: said again, as a new node
    expect(view.result.current.words).toBe(FAILED);
    expect(view.result.current.key).toBeGreaterThan(said.key);
  });

  it('says the main words again at each press, with what else changed; not the verdict or diff while quiet', () => {
    const view = renderHook((p: StatusParts) => useOneStatus(p), { initialProps: parts({ main: RESULTS }) });
    view.rerender(parts({ main: RESULTS, press: 1 }));
    expect(view.result.current.words).toBe(RESULTS);
    const pressed = view.result.current.key;
    view.rerender(parts({ main: RESULTS, press: 2, verdict: HOLDS }));
    expect(view.result.current).toEqual({ words: `${RESULTS} ${HOLDS}`, key: pressed + 1 });
    // A loaded sample's sentence says the verdict and the diff itself.
    view.rerender(parts({ main: 'Loaded the sample “S”: 1 run and 1 skip; 1 expectation failed.', press: 2, verdict: FAILED, diff: GAINS, quiet: true }));
    expect(view.result.current.words).toBe('Loaded the sample “S”: 1 run and 1 skip; 1 expectation failed.');
    view.rerender(parts({ main: 'Loaded the sample “S”: 1 run and 1 skip; 1 expectation failed.', press: 2, verdict: FAILED, diff: GAINS }));
    expect(view.result.current.words).toBe('Loaded the sample “S”: 1 run and 1 skip; 1 expectation failed.');
  });

  it('says a note (what an Escape closed) at each new key, also the same words again', () => {
    const view = renderHook((p: StatusParts) => useOneStatus(p), { initialProps: parts({ main: RESULTS }) });
    view.rerender(parts({ main: RESULTS, note: { words: 'Closed the editor of event 2.', key: 1 } }));
    const closed = view.result.current;
    expect(closed.words).toBe('Closed the editor of event 2.');
    view.rerender(parts({ main: RESULTS, note: { words: 'Closed the editor of event 2.', key: 1 } }));
    expect(view.result.current).toEqual(closed);
    view.rerender(parts({ main: RESULTS, note: { words: 'Closed the editor of event 2.', key: 2 } }));
    expect(view.result.current.words).toBe('Closed the editor of event 2.');
    expect(view.result.current.key).toBeGreaterThan(closed.key);
  });
});
