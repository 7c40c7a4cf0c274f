import { resolveFindingFix } from './idp';
import {
  FIX_KEYS,
  SEVERITY_ORDER,
  type DocLink,
  type DiagnosticsConfig,
  type Finding,
  type FixKey,
  type IdpId,
  type ResolvedFix,
  type Severity,
} from './types';

/**
 * From findings to a fix plan, the way Lighthouse turns audits into "opportunities": findings that
 * share a cause and a fix become one group (Entra's namespaced emailaddress, name, givenname and
 * surname are one problem with four attributes, not four problems), and groups whose fixes have the
 * same steps become one entry of the plan, so each step is shown once per view. Every front end (My
 * sign-in, Team, the analyzer, the CLI, exports) presents this; none groups or orders on its own.
 */

/** Findings with one cause and one fix: same rule, same message, same severity, same resolved steps. */
export interface FindingGroup {
  /** Stable within one plan and safe in an HTML id: `g-<rule>-<message>-<severity>[-n]`. */
  readonly id: string;
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Severity;
  readonly fixKey: FixKey;
  /** In the order they were given (the engine's order), at least one. */
  readonly findings: readonly Finding[];
  /** The distinct attributes (or SAML elements) the findings concern, in order; empty when none names one. */
  readonly paths: readonly string[];
  /** The plan entry that resolves this group. */
  readonly fixId: string;
}

/** One distinct fix: its steps once, and the groups it resolves. */
export interface PlannedFix {
  /** `fix-1`, `fix-2`, … in plan order. */
  readonly id: string;
  /** Position in the plan, from 1. */
  readonly step: number;
  /** The most severe finding it resolves: errors first. */
  readonly severity: Severity;
  /** The IdP whose steps these are ("generic" after a fallback) and the steps. */
  readonly idp: IdpId;
  readonly steps: readonly string[];
  /** The links of every fix merged into this one, runbook first, each URL once. */
  readonly links: readonly DocLink[];
  /** The fix keys it covers, in FIX_KEYS order. */
  readonly fixKeys: readonly FixKey[];
  /** The groups it resolves, in group order. */
  readonly groupIds: readonly string[];
  /** How many findings it resolves. */
  readonly findingCount: number;
}

export interface FixPlan {
  /** Errors first, then warnings, then info; within a severity in the order of the first finding. */
  readonly groups: readonly FindingGroup[];
  /** Errors first; within a severity, in the order Flex needs them (connection before claims); then first seen. */
  readonly fixes: readonly PlannedFix[];
}

export interface FixPlanOptions {
  readonly idp: IdpId;
  readonly runbookLinks?: DiagnosticsConfig['runbookLinks'];
  /** How to resolve one finding's fix; the core's per-rule resolution unless a test says otherwise. */
  readonly fixFor?: (finding: Finding) => ResolvedFix;
}

/** Identical steps are one fix; a fix with no steps (links only) is told apart by its key. */
function stepsKey(fix: ResolvedFix, fixKey: FixKey): string {
  return fix.steps.length > 0 ? `steps:${fix.idp}\n${fix.steps.join('\n')}` : `key:${fixKey}`;
}

function idPart(text: string): string {
  return text.replace(/[^A-Za-z0-9_-]+/g, '_');
}

const FIX_KEY_ORDER: Readonly<Record<string, number>> = Object.fromEntries(FIX_KEYS.map((key, i) => [key, i]));

interface FixDraft {
  readonly key: string;
  readonly idp: IdpId;
  readonly steps: readonly string[];
  readonly links: DocLink[];
  readonly seenUrls: Set<string>;
  readonly fixKeys: Set<FixKey>;
  readonly groupIds: string[];
  severity: Severity;
  findingCount: number;
  /** The first fix key seen and the position of the first group: the tie-breakers of the order. */
  readonly firstFixKey: FixKey;
  readonly firstSeen: number;
}

/**
 * Groups the findings and plans their fixes. Pure and linear: the engine's findings go in as they
 * are (any order; groups are sorted by severity here), nothing is dropped, every finding is in exactly
 * one group and every group names exactly one fix.
 */
