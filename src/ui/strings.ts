/**
 * Every user-facing string of the views, in English, with `{{placeholders}}`. Rule titles,
 * descriptions and messages live in rule metadata; fix steps in the IdP profiles.
 *
 * The Flex adapter registers these as Flex string templates (`manager.strings`, keys prefixed with
 * `FLEX_STRING_PREFIX`) so a deployment can translate them, and passes the result back through
 * `StringsProvider` (see `fromFlexStrings`).
 */
export const STRINGS = {
  // The view
  viewTitle: 'SSO diagnostics',
  tabsLabel: 'SSO diagnostics sections',
  tabMySignIn: 'My sign-in',
  tabTeam: 'Team',
  tabAnalyzer: 'SAML analyzer',
  tabSetup: 'Setup',
  unknownValue: '(unknown)',
  none: 'None',

  // Severities and summary
  severityError: 'Error',
  severityWarning: 'Warning',
  severityInfo: 'Info',
  severityGroupError: 'Errors ({{count}})',
  severityGroupWarning: 'Warnings ({{count}})',
  severityGroupInfo: 'Information ({{count}})',
  summaryHeading: 'Summary',
  summaryErrors: 'Errors',
  summaryWarnings: 'Warnings',
  summaryInfo: 'Info',
  summaryPassed: 'Passed',
  summaryNotChecked: 'Not checked',

  // Findings
  findingsHeading: 'Findings',
  noFindings: 'No problems found.',
  findingWhy: 'Why it matters',
  ruleGroupTitle: '{{title}} ({{count}})',
  findingAttribute: 'Attribute',
  findingSamlAttribute: 'SAML attribute',
  findingValue: 'Value',
  findingFixHeading: 'How to fix it in {{idp}}',
  findingLinks: 'Documentation',
  runbookLink: "Your organisation's runbook",
  notCheckedHeading: 'Not checked',
  notCheckedNone: 'Every check ran.',

  // Identity provider choice
  idpSelectLabel: 'Identity provider for the fix steps',
  idpDetected: 'Detected: {{idp}} ({{source}})',
  idpSourceOverride: 'chosen here',
  idpSourceConfig: 'set in the configuration',
  idpSourceIssuer: 'from the SAML issuer',
  idpSourceClaims: 'from the claim names',
  idpSourceExport: 'from the IdP export',
  idpSourceDefault: 'nothing detected',

  // Masking
  masked: '••••',
  maskedLabel: 'hidden: your role cannot see attribute values',

  // Export
  exportHeading: 'Export',
  copyReport: 'Copy report',
  downloadJson: 'Download JSON',
  exportValuesLabel: 'Names, emails and attribute values in the export',
  exportValuesRedacted: 'Replaced by short codes',
  exportValuesIncluded: 'Included as they are',
  exportValuesRedactedHelp: 'Each one becomes a short code such as user-3f2a9c, the same code for the same value.',
  exportValuesIncludedHelp: 'The export contains them as they are: share it only with people allowed to see them.',
  reportCopied: 'Report copied as Markdown.',
  reportCopyFailed: 'Could not copy to the clipboard: select the report below and copy it.',
  reportTextLabel: 'Report (Markdown)',
  reportDownloaded: 'Report downloaded as {{file}}.',
  reportTitleMySignIn: 'SSO diagnostics: my sign-in',
  reportTitleTeam: 'SSO diagnostics: team',
  reportTitleAnalyzer: 'SSO diagnostics: SAML response',

  // My sign-in
  identityHeading: 'Signed in as',
  identityLabel: 'Identity',
  nameLabel: 'Name',
  emailLabel: 'Email',
  tokenRolesLabel: 'Roles in the Flex token',
  workerRolesLabel: 'Roles on the worker',
  noWorker: 'Your worker is not loaded yet. Findings appear when Flex has connected to TaskRouter.',
  expectedHeading: 'Expected vs received',
  expectedCaption: 'Each attribute Flex uses, where {{idp}} maps it, and what Flex received at your last sign-in.',
  colAttribute: 'Attribute',
  colMappedIn: 'Where it is mapped',
  colReceived: 'Received',
  colStatus: 'Status',
  statusOk: 'OK',
  statusMissing: 'Missing',
  statusEmpty: 'Empty',
  statusProblem: 'Has findings',
  notReceived: 'not received',
  attributesHeading: 'All attributes',
  groupRequired: 'Required by Flex',
  groupInsights: 'Flex Insights',
  groupRoutingAndReserved: 'Routing and reserved',
  groupCustom: 'Custom',
  groupNamespacedOrUnknown: 'Namespaced or unknown',
  truncated: '… ({{count}} more characters)',

  // Team
  workersHeading: 'Workers',
  ruleSummaryHeading: 'Rules that fail',
  ruleSummaryItem: '{{count}} workers: {{title}}',
  ruleSummaryItemOne: '1 worker: {{title}}',
  ruleSummaryNone: 'No rule fails for any worker.',
  ruleSummaryFilterOn: 'Showing only: {{title}}',
  clearRuleFilter: 'Show all rules',
  ruleSummaryShowAll: 'Show all {{count}} rules',
  ruleSummaryShowFewer: 'Show fewer rules',
  teamChecksHeading: 'Team checks',
  searchLabel: 'Search workers',
  searchHelp: 'By name, email or worker SID.',
  filterSeverity: 'Severity',
  filterRule: 'Rule',
  filterRole: 'Role',
  filterIdp: 'Identity provider',
  filterAny: 'Any',
  filterSeverityError: 'With errors',
  filterSeverityWarning: 'With warnings',
  filterSeverityInfo: 'With info',
  filterSeverityClean: 'Without findings',
  filterRoleNone: 'No roles',
  colName: 'Name',
  colEmail: 'Email',
  colRoles: 'Roles',
  colErrors: 'Errors',
  colWarnings: 'Warnings',
  colTopFinding: 'Top finding',
  tableCaption: 'Workers and their SSO findings. {{shown}} of {{total}} shown.',
  rowHint: 'Press Enter to see findings',
  noWorkersMatch: 'No workers match the search and filters.',
  loadingProgress: 'Loading workers: {{loaded}} of {{total}}',
  loadingProgressUnknown: 'Loading workers: {{loaded}} so far',
  loadingLabel: 'Loading workers',
  partialTitle: 'This list is incomplete',
  drillDownHeading: 'Findings for {{name}}',
  closeDrillDown: 'Back to all workers',
  analyzeWorker: 'Compare with a SAML response',

  // Worker panel (Teams view)
  panelHeading: 'SSO diagnostics',
  panelStatusOk: 'No SSO problems found.',
  panelStatus: '{{errors}} errors, {{warnings}} warnings',
  panelTopFindings: 'Top findings',
  panelFindingWithPath: '{{title}} — {{path}}',
  openInDiagnostics: 'Open in SSO diagnostics',

  // Analyzer
  privacyNote: 'Everything is analysed in this browser. Nothing is sent anywhere.',
  evidenceHeading: 'Evidence',
  pasteLabel: 'SAML response, HAR file or SAML-tracer export',
  pasteHelp: 'Paste the SAMLResponse (XML or base64), a HAR file, or a SAML-tracer JSON export.',
  fileLabel: 'Or open a file',
  fileHelp: 'XML, base64 text, HAR or SAML-tracer JSON, at most {{max}}.',
  dropZone: 'Or drop a file here',
  fileTooLarge: '{{name}} is {{size}}, larger than the {{max}} limit.',
  fileLoaded: 'Loaded {{name}} ({{size}}).',
  fileReadFailed: 'Could not read {{name}}.',
  contextHeading: 'Account context',
  contextHelp: 'Prefilled from the configuration. Checks that need a value you leave empty are listed as not checked.',
  ctxAccountSid: 'Account SID',
  ctxConnectionSid: 'Connection SID (JQ…)',
  ctxRegion: 'Region',
  ctxSsoType: 'SSO type',
  ssoTypeUnknown: 'Unknown',
  ssoTypeEnhanced: 'Enhanced',
  ssoTypeLegacy: 'Legacy',
  ctxIssuer: 'Identity Provider Issuer',
  ctxCertificates: 'IdP signing certificates (PEM)',
  ctxCertificatesHelp: 'Paste one or more certificates, each with its BEGIN and END lines.',
  analyzeButton: 'Analyze',
  analyzing: 'Analyzing…',
  analyzeEmpty: 'Paste a SAML response or open a file first.',
  analyzeErrorTitle: 'Could not analyse this input',
  responseSelect: 'SAML response',
  responseOption: '{{time}} — {{issuer}}',
  responsesFound: '{{count}} SAML responses found, newest first.',
  resultsHeading: 'Results',
  comparedWith: 'Compared with worker {{name}}.',
  unsignedResponseNote:
    'The root Response is not covered by a signature placed on it: its ID, destination, status and InResponseTo are the sender’s word only.',
  unsignedAssertionNote:
    'The assertion is not covered by a signature placed on it or on the root Response: its NameID, times and attributes are the sender’s word only.',
  decodedHeading: 'Decoded response',
  fieldSource: 'Source',
  fieldCapturedAt: 'Captured at',
  fieldIssuer: 'Issuer',
  fieldDestination: 'Destination',
  fieldAudience: 'Audience',
  fieldNameId: 'NameID',
  fieldNameIdFormat: 'NameID format',
  fieldIssueInstant: 'Issued at',
  fieldNotBefore: 'Not before',
  fieldNotOnOrAfter: 'Not on or after',
  fieldSessionNotOnOrAfter: 'Session not on or after',
  fieldStatus: 'Status',
  fieldInResponseTo: 'In response to',
  fieldRelayState: 'RelayState',
  fieldAssertions: 'Assertions',
  assertionCount: '{{plain}} plain, {{encrypted}} encrypted',
  signaturesHeading: 'Signatures',
  noSignatures: 'The response carries no signature.',
  sigElement: 'Signed element',
  sigAlgorithm: 'Algorithm',
  sigVerification: 'Verification',
  sigElementResponse: 'Response',
  sigElementAssertion: 'Assertion',
  sigElementOther: 'Other element',
  sigValid: 'Verified against {{certificate}}',
  sigInvalid: 'Does not verify against {{certificate}} ({{reason}})',
  sigError: 'Not verified against {{certificate}}: {{reason}}',
  sigNotVerified: 'Not verified: no certificate to verify against',
  sigTrusted: 'Trusted: matches the configured certificate',
  sigEmbeddedOnly:
    'Valid against the certificate in the response only. Not trusted: compare it with the certificate configured in Flex',
  sigUntrusted: 'Not trusted: it does not verify against a configured certificate',
  sigKeyInfo: 'the certificate in the response',
  sigConfigured: 'the configured certificate {{thumbprint}}',
  certificatesHeading: 'Certificates',
  certFromResponse: 'Certificate in the response',
  certConfigured: 'Configured certificate',
  certSubject: 'Subject',
  certIssuer: 'Issuer',
  certValidity: 'Valid',
  certValidityRange: '{{from}} to {{to}}',
  certSha1: 'SHA-1 thumbprint',
  certSha256: 'SHA-256 thumbprint',
  certKey: 'Public key',
  attributesSentHeading: 'Attributes sent and what Flex will store',
  predictedNote: 'The stored attributes are predicted: Twilio does not document every step of this.',
  colSamlName: 'SAML attribute',
  colSentValues: 'Values sent',
  colPredictedKey: 'Worker attribute',
  colPredictedValue: 'Predicted value',
  diffHeading: 'Difference from the worker',
  diffCaption: 'What changes on worker {{name}} at the next sign-in with this response.',
  diffColCurrent: 'On the worker now',
  diffColPredicted: 'After the next sign-in',
  diffColChange: 'Change',
  diffChanged: 'Changes',
  diffAdded: 'Added',
  diffStale: 'Kept (no longer sent)',
  diffNone: 'Nothing changes.',
  noWorkerToCompare: 'No worker to compare with.',

  // Setup
  urlsHeading: 'Identity provider settings',
  urlsHelp: 'Copy these into the SAML application in your identity provider.',
  enhancedHeading: 'Enhanced SSO',
  legacyHeading: 'Legacy SSO',
  acsUrl: 'ACS URL (Reply URL)',
  entityId: 'Entity ID (Audience)',
  needsConnectionSid:
    'Set connection_sid in the configuration to see these (Console › Flex › Single sign-on › Set up your identity provider).',
  needsAccountSid: 'The account SID is not known.',
  copyValue: 'Copy {{what}}',
  copied: '{{what}} copied.',
  copyFallback: 'Could not copy: select the value and copy it.',
  activeConfigHeading: 'Active configuration',
  noActiveConfig: 'No configuration is set (ui_attributes.sso_diagnostics): defaults apply.',
  configValid: 'The configuration is valid.',
  configErrorsTitle: 'The configuration has {{count}} problems',
  configErrorItem: '{{path}}: {{message}}',
  editorHeading: 'Configuration editor',
  editorLabel: 'Configuration (JSON)',
  editorHelp: 'Checked as you type.',
  editorInvalidJson: 'Not valid JSON: {{message}}',
  editorValid: 'Valid.',
  previewHeading: 'JSON to paste into ui_attributes.sso_diagnostics',
  idpHeading: 'Identity provider in use',
  idpInUse: '{{idp}} ({{source}})',

  // Setup: check the IdP's configuration
  idpCheckHeading: "Check the IdP's configuration",
  idpCheckHelp:
    "Paste or drop an export of the identity provider's settings — SAML metadata, an AD FS relying party trust or its claim rules, an Entra ID manifest or service principal, an Okta app, a Keycloak client or an Auth0 application — to check it against Flex before anyone signs in. It is read in this browser; nothing is sent anywhere.",
  idpPasteLabel: 'Export of the IdP settings',
  idpPasteHelp: 'Metadata XML, or the JSON or text the IdP exports. The kind is detected from the content.',
  idpFileLabel: 'Open an export file',
  idpContextHelp: "Prefilled from this account's configuration; change them to check another setup.",
  ctxSsoUrl: 'Single Sign-On URL (configured in Flex)',
  idpCheckButton: 'Check the configuration',
  idpChecking: 'Checking…',
  idpCheckEmpty: 'Paste an export of the IdP settings, or open a file, first.',
  idpCheckErrorTitle: 'The export could not be read',
  reportTitleIdpConfig: "SSO diagnostics: the IdP's configuration",
  idpSnapshotHeading: 'What the IdP is set to do',
  idpFieldExport: 'Export',
  idpFieldName: 'Application or trust',
  idpFieldSsoUrl: 'Single Sign-On URL ({{binding}})',
  idpFieldAcs: 'ACS / reply URLs',
  idpFieldEntityIds: 'SP entity IDs',
  idpFieldSigning: 'Signs',
  idpSigningValue: 'response: {{response}}, assertion: {{assertion}}',
  idpFieldAlgorithm: 'Signature algorithm',
  idpFieldEncryption: 'Assertion encryption',
  idpNameIdValue: '{{source}} ({{format}})',
  idpNoFormat: 'no format',
  idpYes: 'yes',
  idpNo: 'no',
  idpNotReadable: 'not readable in this export',
  idpNotInExport: 'not shown in this export',
  idpCertificatesHeading: 'Signing certificates',
  idpCertState: 'In use',
  idpCertActive: 'Active',
  idpCertInactive: 'Not active',
  idpCertExpired: '(expired)',
  idpCertNotYetValid: '(not yet valid)',
  idpClaimsHeading: 'Claims sent to Flex',
  idpClaimsHelp:
    'Each claim the IdP emits becomes the SAML attribute of that name, and Flex writes the worker attribute beside it.',
  idpColSource: 'From (in the IdP)',
  idpConsumedByNameId: 'Becomes the NameID',
  idpNotWritten: 'Not written (Flex likely rejects it)',
  idpKindMetadata: 'SAML metadata',
  idpKindAdfsTrust: 'AD FS relying party trust',
  idpKindAdfsRules: 'AD FS claim rules',
  idpKindEntraManifest: 'Entra ID app manifest',
  idpKindEntraSp: 'Entra ID service principal',
  idpKindOkta: 'Okta app',
  idpKindKeycloak: 'Keycloak client',
  idpKindAuth0: 'Auth0 application',
} as const;

