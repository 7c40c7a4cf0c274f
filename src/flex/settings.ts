/**
 * The plugin's configuration as Flex holds it (`ui_attributes.sso_diagnostics`), validated with its
 * errors kept for the Setup tab. Cheap: read once at registration, without running any rule.
 */
import { parseConfig, type ConfigError } from '../core/config';
import { ALL_RULE_IDS } from '../core/rules/ruleIds';
import type { DiagnosticsConfig } from '../core/types';
import { readRawConfig, type ManagerLike } from './manager';

export interface Settings {
  /** The block exactly as found; undefined when absent. */
  readonly raw: unknown;
  readonly expectations: DiagnosticsConfig;
  readonly errors: readonly ConfigError[];
}

export function readSettings(manager: ManagerLike): Settings {
  const raw = readRawConfig(manager);
  const { expectations, errors } = parseConfig(raw, { ruleIds: ALL_RULE_IDS });
  return { raw, expectations, errors };
}
