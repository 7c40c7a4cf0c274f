/**
 * A small parser for the AD FS claim rule language (the `IssuanceTransformRules` of a relying party
 * trust), enough to know which claims a trust puts in the token, where each comes from, and which one
 * becomes the NameID. A tokenizer and a recursive-descent grammar, not regular expressions over the
 * text: a rule either parses completely or is reported as unreadable (by its @RuleName or position),
 * never half-guessed. The grammar covers what the AD FS rule templates and the Twilio guide write:
 *
 *   rules      := rule*
 *   rule       := annotation* [conditions] "=>" ("issue" | "add") "(" arguments ")" ";"
 *   annotation := "@" IDENT "=" STRING
 *   conditions := condition ("&&" condition)*
 *   condition  := [IDENT ":"] "[" [predicate ("," predicate)*] "]"
 *               | ["NOT"] "EXISTS" "(" "[" [predicate ("," predicate)*] "]" ")"
 *   predicate  := IDENT ("==" | "!=" | "=~" | "!~") STRING
 *   arguments  := "claim" "=" IDENT
 *               | argument ("," argument)*
 *   argument   := IDENT "=" expression | "Properties" "[" STRING "]" "=" expression
 *   expression := term ("+" term)*
 *   term       := STRING | IDENT "." IDENT | IDENT "(" [expression ("," expression)*] ")" | "(" expression ("," expression)* ")"
 *
 * Keywords are case-insensitive, as AD FS reads them. Strings are double-quoted without escapes;
 * there are no comments.
 */

export const NAME_ID_CLAIM = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/nameidentifier';
export const NAME_ID_FORMAT_PROPERTY = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claimproperties/format';

/** Where an emitted claim's value comes from. */
export type ClaimValueSource =
  /** An attribute-store query: the LDAP attribute (`mail`, `tokenGroups(SAMAccountName)` …). */
  | { readonly kind: 'ldap'; readonly attribute: string }
  /** The value of an incoming claim of this type (`Value = c.Value`, or a pass-through). */
  | { readonly kind: 'claim'; readonly claimType: string }
  | { readonly kind: 'constant' }
  /** Computed (concatenation, RegExReplace …) or from a claim whose type the condition does not fix. */
  | { readonly kind: 'expression' };

export interface EmittedClaim {
  readonly type: string;
  readonly source: ClaimValueSource;
  /** The `claimproperties/format` property (the NameID format), when the rule sets one. */
  readonly format?: string;
}

export interface ClaimRule {
  /** `@RuleName`, or "rule N" (numbered from 1 in order) when the rule has none. */
  readonly name: string;
  readonly named: boolean;
  readonly template?: string;
  /** `issue` puts claims in the token; `add` only feeds later rules. */
  readonly action: 'issue' | 'add';
  /** The claim types the rule's conditions require (`Type ==` predicates of its positive conditions). */
  readonly inputTypes: readonly string[];
  /** `c:[] => issue(claim = c)`, or any pass-through whose condition fixes no type: emits whatever arrives. */
  readonly passThroughAll: boolean;
  readonly emits: readonly EmittedClaim[];
}

export interface UnreadableRule {
  /** The rule's `@RuleName`, when it has one. */
  readonly name?: string;
  /** 1-based position among the rules. */
  readonly position: number;
  /** What the parser could not follow, without quoting the rule. */
  readonly reason: string;
}

export interface ParsedClaimRules {
  readonly rules: readonly ClaimRule[];
  readonly unreadable: readonly UnreadableRule[];
}

type TokenKind = 'string' | 'ident' | 'punct' | 'error';

interface Token {
  readonly kind: TokenKind;
  readonly value: string;
}

const PAIRS = new Set(['=>', '==', '!=', '=~', '!~', '&&', '||']);
const SINGLES = new Set(['@', '=', '(', ')', '[', ']', ',', ';', ':', '.', '+']);

