import type { Bot } from '../domain';

/** A saved bot with only an id and a name of its own: a call starts it, nothing else is set. */
export const namedBot = (id: string, name: string): Bot => ({
  id,
  name,
  version: 1,
  enabled: true,
  triggers: [{ type: 'call_received' }],
  conditions: [],
  activeHours: null,
  keepUnanswered: false,
});
