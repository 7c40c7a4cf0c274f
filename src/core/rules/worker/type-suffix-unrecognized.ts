import { fixed, name } from '../../disclose';
import { isNamespacedClaim } from '../../attributes';
import { defineRule, PASS, withReport } from '../../engine';
import type { FindingData, Report, WorkerRuleContext } from '../../types';

/** The suffixes Flex converts at login, exactly as documented (lowercase). */
const FLEX_TYPES: ReadonlySet<string> = new Set([
  'string',
  'int',
  'boolean',
  'stringarray',
  'intarray',
  'booleanarray',
]);

/** Words that read as an attempted type, lower-cased; the Flex types are matched separately. */
const TYPE_WORDS: ReadonlySet<string> = new Set([
  ...FLEX_TYPES,
  'str',
  'text',
  'integer',
  'number',
  'num',
  'long',
  'float',
  'double',
  'decimal',
  'bool',
  'array',
  'list',
  'date',
  'datetime',
  'timestamp',
  'json',
  'object',
]);

const FLEX_TYPE_LIST = 'string, int, boolean, stringarray, intarray, booleanarray';

/** Which explanation the message gives: a converted type (so not an SSO login), a wrong case, or no Flex type. */
function variant(suffix: string): FindingData {
  // At an SSO login Flex would have converted a Flex type and stored the value under the bare name.
  if (FLEX_TYPES.has(suffix)) return { converted: fixed(true) };
  if (FLEX_TYPES.has(suffix.toLowerCase())) return { wrongCase: fixed(true), lower: fixed(suffix.toLowerCase()) };
  return { other: fixed(true) };
}

export default defineRule<WorkerRuleContext, 'unrecognized'>({
  meta: {
    id: 'type-suffix-unrecognized',
    scope: 'worker',
    title: {
      pass: 'No attribute name carries an unconverted type suffix',
      fail: 'An attribute name carries an unconverted type suffix',
    },
    description:
      'Flex converts a claim named <name>.<type> to a typed value under <name> only for the documented lowercase ' +
      'types. A key that still ends in a type-like suffix holds its value as text under the literal dotted name, ' +
      'where routing expressions and Insights looking for <name> do not find it.',
    severity: 'warning',
    messages: {
      unrecognized:
        'The attribute "{{key}}" ends in ".{{suffix}}"' +
        '{{#converted}}, a type Flex converts at SSO login, yet the key is still dotted: the value was probably ' +
        'written by something other than an SSO login (the API, a plugin or a script).{{/converted}}' +
        `{{#wrongCase}}, a Flex type in the wrong case. Flex converts only lowercase suffixes (${FLEX_TYPE_LIST}); a ` +
        'wrong-case type in a SAML claim makes Flex reject the whole attribute update at login ("400 Error invalid ' +
        'attribute format").{{/wrongCase}}' +
        `{{#other}}, which is not a type Flex converts (${FLEX_TYPE_LIST}).{{/other}}` +
        ' Its value sits under the literal name "{{key}}", not under "{{name}}", so whatever reads "{{name}}" does ' +
        'not find it.' +
        '{{#converted}} Check what writes "{{key}}" and have it write "{{name}}" instead.{{/converted}}' +
        '{{#wrongCase}} Name the claim "{{name}}.{{lower}}".{{/wrongCase}}' +
        '{{#other}} Name the claim "{{name}}.<type>" with one of these types, or "{{name}}" for text.{{/other}}',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ keys }) => {
    let reports: Report<'unrecognized'>[] | undefined;
    for (const key of keys) {
      const dot = key.lastIndexOf('.');
      // Namespaced names and OIDs are dotted for other reasons; channel.<x>.capacity ends in no type word.
      if (dot <= 0 || dot === key.length - 1 || isNamespacedClaim(key)) continue;
      const suffix = key.slice(dot + 1);
      if (suffix.length > 12 || !TYPE_WORDS.has(suffix.toLowerCase())) continue;
      reports = withReport(reports, {
        messageId: 'unrecognized',
        path: key,
        data: { key: name(key), suffix: name(suffix), name: name(key.slice(0, dot)), ...variant(suffix) },
      });
    }
    return reports ?? PASS;
  },
});
