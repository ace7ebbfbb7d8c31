// Per-type metadata for triggers in one place: label, group, default value, summary in words and
// whether the account allows it. The picker, the editors and the bot list all read it from here.
import { isInstagram, stageLabels, type Account, type EntityType, type Trigger, type TriggerOf, type TriggerType } from '../../domain';
import { triggerSentence, type TriggerNames } from '../../lib/trigger-words';
import { ENTITY_LABELS, nameOf, stageNames } from './lib/words';

export type TriggerGroup = 'pipeline' | 'scheduled' | 'behaviour' | 'conversational';

export const GROUP_LABELS: Record<TriggerGroup, string> = {
  pipeline: 'Pipeline',
  scheduled: 'Scheduled',
  behaviour: 'Behavior-based', // the help article's name for the group
  conversational: 'Conversational',
};
export const GROUP_ORDER: readonly TriggerGroup[] = ['pipeline', 'scheduled', 'behaviour', 'conversational'];

export type Availability = { available: true; note?: string } | { available: false; reason: string };

type TriggerMeta<T extends TriggerType> = {
  /** What the trigger is, in a few words (used in headings and lists). */
  label: string;
  group: TriggerGroup;
  /** A valid starting value for this account (when the account allows the trigger). */
  create(account: Account): TriggerOf<T>;
  availability(account: Account): Availability;
};

const ALWAYS: () => Availability = () => ({ available: true });

const allStages = (account: Account) => account.pipelines.flatMap((p) => p.stages);
const firstStageIds = (account: Account) => {
  const first = allStages(account)[0];
  return first ? [first.id] : [];
};
const stagesAvailability = (account: Account): Availability =>
  allStages(account).length > 0 ? { available: true } : { available: false, reason: 'The account has no pipeline stages yet.' };

/** Entities that have at least one tag: only those are offered to tag triggers. */
export function entitiesWithTags(account: Account): EntityType[] {
  const out: EntityType[] = [];
  for (const tag of account.tags) if (!out.includes(tag.entity)) out.push(tag.entity);
  return out;
}

/** Fields the field trigger may watch: every field but the built-in Name and Budget. */
export function watchableFields(account: Account) {
  return account.fields.filter((f) => !f.builtin);
}

/** Lead fields that hold a date or a date-time (the "hours before/after" trigger). */
export function leadDateFields(account: Account) {
  return account.fields.filter((f) => f.entity === 'lead' && (f.type === 'date' || f.type === 'datetime'));
}

/** Triggers only the Enterprise plan starts (SPEC R8), by the word for their kind: the editor and the list's plan notes read it. */
export const ENTERPRISE_ONLY: Partial<Record<TriggerType, 'tag' | 'field'>> = { tag_added: 'tag', tag_removed: 'tag', field_updated: 'field' };

const enterpriseOnly = (account: Account, kind: 'tag' | 'field'): Availability | null =>
  account.plan === 'enterprise' ? null : { available: false, reason: `${kind === 'tag' ? 'Tag' : 'Field'} triggers are available on the Enterprise plan only.` };

const tagAvailability = (account: Account): Availability =>
  enterpriseOnly(account, 'tag') ??
  (entitiesWithTags(account).length > 0
    ? { available: true }
    : { available: false, reason: 'No lead, contact or company has tags yet: create a tag first.' });

const createTagTrigger = <T extends 'tag_added' | 'tag_removed'>(type: T, account: Account): TriggerOf<T> => {
  const tag = account.tags.find((t) => t.entity === 'lead') ?? account.tags[0];
  return { type, entity: tag?.entity ?? 'lead', tagId: tag?.id ?? '' } as TriggerOf<T>;
};

