/**
 * The rule catalogue (../shared/reference/rules.md) is a public contract: every id must exist under
 * exactly that name, with its scope, default severity, message ids and fix key. Also: every rule file
 * is registered, its id equals its file name, it has a test file, and every IdP profile has fix steps
 * for its fix keys.
 */
import fs from 'fs';
import path from 'path';
import { IDP_PROFILES, resolveFix } from '../../src/core/idp';
import { allRules, ruleById, teamRules, workerRules } from '../../src/core/rules';
import { samlRules, samlWorkerRules } from '../../src/core/rules/saml';
import { idpConfigRules } from '../../src/core/rules/idp-config';
// Loading the idp-config check registers its rules for ruleById (the plugin's registry leaves them out).
import '../../src/core/checkIdpConfig';
import { IDP_CONFIG_RULE_IDS } from '../../src/core/rules/idpConfigIds';
import { LOGIN_RULE_IDS } from '../../src/core/rules/ruleIds';
import { IDP_IDS, type FixKey, type RuleMeta, type RuleScope } from '../../src/core/types';
import { CATALOGUE_IDS as IDS } from './catalogueIds';
import { SHARED_DIR } from '../sharedDir';

const ROOT = path.join(__dirname, '..', '..');
const CATALOGUE = path.join(SHARED_DIR, 'reference', 'rules.md');

const REGISTERED: Record<RuleScope, readonly { meta: RuleMeta }[]> = {
  worker: workerRules,
  team: teamRules,
  saml: samlRules,
  'saml+worker': samlWorkerRules,
  'idp-config': idpConfigRules,
};

const RULE_DIRS: Record<RuleScope, string> = {
  worker: 'worker',
  team: 'team',
  saml: 'saml',
  'saml+worker': 'saml',
  'idp-config': 'idp-config',
};

/** Where each scope's table tests live, under tests/core. */
const TEST_DIRS: Record<RuleScope, string> = {
  worker: 'rules',
  team: 'rules',
  saml: 'saml',
  'saml+worker': 'saml',
  'idp-config': 'idpconfig',
};

interface CatalogueEntry {
  id: string;
  scope: RuleScope;
  severity: string;
  messageIds: string[];
  fixKeys: string[];
}

/** Reads the catalogue's tables: `| id | severity | fires when | message ids | fix |` under each scope heading. */
function readCatalogue(text: string): CatalogueEntry[] {
  const entries: CatalogueEntry[] = [];
  let scope: RuleScope | undefined;
  for (const line of text.split('\n')) {
    const heading = /^## (worker|team|saml\+worker|saml|idp-config)\s*$/.exec(line);
    if (heading) scope = heading[1] as RuleScope;
    else if (line.startsWith('## ')) scope = undefined;
    const row = /^\| `([a-z0-9-]+)` \|(.*)\|\s*$/.exec(line);
    if (!scope || !row) continue;
    const cells = (row[2] as string).split(' | ').map((c) => c.trim());
    // Cells: severity, fires when (may contain pipes? no), message ids, fix.
    const [severityCell, , messageCell, fixCell] = [
      cells[0],
      cells[1],
      cells[cells.length - 2],
      cells[cells.length - 1],
    ];
    entries.push({
      id: row[1] as string,
      scope,
      severity: /\b(error|warning|info)\b/.exec(severityCell ?? '')?.[1] ?? '?',
      messageIds: (messageCell ?? '')
        .replace(/\([^)]*\)/g, '')
        .split(',')
        .map((m) => m.trim())
        .filter(Boolean),
      fixKeys: [...(fixCell ?? '').matchAll(/F-[A-Z]+/g)].map((m) => m[0]),
    });
  }
  return entries;
}

const scopes = Object.keys(IDS) as RuleScope[];

it('lists every idp-config rule id for configuration, in the registry order', () => {
  expect(IDP_CONFIG_RULE_IDS).toEqual(idpConfigRules.map((rule) => rule.meta.id));
});

it('lists every worker, team and saml rule id for configuration, in the registry order', () => {
  expect(LOGIN_RULE_IDS).toEqual(allRules.map((rule) => rule.meta.id));
});

