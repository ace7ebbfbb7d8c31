// The replay's pre-pass (prepareEvents): instants, canonical texts and lead numbers of every kind
// of event, read kind by kind.
import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../domain';
import { prepareEvents } from './simulate';

const at = (minute: number) => `2026-06-01T10:${String(minute).padStart(2, '0')}:00Z`;

/** One event of every kind; all but lead_created and the contact's tag name lead l1 or l2. */
const everyKind: SimEvent[] = [
  { at: at(0), type: 'lead_created', lead: { id: 'l3', pipelineId: 'p1', stageId: 's1', responsibleUserId: 'u1', price: 0 } },
  { at: at(1), type: 'lead_moved', leadId: 'l1', toStageId: 's2' },
  { at: at(2), type: 'lead_updated', leadId: 'l2', set: { price: 5 } },
  { at: at(3), type: 'responsible_changed', leadId: 'l1', toUserId: 'u2' },
  { at: at(4), type: 'tag_added', entity: 'lead', entityId: 'l2', tagId: 't1', origin: 'user' },
  { at: at(5), type: 'tag_removed', entity: 'contact', entityId: 'c1', tagId: 't1', origin: 'user', leadId: 'l1' },
  { at: at(6), type: 'field_updated', entity: 'lead', entityId: 'l1', fieldId: 'f1', value: 'x', origin: 'user' },
  { at: at(7), type: 'form_submitted', formId: 'form1', leadId: 'l2' },
  { at: at(8), type: 'email_received', inboxId: 'in1', leadId: 'l1' },
  { at: at(9), type: 'call_received', leadId: 'l2' },
  { at: at(10), type: 'website_visited', url: 'https://example.com', leadId: 'l1' },
  { at: at(11), type: 'message', direction: 'incoming', channelId: 'ch1', leadId: 'l2' },
  { at: at(12), type: 'message_seen', channelId: 'ch1', leadId: 'l1' },
  { at: at(13), type: 'conversation_closed', channelId: 'ch1', leadId: 'l2' },
  { at: '2026-06-01T12:14:00+02:00', type: 'story_mention', channelId: 'ch1', leadId: 'l1' },
];

describe('prepareEvents', () => {
  it('reads the instant of every kind of event, and marks which texts results can reuse', () => {
    const p = prepareEvents(everyKind);
    expect(Array.from(p.times)).toEqual(everyKind.map((_, i) => Date.UTC(2026, 5, 1, 10, i)));
    expect(Array.from(p.canonical)).toEqual(everyKind.map((e) => (e.at.endsWith('Z') ? 1 : 0)));
    expect(p.order).toBeNull(); // already in time order
  });

  it('gives every event that names a lead the same number for the same lead, and none to others', () => {
    const p = prepareEvents(everyKind);
    expect([...p.refIndex.keys()].sort()).toEqual(['l1', 'l2']); // not l3 (created) nor c1 (a contact)
    everyKind.forEach((e, i) => {
      const id = e.type === 'tag_added' || e.type === 'tag_removed' || e.type === 'field_updated' ? (e.entity === 'lead' ? e.entityId : undefined) : e.type === 'lead_created' ? undefined : e.leadId;
      if (id !== undefined) expect(p.refs[i]).toBe(p.refIndex.get(id));
    });
    // Each kind has its own code.
    expect(new Set(Array.from(p.codes)).size).toBe(everyKind.length);
  });

  it('refuses an event type it does not know instead of reading it as another kind', () => {
    const bogus = { at: at(0), type: 'lead_deleted', leadId: 'l1' } as unknown as SimEvent;
    expect(() => prepareEvents([bogus])).toThrow(/Unknown event type "lead_deleted"/);
    // Same length and first letter as real kinds: the whole text is compared.
    const lookalike = { at: at(0), type: 'messagx', leadId: 'l1' } as unknown as SimEvent;
    expect(() => prepareEvents([lookalike])).toThrow(/Unknown event type/);
  });
});
