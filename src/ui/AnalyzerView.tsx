import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Callout, CalloutHeading, CalloutText } from '@twilio-paste/core/callout';
import { FilePicker, FilePickerButton } from '@twilio-paste/core/file-picker';
import { Heading } from '@twilio-paste/core/heading';
import { HelpText } from '@twilio-paste/core/help-text';
import { Input } from '@twilio-paste/core/input';
import { Label } from '@twilio-paste/core/label';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Option, Select } from '@twilio-paste/core/select';
import { Table, TBody, Td, Th, THead, Tr } from '@twilio-paste/core/table';
import { Text } from '@twilio-paste/core/text';
import { TextArea } from '@twilio-paste/core/textarea';
import { useUID } from '@twilio-paste/core/uid-library';
import { chooseIdp, resolveFix } from '../core/idp';
import { toReportJson } from '../core/report';
import { signedContent } from '../core/samlFacts';
import type { CertificateInfo, SignatureInfo, VerificationResult } from '../core/samlTypes';
import type { IdpChoice, SsoType, WorkerSnapshot } from '../core/types';
import { ExportControls } from './components/ExportControls';
import { FindingsList } from './components/FindingsList';
import { IdpSelect, useIdpOverride } from './components/IdpSelect';
import { NotCheckedList } from './components/NotCheckedList';
import { SummaryCounts } from './components/SummaryCounts';
import { ValueText } from './components/ValueText';
import { formatBytes, valueText } from './format';
import type { StringKey } from './strings';
import { useStrings } from './StringsProvider';
import type { AnalyzedEvidence, AnalyzerContextFields, AnalyzerViewProps } from './types';

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;

/** Splits pasted PEM text into certificates (each BEGIN…END block; bare base64 counts as one). */
export function splitCertificates(text: string): string[] {
  const blocks = text.match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g);
  if (blocks) return blocks;
  return text.trim() === '' ? [] : [text.trim()];
}

function timeOf(e: AnalyzedEvidence): string {
  return e.capture.capturedAt ?? e.saml.issueInstant ?? e.saml.assertion?.issueInstant ?? '';
}

/** Newest first; evidence without a time keeps its order at the end. */
export function newestFirst(list: readonly AnalyzedEvidence[]): AnalyzedEvidence[] {
  return list
    .map((e, i) => ({ e, i, time: Date.parse(timeOf(e)) }))
    .sort((a, b) => {
      const ta = Number.isNaN(a.time) ? -Infinity : a.time;
      const tb = Number.isNaN(b.time) ? -Infinity : b.time;
      return tb - ta || a.i - b.i;
    })
    .map((x) => x.e);
}

const SIGNED_ELEMENT: Readonly<Record<SignatureInfo['on'], StringKey>> = {
  response: 'sigElementResponse',
  assertion: 'sigElementAssertion',
  other: 'sigElementOther',
};

function algorithmName(uri: string): string {
  const hash = uri.lastIndexOf('#');
  return hash >= 0 ? uri.slice(hash + 1) : uri;
}

/** Label–value rows (a description list); string values are shown as text. Also used by the Setup panel. */
export function Fields({ rows }: { rows: readonly [string, React.ReactNode | undefined][] }): React.ReactElement {
  return (
    <Box as="dl" margin="space0" marginBottom="space50">
      {rows
        .filter(([, v]) => v !== undefined && v !== '')
        .map(([label, value]) => (
          <Box key={label} display="flex" columnGap="space40" flexWrap="wrap" marginBottom="space20">
            <Box as="dt" fontWeight="fontWeightSemibold" minWidth="size20">
              {label}
            </Box>
            <Box as="dd" margin="space0">
              {typeof value === 'string' ? <ValueText value={value} /> : value}
            </Box>
          </Box>
        ))}
    </Box>
  );
}

function Verification({ result, against }: { result: VerificationResult; against: string }): React.ReactElement {
  const t = useStrings();
  if (result.status === 'valid') return <Text as="span">{t('sigValid', { certificate: against })}</Text>;
  if (result.status === 'invalid') {
    return (
      <Text as="span" color="colorTextError">
        {t('sigInvalid', { certificate: against, reason: result.reason })}
      </Text>
    );
  }
  // Unverifiable is as bad as invalid: Flex cannot verify it either.
  return (
    <Text as="span" color="colorTextError">
      {t('sigError', { certificate: against, reason: result.reason })}
    </Text>
  );
}

