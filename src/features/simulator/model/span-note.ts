import { count } from '../../../lib/count';

/**
 * What Start and Until leave out of the replay, in words (null when every event is inside): events
 * before Start set up the leads but start nothing (SPEC: they fire nothing); after Until, none counts.
 */
export function spanNote(events: readonly { at: string }[], start: string | undefined, until: string | undefined): string | null {
  const from = start === undefined ? Number.NaN : Date.parse(start);
  const to = until === undefined ? Number.NaN : Date.parse(until);
  if (events.length === 0 || (Number.isNaN(from) && Number.isNaN(to)) || from > to) return null;
  let before = 0;
  let after = 0;
  for (const e of events) {
    const t = Date.parse(e.at);
    if (t < from) before++;
    else if (t > to) after++;
  }
  if (before + after === 0) return null;
  const parts = [
    before > 0 ? `${count(before, 'event')} before Start only ${before === 1 ? 'sets up the leads and starts' : 'set up the leads and start'} nothing` : '',
    after > 0 ? `${count(after, 'event')} after Until ${after === 1 ? 'is' : 'are'} not replayed` : '',
  ].filter((p) => p !== '');
  const none = before + after === events.length ? ' No event of the list falls between Start and Until.' : '';
  return `${parts.join('; ')}.${none}`;
}
