/**
 * The props contract of the plugin's views. The Flex adapter (src/flex) and the sandbox build these
 * from what they read; the views only render them. Everything is plain data plus callbacks: no
 * manager, no fetching. Results are precomputed by the adapter (it re-checks only changed workers).
 */
import type { CheckResult, DiagnosticsConfig, IdpChoice, WorkerSnapshot } from '../core/types';
import type { SamlAnalysis } from '../core/analyzeSaml';
import type { PredictedClaim } from '../core/checkIdpConfig';
import type { IdpConfigSnapshot } from '../core/idpConfigTypes';
import type { AccountContext } from '../core/samlEvidence';
import type { CaptureInfo, CertificateInfo, SamlSnapshot } from '../core/samlTypes';

/** The tabs of the diagnostics view, in display order. */
export const TAB_IDS = ['mySignIn', 'team', 'analyzer', 'setup'] as const;
export type TabId = (typeof TAB_IDS)[number];

/** The signed-in user as the Flex token describes them. */
export interface TokenUser {
  /** Flex identity, e.g. `user_40example_2Ecom`. */
  readonly identity?: string;
  /** Roles from the Flex token; undefined when not known. */
  readonly roles?: readonly string[];
}

/** My sign-in: the signed-in user's own worker and token. */
export interface MySignInProps {
  readonly user: TokenUser;
  /** The signed-in worker (attributes as TaskRouter holds them); undefined before the worker client is ready. */
  readonly worker?: WorkerSnapshot;
  /** `checkWorker(worker, expectations)`; undefined while there is no worker. */
  readonly result?: CheckResult;
  readonly expectations: DiagnosticsConfig;
  /** The IdP detected (or configured) for this worker; the view lets the user switch it locally. */
  readonly idp: IdpChoice;
}

/** One row of the Team view: a worker and its precomputed result. Keep the object identity stable when the worker did not change. */
export interface TeamRow {
  readonly worker: WorkerSnapshot;
  readonly result: CheckResult;
  /** The IdP detected for this worker (from its claim names), when known; enables the IdP filter. */
  readonly idp?: IdpChoice;
}

export interface TeamLoading {
  readonly loaded: number;
  /** Total number of workers when known. */
  readonly total?: number;
}

export interface TeamViewProps {
  readonly rows: readonly TeamRow[];
  /** Findings of the team rules (e.g. duplicate-worker-email). */
  readonly team: CheckResult;
  /** Rule id → number of workers it hits (`TeamCheck.summary`). */
  readonly summary: Readonly<Record<string, number>>;
  /** Present while workers are still loading. */
  readonly loading?: TeamLoading;
  /** Present when the list is incomplete, with the reason in plain words (e.g. live query limit 54510). */
  readonly partial?: { readonly reason: string };
  /** `canSeeValues(roles)`: false (supervisors) masks non-identity attribute values. */
  readonly canSeeValues: boolean;
  readonly expectations: DiagnosticsConfig;
  /** The IdP used for fix steps when a row has none of its own. */
  readonly idp: IdpChoice;
  /** Opens this worker's drill-down (e.g. after "Open in SSO diagnostics" in the Teams view). */
  readonly focusWorkerSid?: string;
  /** Offered in the drill-down when the analyzer is available: compare a SAML response with this worker. */
  readonly onAnalyzeWorker?: (worker: WorkerSnapshot) => void;
}

/** Account context for the analyzer; prefilled from configuration and editable. */
export interface AnalyzerContextFields extends AccountContext {
  /** PEM certificates. */
  readonly certificates: readonly string[];
}

/** What the analyzer asks the adapter to analyse. */
export interface AnalyzeRequest {
  readonly text: string;
  /** The file name when the text came from a file (helps tell HAR / SAML-tracer / XML apart). */
  readonly fileName?: string;
  readonly context: AnalyzerContextFields;
  /** The worker to compare with (`saml+worker` rules), when there is one. */
  readonly worker?: WorkerSnapshot;
}

/** One analysed SAML message (structurally `EvidenceAnalysis` from src/saml/analyze). */
export interface AnalyzedEvidence {
  readonly capture: CaptureInfo;
  readonly saml: SamlSnapshot;
  readonly analysis: SamlAnalysis;
}

