// Where a JSON text goes wrong, said as an editor would show it: line, column and what was expected.
//
// JSON.parse says where only sometimes, and differently in each engine: V8 gives "at position 1834"
// for some mistakes and for others quotes the start of the text ("Unexpected token '}', "{"name": tru"…
// is not valid JSON"); other browsers say other things. An admin who edited a scenario file by hand
// needs the line and column their editor shows. This scanner runs only after JSON.parse has refused a
// text, so its speed does not matter; it walks the text once, without recursion (a file nested
// 100,000 deep must not overflow the stack).

export interface JsonProblem {
  /** 1-based, as editors count: a line ends at "\n" (a "\r\n" pair is one line end). */
  line: number;
  /** 1-based, in characters (a character outside the BMP counts once, as editors show it). */
  column: number;
  /** What is wrong there, in words: "expected a comma or }, found ]". */
  problem: string;
}

type Want = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'after';

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isWordChar = (ch: string) => /[\p{L}\p{N}_$.+-]/u.test(ch);

/** The first problem of a text JSON.parse refuses; null when the scanner finds none. */
export function findJsonProblem(text: string): JsonProblem | null {
  const n = text.length;
  let i = 0;
  const stack: number[] = []; // 0x7b "{" or 0x5b "["
  let want: Want = 'value';
  let afterComma = false;

  const at = (pos: number, problem: string): JsonProblem => ({ ...lineColumn(text, pos), problem });
  const found = (pos: number): string => describeFound(text, pos);

  for (;;) {
    while (i < n && isWs(text.charCodeAt(i))) i++;
    if (i >= n) {
      if (want === 'after' && stack.length === 0) return null;
      if (n === 0 || text.trim() === '') return at(0, 'the file is empty');
      return at(i, `the file ends too early: expected ${expected(want, stack)}${closingHint(stack)}`);
    }
    const c = text.charCodeAt(i);
    switch (want) {
      case 'value':
      case 'valueOrClose': {
        if (c === 0x7b) { stack.push(c); i++; want = 'keyOrClose'; afterComma = false; continue; }
        if (c === 0x5b) { stack.push(c); i++; want = 'valueOrClose'; afterComma = false; continue; }
        if (c === 0x22) {
          const bad = scanString(text, i);
          if (typeof bad === 'object') return at(bad.pos, bad.problem);
          i = bad; want = 'after'; continue;
        }
        if (c === 0x2d || isDigit(c)) {
          const bad = scanNumber(text, i);
          if (typeof bad === 'object') return at(bad.pos, bad.problem);
          i = bad; want = 'after'; continue;
        }
        // A word that starts like one ("trueish") is that whole word, found where a value goes.
        const literal = ['true', 'false', 'null'].find((w) => text.startsWith(w, i) && !isWordChar(text.charAt(i + w.length)));
        if (literal) { i += literal.length; want = 'after'; continue; }
        if (c === 0x5d && want === 'valueOrClose') { stack.pop(); i++; want = 'after'; continue; }
        if (c === 0x5d || c === 0x7d) {
          if (afterComma) return at(i, `a comma cannot come right before ${String.fromCharCode(c)}: remove the comma before it`);
          if (want === 'valueOrClose') return at(i, `expected a value or ], found ${found(i)}: a [ opened earlier is not closed`);
          if (stack.length > 0) return at(i, `expected a value after the colon, found ${found(i)}`);
        }
        return at(i, `expected a value (text in double quotes, a number, true, false, null, { or [), found ${found(i)}`);
      }
      case 'key':
      case 'keyOrClose': {
        if (c === 0x22) {
          const bad = scanString(text, i);
          if (typeof bad === 'object') return at(bad.pos, bad.problem);
          i = bad; want = 'colon'; continue;
        }
        if (c === 0x7d && want === 'keyOrClose') { stack.pop(); i++; want = 'after'; continue; }
        if (c === 0x7d && afterComma) return at(i, 'a comma cannot come right before }: remove the comma before it');
        return at(i, `expected a property name in double quotes, found ${found(i)}`);
      }
      case 'colon':
        if (c === 0x3a) { i++; want = 'value'; afterComma = false; continue; }
        return at(i, `expected a colon (:) after the property name, found ${found(i)}`);
      case 'after': {
        const top = stack.at(-1);
        if (top === undefined) return at(i, `the JSON has ended, but the file goes on: found ${found(i)}`);
        if (c === 0x2c) { i++; want = top === 0x7b ? 'key' : 'value'; afterComma = true; continue; }
        if (c === closerOf(top)) { stack.pop(); i++; want = 'after'; continue; }
        const closer = String.fromCharCode(closerOf(top));
        const wrongCloser = c === 0x5d || c === 0x7d;
        return at(i, wrongCloser
          ? `expected a comma or ${closer}, found ${found(i)}: a ${top === 0x7b ? '{' : '['} opened earlier is not closed`
          : `expected a comma or ${closer}, found ${found(i)}${c === 0x22 ? ' (is a comma missing before it?)' : ''}`);
      }
    }
  }
}

const closerOf = (open: number) => (open === 0x7b ? 0x7d : 0x5d);

