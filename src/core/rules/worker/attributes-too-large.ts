import { name } from '../../disclose';
import { ATTRIBUTES_JSON_LIMIT } from '../../attributes';
import { defineRule, PASS } from '../../engine';
import type { WorkerAttributes, WorkerRuleContext } from '../../types';

/** From 90% of the limit (3687 characters) a few more claims or groups will push the worker over it. */
const NEAR_LIMIT = Math.ceil(ATTRIBUTES_JSON_LIMIT * 0.9);

function serialisedLength(value: unknown): number | undefined {
  try {
    return JSON.stringify(value)?.length;
  } catch {
    // A value JSON cannot hold (BigInt, a cycle) never came from TaskRouter: nothing to measure.
    return undefined;
  }
}

/**
 * An upper bound on the JSON length of `value`, or Infinity once it passes `budget`: a walk with no
 * string building, a quarter of the cost of JSON.stringify, so only the few workers whose bound
 * reaches the limit are serialised. A string takes at most 2 + 6 characters per UTF-16 unit (`\uXXXX`),
 * a number at most 24; anything JSON.stringify treats specially (toJSON, BigInt) is not bounded here.
 */
function jsonLengthBound(value: unknown, budget: number): number {
  switch (typeof value) {
    case 'string':
      return 2 + 6 * value.length;
    case 'number':
      return 24;
    case 'boolean':
      return 5;
    case 'undefined':
    case 'function':
    case 'symbol':
      return 4; // omitted in an object, null in a list
    case 'object': {
      if (value === null) return 4;
      if (typeof (value as { toJSON?: unknown }).toJSON === 'function') return Infinity;
      let total = 2;
      if (Array.isArray(value)) {
        for (const item of value) {
          total += 1 + jsonLengthBound(item, budget - total);
          if (total > budget) return Infinity;
        }
        return total;
      }
      // for…in, not Object.keys: no list of keys per object. Inherited enumerable keys (none, unless
      // Object.prototype was polluted) only make the bound larger, and it stays a bound.
      for (const key in value) {
        total += 4 + 6 * key.length + jsonLengthBound((value as Record<string, unknown>)[key], budget - total);
        if (total > budget) return Infinity;
      }
      return total;
    }
    default:
      return Infinity;
  }
}

/** The three attributes that take the most room, for the admin to start with. */
function largestKeys(attributes: WorkerAttributes): string[] {
  return Object.keys(attributes)
    .map((key) => ({ key, size: key.length + (serialisedLength(attributes[key]) ?? 0) }))
    .sort((a, b) => b.size - a.size)
    .slice(0, 3)
    .map(({ key }) => key);
}

export default defineRule<WorkerRuleContext, 'tooLarge' | 'nearLimit'>({
  meta: {
    id: 'attributes-too-large',
    scope: 'worker',
    title: {
      pass: 'Worker attributes fit within the TaskRouter limit',
      fail: 'Worker attributes are at or over the TaskRouter limit',
    },
    description:
      "TaskRouter stores at most 4096 characters of worker attributes JSON. Over the limit, the IdP's attributes " +
      'cannot be written at login; Entra group claims and pass-through claims are the usual cause.',
    severity: 'error',
    messages: {
      tooLarge:
        'The attributes take {{length}} characters as JSON, over the TaskRouter limit of {{limit}}, so updates to this ' +
        'worker probably fail. The largest: {{largest}}. Stop sending claims Flex does not use.',
      nearLimit:
        'The attributes take {{length}} of the {{limit}} characters TaskRouter allows. A few more claims or group ' +
        'values will exceed it. The largest: {{largest}}.',
    },
    fixKey: 'F-CLAIMS',
  },
  detect: ({ worker }) => {
    if (jsonLengthBound(worker.attributes, NEAR_LIMIT) < NEAR_LIMIT) return PASS;
    const length = serialisedLength(worker.attributes);
    if (length === undefined || length < NEAR_LIMIT) return PASS;
    const data = { length, limit: ATTRIBUTES_JSON_LIMIT, largest: name(largestKeys(worker.attributes)) };
    return length > ATTRIBUTES_JSON_LIMIT
      ? [{ messageId: 'tooLarge', data }]
      : [{ messageId: 'nearLimit', severity: 'warning', data }];
  },
});