/** What the signature was shown to be valid against: trusted (configured), only its own certificate, or nothing. */
const VERIFIED_AGAINST: Readonly<Record<SignatureInfo['verifiedAgainst'], StringKey>> = {
  configured: 'sigTrusted',
  embedded: 'sigEmbeddedOnly',
  nothing: 'sigUntrusted',
};
const VERIFIED_AGAINST_COLOR = {
  configured: 'colorText',
  embedded: 'colorTextWarning',
  nothing: 'colorTextError',
} as const;

function CertificateDetails({ cert, title }: { cert: CertificateInfo; title: string }): React.ReactElement {
  const t = useStrings();
  return (
    <Box marginBottom="space50">
      <Heading as="h3" variant="heading40">
        {title}
      </Heading>
      <Fields
        rows={[
          [t('certSubject'), cert.subject],
          [t('certIssuer'), cert.issuer],
          [t('certValidity'), t('certValidityRange', { from: cert.notBefore, to: cert.notAfter })],
          [t('certSha1'), cert.sha1],
          [t('certSha256'), cert.sha256],
          [t('certKey'), cert.publicKey],
        ]}
      />
    </Box>
  );
}

function sameValue(a: unknown, b: unknown): boolean {
  return valueText(a) === valueText(b);
}

interface DiffRow {
  readonly key: string;
  readonly current: unknown;
  readonly predicted: unknown;
  readonly change: 'diffChanged' | 'diffAdded' | 'diffStale';
}

/** What the next sign-in with this response changes on the worker. */
export function diffWorker(
  current: Readonly<Record<string, unknown>>,
  predicted: Readonly<Record<string, unknown>>,
): DiffRow[] {
  const rows: DiffRow[] = [];
  const has = (o: object, k: string) => Object.prototype.hasOwnProperty.call(o, k);
  for (const key of Object.keys(predicted)) {
    if (!has(current, key)) rows.push({ key, current: undefined, predicted: predicted[key], change: 'diffAdded' });
    else if (!sameValue(current[key], predicted[key])) {
      rows.push({ key, current: current[key], predicted: predicted[key], change: 'diffChanged' });
    }
  }
  for (const key of Object.keys(current)) {
    if (!has(predicted, key)) rows.push({ key, current: current[key], predicted: undefined, change: 'diffStale' });
  }
  return rows;
}

