/**
 * Whether a configured regular expression can take super-linear time on some value (catastrophic
 * backtracking, "ReDoS"). Configured patterns run in every admin's and supervisor's browser against
 * every worker, so one like `(a+)+` would freeze the tab: the configuration refuses it at parse time.
 *
 * Written here rather than taken from a package: `recheck` is the thorough checker but ships a
 * multi-megabyte Scala.js build (or native binaries) — far beyond the plugin's bundle budget —
 * and `safe-regex`/`safe-regex2` judge star height only, missing `(a|a)*` and `\d+\d+`. This
 * check is small, linear in the pattern, and deliberately conservative: it refuses
 * 1. a repetition of more than one round around a part that itself repeats without a small bound
 *    (`(a+)+`, `(a*){2,}`, `(.*,){20}`),
 * 2. an unbounded repetition of alternatives that can start with the same character (`(a|ab)*`),
 * 3. two unbounded repetitions in a row (only optional parts between them) that can match the same
 *    character (`\d+\d+`, `.*.*`).
 * Together with the bound on the value length tested, each match then costs at most about the square
 * of the value's length.
 */

/** A repetition above this many rounds counts as unbounded. */
const SMALL_BOUND = 16;

/** A set of characters, coarsely: ASCII exactly, everything above as one flag. */
interface Chars {
  readonly ascii: Uint8Array; // 128 flags
  nonAscii: boolean;
}

type Node =
  | { readonly kind: 'chars'; readonly chars: Chars }
  | { readonly kind: 'seq'; readonly items: readonly Node[] }
  | { readonly kind: 'alt'; readonly alts: readonly Node[] }
  | { readonly kind: 'repeat'; readonly body: Node; readonly min: number; readonly max: number }
  /** Anchors, lookarounds (their body is checked on its own), back-references: match no character of their own. */
  | { readonly kind: 'empty' };

function emptyChars(): Chars {
  return { ascii: new Uint8Array(128), nonAscii: false };
}

function range(chars: Chars, from: number, to: number): void {
  for (let c = from; c <= Math.min(to, 127); c++) chars.ascii[c] = 1;
  if (to >= 128) chars.nonAscii = true;
}

function union(into: Chars, other: Chars): void {
  for (let c = 0; c < 128; c++) if (other.ascii[c]) into.ascii[c] = 1;
  if (other.nonAscii) into.nonAscii = true;
}

function overlaps(a: Chars, b: Chars): boolean {
  if (a.nonAscii && b.nonAscii) return true;
  for (let c = 0; c < 128; c++) if (a.ascii[c] && b.ascii[c]) return true;
  return false;
}

function negate(chars: Chars): Chars {
  const out = emptyChars();
  for (let c = 0; c < 128; c++) out.ascii[c] = chars.ascii[c] ? 0 : 1;
  out.nonAscii = true;
  return out;
}

function classEscape(letter: string): Chars | undefined {
  const chars = emptyChars();
  const lower = letter.toLowerCase();
  if (lower === 'd') range(chars, 48, 57);
  else if (lower === 'w') {
    range(chars, 48, 57);
    range(chars, 65, 90);
    range(chars, 97, 122);
    chars.ascii[95] = 1;
  } else if (lower === 's') {
    for (const c of [9, 10, 11, 12, 13, 32]) chars.ascii[c] = 1;
    chars.nonAscii = true;
  } else return undefined;
  return letter === lower ? chars : negate(chars);
}

