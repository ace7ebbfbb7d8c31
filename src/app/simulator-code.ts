// The simulator's code, loaded on demand, through one loader for the whole app: the panel, and the
// scenario hand-overs of the list's drafts and of a new bot's first save. A chunk that failed once is
// asked for again under a new URL (see retryableImport), and only this loader knows the module it
// then gave: another import() of the chunk would fail again for the page's life.
import { retryableImport } from '../lib/retryable-import';

export const simulatorCode = retryableImport(() => import('../features/simulator'));
