// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ChannelsOnlyEditor, DelayedChannelsEditor } from './conversational-editors';
import { account, withAccount } from '../test/account';

const NOW = Date.parse('2026-06-01T12:00:00Z');
const offered = () =>
  within(screen.getByRole('group', { name: 'Channels' }))
    .queryAllByRole('checkbox')
    .map((c) => c.closest('label')?.textContent);

describe('ChannelsField', () => {
  it('offers only Instagram accounts for story mentions, and every channel for the first message of the day', () => {
    const noop = () => {};
    const { unmount } = render(<ChannelsOnlyEditor account={account} trigger={{ type: 'story_mention', channelIds: [] }} onChange={noop} errors={[]} now={NOW} />);
    expect(offered()).toEqual(['Instagram']);
    expect(screen.getByText('Story mentions arrive through Instagram accounts only. Leave all unchecked for any Instagram account.')).toBeInTheDocument();
    unmount();
    render(<ChannelsOnlyEditor account={account} trigger={{ type: 'first_message_of_day', channelIds: [] }} onChange={noop} errors={[]} now={NOW} />);
    expect(offered()).toEqual(['WhatsApp', 'Facebook Messenger', 'Instagram', 'Telegram']);
  });

  it('keeps another kind of channel a saved story trigger lists, ticked and explained, so it can be unticked', () => {
    render(<ChannelsOnlyEditor account={account} trigger={{ type: 'story_mention', channelIds: ['ch-wa'] }} onChange={() => {}} errors={[]} now={NOW} />);
    expect(offered()).toEqual(['WhatsApp (not an Instagram account: no story mentions arrive there)', 'Instagram']);
    expect(screen.getByRole('checkbox', { name: /WhatsApp/ })).toBeChecked();
  });

  it('says so when the account has no Instagram account', () => {
    const noInstagram = withAccount({ channels: account.channels.filter((c) => c.kind !== 'instagram') });
    render(<ChannelsOnlyEditor account={noInstagram} trigger={{ type: 'story_mention', channelIds: [] }} onChange={() => {}} errors={[]} now={NOW} />);
    expect(offered()).toEqual([]);
    expect(screen.getByText('The account has no Instagram account connected, so no story mention can arrive yet.')).toBeInTheDocument();
  });
});

describe('DelayedChannelsEditor', () => {
  it('says that a seen message starts the bot even after a reply, and only for the seen trigger', () => {
    const NOTE = 'The delay starts after each seen message, even if the lead has replied in the meantime: there is no check for a reply and no cooldown.';
    const { unmount } = render(
      <DelayedChannelsEditor account={account} trigger={{ type: 'outgoing_message_seen', channelIds: [], delayMinutes: 1440 }} onChange={() => {}} errors={[]} now={NOW} />,
    );
    expect(screen.getByText(NOTE)).toBeInTheDocument();
    unmount();
    render(<DelayedChannelsEditor account={account} trigger={{ type: 'conversation_closed', channelIds: [], delayMinutes: 0 }} onChange={() => {}} errors={[]} now={NOW} />);
    expect(screen.queryByText(NOTE)).toBeNull();
  });
});
