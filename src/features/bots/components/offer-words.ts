// The words of the unsaved work the list offers back, told apart. Three new bots left as "Broken bot"
// were three identical notes, each with a "Continue it here" and a "Discard" that said nothing of
// which: each note now says when its draft was last changed (in the account's time zone), to the
// second where two share the minute, and notes still alike are numbered.
import { useEffect, useState } from 'react';
import { retryableImport } from '../../../lib/retryable-import';

/** An offer: its words, and when what it offers was last changed (an ISO instant; '' or none: not known). */
export type OfferText = { key: string; text: string; savedAt?: string };

/** A local date and time in the account's zone: "Mon 1 Jun 2026, 09:41 EDT" (`seconds`: "09:41:30" when off the minute). */
export type FormatAt = (ms: number, seconds: boolean) => string;

/** Each offer's words by its key, told apart from the others' where they would be the same. */
export function offerWords(offers: readonly OfferText[], formatAt: FormatAt | null): Map<string, string> {
  const withTime = (offer: OfferText, seconds: boolean) => {
    const ms = offer.savedAt ? Date.parse(offer.savedAt) : NaN;
    return formatAt && Number.isFinite(ms) ? `${offer.text} Last changed ${formatAt(ms, seconds)}.` : offer.text;
  };
  const counted = (words: readonly string[]) => {
    const count = new Map<string, number>();
    for (const w of words) count.set(w, (count.get(w) ?? 0) + 1);
    return count;
  };
  const byMinute = offers.map((o) => withTime(o, false));
  const minuteCount = counted(byMinute);
  const bySecond = offers.map((o, i) => (minuteCount.get(byMinute[i]!)! > 1 ? withTime(o, true) : byMinute[i]!));
  // Still alike (the same second, no time known): numbered in the order they are shown.
  const total = counted(bySecond);
  const seen = new Map<string, number>();
  return new Map(
    offers.map((o, i) => {
      const words = bySecond[i]!;
      const of = total.get(words)!;
      if (of === 1) return [o.key, words];
      const n = (seen.get(words) ?? 0) + 1;
      seen.set(words, n);
      return [o.key, `${words} Number ${n} of ${of} alike.`];
    }),
  );
}

type FormatLocal = (ms: number, tz: string, seconds?: boolean) => string;

// The engine's time formatting (the zone rules with it) stays out of the initial page: it loads only
// when an offer has a time to say, which is seldom (the dialog's chunk shares it).
const timeCode = retryableImport(() => import('../../../engine/time/format'));
/** Once loaded, at hand at once for every list rendered later (no moment without the offers). */
let loadedFormat: FormatLocal | undefined;

/**
 * The engine's `formatLocal`, loaded when `wanted`: 'loading' until it has come, null when it did
 * not come (the offers then go without their times rather than wait).
 */
export function useFormatLocal(wanted: boolean): FormatLocal | null | 'loading' {
  const [state, setState] = useState<{ format: FormatLocal | null } | null>(() => (loadedFormat ? { format: loadedFormat } : null));
  useEffect(() => {
    if (!wanted || state !== null) return;
    let current = true;
    timeCode.load().then(
      (m) => {
        loadedFormat = m.formatLocal;
        if (current) setState({ format: m.formatLocal });
      },
      () => {
        if (current) setState({ format: null });
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, state]);
  return state === null ? 'loading' : state.format;
}