/** Linear; never throws. An unterminated string or an unknown character becomes an error token. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff || c === 0xa0) {
      i += 1;
      continue;
    }
    if (c === 0x22 /* " */ || c === 0x201c || c === 0x201d) {
      // Word and web pages turn quotes into curly ones; AD FS refuses those, and so does this parser.
      if (c !== 0x22) {
        tokens.push({ kind: 'error', value: 'a curly quotation mark (AD FS needs straight quotes)' });
        i += 1;
        continue;
      }
      const end = text.indexOf('"', i + 1);
      if (end === -1) {
        tokens.push({ kind: 'error', value: 'a string that is never closed' });
        return tokens;
      }
      tokens.push({ kind: 'string', value: text.slice(i + 1, end) });
      i = end + 1;
      continue;
    }
    if (isIdentStart(c)) {
      let j = i + 1;
      while (j < n && isIdentPart(text.charCodeAt(j))) j += 1;
      tokens.push({ kind: 'ident', value: text.slice(i, j) });
      i = j;
      continue;
    }
    const pair = text.slice(i, i + 2);
    if (PAIRS.has(pair)) {
      tokens.push({ kind: 'punct', value: pair });
      i += 2;
      continue;
    }
    const single = text[i] as string;
    if (SINGLES.has(single)) {
      tokens.push({ kind: 'punct', value: single });
      i += 1;
      continue;
    }
    tokens.push({ kind: 'error', value: 'a character the claim rule language does not use' });
    i += 1;
  }
  return tokens;
}

function isIdentStart(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;
}

function isIdentPart(c: number): boolean {
  return isIdentStart(c) || (c >= 0x30 && c <= 0x39);
}

class ParseError extends Error {}

interface Predicate {
  readonly property: string;
  readonly operator: string;
  readonly value: string;
}

interface Condition {
  readonly variable?: string;
  readonly exists: 'match' | 'exists' | 'notExists';
  readonly predicates: readonly Predicate[];
}

type Expression =
  | { readonly kind: 'string'; readonly value: string }
  | { readonly kind: 'member'; readonly variable: string; readonly member: string }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expression[] }
  | { readonly kind: 'list'; readonly items: readonly Expression[] }
  | { readonly kind: 'concat'; readonly parts: readonly Expression[] };

interface Argument {
  /** Lower-cased name; `properties:<uri>` for a Properties[…] entry. */
  readonly name: string;
  readonly value: Expression;
}

interface RuleSyntax {
  readonly annotations: ReadonlyMap<string, string>;
  readonly conditions: readonly Condition[];
  readonly action: 'issue' | 'add';
  /** `claim = c`: the variable passed through. */
  readonly passThrough?: string;
  readonly args: readonly Argument[];
}

class Parser {
  private i = 0;

  constructor(private readonly tokens: readonly Token[]) {}

