/** Where the configuration block is in what an admin has: the Flex configuration, `ui_attributes`, or the block. */
import { CONFIG_KEYS } from './config';
import { closestName } from './configSuggest';
import { isRecord } from './objects';

/**
 * Tells a configuration block from a `ui_attributes` object that merely lacks one: in a block at least
 * half the keys are settings (or near misses of one), while `ui_attributes` holds Flex's own keys and
 * other plugins' settings, of which one may happen to look like ours (`channels`, `enabled`).
 */
function looksLikeBlock(record: Record<string, unknown>): boolean {
  const keys = Object.keys(record);
  const ours = keys.filter(
    (key) => (CONFIG_KEYS as readonly string[]).includes(key) || closestName(key, CONFIG_KEYS) !== undefined,
  );
  return ours.length > 0 && ours.length * 2 >= keys.length;
}

/**
 * Finds the configuration block in what an admin has: the Flex configuration (`ui_attributes` inside),
 * `ui_attributes` itself (`sso_diagnostics` inside), or the block alone. Returns undefined when there is
 * no block, e.g. a `ui_attributes` without one, so that other plugins' settings are not read as typos.
 */
export function selectDiagnosticsConfig(raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  if (Object.hasOwn(raw, 'sso_diagnostics')) return raw['sso_diagnostics'];
  if (isRecord(raw['ui_attributes'])) return selectDiagnosticsConfig(raw['ui_attributes']);
  return looksLikeBlock(raw) || Object.keys(raw).length === 0 ? raw : undefined;
}
