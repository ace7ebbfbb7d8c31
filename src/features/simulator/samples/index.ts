// The built-in sample scenarios: seven public ones (imported, not copied) and two of our own.
// Each is validated with the domain's validateScenario when it is loaded, never trusted as typed.
import welcome from '../../../../mocks/fixtures/scenarios/welcome-on-created.json';
import qualified from '../../../../mocks/fixtures/scenarios/qualified-follow-up-after-10-min.json';
import discount from '../../../../mocks/fixtures/scenarios/won-discount-price-range.json';
import reminder from '../../../../mocks/fixtures/scenarios/meeting-reminder-2h-before.json';
import whatsapp from '../../../../mocks/fixtures/scenarios/whatsapp-reply-cooldown.json';
import vip from '../../../../mocks/fixtures/scenarios/vip-tag-added-by-hand.json';
import hours from '../../../../mocks/fixtures/scenarios/business-hours-first-message.json';
import story from './story-mention-thanks.json';
import seen from './follow-up-24h-after-seen.json';
import { validateScenario, type Scenario, type Validated } from '../../../domain';

export type SampleId =
  | 'welcome'
  | 'qualified-follow-up'
  | 'won-discount'
  | 'meeting-reminder'
  | 'whatsapp-cooldown'
  | 'vip-tag'
  | 'business-hours'
  | 'story-mention'
  | 'seen-follow-up';

export type Sample = { id: SampleId; label: string; raw: unknown };

/** In the order the seed article tells them. */
export const SAMPLES: readonly Sample[] = [
  { id: 'welcome', label: 'Welcome on creation', raw: welcome },
  { id: 'qualified-follow-up', label: 'Follow-up 10 minutes after Qualified', raw: qualified },
  { id: 'won-discount', label: 'Won discount for $10,000–$100,000', raw: discount },
  { id: 'meeting-reminder', label: 'Meeting reminder 2 hours before', raw: reminder },
  { id: 'whatsapp-cooldown', label: 'WhatsApp replies, 10-minute cooldown', raw: whatsapp },
  { id: 'vip-tag', label: 'VIP tag: by hand versus automation', raw: vip },
  { id: 'business-hours', label: 'Business-hours notice', raw: hours },
  { id: 'story-mention', label: 'Story mention thanks', raw: story },
  { id: 'seen-follow-up', label: 'Follow-up 24 hours after seen', raw: seen },
];

/** " (R15, R16)": the contract's rule numbers, which the public scenarios cite and admins never see. */
const RULE_CODES = /\s*\(R\d+(?:,\s*R\d+)*\)/g;

/** A description as an admin reads it: without the contract's rule numbers (shown so; a file keeps its own words). */
export const withoutRuleCodesText = (text: string): string => text.replace(RULE_CODES, '');

/** The scenario with its description read without the contract's rule numbers: for samples. */
export function withoutRuleCodes(s: Scenario): Scenario {
  return s.description === undefined ? s : { ...s, description: withoutRuleCodesText(s.description) };
}

export function loadSample(sample: Sample): Validated<Scenario> {
  const loaded = validateScenario(sample.raw);
  return loaded.ok ? { ok: true, value: withoutRuleCodes(loaded.value) } : loaded;
}