  get done(): boolean {
    return this.i >= this.tokens.length;
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  private next(): Token {
    const token = this.tokens[this.i];
    if (!token) throw new ParseError('the rule ends before it is complete');
    if (token.kind === 'error') throw new ParseError(`it contains ${token.value}`);
    this.i += 1;
    return token;
  }

  private isPunct(value: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.kind === 'punct' && token.value === value;
  }

  private isKeyword(word: string, offset = 0): boolean {
    const token = this.peek(offset);
    return token?.kind === 'ident' && token.value.toLowerCase() === word;
  }

  private expectPunct(value: string): void {
    const token = this.next();
    if (token.kind !== 'punct' || token.value !== value) throw new ParseError(`"${value}" was expected`);
  }

  private expectString(): string {
    const token = this.next();
    if (token.kind !== 'string') throw new ParseError('a quoted string was expected');
    return token.value;
  }

  private expectIdent(): string {
    const token = this.next();
    if (token.kind !== 'ident') throw new ParseError('a name was expected');
    return token.value;
  }

  /** Skips to just after the next `;` (or the end): where the next rule starts after an unreadable one. */
  recover(): void {
    while (!this.done) {
      const token = this.tokens[this.i] as Token;
      this.i += 1;
      if (token.kind === 'punct' && token.value === ';') return;
    }
  }

  /** The @RuleName seen so far in the rule being read, for naming it when it turns out unreadable. */
  lastAnnotations = new Map<string, string>();

  rule(): RuleSyntax {
    const annotations = new Map<string, string>();
    this.lastAnnotations = annotations;
    while (this.isPunct('@')) {
      this.next();
      const key = this.expectIdent().toLowerCase();
      this.expectPunct('=');
      annotations.set(key, this.expectString());
    }
    const conditions: Condition[] = [];
    if (!this.isPunct('=>')) {
      conditions.push(this.condition());
      while (this.isPunct('&&')) {
        this.next();
        conditions.push(this.condition());
      }
    }
    this.expectPunct('=>');
    const verb = this.expectIdent().toLowerCase();
    if (verb !== 'issue' && verb !== 'add') throw new ParseError('the action must be issue(…) or add(…)');
    this.expectPunct('(');
    let passThrough: string | undefined;
    const args: Argument[] = [];
    if (this.isKeyword('claim') && this.isPunct('=', 1)) {
      this.next();
      this.next();
      passThrough = this.expectIdent();
    } else {
      args.push(this.argument());
      while (this.isPunct(',')) {
        this.next();
        args.push(this.argument());
      }
    }
    this.expectPunct(')');
    this.expectPunct(';');
    return { annotations, conditions, action: verb, ...(passThrough ? { passThrough } : {}), args };
  }

  private condition(): Condition {
    if (this.isKeyword('not') || this.isKeyword('exists')) {
      const negated = this.isKeyword('not');
      if (negated) this.next();
      if (!this.isKeyword('exists')) throw new ParseError('NOT must be followed by EXISTS(…)');
      this.next();
      this.expectPunct('(');
      const predicates = this.predicates();
      this.expectPunct(')');
      return { exists: negated ? 'notExists' : 'exists', predicates };
    }
    let variable: string | undefined;
    if (this.peek()?.kind === 'ident' && this.isPunct(':', 1)) {
      variable = this.expectIdent();
      this.next();
    }
    return { ...(variable ? { variable } : {}), exists: 'match', predicates: this.predicates() };
  }

  private predicates(): Predicate[] {
    this.expectPunct('[');
    const predicates: Predicate[] = [];
    if (!this.isPunct(']')) {
      predicates.push(this.predicate());
      while (this.isPunct(',')) {
        this.next();
        predicates.push(this.predicate());
      }
    }
    this.expectPunct(']');
    return predicates;
  }

  private predicate(): Predicate {
    const property = this.expectIdent().toLowerCase();
    const operator = this.next();
    if (operator.kind !== 'punct' || !['==', '!=', '=~', '!~'].includes(operator.value)) {
      throw new ParseError('a condition needs ==, !=, =~ or !~');
    }
    return { property, operator: operator.value, value: this.expectString() };
  }

  private argument(): Argument {
    const name = this.expectIdent().toLowerCase();
    if (name === 'properties' && this.isPunct('[')) {
      this.next();
      const key = this.expectString();
      this.expectPunct(']');
      this.expectPunct('=');
      return { name: `properties:${key}`, value: this.expression() };
    }
    this.expectPunct('=');
    return { name, value: this.expression() };
  }

  private expression(): Expression {
    const parts = [this.term()];
    while (this.isPunct('+')) {
      this.next();
      parts.push(this.term());
    }
    return parts.length === 1 ? (parts[0] as Expression) : { kind: 'concat', parts };
  }

  private term(): Expression {
    const token = this.peek();
    if (token?.kind === 'string') {
      this.next();
      return { kind: 'string', value: token.value };
    }
    if (this.isPunct('(')) {
      this.next();
      const items = [this.expression()];
      while (this.isPunct(',')) {
        this.next();
        items.push(this.expression());
      }
      this.expectPunct(')');
      return { kind: 'list', items };
    }
    const name = this.expectIdent();
    if (this.isPunct('.')) {
      this.next();
      return { kind: 'member', variable: name, member: this.expectIdent().toLowerCase() };
    }
    if (this.isPunct('(')) {
      this.next();
      const args: Expression[] = [];
      if (!this.isPunct(')')) {
        args.push(this.expression());
        while (this.isPunct(',')) {
          this.next();
          args.push(this.expression());
        }
      }
      this.expectPunct(')');
      return { kind: 'call', name: name.toLowerCase(), args };
    }
    throw new ParseError('a value must be a quoted string, c.Value or a function call');
  }
}

/** Parses a whole rule set. Never throws; each rule is either read completely or listed as unreadable. */
export function parseClaimRules(text: string): ParsedClaimRules {
  const parser = new Parser(tokenize(text));
  const rules: ClaimRule[] = [];
  const unreadable: UnreadableRule[] = [];
  let position = 0;
  while (!parser.done) {
    position += 1;
    try {
      const syntax = parser.rule();
      rules.push(interpret(syntax, position));
    } catch (error) {
      if (!(error instanceof ParseError)) throw error;
      const name = parser.lastAnnotations.get('rulename');
      unreadable.push({ ...(name !== undefined ? { name } : {}), position, reason: error.message });
      parser.recover();
    }
  }
  return { rules, unreadable };
}

/** The claim type a condition variable is bound to by `Type ==`, when it fixes one. */
function boundTypes(conditions: readonly Condition[]): Map<string, string> {
  const types = new Map<string, string>();
  for (const condition of conditions) {
    if (condition.exists !== 'match' || condition.variable === undefined) continue;
    const type = condition.predicates.find((p) => p.property === 'type' && p.operator === '==');
    if (type) types.set(condition.variable.toLowerCase(), type.value);
  }
  return types;
}

function interpret(syntax: RuleSyntax, position: number): ClaimRule {
  const declaredName = syntax.annotations.get('rulename');
  const template = syntax.annotations.get('ruletemplate');
  const bound = boundTypes(syntax.conditions);
  const inputTypes = syntax.conditions
    .filter((c) => c.exists === 'match')
    .flatMap((c) => c.predicates.filter((p) => p.property === 'type' && p.operator === '==').map((p) => p.value));
  const base = {
    name: declaredName ?? `rule ${position}`,
    named: declaredName !== undefined,
    ...(template !== undefined ? { template } : {}),
    action: syntax.action,
    inputTypes,
  };

  if (syntax.passThrough !== undefined) {
    const type = bound.get(syntax.passThrough.toLowerCase());
    const declared = syntax.conditions.some((c) => c.variable?.toLowerCase() === syntax.passThrough?.toLowerCase());
    if (!declared) throw new ParseError(`claim = ${syntax.passThrough} names no condition`);
    if (type === undefined) return { ...base, passThroughAll: true, emits: [] };
    return { ...base, passThroughAll: false, emits: [{ type, source: { kind: 'claim', claimType: type } }] };
  }

  const args = new Map(syntax.args.map((a) => [a.name, a.value]));
  if (args.has('store')) return { ...base, passThroughAll: false, emits: storeClaims(args) };

  const typeExpression = args.get('type');
  if (!typeExpression) throw new ParseError('issue(…) names no claim Type');
  const type = resolveType(typeExpression, bound);
  const format = args.get(`properties:${NAME_ID_FORMAT_PROPERTY}`);
  if (format !== undefined && format.kind !== 'string') throw new ParseError('the NameID format must be a string');
  const value = args.get('value');
  return {
    ...base,
    passThroughAll: false,
    emits: [
      { type, source: valueSource(value, bound), ...(format?.kind === 'string' ? { format: format.value } : {}) },
    ],
  };
}

function resolveType(expression: Expression, bound: ReadonlyMap<string, string>): string {
  if (expression.kind === 'string') return expression.value;
  if (expression.kind === 'member' && expression.member === 'type') {
    const type = bound.get(expression.variable.toLowerCase());
    if (type !== undefined) return type;
  }
  throw new ParseError('the claim Type is computed when the rule runs');
}

function valueSource(expression: Expression | undefined, bound: ReadonlyMap<string, string>): ClaimValueSource {
  if (!expression) return { kind: 'expression' };
  if (expression.kind === 'string') return { kind: 'constant' };
  if (expression.kind === 'member' && expression.member === 'value') {
    const type = bound.get(expression.variable.toLowerCase());
    if (type !== undefined) return { kind: 'claim', claimType: type };
  }
  return { kind: 'expression' };
}

/**
 * `store = "…", types = ("t1", "t2"), query = ";a1,a2;{0}", param = c.Value`: the n-th type gets the
 * n-th attribute of the query. A query of another shape (a SQL store, a custom store) is unreadable.
 */
function storeClaims(args: ReadonlyMap<string, Expression>): EmittedClaim[] {
  const types = args.get('types');
  const query = args.get('query');
  const typeList = types?.kind === 'list' ? types.items : types?.kind === 'string' ? [types] : undefined;
  if (!typeList || typeList.some((t) => t.kind !== 'string'))
    throw new ParseError('types = (…) must list quoted claim types');
  if (query?.kind !== 'string') throw new ParseError('the attribute store query must be a quoted string');
  const parts = query.value.split(';');
  if (parts.length < 3) throw new ParseError('the attribute store query is not of the form ";attributes;{0}"');
  const attributes = splitAttributes(parts[1] as string);
  if (attributes.length !== typeList.length) {
    throw new ParseError(`the query names ${attributes.length} attributes for ${typeList.length} claim types`);
  }
  return typeList.map((t, index) => ({
    type: (t as { value: string }).value,
    source: { kind: 'ldap' as const, attribute: attributes[index] as string },
  }));
}

/** Splits `mail,displayName,tokenGroups(longDomainQualifiedName)` on commas outside parentheses. */
function splitAttributes(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of list) {
    if (ch === '(') depth += 1;
    if (ch === ')') depth -= 1;
    if (ch === ',' && depth === 0) {
      out.push(current.trim());
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim() !== '' || out.length > 0) out.push(current.trim());
  return out;
}