describe('the rule catalogue', () => {
  it.each(scopes)('registers every %s rule under its exact id, and nothing else', (scope) => {
    expect(REGISTERED[scope].map((r) => r.meta.id).sort()).toEqual([...IDS[scope]].sort());
    for (const rule of REGISTERED[scope]) expect(rule.meta.scope).toBe(scope);
  });

  it('has no duplicate ids across scopes', () => {
    const all = scopes.flatMap((s) => REGISTERED[s].map((r) => r.meta.id));
    expect(new Set(all).size).toBe(all.length);
  });

  it.each(scopes)('has one file per %s rule, named by its id, with a test table', (scope) => {
    for (const rule of REGISTERED[scope]) {
      const file = path.join(ROOT, 'src', 'core', 'rules', RULE_DIRS[scope], `${rule.meta.id}.ts`);
      expect(fs.existsSync(file)).toBe(true);
      expect(fs.existsSync(path.join(ROOT, 'tests', 'core', TEST_DIRS[scope], `${rule.meta.id}.test.ts`))).toBe(true);
    }
    const dir = path.join(ROOT, 'src', 'core', 'rules', RULE_DIRS[scope]);
    const files = fs.readdirSync(dir).filter((f) => f.endsWith('.ts') && f !== 'index.ts');
    const ids = new Set(scopes.filter((s) => RULE_DIRS[s] === RULE_DIRS[scope]).flatMap((s) => IDS[s]));
    for (const file of files) expect(ids).toContain(file.replace(/\.ts$/, ''));
  });

  it('gives every rule both titles, a description, and messages without stray placeholders', () => {
    for (const scope of scopes) {
      for (const { meta } of REGISTERED[scope]) {
        expect(meta.title.pass.length).toBeGreaterThan(3);
        expect(meta.title.fail.length).toBeGreaterThan(3);
        expect(meta.description.length).toBeGreaterThan(20);
        expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      }
    }
  });

  it('has fix steps for every fix key of every rule, for every IdP profile', () => {
    const keys = new Set<FixKey>();
    for (const scope of scopes) {
      for (const { meta } of REGISTERED[scope]) {
        keys.add(meta.fixKey);
        for (const key of Object.values(meta.messageFixKeys ?? {})) keys.add(key as FixKey);
      }
    }
    for (const idp of IDP_IDS) {
      expect(IDP_PROFILES[idp].id).toBe(idp);
      for (const key of keys) expect(resolveFix(key, idp).steps.length).toBeGreaterThan(0);
    }
  });

  const catalogueText = fs.existsSync(CATALOGUE) ? fs.readFileSync(CATALOGUE, 'utf8') : undefined;
  const describeCatalogue = catalogueText ? describe : describe.skip;
  if (!catalogueText) {
    console.warn(
      `Skipping the catalogue cross-check: ${CATALOGUE} is absent (it lives in ../shared beside the clone).`,
    );
  }

  describeCatalogue('matches ../shared/reference/rules.md', () => {
    const entries = catalogueText ? readCatalogue(catalogueText) : [];
    const byId = new Map(scopes.flatMap((s) => REGISTERED[s]).map((r) => [r.meta.id, r.meta]));

    it('lists exactly the ids this project implements', () => {
      for (const scope of scopes) {
        expect(
          entries
            .filter((e) => e.scope === scope)
            .map((e) => e.id)
            .sort(),
        ).toEqual([...IDS[scope]].sort());
      }
    });

    it.each(entries.map((e) => [e.id, e] as const))('%s: severity, message ids and fix keys', (_id, entry) => {
      const meta = byId.get(entry.id);
      expect(meta).toBeDefined();
      if (!meta) return;
      expect(meta.severity).toBe(entry.severity);
      expect(Object.keys(meta.messages).sort()).toEqual([...entry.messageIds].sort());
      const fixKeys = new Set([meta.fixKey, ...Object.values(meta.messageFixKeys ?? {})]);
      expect([...fixKeys].sort()).toEqual([...new Set(entry.fixKeys)].sort());
    });
  });
});

describe('ruleById', () => {
  it('finds every rule of every scope, so reports and views can show its titles', () => {
    for (const scope of scopes) {
      for (const rule of REGISTERED[scope]) expect(ruleById(rule.meta.id)).toBe(rule);
    }
    expect(ruleById('no-such-rule')).toBeUndefined();
  });
});