function expected(want: Want, stack: number[]): string {
  switch (want) {
    case 'value': return 'a value';
    case 'valueOrClose': return 'a value or ]';
    case 'key': return 'a property name in double quotes';
    case 'keyOrClose': return 'a property name in double quotes or }';
    case 'colon': return 'a colon (:)';
    case 'after': return `a comma or ${String.fromCharCode(closerOf(stack.at(-1) ?? 0x7b))}`;
  }
}

function closingHint(stack: number[]): string {
  if (stack.length === 0) return '';
  const closers = stack.map(closerOf).reverse().map((c) => String.fromCharCode(c)).join(' ');
  return ` (${stack.length === 1 ? 'one bracket is' : `${stack.length} brackets are`} still open: ${closers})`;
}

/** The end of a string in quotes starting at `start`, or where and why it is not one. */
function scanString(text: string, start: number): number | { pos: number; problem: string } {
  const n = text.length;
  let i = start + 1;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c === 0x5c) {
      const e = text.charCodeAt(i + 1);
      if (e === 0x75) {
        for (let k = 2; k < 6; k++) {
          if (!isHex(text.charCodeAt(i + k))) return { pos: i, problem: '\\u must be followed by four hexadecimal digits (\\u00e9)' };
        }
        i += 6;
        continue;
      }
      if ('"\\/bfnrt'.includes(text.charAt(i + 1)) && i + 1 < n) { i += 2; continue; }
      if (i + 1 >= n) break;
      return { pos: i, problem: `\\${text.charAt(i + 1)} is not an escape JSON knows: write \\\\ for a backslash` };
    }
    if (c === 0x0a || c === 0x0d) return { pos: start, problem: 'this text in quotes is not closed on its line (a closing " is missing)' };
    if (c < 0x20) return { pos: i, problem: 'a tab or control character inside quotes: write it as \\t or \\u00XX' };
    i++;
  }
  return { pos: start, problem: 'this text in quotes is never closed (a closing " is missing)' };
}

/** The end of a number starting at `start`, or where and why it is not one. */
function scanNumber(text: string, start: number): number | { pos: number; problem: string } {
  let i = start;
  if (text.charCodeAt(i) === 0x2d) i++;
  if (!isDigit(text.charCodeAt(i))) return { pos: i, problem: `expected a digit after -, found ${describeFound(text, i)}` };
  if (text.charCodeAt(i) === 0x30 && isDigit(text.charCodeAt(i + 1))) {
    return { pos: start, problem: 'a number cannot start with 0 (write 7, not 07; or put it in quotes as text)' };
  }
  while (isDigit(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 0x2e) {
    i++;
    if (!isDigit(text.charCodeAt(i))) return { pos: i, problem: `expected a digit after the decimal point, found ${describeFound(text, i)}` };
    while (isDigit(text.charCodeAt(i))) i++;
  }
  const e = text.charCodeAt(i);
  if (e === 0x65 || e === 0x45) {
    i++;
    const sign = text.charCodeAt(i);
    if (sign === 0x2b || sign === 0x2d) i++;
    if (!isDigit(text.charCodeAt(i))) return { pos: i, problem: `expected a digit in the exponent, found ${describeFound(text, i)}` };
    while (isDigit(text.charCodeAt(i))) i++;
  }
  return i;
}

/** Characters a text editor shows as a space or as nothing, which JSON does not take between values. */
const INVISIBLE: Readonly<Record<string, string>> = {
  '\u00a0': 'a no-break space',
  '\u2007': 'a figure space',
  '\u202f': 'a narrow no-break space',
  '\u200b': 'a zero-width space',
  '\u200c': 'a zero-width non-joiner',
  '\u200d': 'a zero-width joiner',
  '\u2060': 'a word joiner',
  '\ufeff': 'a byte-order mark',
  '\u00ad': 'a soft hyphen',
  '\u3000': 'an ideographic space',
  '\u2028': 'a line separator',
  '\u2029': 'a paragraph separator',
};

/** What stands at `pos`: a word whole (tru, NaN, undefined), else the one character, or the end. */
function describeFound(text: string, pos: number): string {
  if (pos >= text.length) return 'the end of the file';
  const first = String.fromCodePoint(text.codePointAt(pos) ?? 0);
  if (first === "'") return "' (JSON texts and names take double quotes)";
  if (first === '"') return 'a "';
  if (/[\p{L}_$]/u.test(first)) {
    let word = '';
    for (const ch of text.slice(pos, pos + 40)) {
      if (!isWordChar(ch)) break;
      word += ch;
    }
    return word.length > 30 ? `${word.slice(0, 30)}…` : word;
  }
  if (first.charCodeAt(0) < 0x20) return `the control character U+${first.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  // Characters that show as nothing, or as a space, are named: "found  ." said nothing.
  const invisible = INVISIBLE[first];
  if (invisible !== undefined) return `an invisible character (U+${first.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}, ${invisible})`;
  return first;
}

function lineColumn(text: string, pos: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < pos; k = text.indexOf('\n', k + 1)) {
    line++;
    lineStart = k + 1;
  }
  let column = 1;
  for (let k = lineStart; k < pos; k++) {
    const c = text.charCodeAt(k);
    // A surrogate pair is one character.
    if (c >= 0xd800 && c <= 0xdbff && k + 1 < pos) {
      const d = text.charCodeAt(k + 1);
      if (d >= 0xdc00 && d <= 0xdfff) k++;
    }
    column++;
  }
  return { line, column };
}
