import { describe, expect, it } from 'vitest';
import { Account } from '../../../domain';
import demoAccount from '../../../../mocks/fixtures/demo-account.json';
import { defaultEvent } from './event-defaults';

const account = Account.parse(demoAccount);
const AT = '2026-06-01T13:00:00Z';

describe('defaultEvent', () => {
  it('starts a story mention on the Instagram account, and other channel events on the first channel', () => {
    expect(defaultEvent('story_mention', AT, 'l1', account)).toEqual({ at: AT, type: 'story_mention', channelId: 'ch-ig', leadId: 'l1' });
    expect(defaultEvent('message_seen', AT, 'l1', account)).toEqual({ at: AT, type: 'message_seen', channelId: 'ch-wa', leadId: 'l1' });
    const noInstagram = { ...account, channels: account.channels.filter((c) => c.kind !== 'instagram') };
    expect(defaultEvent('story_mention', AT, 'l1', noInstagram)).toMatchObject({ channelId: 'ch-wa' });
  });
});