export const TRIGGERS: { readonly [T in TriggerType]: TriggerMeta<T> } = {
  lead_created_in_stage: {
    label: 'When a lead is created in a stage',
    group: 'pipeline',
    create: (account) => ({ type: 'lead_created_in_stage', stageIds: firstStageIds(account), delayMinutes: 0 }),
    availability: stagesAvailability,
  },
  lead_moved_to_stage: {
    label: 'When a lead is moved to a stage',
    group: 'pipeline',
    // No stage ticked: leads are created in the first stage, and rarely moved back to it; the admin chooses.
    create: () => ({ type: 'lead_moved_to_stage', stageIds: [], delayMinutes: 0 }),
    availability: stagesAvailability,
  },
  lead_moved_or_created_in_stage: {
    label: 'When a lead is moved to or created in a stage',
    group: 'pipeline',
    create: (account) => ({ type: 'lead_moved_or_created_in_stage', stageIds: firstStageIds(account), delayMinutes: 0 }),
    availability: stagesAvailability,
  },
  responsible_user_changed: {
    label: 'When the responsible user is changed',
    group: 'pipeline',
    create: () => ({ type: 'responsible_user_changed' }),
    availability: ALWAYS,
  },
  tag_added: {
    label: 'When a user adds a tag',
    group: 'pipeline',
    create: (account) => createTagTrigger('tag_added', account),
    availability: tagAvailability,
  },
  tag_removed: {
    label: 'When a user removes a tag',
    group: 'pipeline',
    create: (account) => createTagTrigger('tag_removed', account),
    availability: tagAvailability,
  },
  field_updated: {
    label: 'When an entity field is updated',
    group: 'pipeline',
    create: (account) => {
      const field = watchableFields(account)[0];
      return { type: 'field_updated', entity: field?.entity ?? 'lead', fieldId: field?.id ?? '' };
    },
    availability: (account) =>
      enterpriseOnly(account, 'field') ??
      (watchableFields(account).length > 0
        ? { available: true }
        : { available: false, reason: 'There is no custom field to watch yet (Name and Budget cannot be used).' }),
  },
  relative_to_date_field: {
    label: 'Hours before or after a date field',
    group: 'scheduled',
    create: (account) => ({ type: 'relative_to_date_field', fieldId: leadDateFields(account)[0]?.id ?? '', hours: 1, direction: 'before' }),
    availability: (account) =>
      leadDateFields(account).length > 0
        ? { available: true }
        : { available: false, reason: 'Leads have no date or date-time field yet: add one first.' },
  },
  on_date: {
    label: 'On a date at a time',
    group: 'scheduled',
    create: () => ({ type: 'on_date', at: '' }),
    availability: ALWAYS,
  },
  recurring: {
    label: 'Daily, weekly, monthly or yearly at a time',
    group: 'scheduled',
    create: () => ({ type: 'recurring', every: 'day', time: '10:00' }),
    availability: ALWAYS,
  },
  form_submitted: {
    label: 'When a form is submitted',
    group: 'behaviour',
    create: () => ({ type: 'form_submitted', formIds: [] }),
    availability: ALWAYS,
  },
  email_received: {
    label: 'When an email is received',
    group: 'behaviour',
    create: () => ({ type: 'email_received', inboxIds: [] }),
    availability: (account) =>
      account.inboxes.length > 0
        ? { available: true, note: 'Works with the connected mailboxes.' }
        : { available: false, reason: 'Connect a mailbox (an email address) to the account first.' },
  },
  call_received: {
    label: 'When a call is received',
    group: 'behaviour',
    create: () => ({ type: 'call_received' }),
    availability: ALWAYS,
  },
  website_visited: {
    label: 'When a website page is visited',
    group: 'behaviour',
    create: () => ({ type: 'website_visited', url: 'https://', delayMinutes: 0 }),
    availability: ALWAYS,
  },
  conversation_started: {
    label: 'When a conversation is started',
    group: 'conversational',
    create: () => ({ type: 'conversation_started', direction: 'incoming', channelIds: [] }),
    availability: ALWAYS,
  },
  message: {
    label: 'On a message, with a cooldown',
    group: 'conversational',
    create: () => ({ type: 'message', direction: 'incoming', channelIds: [], cooldownMinutes: 10 }),
    availability: ALWAYS,
  },
  story_mention: {
    label: 'When mentioned in an Instagram story',
    group: 'conversational',
    create: () => ({ type: 'story_mention', channelIds: [] }),
    availability: ALWAYS,
  },
  outgoing_message_seen: {
    label: 'When an outgoing message is seen',
    group: 'conversational',
    create: () => ({ type: 'outgoing_message_seen', channelIds: [], delayMinutes: 1440 }),
    availability: ALWAYS,
  },
  conversation_closed: {
    label: 'After a conversation is closed',
    group: 'conversational',
    create: () => ({ type: 'conversation_closed', channelIds: [], delayMinutes: 0 }),
    availability: ALWAYS,
  },
  first_message_of_day: {
    // The picker's and the summary's words (the article's "When a Lead starts chatting for the first
    // time that day"): the row's caption read "First message of the day", a name found nowhere else.
    label: 'When a lead starts chatting for the first time that day',
    group: 'conversational',
    create: () => ({ type: 'first_message_of_day', channelIds: [] }),
    availability: ALWAYS,
  },
};

