import { describe, expect, it } from 'vitest';
import { validateBot } from '../../../domain';
import { account } from '../test/account';
import { problemWords } from './problem-words';

const botWith = (at: string) => ({
  id: 'b1',
  name: 'Bot',
  version: 0,
  enabled: true,
  triggers: [{ type: 'call_received' }, { type: 'on_date', at }],
  conditions: [],
  activeHours: null,
  keepUnanswered: false,
});

/** The words the not-saved notice lists for the draft's problems. */
function listed(at: string): string[] {
  const bot = botWith(at);
  const result = validateBot(bot, account);
  return result.ok ? [] : result.errors.map((e) => `${e.path}: ${problemWords(e, bot)}`);
}

describe('problemWords', () => {
  it('says a date the date box cannot read (31 February) as the box does, not "Choose the date"', () => {
    expect(listed('????-??-??T09:00')).toEqual(['triggers.1.at: This date does not exist or is not complete (31 February?). Choose a date that exists.']);
    expect(listed('????-??-??T')).toEqual(['triggers.1.at: This date does not exist or is not complete (31 February?). Choose a date that exists.']);
  });

  it('keeps the validator’s words otherwise', () => {
    expect(listed('T09:00')).toEqual(['triggers.1.at: Choose the date the bot runs.']);
    expect(listed('2027-02-15T')).toEqual(['triggers.1.at: Enter the time the bot runs.']);
    expect(problemWords({ path: 'triggers.0.at', message: 'From a file.' }, { triggers: [{ type: 'recurring', at: '????-??-??T09:00' }] })).toBe('From a file.');
    expect(problemWords({ path: 'name', message: 'Enter a name for the bot.' }, {})).toBe('Enter a name for the bot.');
  });
});
