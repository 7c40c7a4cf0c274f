import { isNamespacedClaim } from '../../attributes';
import { defineRule } from '../../engine';
import type { Report, WorkerRuleContext } from '../../types';

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

interface Explanation {
  readonly reason: string;
  readonly advice: string;
}

function explain(suffix: string, name: string): Explanation {
  if (FLEX_TYPES.has(suffix)) {
    // At an SSO login Flex would have converted it and stored the value under the bare name.
    return {
      reason:
        ', a type Flex converts at SSO login, yet the key is still dotted: the value was probably written by ' +
        'something other than an SSO login (the API, a plugin or a script).',
      advice: ` Check what writes "${name}.${suffix}" and have it write "${name}" instead.`,
    };
  }
  if (FLEX_TYPES.has(suffix.toLowerCase())) {
    return {
      reason:
        `, a Flex type in the wrong case. Flex converts only lowercase suffixes (${FLEX_TYPE_LIST}); a wrong-case ` +
        'type in a SAML claim makes Flex reject the whole attribute update at login ("400 Error invalid attribute format").',
      advice: ` Name the claim "${name}.${suffix.toLowerCase()}".`,
    };
  }
  return {
    reason: `, which is not a type Flex converts (${FLEX_TYPE_LIST}).`,
    advice: ` Name the claim "${name}.<type>" with one of these types, or "${name}" for text.`,
  };
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
        'The attribute "{{key}}" ends in ".{{suffix}}"{{reason}} Its value sits under the literal name "{{key}}", ' +
        'not under "{{name}}", so whatever reads "{{name}}" does not find it.{{advice}}',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker }) => {
    const reports: Report<'unrecognized'>[] = [];
    for (const key of Object.keys(worker.attributes)) {
      const dot = key.lastIndexOf('.');
      // Namespaced names and OIDs are dotted for other reasons; channel.<x>.capacity ends in no type word.
      if (dot <= 0 || dot === key.length - 1 || isNamespacedClaim(key)) continue;
      const suffix = key.slice(dot + 1);
      if (suffix.length > 12 || !TYPE_WORDS.has(suffix.toLowerCase())) continue;
      const name = key.slice(0, dot);
      reports.push({ messageId: 'unrecognized', path: key, data: { key, suffix, name, ...explain(suffix, name) } });
    }
    return reports;
  },
});