export function planFixes(findings: readonly Finding[], options: FixPlanOptions): FixPlan {
  // The core's resolution depends on the rule, message and fix key only, so it is cached on those.
  const cache = new Map<string, ResolvedFix>();
  const fixFor =
    options.fixFor ??
    ((finding: Finding): ResolvedFix => {
      const key = `${finding.ruleId}\u0000${finding.messageId}\u0000${finding.fixKey}`;
      let fix = cache.get(key);
      if (fix === undefined) {
        fix = resolveFindingFix(finding, options.idp, options.runbookLinks);
        cache.set(key, fix);
      }
      return fix;
    });

  // 1. Groups, keyed by rule, message, severity and the resolved steps (a refinement may split a rule).
  interface GroupDraft {
    readonly ruleId: string;
    readonly messageId: string;
    readonly severity: Severity;
    readonly fixKey: FixKey;
    readonly fix: ResolvedFix;
    readonly fixStepsKey: string;
    readonly findings: Finding[];
    readonly paths: string[];
    readonly order: number;
  }
  const groupsByKey = new Map<string, GroupDraft>();
  findings.forEach((finding) => {
    const fix = fixFor(finding);
    const fixStepsKey = stepsKey(fix, finding.fixKey);
    const key = `${finding.ruleId}\u0000${finding.messageId}\u0000${finding.severity}\u0000${fixStepsKey}`;
    let group = groupsByKey.get(key);
    if (group === undefined) {
      group = {
        ruleId: finding.ruleId,
        messageId: finding.messageId,
        severity: finding.severity,
        fixKey: finding.fixKey,
        fix,
        fixStepsKey,
        findings: [],
        paths: [],
        order: groupsByKey.size,
      };
      groupsByKey.set(key, group);
    }
    group.findings.push(finding);
    if (finding.path !== undefined && !group.paths.includes(finding.path)) group.paths.push(finding.path);
  });
  const drafts = [...groupsByKey.values()].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.order - b.order,
  );

  // 2. Group ids, unique even when one rule and message split into two groups.
  const usedIds = new Map<string, number>();
  const groupIds = drafts.map((group) => {
    const base = `g-${idPart(group.ruleId)}-${idPart(group.messageId)}-${group.severity}`;
    const n = (usedIds.get(base) ?? 0) + 1;
    usedIds.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });

  // 3. Fixes: one per distinct set of steps.
  const fixesByKey = new Map<string, FixDraft>();
  const fixKeyOfGroup: string[] = [];
  drafts.forEach((group, index) => {
    let fix = fixesByKey.get(group.fixStepsKey);
    if (fix === undefined) {
      fix = {
        key: group.fixStepsKey,
        idp: group.fix.idp,
        steps: group.fix.steps,
        links: [],
        seenUrls: new Set(),
        fixKeys: new Set(),
        groupIds: [],
        severity: group.severity,
        findingCount: 0,
        firstFixKey: group.fixKey,
        firstSeen: index,
      };
      fixesByKey.set(group.fixStepsKey, fix);
    }
    for (const link of group.fix.links) {
      if (fix.seenUrls.has(link.url)) continue;
      fix.seenUrls.add(link.url);
      fix.links.push(link);
    }
    fix.fixKeys.add(group.fixKey);
    fix.groupIds.push(groupIds[index] as string);
    fix.findingCount += group.findings.length;
    if (SEVERITY_ORDER[group.severity] < SEVERITY_ORDER[fix.severity]) fix.severity = group.severity;
    fixKeyOfGroup.push(group.fixStepsKey);
  });

  const ordered = [...fixesByKey.values()].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (FIX_KEY_ORDER[a.firstFixKey] ?? 0) - (FIX_KEY_ORDER[b.firstFixKey] ?? 0) ||
      a.firstSeen - b.firstSeen,
  );
  const fixIdByKey = new Map(ordered.map((fix, i) => [fix.key, `fix-${i + 1}`]));

  const fixes: PlannedFix[] = ordered.map((fix, i) => {
    // Runbook links first (the organisation's own word), then the rest in the order they came.
    const links = [...fix.links.filter((l) => l.runbook), ...fix.links.filter((l) => !l.runbook)];
    return {
      id: `fix-${i + 1}`,
      step: i + 1,
      severity: fix.severity,
      idp: fix.idp,
      steps: fix.steps,
      links,
      fixKeys: FIX_KEYS.filter((key) => fix.fixKeys.has(key)),
      groupIds: fix.groupIds,
      findingCount: fix.findingCount,
    };
  });

  const groups: FindingGroup[] = drafts.map((group, index) => ({
    id: groupIds[index] as string,
    ruleId: group.ruleId,
    messageId: group.messageId,
    severity: group.severity,
    fixKey: group.fixKey,
    findings: group.findings,
    paths: group.paths,
    fixId: fixIdByKey.get(fixKeyOfGroup[index] as string) as string,
  }));

  return { groups, fixes };
}

/** The plan entry a group links to. */
export function fixOfGroup(plan: FixPlan, group: FindingGroup): PlannedFix | undefined {
  return plan.fixes.find((fix) => fix.id === group.fixId);
}

/** The groups a plan entry resolves, in group order. */
export function groupsOfFix(plan: FixPlan, fix: PlannedFix): FindingGroup[] {
  return plan.groups.filter((group) => group.fixId === fix.id);
}
