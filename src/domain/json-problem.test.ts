import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findJsonProblem } from './json-problem';
import { parseScenarioText } from './validate';

const problemOf = (text: string) => {
  const p = findJsonProblem(text);
  return p && `${p.line}:${p.column} ${p.problem}`;
};

describe('findJsonProblem: where a hand-edited file goes wrong, as an editor counts', () => {
  it.each([
    ['a comma before a closing brace, on the line of the brace', '{\n  "a": 1,\n  }', '3:3 a comma cannot come right before }: remove the comma before it'],
    ['a comma before a closing bracket', '[1,]', '1:4 a comma cannot come right before ]: remove the comma before it'],
    ['a missing comma between two properties', '{"name": "x",\n "events": [\n  {"at": "2026", "leadId": "l1" "type": "lead_created"}\n ]}', '3:33 expected a comma or }, found a " (is a comma missing before it?)'],
    ['a misspelt word, shown whole', '{"a": tru}', '1:7 expected a value (text in double quotes, a number, true, false, null, { or [), found tru'],
    ['single quotes', "{'a': 1}", "1:2 expected a property name in double quotes, found ' (JSON texts and names take double quotes)"],
    ['a missing colon', '{"a" 1}', '1:6 expected a colon (:) after the property name, found 1'],
    ['a bracket closed by the wrong closer', '{"a": [1, 2}', '1:12 expected a comma or ], found }: a [ opened earlier is not closed'],
    ['a text in quotes broken by a line end', '{"a": "line\nbreak"}', '1:7 this text in quotes is not closed on its line (a closing " is missing)'],
    ['a text in quotes never closed', '"abc', '1:1 this text in quotes is never closed (a closing " is missing)'],
    ['a backslash JSON does not know', '{"a": "C:\\quotes"}', '1:10 \\q is not an escape JSON knows: write \\\\ for a backslash'],
    ['a short \\u escape', '{"a": "\\u00e"}', '1:8 \\u must be followed by four hexadecimal digits (\\u00e9)'],
    ['a tab inside quotes', '{"a": "x\ty"}', '1:9 a tab or control character inside quotes: write it as \\t or \\u00XX'],
    ['a leading zero', '{"a": 07}', '1:7 a number cannot start with 0 (write 7, not 07; or put it in quotes as text)'],
    ['a bare decimal point', '{"a": 1.}', '1:9 expected a digit after the decimal point, found }'],
    ['an exponent without digits', '[1e+]', '1:5 expected a digit in the exponent, found ]'],
    ['a property with no value', '{"a": }', '1:7 expected a value after the colon, found }'],
    ['a lone minus', '{"a":-}', '1:7 expected a digit after -, found }'],
    ['NaN and undefined are no JSON', '[NaN, undefined]', '1:2 expected a value (text in double quotes, a number, true, false, null, { or [), found NaN'],
    ['text after the end', '[1,2]x', '1:6 the JSON has ended, but the file goes on: found x'],
    ['a second document', '{}\n{}', '2:1 the JSON has ended, but the file goes on: found {'],
    ['a file cut short, with what is still open', '{"a": [1, {"b": 2', '1:18 the file ends too early: expected a comma or } (3 brackets are still open: } ] })'],
    ['a file cut short after a comma', '[[[', '1:4 the file ends too early: expected a value or ] (3 brackets are still open: ] ] ])'],
    ['an empty file', '', '1:1 the file is empty'],
    ['a file of spaces and line ends', '  \r\n\n ', '1:1 the file is empty'],
    ['a word that starts like true', '{"a": trueish}', '1:7 expected a value (text in double quotes, a number, true, false, null, { or [), found trueish'],
    ['a no-break space pasted before a value', '{\n  "a":\u00a01}', '2:7 expected a value (text in double quotes, a number, true, false, null, { or [), found an invisible character (U+00A0, a no-break space)'],
    ['a byte-order mark inside the file', '[1,\ufeff2]', '1:4 expected a value (text in double quotes, a number, true, false, null, { or [), found an invisible character (U+FEFF, a byte-order mark)'],
    ['a control character outside quotes', '[1,\u0007]', '1:4 expected a value (text in double quotes, a number, true, false, null, { or [), found the control character U+0007'],
  ])('%s', (_name, text, said) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(problemOf(text)).toBe(said);
  });

  it('counts columns in characters, a character outside the BMP once, and lines at "\\n" whether or not "\\r" comes before', () => {
    expect(problemOf('{"é😀": NaN}')).toMatch(/^1:8 /);
    expect(problemOf('{\r\n"a": 1,\r\n}')).toMatch(/^3:1 /);
  });

  it('walks a file nested 100,000 deep without a stack overflow', () => {
    expect(problemOf(`${'['.repeat(100_000)}}`)).toBe('1:100001 expected a value or ], found }: a [ opened earlier is not closed');
    expect(findJsonProblem(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toBeNull();
  });

  it('finds a problem exactly where JSON.parse refuses, and none where it accepts (valid JSON with one character changed)', () => {
    const edit = fc.tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', ':', '0', '-', '.', 'e', '\\', '\n', ' ', 'x', "'"), fc.boolean());
    fc.assert(
      fc.property(edit, ([json, at, ch, replace]) => {
        const pos = json.length === 0 ? 0 : at % json.length;
        const text = json.slice(0, pos) + ch + json.slice(replace ? pos + 1 : pos);
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        expect(findJsonProblem(text) === null).toBe(parses);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('parseScenarioText says where a file is not JSON', () => {
  it('gives the line and column in the one error at the root', () => {
    const r = parseScenarioText('{\n  "name": "Trailing",\n  "events": [],\n}');
    expect(r.ok ? [] : r.errors).toEqual([{ path: '', message: 'The file is not valid JSON: line 4, column 1: a comma cannot come right before }: remove the comma before it.' }]);
  });
  it('counts from after a byte-order mark, as editors do', () => {
    const r = parseScenarioText('\uFEFF{"a" 1}');
    expect(r.ok ? '' : r.errors[0]!.message).toBe('The file is not valid JSON: line 1, column 6: expected a colon (:) after the property name, found 1.');
  });
});