function EvidenceResult({
  evidence,
  props,
  worker,
}: {
  evidence: AnalyzedEvidence;
  props: AnalyzerViewProps;
  worker?: WorkerSnapshot;
}): React.ReactElement {
  const t = useStrings();
  const { saml, capture, analysis } = evidence;
  const a = saml.assertion;
  const detected = React.useMemo(
    () =>
      chooseIdp({
        configured: props.expectations.idp,
        issuer: saml.issuer ?? a?.issuer,
        attributes: analysis.predicted.attributes,
      }),
    [props.expectations.idp, saml.issuer, a?.issuer, analysis.predicted.attributes],
  );
  const [idpId, setIdpId] = useIdpOverride(detected);
  const choice: IdpChoice = React.useMemo(
    () => (idpId === detected.id ? detected : { id: idpId, source: 'override' }),
    [idpId, detected],
  );
  const runbookLinks = props.expectations.runbookLinks;
  const buildReport = React.useCallback(
    (includeValues: boolean) =>
      toReportJson(
        { kind: 'saml', evidence, worker },
        { idp: choice, fixFor: (f) => resolveFix(f.fixKey, choice.id, runbookLinks, f.ruleId), includeValues },
      ),
    [evidence, worker, choice, runbookLinks],
  );
  const status = saml.status
    ? [saml.status.code, saml.status.subCode, saml.status.message].filter(Boolean).join(' / ')
    : undefined;
  const certificates: { cert: CertificateInfo; title: string }[] = [];
  const seen = new Set<string>();
  for (const s of saml.signatures) {
    if (s.keyInfoCertificate && !seen.has(s.keyInfoCertificate.sha256)) {
      seen.add(s.keyInfoCertificate.sha256);
      certificates.push({ cert: s.keyInfoCertificate, title: t('certFromResponse') });
    }
  }
  for (const c of saml.configuredCertificates) {
    if (!seen.has(c.sha256)) {
      seen.add(c.sha256);
      certificates.push({ cert: c, title: t('certConfigured') });
    }
  }
  const predictedBySource = new Map<string, string[]>();
  for (const [key, source] of Object.entries(analysis.predicted.sources)) {
    predictedBySource.set(source, [...(predictedBySource.get(source) ?? []), key]);
  }
  const diff = worker ? diffWorker(worker.attributes, analysis.predicted.attributes) : [];
  const covered = signedContent(saml);
  const workerName = worker ? valueText(worker.attributes['full_name'] ?? worker.name ?? worker.sid ?? '') : '';

  return (
    <Box>
      {worker ? <Paragraph>{t('comparedWith', { name: workerName })}</Paragraph> : null}
      <ExportControls build={buildReport} title={t('reportTitleAnalyzer')} fileName="sso-diagnostics-saml.json" />
      <SummaryCounts result={analysis.result} />
      <IdpSelect detected={detected} value={idpId} onChange={setIdpId} />
      <FindingsList
        findings={analysis.result.findings}
        idp={idpId}
        runbookLinks={runbookLinks}
        attributes={analysis.predicted.attributes}
      />
      <NotCheckedList notChecked={analysis.result.notChecked} />

      <Box as="section" marginBottom="space60">
        <Heading as="h2" variant="heading20">
          {t('decodedHeading')}
        </Heading>
        {saml.kind === 'response' && !covered.response ? <Paragraph>{t('unsignedResponseNote')}</Paragraph> : null}
        {a && !covered.assertion ? <Paragraph>{t('unsignedAssertionNote')}</Paragraph> : null}
        <Fields
          rows={[
            [t('fieldSource'), capture.source],
            [t('fieldCapturedAt'), capture.capturedAt],
            [t('fieldIssuer'), saml.issuer ?? a?.issuer],
            [t('fieldDestination'), saml.destination],
            [t('fieldAudience'), a?.conditions?.audiences.join(', ')],
            [t('fieldNameId'), a?.nameId],
            [t('fieldNameIdFormat'), a?.nameIdFormat],
            [t('fieldIssueInstant'), saml.issueInstant ?? a?.issueInstant],
            [t('fieldNotBefore'), a?.conditions?.notBefore],
            [t('fieldNotOnOrAfter'), a?.conditions?.notOnOrAfter ?? a?.subjectConfirmation?.notOnOrAfter],
            [t('fieldSessionNotOnOrAfter'), a?.sessionNotOnOrAfter],
            [t('fieldInResponseTo'), saml.inResponseTo],
            [t('fieldRelayState'), capture.relayState],
            [t('fieldStatus'), status],
            [
              t('fieldAssertions'),
              t('assertionCount', { plain: saml.assertionCount, encrypted: saml.encryptedAssertionCount }),
            ],
          ]}
        />
      </Box>

      <Box as="section" marginBottom="space60">
        <Heading as="h2" variant="heading20">
          {t('signaturesHeading')}
        </Heading>
        {saml.signatures.length === 0 ? (
          <Paragraph>{t('noSignatures')}</Paragraph>
        ) : (
          <Table scrollHorizontally>
            <THead>
              <Tr>
                <Th scope="col">{t('sigElement')}</Th>
                <Th scope="col">{t('sigAlgorithm')}</Th>
                <Th scope="col">{t('sigVerification')}</Th>
              </Tr>
            </THead>
            <TBody>
              {saml.signatures.map((s, i) => (
                <Tr key={i}>
                  <Th scope="row">
                    {t(SIGNED_ELEMENT[s.on])}
                    {s.on === 'other' ? <ValueText value={s.location} /> : null}
                  </Th>
                  <Td>
                    <ValueText
                      value={[algorithmName(s.signatureMethod), ...s.digestMethods.map(algorithmName)].join(', ')}
                    />
                  </Td>
                  <Td>
                    <Box>
                      <Text as="span" fontWeight="fontWeightSemibold" color={VERIFIED_AGAINST_COLOR[s.verifiedAgainst]}>
                        {t(VERIFIED_AGAINST[s.verifiedAgainst])}
                      </Text>
                    </Box>
                    {s.keyInfoResult ? (
                      <Box>
                        <Verification result={s.keyInfoResult} against={t('sigKeyInfo')} />
                      </Box>
                    ) : null}
                    {s.configuredResults.map((c) => (
                      <Box key={c.sha256}>
                        <Verification
                          result={c.result}
                          against={t('sigConfigured', { thumbprint: c.sha256.slice(0, 16) })}
                        />
                      </Box>
                    ))}
                    {!s.keyInfoResult && s.configuredResults.length === 0 ? t('sigNotVerified') : null}
                  </Td>
                </Tr>
              ))}
            </TBody>
          </Table>
        )}
      </Box>

      {certificates.length > 0 ? (
        <Box as="section" marginBottom="space60">
          <Heading as="h2" variant="heading20">
            {t('certificatesHeading')}
          </Heading>
          {certificates.map((c) => (
            <CertificateDetails key={c.cert.sha256} cert={c.cert} title={c.title} />
          ))}
        </Box>
      ) : null}

      <Box as="section" marginBottom="space60">
        <Heading as="h2" variant="heading20">
          {t('attributesSentHeading')}
        </Heading>
        <Paragraph>{t('predictedNote')}</Paragraph>
        <Table scrollHorizontally>
          <THead>
            <Tr>
              <Th scope="col">{t('colSamlName')}</Th>
              <Th scope="col">{t('colSentValues')}</Th>
              <Th scope="col">{t('colPredictedKey')}</Th>
              <Th scope="col">{t('colPredictedValue')}</Th>
            </Tr>
          </THead>
          <TBody>
            {(a?.attributes ?? []).map((attr, i) => {
              const keys = predictedBySource.get(attr.name) ?? [];
              return (
                <Tr key={`${attr.name}:${i}`}>
                  <Th scope="row">
                    <ValueText value={attr.name} />
                  </Th>
                  <Td>
                    <ValueText value={attr.values.length === 1 ? attr.values[0] : attr.values} />
                  </Td>
                  <Td>{keys.length > 0 ? <ValueText value={keys.join(', ')} /> : '—'}</Td>
                  <Td>
                    {keys.map((k) => (
                      <Box key={k}>
                        <ValueText value={analysis.predicted.attributes[k]} />
                      </Box>
                    ))}
                  </Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      </Box>

      <Box as="section" marginBottom="space60">
        <Heading as="h2" variant="heading20">
          {t('diffHeading')}
        </Heading>
        {!worker ? (
          <Paragraph>{t('noWorkerToCompare')}</Paragraph>
        ) : diff.length === 0 ? (
          <Paragraph>{t('diffNone')}</Paragraph>
        ) : (
          <>
            <Paragraph>{t('diffCaption', { name: workerName })}</Paragraph>
            <Table scrollHorizontally>
              <THead>
                <Tr>
                  <Th scope="col">{t('colAttribute')}</Th>
                  <Th scope="col">{t('diffColCurrent')}</Th>
                  <Th scope="col">{t('diffColPredicted')}</Th>
                  <Th scope="col">{t('diffColChange')}</Th>
                </Tr>
              </THead>
              <TBody>
                {diff.map((d) => (
                  <Tr key={d.key}>
                    <Th scope="row">
                      <ValueText value={d.key} />
                    </Th>
                    <Td>{d.current === undefined ? '—' : <ValueText value={d.current} />}</Td>
                    <Td>{d.predicted === undefined ? '—' : <ValueText value={d.predicted} />}</Td>
                    <Td>{t(d.change)}</Td>
                  </Tr>
                ))}
              </TBody>
            </Table>
          </>
        )}
      </Box>
    </Box>
  );
}

export function ContextField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}): React.ReactElement {
  const id = useUID();
  return (
    <Box minWidth="size30" marginBottom="space40">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} type="text" value={value} onChange={(event) => onChange(event.target.value)} />
    </Box>
  );
}

interface ContextDraft {
  accountSid: string;
  connectionSid: string;
  region: string;
  ssoType: '' | SsoType;
  idpIssuer: string;
  certificates: string;
}

function draftOf(fields: AnalyzerContextFields): ContextDraft {
  return {
    accountSid: fields.accountSid ?? '',
    connectionSid: fields.connectionSid ?? '',
    region: fields.region,
    ssoType: fields.ssoType ?? '',
    idpIssuer: fields.idpIssuer ?? '',
    certificates: fields.certificates.join('\n'),
  };
}

function fieldsOf(draft: ContextDraft): AnalyzerContextFields {
  const opt = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());
  return {
    accountSid: opt(draft.accountSid),
    connectionSid: opt(draft.connectionSid),
    region: draft.region.trim() || 'us1',
    ssoType: draft.ssoType === '' ? undefined : draft.ssoType,
    idpIssuer: opt(draft.idpIssuer),
    certificates: splitCertificates(draft.certificates),
  };
}