export interface AnalyzerViewProps {
  /**
   * Analyses the evidence in this browser. Resolves with one entry per SAML response found, newest
   * first (as `analyzeEvidence` orders them); rejects with an error whose `message` is shown (SamlInputError).
   */
  readonly analyze: (request: AnalyzeRequest) => Promise<readonly AnalyzedEvidence[]>;
  readonly defaults: AnalyzerContextFields;
  readonly expectations: DiagnosticsConfig;
  /** The worker to compare with: the signed-in worker, or one chosen in Team. Shown before Analyze. */
  readonly worker?: WorkerSnapshot;
  /** `canSeeValues(roles)`: false masks whose login a response is when it is not the worker's. */
  readonly canSeeValues?: boolean;
}

export interface ConfigError {
  readonly path: string;
  readonly message: string;
}

/** The context the IdP configuration is checked against; prefilled from configuration and editable. */
export interface IdpConfigContextFields extends AnalyzerContextFields {
  /** Flex's "Single Sign-On URL" (`idp_sso_url`). */
  readonly ssoUrl?: string;
}

export interface IdpConfigCheckRequest {
  /** Pasted text, or a dropped file's bytes (decoded by their byte-order mark). */
  readonly input: string | Uint8Array;
  readonly context: IdpConfigContextFields;
}

/** One checked export: the snapshot, the idp-config rules' result, the IdP for fix steps. */
export interface IdpConfigChecked {
  readonly idpConfig: IdpConfigSnapshot;
  readonly result: CheckResult;
  readonly idp: IdpChoice;
  /** The analysis time the certificates were judged at. */
  readonly analyzedAt: string;
  /** The emitted claims beside the worker attributes they become (`checkIdpConfig`). */
  readonly predicted?: readonly PredictedClaim[];
}

/** Setup's "Check the IdP's configuration", for `analyzer_roles`. */
export interface IdpConfigPanelProps {
  /** Reads and checks the export in this browser; rejects with an error whose `message` is shown. */
  readonly check: (request: IdpConfigCheckRequest) => Promise<IdpConfigChecked>;
  readonly defaults: IdpConfigContextFields;
  readonly expectations: DiagnosticsConfig;
  /** Files larger than this are refused before reading (default 5 MB). */
  readonly maxBytes?: number;
}

export interface SetupViewProps {
  readonly accountSid?: string;
  /** The active configuration (`ui_attributes.sso_diagnostics`) exactly as found; undefined when absent. */
  readonly rawConfig?: unknown;
  /** The configuration in force, defaults applied. */
  readonly expectations: DiagnosticsConfig;
  /** Validation errors of the active configuration. */
  readonly configErrors: readonly ConfigError[];
  /** The IdP in use and how it was chosen. */
  readonly idp: IdpChoice;
  /** `canSeeValues(roles)`: admins see the certificates, the configuration and its editor; supervisors not. */
  readonly canEdit?: boolean;
  /** `idp_certificates`, each read by the adapter (src/saml/der), in order. */
  readonly certificates?: readonly ConfiguredCertificate[];
  /** What certificate validity is measured from (ISO-8601); the clock comes in as data. */
  readonly now?: string;
}

/** One configured certificate as text, with what could be read from it (or why not). */
export interface ConfiguredCertificate {
  readonly pem: string;
  readonly info?: CertificateInfo;
  readonly error?: string;
}

/** The section the plugin adds to the Teams view's worker panel (WorkerCanvas). */
export interface WorkerPanelSectionProps {
  readonly worker: WorkerSnapshot;
  readonly result: CheckResult;
  /** "Open in SSO diagnostics": the adapter navigates to the view with this worker focused. */
  readonly onOpen: (workerSid: string | undefined) => void;
}

/** The whole view. Only tabs listed in `tabs` and given props are rendered (absent, not disabled). */
export interface DiagnosticsViewProps {
  /** Tabs this user may use (from the access predicates), in any order. */
  readonly tabs: readonly TabId[];
  readonly initialTab?: TabId;
  readonly mySignIn?: MySignInProps;
  readonly team?: TeamViewProps;
  readonly analyzer?: AnalyzerViewProps;
  readonly setup?: SetupViewProps;
}
