/** How the views and reports group worker attributes and quote their values. */
import {
  hasAttribute,
  isInsightsAttribute,
  isNamespacedClaim,
  isRequiredAttribute,
  isReservedAttribute,
} from './attributes';
import { intendedAttribute } from './claims';
import type { WorkerAttributes } from './types';

export type AttributeGroup = 'required' | 'insights' | 'routingAndReserved' | 'custom' | 'namespacedOrUnknown';

/** Display order of the groups. */
export const ATTRIBUTE_GROUPS: readonly AttributeGroup[] = [
  'required',
  'insights',
  'routingAndReserved',
  'custom',
  'namespacedOrUnknown',
];

/**
 * Which group one key belongs to. A near-miss (`Email`, `displayName`) counts as "namespaced or
 * unknown" only while the attribute it probably means is absent; beside the real one it is custom.
 */
export function attributeGroupOf(key: string, attributes: WorkerAttributes): AttributeGroup {
  if (isRequiredAttribute(key)) return 'required';
  if (isInsightsAttribute(key)) return 'insights';
  if (isReservedAttribute(key)) return 'routingAndReserved';
  if (isNamespacedClaim(key)) return 'namespacedOrUnknown';
  const intended = intendedAttribute(key, attributes[key], attributes);
  if (intended !== undefined && intended !== key && !hasAttribute(attributes, intended)) return 'namespacedOrUnknown';
  return 'custom';
}

/** Every key of the worker, grouped for the "All attributes, grouped" view; keys keep their order. */
export function groupAttributes(attributes: WorkerAttributes): Record<AttributeGroup, string[]> {
  const groups: Record<AttributeGroup, string[]> = {
    required: [],
    insights: [],
    routingAndReserved: [],
    custom: [],
    namespacedOrUnknown: [],
  };
  for (const key of Object.keys(attributes)) groups[attributeGroupOf(key, attributes)].push(key);
  return groups;
}

const SHOWN_LENGTH = 80;

/**
 * A value as findings quote it: strings as they are, anything else as JSON, cut at 80 characters
 * so a 10 kB value cannot flood a report. Never throws (a hostile value may not serialise).
 */
export function showValue(value: unknown, max: number = SHOWN_LENGTH): string {
  let text: string;
  if (typeof value === 'string') text = value;
  else {
    try {
      text = JSON.stringify(value) ?? String(value);
    } catch {
      // BigInt or a cycle: a primitive still has a readable form, an object only its kind.
      text = typeof value === 'object' && value !== null ? Object.prototype.toString.call(value) : String(value);
    }
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