type RunState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; results: AnalyzedEvidence[] };

/** Paste or drop a SAML response, HAR or SAML-tracer capture; analysed locally by the `analyze` prop. */
export function AnalyzerView(props: AnalyzerViewProps): React.ReactElement {
  const { analyze, defaults, worker } = props;
  const maxBytes = props.maxBytes ?? DEFAULT_MAX_BYTES;
  const t = useStrings();
  const textId = useUID();
  const fileId = useUID();
  const certId = useUID();
  const ssoId = useUID();
  const selectId = useUID();
  const [text, setText] = React.useState('');
  const [fileName, setFileName] = React.useState<string | undefined>(undefined);
  const [fileMessage, setFileMessage] = React.useState<{ text: string; error: boolean } | undefined>(undefined);
  const [draft, setDraft] = React.useState<ContextDraft>(() => draftOf(defaults));
  const [run, setRun] = React.useState<RunState>({ kind: 'idle' });
  const [selected, setSelected] = React.useState(0);
  const [dragging, setDragging] = React.useState(false);

  // Refill the fields when the configuration itself changes, not whenever a new (equal) object arrives.
  const defaultsKey = JSON.stringify(draftOf(defaults));
  React.useEffect(() => setDraft(JSON.parse(defaultsKey) as ContextDraft), [defaultsKey]);

  const loadFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    if (file.size > maxBytes) {
      setFileMessage({
        text: t('fileTooLarge', { name: file.name, size: formatBytes(file.size), max: formatBytes(maxBytes) }),
        error: true,
      });
      return;
    }
    try {
      const content = await file.text();
      setText(content);
      setFileName(file.name);
      setFileMessage({ text: t('fileLoaded', { name: file.name, size: formatBytes(file.size) }), error: false });
    } catch {
      setFileMessage({ text: t('fileReadFailed', { name: file.name }), error: true });
    }
  };

  const start = async (): Promise<void> => {
    if (text.trim() === '') {
      setRun({ kind: 'error', message: t('analyzeEmpty') });
      return;
    }
    setRun({ kind: 'busy' });
    try {
      const results = await analyze({ text, fileName, context: fieldsOf(draft), worker });
      setSelected(0);
      setRun({ kind: 'done', results: newestFirst(results) });
    } catch (error) {
      setRun({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const update = (patch: Partial<ContextDraft>): void => setDraft((d) => ({ ...d, ...patch }));
  const results = run.kind === 'done' ? run.results : [];
  const current = results[Math.min(selected, results.length - 1)];

  return (
    <Box>
      <Callout variant="neutral" marginY="space50">
        <CalloutText>{t('privacyNote')}</CalloutText>
      </Callout>

      <Box as="section" marginBottom="space60">
        <Heading as="h2" variant="heading20">
          {t('evidenceHeading')}
        </Heading>
        <Box
          marginBottom="space40"
          borderStyle="dashed"
          borderWidth="borderWidth20"
          borderColor={dragging ? 'colorBorderPrimary' : 'colorBorderWeak'}
          borderRadius="borderRadius20"
          padding="space40"
          data-testid="drop-zone"
          onDragOver={(event: React.DragEvent) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event: React.DragEvent) => {
            event.preventDefault();
            setDragging(false);
            void loadFile(event.dataTransfer?.files?.[0]);
          }}
        >
          <Label htmlFor={textId}>{t('pasteLabel')}</Label>
          <TextArea
            id={textId}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setFileName(undefined);
            }}
            aria-describedby={`${textId}-help`}
            resize="vertical"
          />
          <HelpText id={`${textId}-help`}>{t('pasteHelp')}</HelpText>
          <Box marginTop="space40">
            <Label htmlFor={fileId}>{t('fileLabel')}</Label>
            <FilePicker
              id={fileId}
              accept=".xml,.txt,.b64,.har,.json,application/json,text/xml,text/plain"
              onChange={(event) => void loadFile(event.target.files?.[0])}
              aria-describedby={`${fileId}-help`}
            >
              <FilePickerButton variant="secondary">{t('fileLabel')}</FilePickerButton>
            </FilePicker>
            <HelpText id={`${fileId}-help`}>{t('fileHelp', { max: formatBytes(maxBytes) })}</HelpText>
            <Text as="p" color="colorTextWeak">
              {t('dropZone')}
            </Text>
          </Box>
          <Box role="status" aria-live="polite">
            {fileMessage ? (
              <Text as="p" color={fileMessage.error ? 'colorTextError' : 'colorText'}>
                {fileMessage.text}
              </Text>
            ) : null}
          </Box>
        </Box>
      </Box>

      <Box as="section" marginBottom="space60">
        <Heading as="h2" variant="heading20">
          {t('contextHeading')}
        </Heading>
        <Paragraph>{t('contextHelp')}</Paragraph>
        <Box display="flex" columnGap="space50" flexWrap="wrap">
          <ContextField
            label={t('ctxAccountSid')}
            value={draft.accountSid}
            onChange={(v) => update({ accountSid: v })}
          />
          <ContextField
            label={t('ctxConnectionSid')}
            value={draft.connectionSid}
            onChange={(v) => update({ connectionSid: v })}
          />
          <ContextField label={t('ctxRegion')} value={draft.region} onChange={(v) => update({ region: v })} />
          <Box minWidth="size20" marginBottom="space40">
            <Label htmlFor={ssoId}>{t('ctxSsoType')}</Label>
            <Select
              id={ssoId}
              value={draft.ssoType}
              onChange={(event) => update({ ssoType: event.target.value as ContextDraft['ssoType'] })}
            >
              <Option value="">{t('ssoTypeUnknown')}</Option>
              <Option value="enhanced">{t('ssoTypeEnhanced')}</Option>
              <Option value="legacy">{t('ssoTypeLegacy')}</Option>
            </Select>
          </Box>
          <ContextField label={t('ctxIssuer')} value={draft.idpIssuer} onChange={(v) => update({ idpIssuer: v })} />
        </Box>
        <Label htmlFor={certId}>{t('ctxCertificates')}</Label>
        <TextArea
          id={certId}
          value={draft.certificates}
          onChange={(event) => update({ certificates: event.target.value })}
          aria-describedby={`${certId}-help`}
          resize="vertical"
        />
        <HelpText id={`${certId}-help`}>{t('ctxCertificatesHelp')}</HelpText>
      </Box>

      <Box marginBottom="space60">
        <Button variant="primary" onClick={() => void start()} loading={run.kind === 'busy'}>
          {run.kind === 'busy' ? t('analyzing') : t('analyzeButton')}
        </Button>
      </Box>

      {run.kind === 'error' ? (
        <Callout variant="error" marginY="space50">
          <CalloutHeading as="h2">{t('analyzeErrorTitle')}</CalloutHeading>
          <CalloutText>{run.message}</CalloutText>
        </Callout>
      ) : null}

      {current ? (
        <Box as="section" aria-labelledby="sso-analyzer-results">
          <Heading as="h2" variant="heading20" id="sso-analyzer-results">
            {t('resultsHeading')}
          </Heading>
          {results.length > 1 ? (
            <Box marginBottom="space50" maxWidth="size60">
              <Text as="p">{t('responsesFound', { count: results.length })}</Text>
              <Label htmlFor={selectId}>{t('responseSelect')}</Label>
              <Select
                id={selectId}
                value={String(selected)}
                onChange={(event) => setSelected(Number(event.target.value))}
              >
                {results.map((r, i) => (
                  <Option key={i} value={String(i)}>
                    {t('responseOption', {
                      time: timeOf(r) || t('unknownValue'),
                      issuer: r.saml.issuer ?? r.saml.assertion?.issuer ?? t('unknownValue'),
                    })}
                  </Option>
                ))}
              </Select>
            </Box>
          ) : null}
          <EvidenceResult key={selected} evidence={current} props={props} worker={worker} />
        </Box>
      ) : null}
    </Box>
  );
}