const ALL = (): Chars => negate(emptyChars());

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const node = this.alternation();
    return node;
  }

  private peek(): string | undefined {
    return this.src[this.i];
  }

  private alternation(): Node {
    const alts: Node[] = [this.sequence()];
    while (this.peek() === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? (alts[0] as Node) : { kind: 'alt', alts };
  }

  private sequence(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.peek() !== '|' && this.peek() !== ')') {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return { kind: 'seq', items };
  }

  private quantified(atom: Node): Node {
    const c = this.peek();
    let min: number;
    let max: number;
    if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '?') [min, max] = [0, 1];
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i, this.i + 24));
      if (!m) return atom; // a literal "{"
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.peek() === '?') this.i++; // lazy: same cost in the worst case
    return this.quantified({ kind: 'repeat', body: atom, min, max });
  }

  private atom(): Node {
    const c = this.src[this.i++] as string;
    if (c === '(') {
      let lookaround = false;
      if (this.src.startsWith('?:', this.i)) this.i += 2;
      else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
        this.i += 2;
        lookaround = true;
      } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
        this.i += 3;
        lookaround = true;
      } else if (this.src.startsWith('?<', this.i)) {
        const close = this.src.indexOf('>', this.i);
        this.i = close < 0 ? this.src.length : close + 1;
      }
      const body = this.alternation();
      if (this.peek() === ')') this.i++;
      if (lookaround) {
        problems.check(body);
        return { kind: 'empty' };
      }
      return body;
    }
    if (c === '[') return { kind: 'chars', chars: this.charClass() };
    if (c === '.') {
      const chars = ALL();
      chars.ascii[10] = 0;
      chars.ascii[13] = 0;
      return { kind: 'chars', chars };
    }
    if (c === '^' || c === '$') return { kind: 'empty' };
    if (c === '\\') return this.escape(false);
    const chars = emptyChars();
    range(chars, c.charCodeAt(0), c.charCodeAt(0));
    return { kind: 'chars', chars };
  }

  /** After a backslash. In a class, `\b` is a backspace. */
  private escape(inClass: boolean): Node & { kind: 'chars' | 'empty' } {
    const c = this.src[this.i++] ?? '\\';
    const cls = classEscape(c);
    if (cls) return { kind: 'chars', chars: cls };
    if (!inClass && (c === 'b' || c === 'B')) return { kind: 'empty' };
    if (!inClass && /[1-9]/.test(c)) {
      while (/[0-9]/.test(this.peek() ?? '')) this.i++;
      return { kind: 'empty' };
    }
    if (!inClass && c === 'k' && this.peek() === '<') {
      const close = this.src.indexOf('>', this.i);
      this.i = close < 0 ? this.src.length : close + 1;
      return { kind: 'empty' };
    }
    const chars = emptyChars();
    let code = c.charCodeAt(0);
    const hex = (n: number) => {
      const digits = this.src.slice(this.i, this.i + n);
      if (/^[0-9a-fA-F]+$/.test(digits) && digits.length === n) {
        this.i += n;
        return parseInt(digits, 16);
      }
      return c.charCodeAt(0);
    };
    if (c === 'u') code = hex(4);
    else if (c === 'x') code = hex(2);
    else if (c === 'n') code = 10;
    else if (c === 'r') code = 13;
    else if (c === 't') code = 9;
    else if (c === 'f') code = 12;
    else if (c === 'v') code = 11;
    else if (c === '0') code = 0;
    else if (c === 'c') {
      code = (this.src.charCodeAt(this.i) || 64) % 32;
      this.i++;
    }
    range(chars, code, code);
    return { kind: 'chars', chars };
  }

  private charClass(): Chars {
    let negated = false;
    if (this.peek() === '^') {
      negated = true;
      this.i++;
    }
    const chars = emptyChars();
    let first = true;
    let previous: number | undefined;
    while (this.i < this.src.length && (this.peek() !== ']' || first)) {
      first = false;
      let code: number | undefined;
      if (this.peek() === '\\') {
        this.i++;
        const e = this.escape(true);
        if (e.kind === 'chars') {
          const single = singleCode(e.chars);
          if (single === undefined) union(chars, e.chars);
          code = single;
        }
      } else {
        code = this.src.charCodeAt(this.i++);
      }
      if (code === undefined) {
        previous = undefined;
        continue;
      }
      if (this.peek() === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        this.i++;
        let to: number | undefined;
        if (this.peek() === '\\') {
          this.i++;
          const e = this.escape(true);
          to = e.kind === 'chars' ? singleCode(e.chars) : undefined;
        } else to = this.src.charCodeAt(this.i++);
        range(chars, code, to ?? code);
        previous = undefined;
        continue;
      }
      range(chars, code, code);
      previous = code;
    }
    void previous;
    if (this.peek() === ']') this.i++;
    return negated ? negate(chars) : chars;
  }
}

