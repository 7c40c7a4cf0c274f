/**
 * What Flex knows about worker attribute names: the required ones, the Insights ones, the ones Flex and
 * TaskRouter reserve, and whether a name is namespaced. The claim names IdPs send instead of them are in
 * claims.ts, how views group and quote attributes in attributeDisplay.ts, email checks in email.ts.
 *
 * Source: ../shared/reference/flex-sso.md ("Attributes Flex understands").
 * Everything here is called for every key of every worker (10,000 workers live), so lookups are
 * Map/Set based and no regular expression is compiled per call.
 */
import type { WorkerAttributes } from './types';

/** Flex rejects an SSO login (error 45050) when one of these is missing or invalid. */
export const REQUIRED_ATTRIBUTES = ['email', 'full_name', 'roles'] as const;
export type RequiredAttributeName = (typeof REQUIRED_ATTRIBUTES)[number];

/** Attributes Flex Insights reads (`email` is also one, but it is listed as required). */
export const INSIGHTS_ATTRIBUTES = [
  'department',
  'location',
  'manager',
  'phone',
  'department_id',
  'department_name',
  'department_name_in_hierarchy',
  'team_id',
  'team_name',
  'team_name_in_hierarchy',
  'agent_id',
  'agent_attribute_1',
  'agent_attribute_2',
  'agent_attribute_3',
  'agent_label_1',
  'agent_label_2',
  'agent_label_3',
  'role',
  'state',
] as const;

/** Attributes Flex or TaskRouter give a meaning of their own; `channel.<name>.<setting>` keys also belong here. */
export const RESERVED_ATTRIBUTES = [
  'routing',
  'disabled_skills',
  'contact_uri',
  'team_member',
  'team_owner',
  'image_url',
] as const;

/** TaskRouter's limit on a worker's attributes JSON, in characters, whitespace included; it cannot be raised. */
export const ATTRIBUTES_JSON_LIMIT = 4096;

/** Every exact attribute name Flex gives a meaning to (channel keys are a pattern: see `isChannelAttribute`). */
export const FLEX_ATTRIBUTES: readonly string[] = [
  ...REQUIRED_ATTRIBUTES,
  ...INSIGHTS_ATTRIBUTES,
  ...RESERVED_ATTRIBUTES,
];

const REQUIRED_SET: ReadonlySet<string> = new Set(REQUIRED_ATTRIBUTES);
const INSIGHTS_SET: ReadonlySet<string> = new Set(INSIGHTS_ATTRIBUTES);
const RESERVED_SET: ReadonlySet<string> = new Set(RESERVED_ATTRIBUTES);
const FLEX_SET: ReadonlySet<string> = new Set(FLEX_ATTRIBUTES);

export function isRequiredAttribute(key: string): key is RequiredAttributeName {
  return REQUIRED_SET.has(key);
}

export function isInsightsAttribute(key: string): boolean {
  return INSIGHTS_SET.has(key);
}

const CHANNEL_KEY = /^channel\.[^.]+\.(?:capacity|availability)$/;

/** `channel.<taskchannel>.capacity` / `.availability`: set the worker's channel at login. */
export function isChannelAttribute(key: string): boolean {
  return key.startsWith('channel.') && CHANNEL_KEY.test(key);
}

export function isReservedAttribute(key: string): boolean {
  return RESERVED_SET.has(key) || isChannelAttribute(key);
}

/** True for a name Flex itself gives a meaning to, under exactly this spelling. */
export function isFlexAttribute(key: string): boolean {
  return FLEX_SET.has(key) || isChannelAttribute(key);
}

/** Flex reads only bare names; IdPs that follow WS-Federation or X.500 conventions send URIs or OIDs. */
export function isNamespacedClaim(key: string): boolean {
  return NAMESPACED.test(key);
}

// Case-insensitive in ASCII only (no other character folds onto these letters): as lower-casing the head did,
// without a copy of every key of every worker.
const NAMESPACED = /^(?:https?:\/\/|urn:)/i;

/** True when the worker holds the attribute under exactly this name (an `undefined` value counts as absent). */
export function hasAttribute(attributes: WorkerAttributes, key: string): boolean {
  return Object.hasOwn(attributes, key) && attributes[key] !== undefined;
}

/** Blank: null, an empty or whitespace-only string, or a list with no non-blank item. */
export function isBlankValue(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value))
    return value.every((item) => (typeof item === 'string' ? item.trim() === '' : item == null));
  return false;
}