function meta<T extends TriggerType>(type: T): TriggerMeta<T> {
  return TRIGGERS[type];
}

/** The account's names for a summary, with the editor's words for what it lacks ("an unknown stage", "(no tag chosen)"). */
function accountNames(account: Account): TriggerNames {
  return {
    stage: (id) => stageNames(account, [id])[0]!,
    tag: (id) => nameOf(account.tags, id, (t) => t.name, '(no tag chosen)'),
    field: (id) => nameOf(account.fields, id, (f) => f.name, '(no field chosen)'),
    form: (id) => nameOf(account.forms, id, (f) => f.name, 'an unknown form'),
    inbox: (id) => nameOf(account.inboxes, id, (i) => i.address, 'an unknown mailbox'),
    channel: (id) => nameOf(account.channels, id, (c) => c.name, 'an unknown channel'),
  };
}

/**
 * The trigger in words, e.g. "When a lead is moved to Qualified, after 10 min" (src/lib/trigger-words:
 * the simulator says them alike). Tolerates half-edited values (the draft may be invalid). `whole`:
 * a long address is not shortened (where two versions are compared, addresses differing past the
 * first 120 characters must read differently).
 */
export function describeTrigger(trigger: Trigger, account: Account, whole = false): string {
  if (!Object.hasOwn(TRIGGERS, trigger.type)) return 'An unknown trigger';
  return triggerSentence(trigger, accountNames(account), whole);
}

/** The editor and the bot list fold triggers past this many into "+N" (SPEC §3). */
export const SUMMARY_LIMIT = 20;

/** Summaries of a bot's triggers: at most `limit` sentences, and how many more there are. */
export function summarizeTriggers(triggers: readonly Trigger[], account: Account, limit = SUMMARY_LIMIT): { lines: string[]; more: number } {
  return {
    lines: triggers.slice(0, limit).map((t) => describeTrigger(t, account)),
    more: Math.max(0, triggers.length - limit),
  };
}

export function triggerAvailability(type: TriggerType, account: Account): Availability {
  return meta(type).availability(account);
}

/** One entry of the "When this happens" picker. Some types are offered in several variants, as in the article. */
export type PickerOption = {
  id: string;
  label: string;
  group: TriggerGroup;
  type: TriggerType;
  /** Extra words the search matches. */
  keywords: string;
  create(account: Account): Trigger;
};

const option = <T extends TriggerType>(
  type: T,
  id: string,
  label: string,
  keywords: string,
  patch: (t: TriggerOf<T>) => TriggerOf<T> = (t) => t,
): PickerOption => ({
  id,
  label,
  type,
  group: TRIGGERS[type].group,
  keywords,
  create: (account) => patch(TRIGGERS[type].create(account)),
});

