import { describe, expect, it } from 'vitest';
import { Trigger, type TriggerType } from '../../domain';
import {
  DEFAULT_TRIGGER,
  describeTrigger,
  filterPickerOptions,
  PICKER_OPTIONS,
  summarizeTriggers,
  triggerAvailability,
  TRIGGERS,
} from './trigger-registry';
import { account, withAccount } from './test/account';

// One row per trigger type: the trigger and its sentence (the demo account's names).
const SUMMARIES: [Trigger, string][] = [
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
  [{ type: 'story_mention', channelIds: ['ch-ig'] }, 'When Instagram is mentioned in an Instagram story'],
  [
    { type: 'outgoing_message_seen', channelIds: ['ch-wa', 'ch-tg'], delayMinutes: 1440 },
    'When an outgoing message is seen in WhatsApp or Telegram, after one day',
  ],
  [{ type: 'conversation_closed', channelIds: [], delayMinutes: 90 }, 'After a conversation is closed in any channel, after 1 h 30 min'],
  [{ type: 'first_message_of_day', channelIds: [] }, 'When a lead starts chatting for the first time that day in any channel'],
];

describe('describeTrigger', () => {
  it.each(SUMMARIES)('says %j as "%s"', (trigger, words) => {
    expect(Trigger.parse(trigger)).toEqual(trigger); // the table only holds valid triggers
    expect(describeTrigger(trigger, account)).toBe(words);
  });

  it('covers every trigger type in the table above', () => {
    const covered = new Set(SUMMARIES.map(([t]) => t.type));
    expect([...covered].sort()).toEqual((Object.keys(TRIGGERS) as TriggerType[]).sort());
  });

  it('words the other recurring repetitions', () => {
    expect(describeTrigger({ type: 'recurring', every: 'day', time: '08:30' }, account)).toBe('Daily at 08:30');
    expect(describeTrigger({ type: 'recurring', every: 'week', time: '10:00', weekday: 7 }, account)).toBe('Weekly on Sunday at 10:00');
    expect(describeTrigger({ type: 'recurring', every: 'year', time: '09:00', dayOfMonth: 29, month: 2 }, account)).toBe(
      'Yearly on 29 February at 09:00',
    );
  });

  it('names half-edited and unknown parts instead of failing', () => {
    expect(describeTrigger({ type: 'lead_moved_to_stage', stageIds: [], delayMinutes: 0 }, account)).toBe(
      'When a lead is moved to a stage (none chosen yet), immediately',
    );
    expect(describeTrigger({ type: 'tag_added', entity: 'lead', tagId: 'gone' }, account)).toBe('When a user adds the tag (no tag chosen) to a lead');
    expect(describeTrigger({ type: 'on_date', at: '' }, account)).toBe('On a date not set yet');
  });

  it('adds the pipeline to stage names when the account has several pipelines', () => {
    const two = withAccount({
      pipelines: [...account.pipelines, { id: 'p-2', name: 'Partners', stages: [{ id: 's-p-new', name: 'New' }] }],
    });
    expect(describeTrigger({ type: 'lead_moved_to_stage', stageIds: ['s-p-new'], delayMinutes: 5 }, two)).toBe(
      'When a lead is moved to New (Partners), after 5 min',
    );
  });
});

describe('summarizeTriggers', () => {
  it('folds triggers past twenty into +N', () => {
    const triggers = Array.from({ length: 23 }, () => DEFAULT_TRIGGER);
    const summary = summarizeTriggers(triggers, account);
    expect(summary.lines).toHaveLength(20);
    expect(summary.more).toBe(3);
  });
  it('shows every trigger when there are twenty or fewer', () => {
    expect(summarizeTriggers([DEFAULT_TRIGGER, { type: 'call_received' }], account)).toEqual({
      lines: ['When a conversation is started by an incoming message in any channel', 'When a call is received'],
      more: 0,
    });
  });
});

describe('availability', () => {
  it('offers tag and field triggers on the Enterprise plan only, with the reason', () => {
    for (const plan of ['base', 'advanced'] as const) {
      const a = withAccount({ plan });
      for (const type of ['tag_added', 'tag_removed', 'field_updated'] as const) {
        const availability = triggerAvailability(type, a);
        expect(availability.available).toBe(false);
        expect(availability.available === false && availability.reason).toMatch(/Enterprise plan/);
      }
    }
    expect(triggerAvailability('tag_added', account).available).toBe(true);
  });

  it('disables the email trigger when no mailbox is connected, and explains it', () => {
    const availability = triggerAvailability('email_received', withAccount({ inboxes: [] }));
    expect(availability).toEqual({ available: false, reason: expect.stringMatching(/Connect a mailbox/) });
  });

  it('disables tag triggers when no entity has tags', () => {
    expect(triggerAvailability('tag_added', withAccount({ tags: [] })).available).toBe(false);
  });

  it('disables the field trigger when only Name and Budget exist', () => {
    const a = withAccount({ fields: account.fields.filter((f) => f.builtin) });
    expect(triggerAvailability('field_updated', a).available).toBe(false);
  });
});

describe('defaults', () => {
  it('creates a valid trigger for every picker option on the demo account', () => {
    for (const option of PICKER_OPTIONS) {
      const created = option.create(account);
      // on_date and website_visited start blank on purpose: the person types the date or the address.
      if (option.type === 'on_date' || option.type === 'website_visited') continue;
      expect(Trigger.safeParse(created).success, option.id).toBe(true);
    }
  });

  it('never offers the built-in Name or Budget field to a new field trigger', () => {
    const onlyBuiltinFirst = withAccount({ fields: [...account.fields].sort((a) => (a.builtin ? -1 : 1)) });
    const created = TRIGGERS.field_updated.create(onlyBuiltinFirst);
    expect(['f-name', 'f-budget']).not.toContain(created.fieldId);
  });

  it('starts a tag trigger on an entity that has tags', () => {
    const contactsOnly = withAccount({ tags: [{ id: 't-x', name: 'X', entity: 'contact' }] });
    expect(TRIGGERS.tag_added.create(contactsOnly)).toEqual({ type: 'tag_added', entity: 'contact', tagId: 't-x' });
  });
});

describe('filterPickerOptions', () => {
  it('matches every typed word against labels, keywords and groups', () => {
    expect(filterPickerOptions('stage moved').map((o) => o.id)).toEqual(['moved', 'moved-or-created']);
    expect(filterPickerOptions('weekly').map((o) => o.id)).toEqual(['weekly']);
    expect(filterPickerOptions('BEHAVIOUR').map((o) => o.type)).toEqual(['form_submitted', 'email_received', 'call_received', 'website_visited']);
  });
  it('offers everything for an empty query and nothing for nonsense', () => {
    expect(filterPickerOptions('  ')).toHaveLength(PICKER_OPTIONS.length);
    expect(filterPickerOptions('zzz')).toEqual([]);
  });
});