export type StringKey = keyof typeof STRINGS;
export type StringData = Readonly<Record<string, string | number>>;
export type Translate = (key: StringKey, data?: StringData) => string;
export type StringOverrides = Readonly<Partial<Record<StringKey, string>>>;

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/g;

/** Fills `{{name}}` placeholders; an unknown one stays visible so a broken translation is noticed. */
export function fill(template: string, data: StringData = {}): string {
  return template.replace(PLACEHOLDER, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(data, name) ? String(data[name]) : whole,
  );
}

/** A translator over the English defaults with optional overrides (e.g. from Flex's string templates). */
export function createTranslate(overrides: StringOverrides = {}): Translate {
  return (key, data) => {
    const override = overrides[key];
    return fill(typeof override === 'string' && override !== '' ? override : STRINGS[key], data);
  };
}

/** Default translator (English). */
export const t: Translate = createTranslate();

/** Prefix of the keys registered in `manager.strings`. */
export const FLEX_STRING_PREFIX = 'SsoDiagnostics';

/** The templates to merge into `manager.strings`: `{ SsoDiagnosticsViewTitle: 'SSO diagnostics', … }`. */
export function toFlexStrings(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const key of Object.keys(STRINGS) as StringKey[]) {
    out[`${FLEX_STRING_PREFIX}${key[0]?.toUpperCase()}${key.slice(1)}`] = STRINGS[key];
  }
  return out;
}

/** Reads the (possibly translated) templates back from `manager.strings`. */
export function fromFlexStrings(flexStrings: Readonly<Record<string, unknown>>): StringOverrides {
  const out: Partial<Record<StringKey, string>> = {};
  for (const key of Object.keys(STRINGS) as StringKey[]) {
    const value = flexStrings[`${FLEX_STRING_PREFIX}${key[0]?.toUpperCase()}${key.slice(1)}`];
    if (typeof value === 'string') out[key] = value;
  }
  return out;
}
