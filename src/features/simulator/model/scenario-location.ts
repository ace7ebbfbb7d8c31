// Where a scenario's validation error sits, in the words the panel uses ("Event 3", "Lead 2 at the
// start") rather than the validator's zero-based path ("events.2.leadId").

export function scenarioLocation(path: string): string {
  const [head, index] = path.split('.');
  const n = Number(index);
  const nth = Number.isInteger(n) && index !== undefined && index !== '' ? n + 1 : null;
  switch (head) {
    case '':
    case undefined:
      return 'The scenario';
    case 'events':
      return nth === null ? 'Events' : `Event ${nth}`;
    case 'leads':
      return nth === null ? 'Leads at the start' : `Lead ${nth} at the start`;
    case 'bots':
      return nth === null ? 'Bots' : `Bot ${nth}`;
    case 'account':
      return 'The account';
    case 'start':
      return 'Start';
    case 'until':
      return 'Until';
    case 'expect':
      return 'Expectations';
    default:
      return head;
  }
}
