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
  summaryErrors: 'errors',
  summaryErrorsOne: 'error',
  summaryWarnings: 'warnings',
  summaryWarningsOne: 'warning',
  summaryInfo: 'info',
  summaryPassed: 'passed',
  summaryNotChecked: 'not checked',

  // Findings
  findingsHeading: 'Findings',
  noFindings: 'No problems found.',
  findingWhy: 'Why it matters',
  ruleGroupTitle: '{{title}} ({{count}})',
  findingSeeFix: 'How to fix it: step {{step}} of the fix plan',
  fixPlanHeading: 'Fix plan',
  fixPlanIntro: 'The distinct fixes, in the order to do them (errors first). Each one names the findings it resolves.',
  fixPlanEntry: '{{step}}. {{title}}',
  fixPlanResolves: 'Resolves',
  fixPlanResolvesItem: '{{title}} ({{count}})',
  fixTitleAcs: 'Set the ACS URL in the identity provider',
  fixTitleEntity: 'Set the Entity ID (audience) in the identity provider',
  fixTitleIssuer: 'Set the Identity Provider Issuer in Flex',
  fixTitleSsoUrl: 'Set the Single Sign-On URL in Flex',
  fixTitleCert: "Put the IdP's current signing certificate in Flex",
  fixTitleSign: 'Sign the Response and the Assertion, without encryption',
  fixTitleNameId: "Send the user's email as a stable NameID",
  fixTitleClaims: 'Send the attributes Flex reads, under their Flex names',
  fixTitleNamespace: 'Remove the namespace from the claim names',
  fixTitleRoles: 'Send the right roles',
  fixTitleAssign: 'Assign the user to the Flex application',
  fixTitleClock: "Fix the IdP's clock, or capture a fresh login",
  fixTitleSession: 'Lengthen the IdP session',
  fixTitleRedirect: 'Set up IdP-initiated login',
  findingAttribute: 'Attribute',
  findingSamlAttribute: 'SAML attribute',
  findingValue: 'Value',
  findingFixHeading: 'How to fix it in {{idp}}',
  findingLinks: 'Documentation',
  runbookLink: "Your organisation's runbook",
  notCheckedHeading: 'Not checked',
  notCheckedNone: 'Every check ran.',
  notCheckedGroup: '{{reason}}: {{count}} checks could not run',
  notCheckedGroupOne: '{{reason}}: 1 check could not run',

  // Identity provider choice
  idpSelectLabel: 'Identity provider for the fix steps',
  idpDetected: 'Detected: {{idp}} ({{source}})',
  idpSourceOverride: 'chosen here',
  idpSourceConfig: 'set in the configuration',
  idpSourceIssuer: 'from the SAML issuer',
  idpSourceClaims: 'from the claim names',
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
  clearFilters: 'Clear filters',
  headlineWorkers: '{{count}} workers',
  headlineWorkersOne: '1 worker',
  headlineErrors: '{{count}} with errors',
  headlineWarnings: '{{count}} with warnings',
  headlineLabel: 'Team summary: each count filters the table',
  filterRoleFlex: 'Flex roles',
  filterRoleInsights: 'Insights roles',
  filterRoleOther: 'Not a Flex role ({{count}} values)',
  filterRoleOtherOne: 'Not a Flex role (1 value)',
  filterRoleAsSent: '{{value}} ({{count}})',
  workerHeaderSid: 'Worker SID',
  workerHeaderIdentity: 'Identity',
  workerHeaderRoles: 'Roles',
  teamCheckWorkers: 'Workers',
  exportScopeLabel: 'Export',
  exportScopeWorker: 'This worker ({{name}})',
  exportScopeFiltered: 'The {{count}} workers shown',
  exportScopeFilteredOne: 'The 1 worker shown',
  exportScopeTeam: 'The whole team ({{count}} workers)',
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
  rowHint:
    'Use the arrow keys, Home, End, Page Up and Page Down to move between workers, and Enter to see their findings; Escape returns here.',
  noWorkersMatch: 'No workers match the search and filters.',
  loadingProgress: 'Loading workers: {{loaded}} of {{total}}',
  loadingProgressUnknown: 'Loading workers: {{loaded}} so far',
  loadingLabel: 'Loading workers',
  partialTitle: 'This list is incomplete',
  closeDrillDown: 'Back to all workers',
  analyzeWorker: 'Compare with a SAML response',

  // Worker panel (Teams view)
  panelHeading: 'SSO diagnostics',
  panelStatusOk: 'No SSO problems found.',
  panelStatus: '{{errors}}, {{warnings}}',
  panelWorker: 'For {{name}}',
  countErrors: '{{count}} errors',
  countErrorsOne: '1 error',
  countWarnings: '{{count}} warnings',
  countWarningsOne: '1 warning',
  panelTopFindings: 'Top findings',
  panelFindingWithPath: '{{title}} — {{path}}',
  openInDiagnostics: 'Open in SSO diagnostics',

  // Analyzer
  privacyNote: 'Everything is analysed in this browser. Nothing is sent anywhere.',
  evidenceHeading: 'Evidence',
  pasteLabel: 'SAML response, HAR file or SAML-tracer export',
  pasteHelp: 'Paste the SAMLResponse (XML or base64), a HAR file, or a SAML-tracer JSON export.',
  fileLabel: 'Or open a file',
  pasteHelpFileLoaded: 'The file {{name}} will be analysed. Paste here to analyse a text instead.',
  fileHelp:
    'A SAML response (XML or base64) of at most {{maxMessage}}, or a HAR file or SAML-tracer export of at most {{maxCapture}}.',
  dropZone: 'Or drop a file here',
  fileTooLargeMessage: '{{name}} is {{size}}, larger than the {{max}} limit for one SAML response.',
  fileTooLargeCapture: '{{name}} is {{size}}, larger than the {{max}} limit for a HAR file or SAML-tracer export.',
  fileReading: 'Reading {{name}}: {{percent}}% ({{loaded}} of {{size}})',
  fileLoaded: 'Loaded {{name}} ({{size}}).',
  fileRemove: 'Remove {{name}}',
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
  compareTarget: 'The response will be compared with worker {{name}}.',
  compareTargetWithEmail: 'The response will be compared with worker {{name}} ({{email}}).',
  compareNone: 'No worker to compare with: the response is checked on its own.',
  subjectOther:
    'This response is for {{subject}}, not {{name}}: it was not compared with the worker (listed under Not checked).',
  subjectMasked: 'another person',
  subjectNoneInResponse:
    'The response names no NameID or email, so it could not be matched to {{name}} and was not compared with the worker.',
  subjectNoneOnWorker:
    'Worker {{name}} has no email or identity to match the response with, so they were not compared.',
  verdictReject: 'Flex would reject this login: {{reasons}}.',
  verdictAccept: 'Flex would accept this login; no problems found.',
  verdictAcceptWarning: 'Flex would accept this login; 1 warning.',
  verdictAcceptWarnings: 'Flex would accept this login; {{count}} warnings.',
  verdictNotChecked: '{{count}} checks could not run.',
  verdictNotCheckedOne: '1 check could not run.',
  listAnd: '{{items}} and {{last}}',
  timeBoth: '{{local}} (your time) · {{utc}}',
  timeAgo: '{{duration}} ago',
  timeIn: 'in {{duration}}',
  timeExpiredAgo: 'expired {{duration}} ago',
  timeExpiresIn: 'expires in {{duration}}',
  durSecond: '1 second',
  durSeconds: '{{n}} seconds',
  durMinute: '1 minute',
  durMinutes: '{{n}} minutes',
  durHour: '1 hour',
  durHours: '{{n}} hours',
  durDay: '1 day',
  durDays: '{{n}} days',
  responseSelect: 'SAML response',
  responseOption: '{{time}} — {{issuer}}',
  responsesFound: '{{count}} SAML responses found, newest first.',
  resultsHeading: 'Results',
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
  fieldStatusMessage: 'Status message',
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
  sigTrusted: 'Trusted: verified against {{certificate}}',
  sigValidEmbedded: 'Valid against the certificate in the response (this alone is not trust)',
  sigNotTrusted: 'Not trusted: no configured certificate to verify against',
  sigInvalid: 'Does not verify against {{certificate}} ({{reason}})',
  sigError: 'Not verified against {{certificate}}: {{reason}}',
  sigKeyInfo: 'the certificate in the response',
  sigConfigured: 'the configured certificate {{thumbprint}}',
  certificatesHeading: 'Certificates',
  certFromResponse: 'Certificate in the response',
  certConfigured: 'Configured certificate',
  certSubject: 'Subject',
  certIssuer: 'Issuer',
  certValidFrom: 'Valid from',
  certValidTo: 'Valid until',
  certPem: '{{title}} as PEM',
  certSha1: 'SHA-1 thumbprint',
  certSha256: 'SHA-256 thumbprint',
  certKey: 'Public key',
  attributesSentHeading: 'Attributes sent and what Flex will store',
  attributesUnreadable: 'The assertion is encrypted, so its attributes cannot be read here.',
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
  diffNone: 'Nothing changes on worker {{name}}.',
  diffNotChecked: 'Not compared. {{reason}}',

  // Setup
  urlsHeading: 'Identity provider settings',
  urlsHelp: 'Copy these into the SAML application in your identity provider.',
  urlsHelpTyped: 'This account uses {{type}}: copy these into the SAML application in your identity provider.',
  urlsOtherType: 'The values for {{type}}',
  setupCertificatesHeading: 'IdP signing certificates',
  setupNoCertificates: 'No certificate is configured (idp_certificates): signatures cannot be checked against it.',
  setupCertificateTitle: 'Certificate {{n}}',
  setupCertificateUnreadable: '{{title}} cannot be read: {{reason}}',
  configErrorsTitleOne: 'The configuration has 1 problem',
  editorProblems:
    '{{count}} problems, each shown at its line below. Copying waits until they are fixed: Flex would ignore those settings.',
  editorProblemsOne:
    '1 problem, shown at its line below. Copying waits until it is fixed: Flex would ignore that setting.',
  editorErrorAt: '↑ line {{line}}, {{path}}: {{message}}',
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
