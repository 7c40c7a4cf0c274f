/**
 * The pure SAML analysis: one parsed response in, one CheckResult out. Runs the `saml` and
 * `saml+worker` rules on the response, and every worker rule on the attributes Flex is predicted to
 * write, so a captured response shows the same worker findings a live worker would — each tagged
 * with the SAML attribute it came from.
 */
import { notCheckedRules, runRules, sortFindings } from './engine';
import { predictWorkerAttributes } from './predict';
import { workerContext } from './check';
import { workerRules } from './rules';
import { samlRules, samlWorkerRules } from './rules/saml';
import type { CaptureInfo, PredictedAttributes, SamlContext, SamlRuleContext, SamlSnapshot } from './samlTypes';
import { responseIdp } from './samlEvidence';
import { responseIssuer } from './samlFacts';
import type { CheckResult, DiagnosticsConfig, Finding, IdpChoice, NotChecked, WorkerSnapshot } from './types';
import { compareResponseWithWorker, type WorkerComparison } from './workerComparison';

export interface SamlAnalysisInput {
  readonly saml: SamlSnapshot;
  readonly capture: CaptureInfo;
  readonly context: SamlContext;
  readonly expectations: DiagnosticsConfig;
  /** The same worker's current attributes, for the `saml+worker` rules. */
  readonly worker?: WorkerSnapshot;
}

export interface SamlAnalysis {
  readonly result: CheckResult;
  /** What Flex is predicted to write to the worker (a prediction: Twilio does not document every step). */
  readonly predicted: PredictedAttributes;
  /** The issuer the response names (the Response's, else the Assertion's). */
  readonly issuer?: string;
  /** The IdP whose fix steps apply: configuration, else detected from the issuer or the claim names. */
  readonly idp: IdpChoice;
  /** The comparison with the worker (the one `idp-overwrites-edit` and `stale-claim` report from). */
  readonly comparison: WorkerComparison;
  /** When it was analysed (ISO-8601): what relative times ("expired 3 days ago") are measured from. */
  readonly analyzedAt: string;
}

/**
 * The SAML attribute Name a worker finding's path came from. Paths may point inside a value
 * (`roles[1]`, `routing.skills`), and keys may themselves contain dots (`channel.voice.capacity`), so
 * the longest key that the path equals or starts with (followed by `.` or `[`) wins.
 */
export function samlAttributeFor(
  path: string | undefined,
  sources: PredictedAttributes['sources'],
): string | undefined {
  if (path === undefined) return undefined;
  if (Object.hasOwn(sources, path)) return sources[path];
  let best: string | undefined;
  for (const key of Object.keys(sources)) {
    const next = path.charAt(key.length);
    if (path.startsWith(key) && (next === '.' || next === '[') && key.length > (best?.length ?? -1)) best = key;
  }
  return best === undefined ? undefined : sources[best];
}

/** Why the worker rules cannot judge this response's attributes, if they cannot. */
function workerRulesBlocked(saml: SamlSnapshot): NotChecked['reasonId'] | undefined {
  if (saml.assertion) return undefined;
  // Without a readable assertion there are no attributes: running the worker rules would report every
  // required attribute "missing", which says nothing about the IdP's configuration.
  return saml.encryptedAssertionCount > 0 ? 'encrypted' : 'notApplicable';
}

/** One list for every analysis (the engine keeps its per-configuration work per list). */
const SAML_ANALYSIS_RULES = [...samlRules, ...samlWorkerRules];

export function analyzeSamlSnapshot(input: SamlAnalysisInput): SamlAnalysis {
  const { saml, capture, context, expectations, worker } = input;
  const predicted = predictWorkerAttributes(saml.assertion?.attributes ?? [], expectations.channels);
  const ruleContext: SamlRuleContext = {
    saml,
    capture,
    context,
    expectations,
    predicted,
    ...(worker ? { worker } : {}),
  };
  const samlResult = runRules(SAML_ANALYSIS_RULES, ruleContext, expectations);

  let workerFindings: Finding[] = [];
  let workerNotChecked: NotChecked[] = [];
  let workerPassed: string[] = [];
  const blocked = workerRulesBlocked(saml);
  if (blocked) {
    const detail = blocked === 'notApplicable' ? 'The response carries no assertion, so no attributes.' : undefined;
    workerNotChecked = notCheckedRules(workerRules, expectations, blocked, detail);
  } else {
    // No token roles: a response carries none, so rules that need them are "not checked" as usual.
    const predictedWorker: WorkerSnapshot = { attributes: predicted.attributes };
    const result = runRules(workerRules, workerContext(predictedWorker, expectations), expectations);
    workerFindings = result.findings.map((finding) => {
      const samlAttribute = samlAttributeFor(finding.path, predicted.sources);
      return samlAttribute === undefined ? finding : { ...finding, samlAttribute };
    });
    workerNotChecked = [...result.notChecked];
    workerPassed = [...result.passed];
  }

  const issuer = responseIssuer(saml);
  return {
    ...(issuer !== undefined ? { issuer } : {}),
    idp: responseIdp(saml, predicted, expectations.idp),
    comparison: compareResponseWithWorker({ saml, predicted, ...(worker ? { worker } : {}) }),
    analyzedAt: context.analyzedAt,
    result: {
      findings: sortFindings([...samlResult.findings, ...workerFindings]),
      notChecked: [...samlResult.notChecked, ...workerNotChecked],
      passed: [...samlResult.passed, ...workerPassed],
    },
    predicted,
  };
}
