import {
  codeAddresses,
  disclose,
  fixed,
  name,
  personal,
  personCode,
  redactText,
  role,
  valueCode,
} from '../../../src/core/disclose';
import { describeJsonSyntaxError } from '../../../src/core/jsonSyntax';
import { fillTemplate } from '../../../src/core/messages';
import { backtrackingProblem } from '../../../src/core/regexSafety';

const MASK = { mode: 'mask', mask: '••••', shown: new Set(['email', 'full_name', 'roles']) } as const;
const REDACT = { mode: 'redact' } as const;

describe('disclose: one decision on data', () => {
  it('codes a personal value whole, before any cut: no prefix of a long value escapes', () => {
    const long = `zed.quill@owlbank.example${'x'.repeat(200)}`;
    expect(disclose(personal(long, 'department'), { mode: 'plain' })).toHaveLength(80);
    expect(disclose(personal(long, 'department'), REDACT)).toBe(personCode(long));
    expect(disclose(personal('Payroll 42', 'department'), REDACT)).toBe(valueCode('Payroll 42'));
    expect(disclose(personal(447700900123, 'phone'), REDACT)).toBe(valueCode('447700900123'));
  });

  it('masks for supervisors what they may not see, and shows identity attributes', () => {
    expect(disclose(personal('Payroll 42', 'department'), MASK)).toBe('••••');
    expect(disclose(personal('Zed Quill', 'full_name'), MASK)).toBe('Zed Quill');
    expect(disclose('an unmarked string', MASK)).toBe('••••');
  });

  it('keeps Flex role names and codes role values that are names or addresses', () => {
    expect(disclose(role(['agent', 'Zed Quill', 'zed@owlbank.example']), REDACT)).toBe(
      `agent, ${valueCode('Zed Quill')} and ${personCode('zed@owlbank.example')}`,
    );
  });

  it('keeps attribute names unless they are an address', () => {
    expect(disclose(name('department'), REDACT)).toBe('department');
    expect(disclose(name('zed@owlbank.example'), REDACT)).toBe(personCode('zed@owlbank.example'));
  });

  it('fills plural forms and optional parts from data', () => {
    const t = 'The attributes include {{count}} {{count|claim|claims}}{{#note}} ({{note}}){{/note}}.';
    expect(fillTemplate(t, { count: 1 })).toBe('The attributes include 1 claim.');
    expect(fillTemplate(t, { count: 3, note: fixed('old') })).toBe('The attributes include 3 claims (old).');
  });

  it('scans free text in one linear pass: long runs and huge values cost their length', () => {
    const run = 'a.'.repeat(40_000);
    const started = Date.now();
    expect(codeAddresses(run)).toBe(run);
    // Cut at 2,000 characters first; a run of address characters cut there is dropped (it may be an address's start).
    expect(redactText(`status ${'k'.repeat(600_000)}`, { known: ['x'.repeat(32_768)] })).toBe('status ');
    expect(Date.now() - started).toBeLessThan(500);
    expect(codeAddresses('mail zed.quill@owlbank.example.')).toBe(`mail ${personCode('zed.quill@owlbank.example')}.`);
    expect(redactText('https://x.example/cb?login_hint=zed%40owlbank.example')).toBe(
      `https://x.example/cb?login_hint=${valueCode('zed%40owlbank.example')}`,
    );
  });
});

describe('JSON syntax errors say where and what, never the text', () => {
  it.each([
    ['{"email":zed.quill.', 'line 1, column 10: expected a value'],
    ['{"a":1,}', 'line 1, column 8: expected a quoted name'],
    ['{\n  "a": [1,\n  2 3]}', 'line 3, column 5: expected a comma or ]'],
    ['"abc', 'line 1, column 5: expected a closing quote; the text ends inside a string'],
  ])('%j', (text, expected) => {
    expect(describeJsonSyntaxError(text)).toBe(expected);
  });

  it('reads deep nesting without recursion', () => {
    expect(describeJsonSyntaxError(`${'['.repeat(100_000)}x`)).toBe('line 1, column 100001: expected a value or ]');
  });
});

describe('configured patterns that can backtrack catastrophically', () => {
  it.each(['(a+)+', '(a*)*', '(a|ab)*', '\\d+\\d+', '.*.*', '(.*a){20}', '(\\w+\\s?)+$', '(?=(a+)+)'])(
    'refuses %s',
    (pattern) => expect(backtrackingProblem(pattern)).toBeDefined(),
  );
  it.each(['^E[0-9]{6}$', 'Sales|Support', '(\\d{1,3}\\.){3}\\d{1,3}', '^[^@]+@example\\.com$', '^(ab|cd)+$', 'a.*b'])(
    'accepts %s',
    (pattern) => expect(backtrackingProblem(pattern)).toBeUndefined(),
  );
});
