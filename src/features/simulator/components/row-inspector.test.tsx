// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { validateScenario, type Bot } from '../../../domain';
import account from '../../../../mocks/fixtures/demo-account.json';
import { namesOf } from '../model/describe';
import { RowInspector } from './row-inspector';

const parsed = validateScenario({ name: 'x', account, bots: [], events: [] });
if (!parsed.ok) throw new Error('demo account invalid');
const ACCOUNT = parsed.value.account;

const BOT: Bot = {
  id: 'b1',
  version: 1,
  name: 'Won discount',
  enabled: true,
  triggers: [{ type: 'lead_moved_to_stage', stageIds: ['s-won'], delayMinutes: 0 }],
  conditions: [{ type: 'sale', min: 10000, max: 100000 }],
  activeHours: null,
  keepUnanswered: false,
};

describe('RowInspector', () => {
  it("shows a lead's date-time field in the account's zone, and each condition as needed versus the lead", () => {
    render(
      <RowInspector
        row={{ kind: 'skip', key: 's0', source: 0, at: '2026-06-01T15:30:00Z', ms: Date.parse('2026-06-01T15:30:00Z'), botId: 'b1', leadId: 'l1', trigger: 0, reason: 'condition', condition: 0, detail: 'x' }}
        bot={BOT}
        inspection={{
          eventIndex: 2,
          lead: { id: 'l1', pipelineId: 'p-sales', stageId: 's-won', responsibleUserId: 'u-ana', price: 5000, fields: { 'f-meeting': '2026-06-01T21:00:00Z' } },
          conditions: [{ index: 0, pass: false, expected: 'Between $10,000 and $100,000', actual: 'Sale value $5,000' }],
        }}
        account={ACCOUNT}
        names={namesOf(ACCOUNT)}
        onClose={() => {}}
      />,
    );
    // 21:00 UTC is 17:00 in New York, as the event list says it.
    expect(screen.getByText('Meeting Time').nextElementSibling).toHaveTextContent('Mon 1 Jun 2026, 17:00 EDT');
    // The sale as the condition chips say amounts.
    expect(screen.getByText('Sale').nextElementSibling).toHaveTextContent(/^\$5,000$/);
    expect(screen.getByRole('list', { name: 'Conditions' })).toHaveTextContent('Condition 1 fails. Needed: Between $10,000 and $100,000. The lead: Sale value $5,000.');
  });

  it('says when a date-field run was due, and why a late one still ran', () => {
    const reminder: Bot = { ...BOT, conditions: [], triggers: [{ type: 'relative_to_date_field', fieldId: 'f-meeting', hours: 2, direction: 'before' }] };
    const lead = { id: 'l1', pipelineId: 'p-sales', stageId: 's-won', responsibleUserId: 'u-ana', price: 0, fields: { 'f-meeting': '2026-06-01T19:00:00Z' } };
    const details = (at: string, eventIndex: number | null) => (
      <RowInspector
        row={{ kind: 'run', key: 'r0', source: 0, at, ms: Date.parse(at), botId: 'b1', leadId: 'l1', trigger: 0, cause: null }}
        bot={reminder}
        inspection={{ eventIndex, lead, conditions: [] }}
        account={ACCOUNT}
        names={namesOf(ACCOUNT)}
        onClose={() => {}}
      />
    );
    // Ran at 13:30 for a 15:00 meeting, the field set then by event 4: 30 min after its 13:00 due time.
    const { rerender } = render(details('2026-06-01T17:30:00Z', 3));
    const region = screen.getByRole('region', { name: 'Selected row' });
    expect(region).toHaveTextContent(
      'Due 13:00, 2 hours before Meeting Time (Mon 1 Jun 2026, 15:00 EDT); planned at 13:30, when event 4 set Meeting Time, 30 min late: a late run is made up to half of 2 hours (1 h) late.',
    );
    // On time: only when it was due.
    rerender(details('2026-06-01T17:00:00Z', null));
    expect(region).toHaveTextContent('Due 13:00, 2 hours before Meeting Time (Mon 1 Jun 2026, 15:00 EDT).');
    expect(region).not.toHaveTextContent('late');
  });
});
