import * as React from 'react';
import { resolveFindingFix } from '../../core/idp';
import { toReportJson } from '../../core/report';
import { loginVerdict } from '../../core/samlEvidence';
import type { CertificateInfo } from '../../core/samlTypes';
import type { DiagnosticsConfig, IdpChoice, WorkerSnapshot } from '../../core/types';
import { CertificateDetails } from '../components/CertificateDetails';
import { ExportControls } from '../components/ExportControls';
import { FindingsList } from '../components/FindingsList';
import { IdpSelect, useIdpOverride } from '../components/IdpSelect';
import { NotCheckedList } from '../components/NotCheckedList';
import { Section } from '../components/Section';
import { useStrings } from '../StringsProvider';
import type { AnalyzedEvidence } from '../types';
import { AttributesSent } from './AttributesSent';
import { SubjectMismatch } from './ComparedWorker';
import { DecodedResponse } from './DecodedResponse';
import { SignatureTable } from './SignatureTable';
import { Verdict } from './Verdict';
import { WorkerDiff } from './WorkerDiff';
import { workerShownName } from './workerName';

export interface AnalysisResultProps {
  readonly evidence: AnalyzedEvidence;
  readonly runbookLinks: DiagnosticsConfig['runbookLinks'];
  readonly worker: WorkerSnapshot | undefined;
  readonly canSeeValues: boolean;
  readonly verdictRef: React.Ref<HTMLHeadingElement>;
}

/** The certificates a result mentions, each once: the response's own, then the configured ones. */
function certificatesOf(evidence: AnalyzedEvidence): { cert: CertificateInfo; configured: boolean }[] {
  const out: { cert: CertificateInfo; configured: boolean }[] = [];
  const seen = new Set<string>();
  for (const s of evidence.saml.signatures) {
    if (s.keyInfoCertificate && !seen.has(s.keyInfoCertificate.sha256)) {
      seen.add(s.keyInfoCertificate.sha256);
      out.push({ cert: s.keyInfoCertificate, configured: false });
    }
  }
  for (const c of evidence.saml.configuredCertificates) {
    if (!seen.has(c.sha256)) {
      seen.add(c.sha256);
      out.push({ cert: c, configured: true });
    }
  }
  return out;
}

/** One analysed response: the verdict first (it holds the counts), then the fix plan and findings, then the details. */
export function AnalysisResult({
  evidence,
  runbookLinks,
  worker,
  canSeeValues,
  verdictRef,
}: AnalysisResultProps): React.ReactElement {
  const t = useStrings();
  const { saml, capture, analysis } = evidence;
  const detected = analysis.idp;
  const [idpId, setIdpId] = useIdpOverride(detected);
  const choice: IdpChoice = React.useMemo(
    () => (idpId === detected.id ? detected : { id: idpId, source: 'override' }),
    [idpId, detected],
  );
  const buildReport = React.useCallback(
    (includeValues: boolean) =>
      toReportJson(
        { kind: 'saml', evidence, ...(worker ? { worker } : {}) },
        { idp: choice, fixFor: (f) => resolveFindingFix(f, choice.id, runbookLinks), includeValues },
      ),
    [evidence, worker, choice, runbookLinks],
  );
  const verdict = React.useMemo(() => loginVerdict(analysis.result), [analysis.result]);
  const certificates = certificatesOf(evidence);

  return (
    <>
      <Verdict verdict={verdict} headingRef={verdictRef} />
      <SubjectMismatch comparison={analysis.comparison} worker={worker} canSeeValues={canSeeValues} />
      <ExportControls build={buildReport} title={t('reportTitleAnalyzer')} fileName="sso-diagnostics-saml.json" />
      <IdpSelect detected={detected} value={idpId} onChange={setIdpId} />
      <FindingsList
        findings={analysis.result.findings}
        idp={idpId}
        runbookLinks={runbookLinks}
        attributes={analysis.predicted.attributes}
      />
      <NotCheckedList notChecked={analysis.result.notChecked} />
      <DecodedResponse saml={saml} capture={capture} issuer={analysis.issuer} analyzedAt={analysis.analyzedAt} />
      <SignatureTable signatures={saml.signatures} />
      {certificates.length > 0 ? (
        <Section heading={t('certificatesHeading')}>
          {certificates.map(({ cert, configured }) => (
            <CertificateDetails
              key={cert.sha256}
              cert={cert}
              level={3}
              now={analysis.analyzedAt}
              title={configured ? t('certConfigured') : t('certFromResponse')}
            />
          ))}
        </Section>
      ) : null}
      <AttributesSent attributes={saml.assertion?.attributes} predicted={analysis.predicted} />
      {worker ? <WorkerDiff comparison={analysis.comparison} workerName={workerShownName(worker)} /> : null}
    </>
  );
}
