/**
 * Where a JSON text stops being JSON, and what was expected there — for error messages that must
 * never quote the input (`JSON.parse` messages carry a piece of it). One pass, no recursion, no
 * pattern: deep or huge input costs its length and nothing more.
 */

export interface JsonSyntaxError {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 units as editors count them. */
  readonly column: number;
  /** What a reader expected at that place, in words ("a value", "a comma or }"). */
  readonly expected: string;
}

type Want = 'value' | 'valueOrEnd' | 'keyOrEnd' | 'key' | 'colon' | 'commaOrEnd' | 'end';

const EXPECTED: Readonly<Record<Want, string>> = {
  value: 'a value',
  valueOrEnd: 'a value or ]',
  keyOrEnd: 'a quoted name or }',
  key: 'a quoted name',
  colon: 'a colon',
  commaOrEnd: 'a comma or the end of the list or object',
  end: 'the end of the text',
};

const isDigit = (c: number) => c >= 48 && c <= 57;
const isHex = (c: number) => isDigit(c) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102);

/** The first syntax error of a JSON text, or undefined when it is valid JSON. */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  const n = text.length;
  const stack: number[] = []; // 0 = object, 1 = array
  // An object, so that TypeScript does not narrow it across the helpers that change it.
  const st: { want: Want } = { want: 'value' };
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let failAt = -1;
  let expected = '';
  const fail = (at: number, what: string): void => {
    failAt = at;
    expected = what;
  };
  const afterValue = (): void => {
    st.want = stack.length > 0 ? 'commaOrEnd' : 'end';
  };
  /** Scans a string starting at its quote; returns the index after it, or -1 after recording the error. */
  const string = (start: number): number => {
    let j = start + 1;
    while (j < n) {
      const c = text.charCodeAt(j);
      if (c === 34) return j + 1;
      if (c < 0x20) {
        fail(j, 'a closing quote (a line break or control character cannot be inside a string)');
        return -1;
      }
      if (c === 92) {
        const e = text.charCodeAt(j + 1);
        if (e === 117) {
          for (let k = 2; k < 6; k++) {
            if (!isHex(text.charCodeAt(j + k))) {
              fail(j + k, 'four hex digits after \\u');
              return -1;
            }
          }
          j += 6;
          continue;
        }
        // " \ / b f n r t
        if (e === 34 || e === 92 || e === 47 || e === 98 || e === 102 || e === 110 || e === 114 || e === 116) {
          j += 2;
          continue;
        }
        fail(j + 1, 'an escape such as \\n or \\" after a backslash');
        return -1;
      }
      j++;
    }
    fail(n, 'a closing quote; the text ends inside a string');
    return -1;
  };
  const number = (start: number): number => {
    let j = start;
    if (text.charCodeAt(j) === 45) j++;
    if (text.charCodeAt(j) === 48) j++;
    else if (isDigit(text.charCodeAt(j))) while (isDigit(text.charCodeAt(j))) j++;
    else {
      fail(j, 'a digit');
      return -1;
    }
    if (text.charCodeAt(j) === 46) {
      j++;
      if (!isDigit(text.charCodeAt(j))) {
        fail(j, 'a digit after the decimal point');
        return -1;
      }
      while (isDigit(text.charCodeAt(j))) j++;
    }
    if (text.charCodeAt(j) === 101 || text.charCodeAt(j) === 69) {
      j++;
      if (text.charCodeAt(j) === 43 || text.charCodeAt(j) === 45) j++;
      if (!isDigit(text.charCodeAt(j))) {
        fail(j, 'a digit in the exponent');
        return -1;
      }
      while (isDigit(text.charCodeAt(j))) j++;
    }
    return j;
  };
  const literal = (start: number, word: string): number => {
    for (let k = 0; k < word.length; k++) {
      if (text.charCodeAt(start + k) !== word.charCodeAt(k)) {
        fail(start + k, `"${word}"`);
        return -1;
      }
    }
    return start + word.length;
  };

  while (failAt < 0) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c !== 32 && c !== 9 && c !== 10 && c !== 13) break;
      i++;
    }
    if (i >= n) {
      if (st.want === 'end') return undefined;
      fail(n, `${EXPECTED[st.want]}; the text ends here`);
      break;
    }
    const c = text.charCodeAt(i);
    if (st.want === 'end') {
      fail(i, EXPECTED.end);
      break;
    }
    if (st.want === 'colon') {
      if (c === 58) {
        st.want = 'value';
        i++;
      } else fail(i, EXPECTED.colon);
      continue;
    }
    if (st.want === 'commaOrEnd') {
      const top = stack[stack.length - 1];
      if (c === 44) {
        st.want = top === 0 ? 'key' : 'value';
        i++;
      } else if ((c === 125 && top === 0) || (c === 93 && top === 1)) {
        stack.pop();
        i++;
        afterValue();
      } else fail(i, top === 0 ? 'a comma or }' : 'a comma or ]');
      continue;
    }
    if (st.want === 'keyOrEnd' || st.want === 'key') {
      if (st.want === 'keyOrEnd' && c === 125) {
        stack.pop();
        i++;
        afterValue();
      } else if (c === 34) {
        const next = string(i);
        if (next >= 0) {
          i = next;
          st.want = 'colon';
        }
      } else fail(i, EXPECTED[st.want]);
      continue;
    }
    // A value (or, right after "[", the end of the list).
    if (st.want === 'valueOrEnd' && c === 93) {
      stack.pop();
      i++;
      afterValue();
      continue;
    }
    let next = -1;
    if (c === 123) {
      stack.push(0);
      i++;
      st.want = 'keyOrEnd';
      continue;
    } else if (c === 91) {
      stack.push(1);
      i++;
      st.want = 'valueOrEnd';
      continue;
    } else if (c === 34) next = string(i);
    else if (c === 45 || isDigit(c)) next = number(i);
    else if (c === 116) next = literal(i, 'true');
    else if (c === 102) next = literal(i, 'false');
    else if (c === 110) next = literal(i, 'null');
    else fail(i, EXPECTED[st.want]);
    if (next >= 0) {
      i = next;
      afterValue();
    }
  }
  let line = 1;
  let lineStart = 0;
  for (let k = 0; k < failAt && k < n; k++) {
    if (text.charCodeAt(k) === 10) {
      line++;
      lineStart = k + 1;
    }
  }
  return { line, column: failAt - lineStart + 1, expected };
}

/** "line 3, column 12: expected a comma or }" — where and what, never the text itself. */
export function describeJsonSyntaxError(text: string): string {
  const error = findJsonSyntaxError(text);
  return error
    ? `line ${error.line}, column ${error.column}: expected ${error.expected}`
    : 'it is valid JSON but could not be read';
}