function singleCode(chars: Chars): number | undefined {
  if (chars.nonAscii) return undefined;
  let found: number | undefined;
  for (let c = 0; c < 128; c++) {
    if (chars.ascii[c]) {
      if (found !== undefined) return undefined;
      found = c;
    }
  }
  return found;
}

/** Whether a node can match the empty string. */
function nullable(node: Node): boolean {
  switch (node.kind) {
    case 'chars':
      return false;
    case 'empty':
      return true;
    case 'seq':
      return node.items.every(nullable);
    case 'alt':
      return node.alts.some(nullable);
    case 'repeat':
      return node.min === 0 || nullable(node.body);
  }
}

/** Characters a node can start with. */
function firstChars(node: Node): Chars {
  const out = emptyChars();
  switch (node.kind) {
    case 'chars':
      union(out, node.chars);
      break;
    case 'empty':
      break;
    case 'seq':
      for (const item of node.items) {
        union(out, firstChars(item));
        if (!nullable(item)) break;
      }
      break;
    case 'alt':
      for (const alt of node.alts) union(out, firstChars(alt));
      break;
    case 'repeat':
      union(out, firstChars(node.body));
      break;
  }
  return out;
}

/** Every character a node can match anywhere. */
function allChars(node: Node): Chars {
  const out = emptyChars();
  const walk = (n: Node): void => {
    if (n.kind === 'chars') union(out, n.chars);
    else if (n.kind === 'seq') n.items.forEach(walk);
    else if (n.kind === 'alt') n.alts.forEach(walk);
    else if (n.kind === 'repeat') walk(n.body);
  };
  walk(node);
  return out;
}

function repeatsWithoutBound(node: Node): boolean {
  if (node.kind === 'repeat') return node.max > SMALL_BOUND || repeatsWithoutBound(node.body);
  if (node.kind === 'seq') return node.items.some(repeatsWithoutBound);
  if (node.kind === 'alt') return node.alts.some(repeatsWithoutBound);
  return false;
}

/** Collects what is unsafe; lookaround bodies are checked as they are parsed. */
const problems = {
  found: [] as string[],
  check(node: Node): void {
    const visit = (n: Node): void => {
      if (n.kind === 'repeat') {
        const inner = n.body;
        if (n.max > 1 && repeatsWithoutBound(inner)) {
          problems.found.push('a repeated part holds another repetition, as in (a+)+');
        }
        if (n.max > SMALL_BOUND) {
          const alts =
            inner.kind === 'alt'
              ? inner.alts
              : inner.kind === 'seq' && inner.items.length === 1 && inner.items[0]?.kind === 'alt'
                ? inner.items[0].alts
                : [];
          for (let a = 0; a < alts.length; a++) {
            for (let b = a + 1; b < alts.length; b++) {
              if (overlaps(firstChars(alts[a] as Node), firstChars(alts[b] as Node))) {
                problems.found.push('a repeated choice has alternatives that start alike, as in (a|ab)*');
              }
            }
          }
        }
        visit(inner);
      } else if (n.kind === 'seq') {
        let open: Chars | undefined;
        for (const item of n.items) {
          if (item.kind === 'repeat' && item.max > SMALL_BOUND) {
            const chars = allChars(item.body);
            if (open && overlaps(open, chars)) {
              problems.found.push('two repetitions in a row can match the same characters, as in \\d+\\d+');
            }
            open = chars;
          } else if (!nullable(item)) open = undefined;
          visit(item);
        }
      } else if (n.kind === 'alt') n.alts.forEach(visit);
    };
    visit(node);
  },
};

/**
 * Why a pattern (already known to compile) could backtrack catastrophically, in words, or undefined
 * when it is safe by the rules above.
 */
export function backtrackingProblem(pattern: string): string | undefined {
  problems.found = [];
  problems.check(new Parser(pattern).parse());
  const first = problems.found[0];
  problems.found = [];
  return first;
}