export const PICKER_OPTIONS: readonly PickerOption[] = [
  option('lead_created_in_stage', 'created', 'When a lead is created in a pipeline stage', 'new lead deal stage status delay immediately now interval 24h hours'),
  option('lead_moved_to_stage', 'moved', 'When a lead is moved to a pipeline stage', 'deal stage status move delay immediately now interval 24h hours'),
  option('lead_moved_or_created_in_stage', 'moved-or-created', 'When a lead is moved to or created in a pipeline stage', 'deal stage status move new delay immediately now interval 24h hours'),
  option('responsible_user_changed', 'responsible', 'When the responsible user is changed', 'owner manager assignee deal'),
  option('tag_added', 'tag-added', 'When a user adds a tag', 'tags added lead contact company'),
  option('tag_removed', 'tag-removed', 'When a user removes a tag', 'tags removed deleted lead contact company'),
  option('field_updated', 'field-updated', 'When an entity field is updated', 'field value changed custom'),
  option('relative_to_date_field', 'relative-date', 'Hours before or after a date field', 'reminder meeting schedule birthday anniversary'),
  option('on_date', 'on-date', 'On a date at a time', 'schedule once calendar'),
  option('recurring', 'daily', 'Daily at a time', 'every day schedule repeat recurring', (t) => ({ ...t, every: 'day' })),
  option('recurring', 'weekly', 'Once a week at a time', 'every week weekly schedule repeat recurring', (t) => ({ ...t, every: 'week', weekday: 1 })),
  option('recurring', 'monthly', 'Once a month at a time', 'every month monthly schedule repeat recurring newsletter', (t) => ({
    ...t,
    every: 'month',
    dayOfMonth: 1,
  })),
  option('recurring', 'yearly', 'Once a year at a time', 'every year yearly annual schedule repeat recurring birthday anniversary', (t) => ({
    ...t,
    every: 'year',
    dayOfMonth: 1,
    month: 1,
  })),
  option('form_submitted', 'form', 'When a form is submitted', 'web form submission'),
  option('email_received', 'email', 'When an email is received', 'mail inbox mailbox'),
  option('call_received', 'call', 'When a call is received', 'phone incoming call'),
  option('website_visited', 'website', 'When a website page is visited', 'url site page visit delay immediately now interval 24h hours'),
  option('conversation_started', 'conversation-incoming', 'When a conversation is started by an incoming message', 'chat channel first'),
  option('conversation_started', 'conversation-outgoing', 'When a conversation is started by an outgoing message', 'chat channel first', (t) => ({
    ...t,
    direction: 'outgoing',
  })),
  option('conversation_started', 'conversation-any', 'When a conversation is started by any message', 'chat channel first', (t) => ({
    ...t,
    direction: 'any',
  })),
  option('message', 'message-incoming', 'On an incoming message, with a cooldown', 'chat reply channel cooldown launch interval 24h hours'),
  option('message', 'message-outgoing', 'On an outgoing message, with a cooldown', 'chat channel cooldown launch interval 24h hours', (t) => ({ ...t, direction: 'outgoing' })),
  option('story_mention', 'story', 'When mentioned in an Instagram story', 'instagram story mention'),
  option('outgoing_message_seen', 'seen', 'When an outgoing message is seen', 'read viewed chat delay immediately now interval 24h hours'),
  option('conversation_closed', 'closed', 'After a conversation is closed', 'chat closed survey delay immediately now interval 24h hours'),
  option('first_message_of_day', 'first-of-day', 'When a lead starts chatting for the first time that day', 'first message day business hours'),
];

/** Words the picker suggests when a search finds nothing: each finds triggers on any account. */
export const SEARCH_SUGGESTIONS = ['stage', 'tag', 'message', 'date', 'form'] as const;

/** The default trigger of a new bot (SPEC §10). */
export const DEFAULT_TRIGGER: Trigger = { type: 'conversation_started', direction: 'incoming', channelIds: [] };

/** Whether a trigger is still exactly the default trigger a new bot starts with. */
export function isDefaultTrigger(t: Trigger): boolean {
  return t.type === 'conversation_started' && t.direction === 'incoming' && t.channelIds.length === 0;
}

/** Other words for a group, as the help article and US English spell them. */
const GROUP_WORDS: Record<TriggerGroup, string> = {
  pipeline: 'pipeline-based',
  scheduled: 'time-based schedule',
  behaviour: 'behavior behaviour behaviour-based',
  conversational: 'conversation-based chat',
};

const wordsOf = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

const optionWords = (o: PickerOption) => wordsOf(`${o.label} ${o.keywords} ${GROUP_LABELS[o.group]} ${GROUP_WORDS[o.group]}`);

/** Something of the account a typed word named ("won", "VIP", "WhatsApp"), which the new trigger starts with. */
export type PickerPreset = { id: string; what: string; name: string; apply(t: Trigger): Trigger };

/** A row of the picker: an option, and when the search named something of the account, that thing. */
export type PickerMatch = { option: PickerOption; preset?: PickerPreset };

