// The demo switches of the mocked API (no React here: the mocks import this file too).
import * as z from 'zod';
import { Plan } from '../domain';

export const LATENCIES = ['none', 'realistic', 'slow'] as const;
export const Latency = z.enum(LATENCIES, { error: 'The latency is none, realistic or slow.' });
export type Latency = z.infer<typeof Latency>;

export const SAVE_FAILURES = ['none', '500', 'network', '409'] as const;
export const SaveFailure = z.enum(SAVE_FAILURES, { error: 'The next save failure is none, 500, network or 409.' });
export type SaveFailure = z.infer<typeof SaveFailure>;

export const DemoSettings = z.strictObject({
  /** Delay of every API answer: none, 200–800 ms, or 3 s. */
  latency: Latency,
  /** How the next save (POST, PUT or DELETE) fails; it is used up by that save. */
  failNextSave: SaveFailure,
  /** The plan GET /api/account reports, so that plan gating can be shown. */
  plan: Plan,
});
export type DemoSettings = z.infer<typeof DemoSettings>;

/** A change to some of the switches (the body of PUT /api/demo/settings). */
export const DemoSettingsPatch = DemoSettings.partial();
export type DemoSettingsPatch = z.infer<typeof DemoSettingsPatch>;
