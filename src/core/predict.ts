import { fixed, name as nameValue, personal } from './disclose';
/**
 * Predicts the worker attributes Flex writes from a SAML response's attributes (rules.md, "Predicting
 * worker attributes from a response"). Twilio does not document every step, so the result is a
 * prediction: the report marks it so, and the rules that rely on it say "likely".
 */
import type { PredictedAttributes, SamlAttribute } from './samlTypes';
import type { FindingData } from './types';

/** The typed-claim suffixes Flex converts, exactly in this (lower) case. */
export const CLAIM_TYPES = ['string', 'int', 'boolean', 'stringarray', 'intarray', 'booleanarray'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

type TypeError = PredictedAttributes['typeErrors'][number];

const INTEGER = /^[+-]?\d+$/;

/** Splits `name.type` when the suffix is a claim type in any case; otherwise undefined. */
export function splitTypedClaim(name: string): { readonly base: string; readonly type: string } | undefined {
  const dot = name.lastIndexOf('.');
  if (dot <= 0 || dot === name.length - 1) return undefined;
  const type = name.slice(dot + 1);
  if (!(CLAIM_TYPES as readonly string[]).includes(type.toLowerCase())) return undefined;
  return { base: name.slice(0, dot), type };
}

function toInt(value: string): number | undefined {
  const trimmed = value.trim();
  if (!INTEGER.test(trimmed)) return undefined;
  const n = Number(trimmed);
  return Number.isSafeInteger(n) ? n : undefined;
}

function toBoolean(value: string): boolean | undefined {
  // Case-insensitive: how strictly Flex parses booleans is not documented, and "True" is a common
  // IdP output; only values that are no boolean at all are called out.
  const lower = value.trim().toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

type Conversion = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly bad: string };

function convertAll<T>(values: readonly string[], convert: (v: string) => T | undefined): Conversion {
  const out: T[] = [];
  for (const v of values) {
    const converted = convert(v);
    if (converted === undefined) return { ok: false, bad: v };
    out.push(converted);
  }
  return { ok: true, value: out };
}

function convertOne<T>(values: readonly string[], convert: (v: string) => T | undefined): Conversion {
  // A scalar type with several values cannot be converted: show them all as the offending value.
  if (values.length !== 1) return { ok: false, bad: values.join(', ') };
  const converted = convert(values[0] as string);
  return converted === undefined ? { ok: false, bad: values[0] as string } : { ok: true, value: converted };
}

function convert(type: ClaimType, values: readonly string[]): Conversion {
  switch (type) {
    case 'string':
      return convertOne(values, (v) => v);
    case 'int':
      return convertOne(values, toInt);
    case 'boolean':
      return convertOne(values, toBoolean);
    case 'stringarray':
      return { ok: true, value: [...values] };
    case 'intarray':
      return convertAll(values, toInt);
    case 'booleanarray':
      return convertAll(values, toBoolean);
  }
}

/** `roles` arrives as one multi-valued attribute or a comma-separated string; Flex splits on commas. */
export function splitRoles(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(',').map((part) => part.trim())).filter((part) => part !== '');
}

function plainValue(name: string, values: readonly string[]): unknown {
  if (name === 'roles') return splitRoles(values);
  // An Attribute with no value likely clears the key (flex-sso.md: "keep sending the claim with an
  // empty value" to clear it), so it is predicted as an empty string.
  if (values.length === 0) return '';
  return values.length === 1 ? values[0] : [...values];
}

/**
 * The attributes Flex is predicted to write for these SAML attributes. Keys are the `Name`s exactly as
 * sent (Flex maps nothing: a namespaced name stays namespaced). When the same Name occurs twice, the
 * last element likely wins, as in the common SAML libraries (`saml-attribute-duplicated` warns).
 * A typed claim that fails conversion is left out and recorded in `typeErrors`: Flex then rejects the
 * whole update, which the rule reporting it says.
 *
 * `channels` is accepted for callers that know the TaskChannels; the prediction does not depend on it.
 */
export function predictWorkerAttributes(
  attributes: readonly SamlAttribute[],
  _channels?: readonly string[],
): PredictedAttributes {
  const predicted: Record<string, unknown> = {};
  const sources: Record<string, string> = {};
  const typeErrors: TypeError[] = [];

  const put = (key: string, value: unknown, name: string) => {
    predicted[key] = value;
    sources[key] = name;
  };

  for (const attribute of attributes) {
    const { name, values } = attribute;
    const typed = splitTypedClaim(name);
    if (!typed) {
      put(name, plainValue(name, values), name);
      continue;
    }
    const expected = typed.type.toLowerCase() as ClaimType;
    if (typed.type !== expected) {
      const data: FindingData = { claim: nameValue(name), type: nameValue(typed.type), expected: fixed(expected) };
      typeErrors.push({ claim: name, messageId: 'typeCase', data });
      continue;
    }
    const conversion = convert(expected, values);
    if (conversion.ok) put(typed.base, conversion.value, name);
    else
      typeErrors.push({
        claim: name,
        messageId: 'value',
        data: { claim: nameValue(name), type: fixed(expected), value: personal(conversion.bad, name) },
      });
  }
  return { attributes: predicted, sources, typeErrors };
}
