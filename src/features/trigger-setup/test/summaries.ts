// Test-only: one row per trigger type, the trigger and its sentence with the demo account's names.
import type { Trigger } from '../../../domain';
import { DEFAULT_TRIGGER } from '../trigger-registry';

export const SUMMARIES: [Trigger, string][] = [
  [{ type: 'lead_created_in_stage', stageIds: ['s-incoming'], delayMinutes: 0 }, 'When a lead is created in Incoming leads, immediately'],
  [{ type: 'lead_moved_to_stage', stageIds: ['s-qualified'], delayMinutes: 10 }, 'When a lead is moved to Qualified, after 10 min'],
  [
    { type: 'lead_moved_or_created_in_stage', stageIds: ['s-discussions', 's-won'], delayMinutes: 1440, applyToExisting: true },
    'When a lead is moved to or created in Discussions or Won, after one day (also for leads already there)',
  ],
  [{ type: 'responsible_user_changed' }, 'When the responsible user is changed'],
  [{ type: 'tag_added', entity: 'lead', tagId: 't-vip' }, 'When a user adds the tag VIP to a lead'],
  [{ type: 'tag_removed', entity: 'contact', tagId: 't-partner' }, 'When a user removes the tag Partner from a contact'],
  [{ type: 'field_updated', entity: 'lead', fieldId: 'f-location' }, 'When the lead field Location is updated'],
  [{ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 2, direction: 'before' }, '2 hours before Meeting Time'],
  [{ type: 'on_date', at: '2026-12-31T09:00' }, 'On 31 December 2026 at 09:00'],
  [{ type: 'recurring', every: 'month', time: '10:00', dayOfMonth: 1 }, 'Monthly on day 1 at 10:00'],
  [{ type: 'form_submitted', formIds: [] }, 'When any form is submitted'],
  [{ type: 'email_received', inboxIds: ['in-sales'] }, 'When an email is received in sales@example.com'],
  [{ type: 'call_received' }, 'When a call is received'],
  [{ type: 'website_visited', url: 'https://example.com/pricing', delayMinutes: 5 }, 'When https://example.com/pricing is visited, after 5 min'],
  [DEFAULT_TRIGGER, 'When a conversation is started by an incoming message in any channel'],
  [
    { type: 'message', direction: 'incoming', channelIds: ['ch-wa'], cooldownMinutes: 10 },
    'On an incoming message in WhatsApp, at most once every 10 min',
  ],
  [{ type: 'story_mention', channelIds: ['ch-ig'] }, 'When a lead mentions you in an Instagram story on Instagram'],
  [{ type: 'story_mention', channelIds: [] }, 'When a lead mentions you in an Instagram story on any Instagram account'],
  [
    { type: 'outgoing_message_seen', channelIds: ['ch-wa', 'ch-tg'], delayMinutes: 1440 },
    'When an outgoing message is seen in WhatsApp or Telegram, after one day',
  ],
  [{ type: 'conversation_closed', channelIds: [], delayMinutes: 90 }, 'After a conversation is closed in any channel, after 1 h 30 min'],
  [{ type: 'first_message_of_day', channelIds: [] }, 'When a lead starts chatting for the first time that day in any channel'],
];

