export { toReportJson, reportFinding } from './build';
export type {
  ReportInput,
  ReportOptions,
  WorkerReportInput,
  TeamReportInput,
  SamlReportInput,
  IdpConfigReportInput,
} from './build';
export { idpConfigSection } from './idpConfig';
export type { ReportIdpConfig, ReportIdpCertificate } from './idpConfig';
export { toMarkdown, escapeMarkdown } from './markdown';
export type { MarkdownOptions } from './markdown';
export { redact, personCode, valueCode, sensitiveAttributeValues } from './redact';
export { fnv1a, shortHash } from './hash';
export type {
  ReportCertificate,
  ReportFinding,
  ReportFix,
  ReportJson,
  ReportNotChecked,
  ReportRuleSummary,
  ReportSaml,
  ReportSignature,
  ReportSubject,
  ReportWorker,
  ReportWorkerFinding,
} from './types';
