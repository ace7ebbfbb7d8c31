import { describe, expect, it } from 'vitest';
import { triggerClause, triggerSentence, type TriggerNames } from './trigger-words';

const names: TriggerNames = { stage: (id) => id, tag: (id) => id, field: (id) => id, form: (id) => id, inbox: (id) => id, channel: (id) => id };

describe('triggerClause: the summary without its opening “When”', () => {
  it('capitalises what follows, and leaves sentences that do not open with “When” as they are', () => {
    expect(triggerSentence({ type: 'tag_added', entity: 'lead', tagId: 'VIP' }, names)).toBe('When a user adds the tag VIP to a lead');
    expect(triggerClause({ type: 'tag_added', entity: 'lead', tagId: 'VIP' }, names)).toBe('A user adds the tag VIP to a lead');
    expect(triggerClause({ type: 'form_submitted', formIds: [] }, names)).toBe('Any form is submitted');
    expect(triggerClause({ type: 'conversation_closed', channelIds: [], delayMinutes: 0 }, names)).toBe('After a conversation is closed in any channel, immediately');
    expect(triggerClause({ type: 'recurring', every: 'day', time: '10:00' }, names)).toBe('Daily at 10:00');
  });

  it('never capitalises a typed address, but does the words that stand for a missing one', () => {
    expect(triggerClause({ type: 'website_visited', url: 'https://x.test/a', delayMinutes: 5 }, names)).toBe('https://x.test/a is visited, after 5 min');
    expect(triggerClause({ type: 'website_visited', url: 'https://', delayMinutes: 0 }, names)).toBe('A page (no address yet) is visited, immediately');
  });
});
