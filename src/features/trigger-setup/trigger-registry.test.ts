import { describe, expect, it } from 'vitest';
import { Trigger, type TriggerType } from '../../domain';
import {
  DEFAULT_TRIGGER,
  describeTrigger,
  PICKER_OPTIONS,
  SEARCH_SUGGESTIONS,
  searchPickerOptions,
  summarizeTriggers,
  triggerAvailability,
  TRIGGERS,
} from './trigger-registry';
import { account, withAccount } from './test/account';
import { SUMMARIES } from './test/summaries';

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

  it('shortens a very long address in the summary, keeping its start', () => {
    const url = `https://example.com/${'a'.repeat(500)}`;
    const words = describeTrigger({ type: 'website_visited', url, delayMinutes: 0 }, account);
    expect(words).toBe(`When ${url.slice(0, 119)}… is visited, immediately`);
  });

  it('names half-edited and unknown parts instead of failing', () => {
    expect(describeTrigger({ type: 'lead_moved_to_stage', stageIds: [], delayMinutes: 0 }, account)).toBe(
      'When a lead is moved to a stage (none chosen yet), immediately',
    );
    expect(describeTrigger({ type: 'tag_added', entity: 'lead', tagId: 'gone' }, account)).toBe('When a user adds the tag (no tag chosen) to a lead');
    expect(describeTrigger({ type: 'on_date', at: '' }, account)).toBe('On a date not set yet');
    // The time boxes are text: what they hold is said only once it is a time.
    expect(describeTrigger({ type: 'on_date', at: '2027-02-15T25:00' }, account)).toBe('On a date and time to fix');
    expect(describeTrigger({ type: 'on_date', at: '2027-02-30T09:00' }, account)).toBe('On a date and time to fix');
    expect(describeTrigger({ type: 'on_date', at: '2027-02-15T' }, account)).toBe('On a date and time to fix');
    expect(describeTrigger({ type: 'recurring', every: 'day', time: '25:00' }, account)).toBe('Daily at a time to fix');
    expect(describeTrigger({ type: 'recurring', every: 'day', time: 'abc' }, account)).toBe('Daily at a time to fix');
    expect(describeTrigger({ type: 'recurring', every: 'day', time: ' ' }, account)).toBe('Daily at (no time set)');
  });

  it('does not state out-of-range delays, cooldowns and hours as if they were valid', () => {
    const say = (t: unknown) => describeTrigger(t as Trigger, account);
    expect(say({ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: -1, direction: 'before' })).toBe('An hours value to fix before Meeting Time');
    expect(say({ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 1000, direction: 'after' })).toBe('An hours value to fix after Meeting Time');
    expect(say({ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 1.5, direction: 'after' })).toBe('An hours value to fix after Meeting Time');
    // The limits themselves are fine.
    expect(say({ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 720, direction: 'after' })).toBe('720 hours after Meeting Time');
    expect(say({ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 0, direction: 'after' })).toBe('0 hours after Meeting Time');
    expect(say({ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: Number.NaN, direction: 'after' })).toBe('Some hours after Meeting Time');

    expect(say({ type: 'message', direction: 'incoming', channelIds: ['ch-wa'], cooldownMinutes: 0 })).toBe('On an incoming message in WhatsApp, with a cooldown to fix');
    expect(say({ type: 'message', direction: 'incoming', channelIds: ['ch-wa'], cooldownMinutes: 43201 })).toBe('On an incoming message in WhatsApp, with a cooldown to fix');
    expect(say({ type: 'message', direction: 'incoming', channelIds: ['ch-wa'], cooldownMinutes: Number.NaN })).toBe('On an incoming message in WhatsApp, with an unset cooldown');
    expect(say({ type: 'message', direction: 'incoming', channelIds: ['ch-wa'], cooldownMinutes: 1 })).toBe('On an incoming message in WhatsApp, at most once every 1 min');

    // 30 days 1 h, and a negative delay, in each trigger that has a delay.
    expect(say({ type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 43260 })).toBe('When a lead is moved to Won, after a delay to fix');
    expect(say({ type: 'lead_created_in_stage', stageIds: ['s-won'], delayMinutes: -5, applyToExisting: true })).toBe(
      'When a lead is created in Won, after a delay to fix (also for leads already there)',
    );
    expect(say({ type: 'website_visited', url: 'https://example.com/a', delayMinutes: 60000 })).toBe('When https://example.com/a is visited, after a delay to fix');
    expect(say({ type: 'outgoing_message_seen', channelIds: [], delayMinutes: -1 })).toBe('When an outgoing message is seen in any channel, after a delay to fix');
    expect(say({ type: 'conversation_closed', channelIds: [], delayMinutes: 43260 })).toBe('After a conversation is closed in any channel, after a delay to fix');
    expect(say({ type: 'conversation_closed', channelIds: [], delayMinutes: 43200 })).toBe('After a conversation is closed in any channel, after 30 days');
    expect(say({ type: 'conversation_closed', channelIds: [], delayMinutes: Number.NaN })).toBe('After a conversation is closed in any channel, after an unset time');
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
      // on_date, website_visited and lead_moved_to_stage start blank on purpose: the person types the
      // date or the address, or ticks the stage.
      if (option.type === 'on_date' || option.type === 'website_visited' || option.type === 'lead_moved_to_stage') continue;
      expect(Trigger.safeParse(created).success, option.id).toBe(true);
    }
  });

  it('ticks the first stage for "created in" and "moved to or created in", and no stage for "moved to"', () => {
    expect(TRIGGERS.lead_created_in_stage.create(account)).toMatchObject({ stageIds: ['s-incoming'] });
    expect(TRIGGERS.lead_moved_or_created_in_stage.create(account)).toMatchObject({ stageIds: ['s-incoming'] });
    expect(TRIGGERS.lead_moved_to_stage.create(account)).toMatchObject({ stageIds: [] });
  });

  it('starts "Hours before or after a date field" at 1 hour before, not the article\'s 0 (decisions: Defaults of new triggers)', () => {
    // With 0 hours, a date set when its moment has just passed is skipped (SPEC R10: any lateness is
    // window_passed); 1 hour still runs up to 30 min late.
    expect(TRIGGERS.relative_to_date_field.create(account)).toMatchObject({ hours: 1, direction: 'before' });
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

describe('searchPickerOptions: the triggers by their own words', () => {
  // The options of the rows found on the demo account (its names add no row to these searches).
  const filterPickerOptions = (query: string) => searchPickerOptions(query, account).map((m) => m.option);
  it('matches every typed word against labels, keywords and groups', () => {
    expect(filterPickerOptions('stage moved').map((o) => o.id)).toEqual(['moved', 'moved-or-created']);
    expect(filterPickerOptions('weekly').map((o) => o.id)).toEqual(['weekly']);
    expect(filterPickerOptions('BEHAVIOUR').map((o) => o.type)).toEqual(['form_submitted', 'email_received', 'call_received', 'website_visited']);
  });
  it('matches typed words at the start of words: "tag" finds the tag triggers, not every stage', () => {
    expect(filterPickerOptions('tag').map((o) => o.id)).toEqual(['tag-added', 'tag-removed']);
    expect(filterPickerOptions('e-mail').map((o) => o.id)).toEqual(['email']);
  });
  it("finds triggers by the help article's words", () => {
    expect(filterPickerOptions('behavior').map((o) => o.type)).toEqual(['form_submitted', 'email_received', 'call_received', 'website_visited']);
    expect(filterPickerOptions('immediately').map((o) => o.id)).toEqual(['created', 'moved', 'moved-or-created', 'website', 'seen', 'closed']);
    expect(filterPickerOptions('launch cooldown').map((o) => o.id)).toEqual(['message-incoming', 'message-outgoing']);
    expect(filterPickerOptions('24 h').map((o) => o.id)).toContain('seen');
    expect(filterPickerOptions('interval').map((o) => o.id)).toContain('message-incoming');
  });
  it('finds triggers by the words admins use for them: birthday, anniversary, now, deal, status', () => {
    expect(filterPickerOptions('birthday').map((o) => o.id)).toEqual(['relative-date', 'yearly']);
    expect(filterPickerOptions('anniversary').map((o) => o.id)).toEqual(['relative-date', 'yearly']);
    // The article's "Immediately" delay, in the word an admin types.
    expect(filterPickerOptions('now').map((o) => o.id)).toEqual(filterPickerOptions('immediately').map((o) => o.id));
    expect(filterPickerOptions('deal').map((o) => o.id)).toEqual(['created', 'moved', 'moved-or-created', 'responsible']);
    expect(filterPickerOptions('status').map((o) => o.id)).toEqual(['created', 'moved', 'moved-or-created']);
    expect(filterPickerOptions('deal status moved').map((o) => o.id)).toEqual(['moved', 'moved-or-created']);
  });
  it('suggests only words that find triggers, on an account with no names to match', () => {
    const bare = withAccount({ tags: [], fields: [], forms: [], inboxes: [], channels: [] });
    for (const word of SEARCH_SUGGESTIONS) expect(searchPickerOptions(word, bare).length, word).toBeGreaterThan(0);
  });
  it('offers everything for an empty query and nothing for nonsense', () => {
    expect(filterPickerOptions('  ')).toHaveLength(PICKER_OPTIONS.length);
    expect(filterPickerOptions('zzz')).toEqual([]);
  });
});

describe('searchPickerOptions', () => {
  const rows = (query: string, acc = account) => searchPickerOptions(query, acc).map((m) => (m.preset ? `${m.option.id}: ${m.preset.what} ${m.preset.name}` : m.option.id));
  const picked = (query: string, row: number, acc = account) => {
    const m = searchPickerOptions(query, acc)[row]!;
    const created = m.option.create(acc);
    return m.preset ? m.preset.apply(created) : created;
  };

  it('finds the stage triggers by a stage name, with that stage chosen', () => {
    expect(rows('won')).toEqual(['created: Stage Won', 'moved: Stage Won', 'moved-or-created: Stage Won']);
    expect(picked('won', 1)).toEqual({ type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 0 });
  });

  it('names the pipeline when the account has several, and finds a stage by it', () => {
    const two = withAccount({
      pipelines: [...account.pipelines, { id: 'p-partners', name: 'Partners', stages: [{ id: 'st-pw', name: 'Won' }] }],
    });
    expect(rows('moved won', two)).toEqual([
      'moved: Stage Won (Sales)',
      'moved: Stage Won (Partners)',
      'moved-or-created: Stage Won (Sales)',
      'moved-or-created: Stage Won (Partners)',
    ]);
    expect(rows('moved won partners', two)).toEqual(['moved: Stage Won (Partners)', 'moved-or-created: Stage Won (Partners)']);
    expect(picked('moved won partners', 0, two)).toMatchObject({ stageIds: ['st-pw'] });
  });

  it('finds tag, field, form, inbox and channel triggers by the account\'s names, each with it chosen', () => {
    expect(rows('vip')).toEqual(['tag-added: Tag VIP', 'tag-removed: Tag VIP']);
    expect(picked('removed vip', 0)).toEqual({ type: 'tag_removed', entity: 'lead', tagId: 't-vip' });
    // Date fields of leads only for "hours before or after"; any custom field for "updated".
    expect(rows('renewal')).toEqual(['field-updated: Field Renewal date', 'relative-date: Field Renewal date']);
    expect(rows('phone')).toEqual(['field-updated: Field Phone (contact)', 'call']);
    expect(picked('updated phone', 0)).toEqual({ type: 'field_updated', entity: 'contact', fieldId: 'f-phone' });
    expect(rows('demo')).toEqual(['form: Form Book a demo']);
    expect(picked('demo', 0)).toEqual({ type: 'form_submitted', formIds: ['form-demo'] });
    expect(rows('sales@')).toContain('email: Inbox sales@example.com');
    expect(picked('closed whatsapp', 0)).toMatchObject({ type: 'conversation_closed', channelIds: ['ch-wa'] });
  });

  it("tells a lead's tag from a contact's of the same name", () => {
    const both = withAccount({ tags: [...account.tags, { id: 't-vip-contact', name: 'VIP', entity: 'contact' }] });
    expect(rows('adds vip', both)).toEqual(['tag-added: Tag VIP', 'tag-added: Tag VIP (contact)']);
  });

  it('offers story mentions for Instagram accounts only', () => {
    expect(rows('story telegram')).toEqual([]);
    expect(rows('story instagram')).toEqual(['story']);
    expect(rows('mention insta')).toEqual(['story']);
  });

  it('keeps the plain rows when the option\'s own words hold every typed word', () => {
    expect(rows('tag')).toEqual(['tag-added', 'tag-removed']);
    expect(rows('')).toHaveLength(PICKER_OPTIONS.length);
    expect(rows('zzz')).toEqual([]);
  });

  it('lists at most three things of the account per option', () => {
    const many = withAccount({ tags: Array.from({ length: 8 }, (_, i) => ({ id: `t${i}`, name: `Promo ${i}`, entity: 'lead' as const })) });
    expect(rows('adds promo', many)).toEqual(['tag-added: Tag Promo 0', 'tag-added: Tag Promo 1', 'tag-added: Tag Promo 2']);
  });
});
