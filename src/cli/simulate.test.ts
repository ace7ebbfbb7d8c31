import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compareWithExpect, main } from './simulate';
import type { Io } from './simulate';
import { parseScenarioText } from '../domain';
import type { Scenario } from '../domain';

const FIXTURES = 'mocks/fixtures/scenarios';

function fakeIo(files: Record<string, string>): Io & { output: string } {
  const io = {
    output: '',
    readText(path: string) {
      if (path in files) return files[path]!;
      if (path.startsWith(FIXTURES)) return readFileSync(path, 'utf8');
      throw Object.assign(new Error('missing'), { code: 'ENOENT' });
    },
    out(text: string) {
      io.output += text;
    },
  };
  return io;
}

const welcome = () => JSON.parse(readFileSync(`${FIXTURES}/welcome-on-created.json`, 'utf8')) as Scenario;

describe('simulate FILE', () => {
  it('prints the result as JSON and exits 0', () => {
    const io = fakeIo({});
    expect(main([`${FIXTURES}/welcome-on-created.json`], io)).toBe(0);
    const result = JSON.parse(io.output);
    expect(result.activations).toEqual([{ botId: 'welcome', leadId: 'l1', at: '2026-06-01T14:00:00Z', trigger: 0, cause: 0 }]);
  });

  it.each([
    ['not JSON', '{ nope', ''],
    ['a schema error', JSON.stringify({ ...welcome(), bots: [{ ...welcome().bots[0], triggers: [] }] }), 'bots.0.triggers'],
    ['an unknown lead', JSON.stringify({ ...welcome(), events: [{ at: '2026-06-01T14:00:00Z', type: 'call_received', leadId: 'ghost' }] }), 'events.0.leadId'],
  ])('exits 2 with only { errors } on stdout for %s', (_, text, path) => {
    const io = fakeIo({ 'bad.json': text });
    expect(main(['bad.json'], io)).toBe(2);
    const out = JSON.parse(io.output);
    expect(Object.keys(out)).toEqual(['errors']);
    expect(out.errors[0].path).toBe(path);
    expect(out.errors[0].message).toEqual(expect.any(String));
  });

  it('exits 2 for a missing file, naming it', () => {
    const io = fakeIo({});
    expect(main(['missing.json'], io)).toBe(2);
    expect(JSON.parse(io.output).errors[0].message).toContain('missing.json');
  });
});

describe('simulate --check', () => {
  it('passes every public scenario', () => {
    const files = ['business-hours-first-message', 'meeting-reminder-2h-before', 'qualified-follow-up-after-10-min', 'vip-tag-added-by-hand', 'welcome-on-created', 'whatsapp-reply-cooldown', 'won-discount-price-range'].map(
      (f) => `${FIXTURES}/${f}.json`,
    );
    const io = fakeIo({});
    expect(main(['--check', ...files], io)).toBe(0);
    expect(io.output.trim().split('\n').at(-1)).toBe('7 passed, 0 failed');
  });

  it('prints FAIL with what differs, counts invalid files as failed, and exits 1', () => {
    const wrong = { ...welcome(), expect: { activations: [{ botId: 'welcome', leadId: 'l1', at: '2026-06-01T10:00:00-04:00' }, { botId: 'welcome', leadId: 'l2', at: '2026-06-01T14:01:00Z' }], skipped: [{ botId: 'welcome', reason: 'condition' }] } };
    const io = fakeIo({ 'wrong.json': JSON.stringify(wrong), 'broken.json': '[' });
    expect(main(['--check', `${FIXTURES}/welcome-on-created.json`, 'wrong.json', 'broken.json'], io)).toBe(1);
    const lines = io.output.trim().split('\n');
    expect(lines[0]).toBe(`ok   ${FIXTURES}/welcome-on-created.json`);
    expect(lines[1]).toBe('FAIL wrong.json: missing activation welcome for l2 at 2026-06-01T14:01:00Z; missing skip of welcome (condition)');
    expect(lines[2]).toMatch(/^FAIL broken\.json: The file is not valid JSON/);
    expect(lines[3]).toBe('1 passed, 2 failed');
  });
});

describe('argument errors', () => {
  const USAGE = 'Give one scenario file (npm run --silent simulate -- FILE.json) or --check with one or more files.';
  it.each([
    ['no file', [], USAGE],
    ['--check with no file', ['--check'], USAGE],
    ['two files without --check', [`${FIXTURES}/welcome-on-created.json`, 'b.json'], USAGE],
    ['--check twice', ['--check', '--check', `${FIXTURES}/welcome-on-created.json`], `--check comes once, before the files. ${USAGE}`],
    ['--check after a file', ['--check', `${FIXTURES}/welcome-on-created.json`, '--check'], `--check comes once, before the files. ${USAGE}`],
    ['--check after the file', [`${FIXTURES}/welcome-on-created.json`, '--check'], `--check comes once, before the files. ${USAGE}`],
    ['an unknown option among --check files', ['--check', '--verbose', `${FIXTURES}/welcome-on-created.json`], `Unknown option "--verbose". ${USAGE}`],
    ['an unknown option alone', ['--verbose'], `Unknown option "--verbose". ${USAGE}`],
    ['a one-dash option', ['-h'], `Unknown option "-h" (a file whose name starts with "-" is given as ./-h). ${USAGE}`],
    ['a one-dash option among --check files', ['--check', `${FIXTURES}/welcome-on-created.json`, '-v'], `Unknown option "-v" (a file whose name starts with "-" is given as ./-v). ${USAGE}`],
  ])('%s: exit 2 with only { errors }, and no file is read', (_, argv, message) => {
    const io = fakeIo({});
    let reads = 0;
    const readText = io.readText.bind(io);
    io.readText = (path: string) => {
      reads++;
      return readText(path);
    };
    expect(main(argv as string[], io)).toBe(2);
    expect(JSON.parse(io.output)).toEqual({ errors: [{ path: '', message }] });
    expect(reads).toBe(0);
  });
  it.each([
    ['ENOENT', 'The file x.json does not exist.'],
    ['EISDIR', 'x.json is a folder, not a scenario file.'],
    ['EACCES', 'The file x.json cannot be read: you do not have permission to read it.'],
    ['EPERM', 'The file x.json cannot be read: you do not have permission to read it.'],
    ['EIO', 'The file x.json cannot be read (EIO).'],
  ])('a file that cannot be read (%s): exit 2, and why in words', (code, message) => {
    const io = fakeIo({});
    io.readText = () => {
      throw Object.assign(new Error(code), { code });
    };
    expect(main(['x.json'], io)).toBe(2);
    expect(JSON.parse(io.output)).toEqual({ errors: [{ path: '', message }] });
  });
  it('the "--" that npm passes through is not an option', () => {
    const io = fakeIo({});
    expect(main(['--', '--check', `${FIXTURES}/welcome-on-created.json`], io)).toBe(0);
    expect(io.output.trim().split('\n').at(-1)).toBe('1 passed, 0 failed');
  });
});