/** At most this many rows per option for one search ("a" names many things; the first few are enough to pick from). */
const PRESETS_PER_OPTION = 3;

/** A tag's or field's name, with its entity unless it is the lead's: "VIP" of leads and "VIP" of contacts are two rows. */
const ofEntity = (name: string, entity: EntityType) => (entity === 'lead' ? name : `${name} (${ENTITY_LABELS[entity]})`);

/** What of the account a trigger of this type can start with, in the account's order. */
function presetsFor(type: TriggerType, account: Account): PickerPreset[] {
  const stages = (): PickerPreset[] =>
    [...stageLabels(account)].map(([id, name]) => ({ id, what: 'Stage', name, apply: (t) => ({ ...t, stageIds: [id] }) as Trigger }));
  const channels = (only?: (c: Account['channels'][number]) => boolean): PickerPreset[] =>
    account.channels
      .filter((c) => only === undefined || only(c))
      .map((c) => ({ id: c.id, what: 'Channel', name: c.name, apply: (t) => ({ ...t, channelIds: [c.id] }) as Trigger }));
  switch (type) {
    case 'lead_created_in_stage':
    case 'lead_moved_to_stage':
    case 'lead_moved_or_created_in_stage':
      return stages();
    case 'tag_added':
    case 'tag_removed':
      return account.tags.map((tag) => ({ id: tag.id, what: 'Tag', name: ofEntity(tag.name, tag.entity), apply: (t) => ({ ...t, entity: tag.entity, tagId: tag.id }) as Trigger }));
    case 'field_updated':
      return watchableFields(account).map((f) => ({ id: f.id, what: 'Field', name: ofEntity(f.name, f.entity), apply: (t) => ({ ...t, entity: f.entity, fieldId: f.id }) as Trigger }));
    case 'relative_to_date_field':
      return leadDateFields(account).map((f) => ({ id: f.id, what: 'Field', name: f.name, apply: (t) => ({ ...t, fieldId: f.id }) as Trigger }));
    case 'form_submitted':
      return account.forms.map((f) => ({ id: f.id, what: 'Form', name: f.name, apply: (t) => ({ ...t, formIds: [f.id] }) as Trigger }));
    case 'email_received':
      return account.inboxes.map((i) => ({ id: i.id, what: 'Inbox', name: i.address, apply: (t) => ({ ...t, inboxIds: [i.id] }) as Trigger }));
    case 'story_mention':
      return channels(isInstagram);
    case 'conversation_started':
    case 'message':
    case 'outgoing_message_seen':
    case 'conversation_closed':
    case 'first_message_of_day':
      return channels();
    default:
      return [];
  }
}

/**
 * The picker's search. Options in which every typed word begins a word of the label, keywords or
 * group: "tag" finds the tag triggers, not every "stage" (a match anywhere inside a word put the
 * three stage triggers first, and Enter picked one of them). Besides them, options whose own words
 * and the name of a stage, tag, field, form, inbox or channel of the account hold every typed word,
 * with that thing chosen ("won" offers the stage triggers with Won; "tag vip" the tag triggers with
 * VIP). Admins think of a bot by what it is for, not by the trigger's kind.
 */
export function searchPickerOptions(query: string, account: Account, options: readonly PickerOption[] = PICKER_OPTIONS): PickerMatch[] {
  const typed = wordsOf(query);
  if (typed.length === 0) return options.map((option) => ({ option }));
  const matches: PickerMatch[] = [];
  for (const option of options) {
    const own = optionWords(option);
    const inOwn = (w: string) => own.some((h) => h.startsWith(w));
    if (typed.every(inOwn)) {
      matches.push({ option });
      continue;
    }
    let found = 0;
    for (const preset of presetsFor(option.type, account)) {
      const named = wordsOf(preset.name);
      const inName = (w: string) => named.some((h) => h.startsWith(w));
      // Every word somewhere, and the words the option lacks in the name.
      if (!typed.every((w) => inOwn(w) || inName(w))) continue;
      matches.push({ option, preset });
      if (++found === PRESETS_PER_OPTION) break;
    }
  }
  return matches;
}
