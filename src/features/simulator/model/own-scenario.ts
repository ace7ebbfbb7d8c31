// Whether the simulator holds a scenario of the admin's own, which loading a sample would replace:
// events, leads or expectations that are not a sample's, untouched.
import { count } from '../../../lib/count';
import { SAMPLES, loadSample } from '../samples';
import { workbenchFromScenario } from './build-scenario';
import type { Workbench } from './types';
import { behaviourOf, type Bot } from '../../../domain';
import { canonical } from '../../../lib/canonical-json';

const scenarioPart = (w: Workbench) => canonical({ leads: w.leads, events: w.events, expect: w.expect ?? null, start: w.start ?? null, until: w.until ?? null });

/** Every sample as loaded, untouched: its scenario part and its bot's behaviour (made on first use). */
let samples: { parts: Set<string>; bots: Set<string> } | null = null;
function untouchedSamples(): { parts: Set<string>; bots: Set<string> } {
  if (samples === null) {
    samples = { parts: new Set(), bots: new Set() };
    for (const sample of SAMPLES) {
      const loaded = loadSample(sample);
      if (!loaded.ok) continue;
      const { workbench, apply } = workbenchFromScenario(loaded.value, null);
      samples.parts.add(scenarioPart(workbench));
      if (apply) samples.bots.add(behaviourKey(apply));
    }
  }
  return samples;
}

const isUntouchedSample = (w: Workbench): boolean => untouchedSamples().parts.has(scenarioPart(w));

/** "your 5 events and 2 leads", or null when the workbench is empty or an untouched sample. */
export function ownScenarioWords(w: Workbench): string | null {
  const events = w.events.length + (w.bulk?.events ?? 0);
  const leads = w.leads.length + (w.bulk?.leads ?? 0);
  if (events === 0 && leads === 0 && !w.expect) return null;
  if (!w.bulk && isUntouchedSample(w)) return null;
  const parts = [events > 0 ? count(events, 'event') : '', leads > 0 ? count(leads, 'lead') : '', w.expect ? 'expectations' : ''].filter(Boolean);
  const list = parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : parts[0];
  return `your ${list}`;
}

/** What decides when a bot runs (not its name or id), keys sorted: equal for a bot and the draft it was applied to. */
export function behaviourKey(bot: Bot): string {
  return canonical(behaviourOf(bot));
}

/** Whether a bot's behaviour is exactly one of the samples' bots' (applied, untouched). */
const isSampleBot = (key: string): boolean => untouchedSamples().bots.has(key);

/**
 * What loading a sample would replace: the admin's own events, leads or expectations (words, or
 * null), and whether the draft bot holds a setup of the admin's own (`bot`). The draft's setup is
 * the admin's when it is the saved bot's, or changed from the saved bot's or a new bot's defaults
 * into something that is not a sample's bot, untouched. Nothing of the bot is lost when it is
 * already the incoming sample's. null when there is nothing of the admin's to replace.
 */
export function sampleReplaces(
  w: Workbench,
  draft: { bot: Bot | null; saved: Bot | null; changed: boolean },
  incoming: Bot | null,
): { what: string | null; bot: boolean } | null {
  const what = ownScenarioWords(w);
  const key = draft.bot !== null ? behaviourKey(draft.bot) : null;
  let bot: boolean;
  if (key !== null && incoming !== null && key === behaviourKey(incoming)) bot = false;
  else if (key !== null && draft.saved !== null && key === behaviourKey(draft.saved)) bot = true;
  else if (key !== null && isSampleBot(key)) bot = false;
  else bot = draft.saved !== null || draft.changed;
  return what === null && !bot ? null : { what, bot };
}