describe('simulate --check: what counts as a match', () => {
  it('an activation is matched by lead too: the expected bot at the right instant for another lead is missing, and the actual one unexpected', () => {
    // welcome runs for l1 at 14:00Z; the file expects it for l2 at that same instant.
    const wrongLead = { ...welcome(), expect: { activations: [{ botId: 'welcome', leadId: 'l2', at: '2026-06-01T14:00:00Z' }] } };
    const io = fakeIo({ 'wrong-lead.json': JSON.stringify(wrongLead) });
    expect(main(['--check', 'wrong-lead.json'], io)).toBe(1);
    expect(io.output.trim().split('\n')).toEqual([
      'FAIL wrong-lead.json: missing activation welcome for l2 at 2026-06-01T14:00:00Z; unexpected activation welcome for l1 at 2026-06-01T14:00:00Z',
      '0 passed, 1 failed',
    ]);
  });

  const expecting = (count: number) =>
    Array.from({ length: count }, (_, i) => ({ botId: 'welcome', leadId: 'l1', at: `2026-06-01T15:0${i}:00Z` }));
  it('with more than five problems the FAIL line shows the first five and ends "; and N more"', () => {
    // Seven expected activations that do not happen, and the one that does is unexpected: 8 problems.
    const io = fakeIo({ 'many.json': JSON.stringify({ ...welcome(), expect: { activations: expecting(7) } }) });
    expect(main(['--check', 'many.json'], io)).toBe(1);
    const shown = [0, 1, 2, 3, 4].map((i) => `missing activation welcome for l1 at 2026-06-01T15:0${i}:00Z`).join('; ');
    expect(io.output.trim().split('\n')[0]).toBe(`FAIL many.json: ${shown}; and 3 more`);
  });
  it('exactly five problems are all shown, with no "and N more"', () => {
    // Four missing and the unexpected one.
    const io = fakeIo({ 'five.json': JSON.stringify({ ...welcome(), expect: { activations: expecting(4) } }) });
    expect(main(['--check', 'five.json'], io)).toBe(1);
    const shown = [0, 1, 2, 3].map((i) => `missing activation welcome for l1 at 2026-06-01T15:0${i}:00Z`).join('; ');
    expect(io.output.trim().split('\n')[0]).toBe(`FAIL five.json: ${shown}; unexpected activation welcome for l1 at 2026-06-01T14:00:00Z`);
  });
});

describe('compareWithExpect', () => {
  const withExpect = (expected: Scenario['expect']): Scenario => {
    const parsed = parseScenarioText(JSON.stringify({ ...welcome(), expect: expected }));
    if (!parsed.ok) throw new Error('fixture');
    return parsed.value;
  };
  const skip = (reason: 'cooldown' | 'condition') => ({ botId: 'b', leadId: 'l1', at: '2026-06-01T14:00:00Z', trigger: 0, reason, detail: '' });

  it("an expected skip needs the same reason: a skip of the bot for another reason does not satisfy it", () => {
    const scenario = withExpect({ skipped: [{ botId: 'b', reason: 'condition' }] });
    expect(compareWithExpect(scenario, { activations: [], skipped: [skip('cooldown')], warnings: [] })).toEqual(['missing skip of b (condition)']);
    expect(compareWithExpect(scenario, { activations: [], skipped: [skip('cooldown'), skip('condition')], warnings: [] })).toEqual([]);
  });

  it('an expected skip with a reason that does not exist is refused, listing the reasons there are', () => {
    const parsed = parseScenarioText(JSON.stringify({ ...welcome(), expect: { skipped: [{ botId: 'b', reason: 'too_soon' }] } }));
    expect(parsed.ok ? [] : parsed.errors).toEqual([
      { path: 'expect.skipped.0.reason', message: 'Unknown reason: use one of plan, rate_limited, not_manual, cooldown, left_stage, window_passed, condition, outside_hours.' },
    ]);
  });

  it('compares activations as a set by time value and reports unexpected ones', () => {
    const parsed = parseScenarioText(JSON.stringify({ ...welcome(), expect: { activations: [] } }));
    if (!parsed.ok) throw new Error('fixture');
    expect(compareWithExpect(parsed.value, { activations: [{ botId: 'b', leadId: 'l1', at: '2026-06-01T14:00:00Z', trigger: 0, cause: 0 }], skipped: [], warnings: [] })).toEqual([
      'unexpected activation b for l1 at 2026-06-01T14:00:00Z',
    ]);
  });
});
