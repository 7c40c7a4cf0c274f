import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Callout, CalloutHeading, CalloutText } from '@twilio-paste/core/callout';
import { FilePicker, FilePickerButton } from '@twilio-paste/core/file-picker';
import { Heading } from '@twilio-paste/core/heading';
import { HelpText } from '@twilio-paste/core/help-text';
import { Label } from '@twilio-paste/core/label';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Table, TBody, Td, Th, THead, Tr } from '@twilio-paste/core/table';
import { Text } from '@twilio-paste/core/text';
import { TextArea } from '@twilio-paste/core/textarea';
import { useUID } from '@twilio-paste/core/uid-library';
import { resolveFindingFix } from '../core/idp';
import { isUnreadable, type IdpCertificate, type IdpConfigSnapshot, type SigningFact } from '../core/idpConfigTypes';
import { toReportJson } from '../core/report';
import { ContextEditor, draftOf, fieldsOf, type ContextDraft } from './analyzer/ContextEditor';
import { Fields } from './components/Fields';
import { ExportControls } from './components/ExportControls';
import { FindingsList } from './components/FindingsList';
import { NotCheckedList } from './components/NotCheckedList';
import { SummaryCounts } from './components/SummaryCounts';
import { ValueText } from './components/ValueText';
import { formatBytes } from './format';
import type { StringKey } from './strings';
import { useStrings } from './StringsProvider';
import type { IdpConfigChecked, IdpConfigPanelProps } from './types';

/** Exports are small; metadata of one IdP is well under this (the readers refuse more than 5 MB). */
export const IDP_CONFIG_MAX_BYTES = 5 * 1024 * 1024;

const KIND_LABEL: Readonly<Record<IdpConfigSnapshot['kind'], StringKey>> = {
  'saml-metadata': 'idpKindMetadata',
  'adfs-trust': 'idpKindAdfsTrust',
  'adfs-claim-rules': 'idpKindAdfsRules',
  'entra-manifest': 'idpKindEntraManifest',
  'entra-service-principal': 'idpKindEntraSp',
  'okta-app': 'idpKindOkta',
  'keycloak-client': 'idpKindKeycloak',
  'auth0-client': 'idpKindAuth0',
};

function day(iso: string | undefined): string {
  return iso ? iso.slice(0, 10) : '…';
}

function CertificateRow({ cert, analyzedAt }: { cert: IdpCertificate; analyzedAt: string }): React.ReactElement {
  const t = useStrings();
  const now = Date.parse(analyzedAt);
  const expired = cert.notAfter !== undefined && Date.parse(cert.notAfter) < now;
  const future = cert.notBefore !== undefined && Date.parse(cert.notBefore) > now;
  const state = cert.active === true ? t('idpCertActive') : cert.active === false ? t('idpCertInactive') : '';
  return (
    <Tr>
      <Th scope="row">
        <ValueText value={cert.subject ?? t('unknownValue')} />
      </Th>
      <Td>
        {t('certValidityRange', { from: day(cert.notBefore), to: day(cert.notAfter) })}
        {expired ? (
          <Text as="span" color="colorTextError">
            {` ${t('idpCertExpired')}`}
          </Text>
        ) : future ? (
          <Text as="span" color="colorTextWarning">
            {` ${t('idpCertNotYetValid')}`}
          </Text>
        ) : null}
      </Td>
      <Td>
        <ValueText value={cert.sha1 ?? '—'} />
      </Td>
      <Td>{state || '—'}</Td>
    </Tr>
  );
}

function signedText(fact: SigningFact, t: ReturnType<typeof useStrings>): string {
  if (isUnreadable(fact)) return t('idpNotReadable');
  return fact ? t('idpYes') : t('idpNo');
}

/** The snapshot as a person reads it: the IdP, what it sends to Flex, its certificates, its claims. */
function SnapshotView({ checked }: { checked: IdpConfigChecked }): React.ReactElement {
  const t = useStrings();
  const s = checked.idpConfig;
  const acs = s.acsUrls;
  const signing = s.signing;
  const certificates = (s.certificates ?? []).filter((c) => c.use !== 'encryption');
  const predicted = checked.predicted ?? [];
  return (
    <Box>
      <Box as="section" marginBottom="space60">
        <Heading as="h3" variant="heading30">
          {t('idpSnapshotHeading')}
        </Heading>
        <Fields
          rows={[
            [t('idpFieldExport'), t(KIND_LABEL[s.kind])],
            [t('idpFieldName'), s.name],
            [t('fieldIssuer'), s.entityId],
            ...(s.ssoServices ?? []).map(
              (sso) => [t('idpFieldSsoUrl', { binding: sso.binding }), sso.location] as [string, string],
            ),
            [
              t('idpFieldAcs'),
              acs === undefined ? undefined : isUnreadable(acs) ? t('idpNotInExport') : acs.join(', ') || t('none'),
            ],
            [t('idpFieldEntityIds'), s.spEntityIds ? s.spEntityIds.join(', ') || t('none') : undefined],
            [
              t('idpFieldSigning'),
              signing
                ? t('idpSigningValue', {
                    response: signedText(signing.response, t),
                    assertion: signedText(signing.assertion, t),
                  })
                : undefined,
            ],
            [t('idpFieldAlgorithm'), s.signatureAlgorithm ?? undefined],
            [t('idpFieldEncryption'), s.encryption === undefined ? undefined : s.encryption ? t('idpYes') : t('idpNo')],
            [
              t('fieldNameId'),
              s.nameId
                ? t('idpNameIdValue', {
                    source: s.nameId.source ?? t('none'),
                    format: s.nameId.format ?? t('idpNoFormat'),
                  })
                : undefined,
            ],
            [t('fieldRelayState'), s.relayState ?? undefined],
          ]}
        />
      </Box>

      {s.certificates !== undefined ? (
        <Box as="section" marginBottom="space60">
          <Heading as="h3" variant="heading30">
            {t('idpCertificatesHeading')}
          </Heading>
          {certificates.length === 0 ? (
            <Paragraph>{t('none')}</Paragraph>
          ) : (
            <Table scrollHorizontally>
              <THead>
                <Tr>
                  <Th scope="col">{t('certSubject')}</Th>
                  <Th scope="col">{t('certValidity')}</Th>
                  <Th scope="col">{t('certSha1')}</Th>
                  <Th scope="col">{t('idpCertState')}</Th>
                </Tr>
              </THead>
              <TBody>
                {certificates.map((c) => (
                  <CertificateRow key={c.position} cert={c} analyzedAt={checked.analyzedAt} />
                ))}
              </TBody>
            </Table>
          )}
        </Box>
      ) : null}

      {s.claims !== undefined ? (
        <Box as="section" marginBottom="space60">
          <Heading as="h3" variant="heading30">
            {t('idpClaimsHeading')}
          </Heading>
          <Paragraph>{t('idpClaimsHelp')}</Paragraph>
          {s.claims.length === 0 ? (
            <Paragraph>{t('none')}</Paragraph>
          ) : (
            <Table scrollHorizontally>
              <THead>
                <Tr>
                  <Th scope="col">{t('colSamlName')}</Th>
                  <Th scope="col">{t('idpColSource')}</Th>
                  <Th scope="col">{t('colPredictedKey')}</Th>
                </Tr>
              </THead>
              <TBody>
                {s.claims.map((c, i) => {
                  const attribute = predicted[i]?.claim === c.name ? predicted[i]?.attribute : undefined;
                  return (
                    <Tr key={`${c.name}:${i}`}>
                      <Th scope="row">
                        <ValueText value={c.name} />
                      </Th>
                      <Td>{c.source ? <ValueText value={c.source} /> : '—'}</Td>
                      <Td>
                        {c.consumedByNameId ? (
                          t('idpConsumedByNameId')
                        ) : attribute !== undefined ? (
                          <ValueText value={attribute} />
                        ) : (
                          t('idpNotWritten')
                        )}
                      </Td>
                    </Tr>
                  );
                })}
              </TBody>
            </Table>
          )}
        </Box>
      ) : null}
    </Box>
  );
}

type RunState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; checked: IdpConfigChecked };

/**
 * "Check the IdP's configuration": paste or drop an export of the IdP's settings (any kind), checked
 * in this browser by the `check` prop against the context below. Nothing is sent anywhere.
 */
export function IdpConfigPanel({ check, defaults, expectations, maxBytes }: IdpConfigPanelProps): React.ReactElement {
  const t = useStrings();
  const limit = maxBytes ?? IDP_CONFIG_MAX_BYTES;
  const textId = useUID();
  const fileId = useUID();
  const headingId = useUID();
  const [text, setText] = React.useState('');
  // A dropped file is kept as bytes: AD FS exports are often UTF-16 with a byte-order mark.
  const [bytes, setBytes] = React.useState<Uint8Array | undefined>(undefined);
  const [fileMessage, setFileMessage] = React.useState<{ text: string; error: boolean } | undefined>(undefined);
  const [draft, setDraft] = React.useState<ContextDraft>(() => draftOf(defaults));
  const [run, setRun] = React.useState<RunState>({ kind: 'idle' });
  const [dragging, setDragging] = React.useState(false);

  const defaultsKey = JSON.stringify(draftOf(defaults));
  React.useEffect(() => setDraft(JSON.parse(defaultsKey) as ContextDraft), [defaultsKey]);

  const loadFile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    if (file.size > limit) {
      setFileMessage({
        text: t('fileTooLarge', { name: file.name, size: formatBytes(file.size), max: formatBytes(limit) }),
        error: true,
      });
      return;
    }
    try {
      const buffer = new Uint8Array(await file.arrayBuffer());
      setBytes(buffer);
      setText('');
      setFileMessage({ text: t('fileLoaded', { name: file.name, size: formatBytes(file.size) }), error: false });
    } catch {
      setFileMessage({ text: t('fileReadFailed', { name: file.name }), error: true });
    }
  };

  const start = async (): Promise<void> => {
    const input = bytes ?? text;
    if (typeof input === 'string' && input.trim() === '') {
      setRun({ kind: 'error', message: t('idpCheckEmpty') });
      return;
    }
    setRun({ kind: 'busy' });
    try {
      setRun({ kind: 'done', checked: await check({ input, context: fieldsOf(draft) }) });
    } catch (error) {
      setRun({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const update = (patch: Partial<ContextDraft>): void => setDraft((d) => ({ ...d, ...patch }));
  const checked = run.kind === 'done' ? run.checked : undefined;
  const runbookLinks = expectations.runbookLinks;
  const buildReport = React.useCallback(
    (includeValues: boolean) => {
      if (!checked) throw new Error('nothing checked');
      return toReportJson(
        { kind: 'idp-config', idpConfig: checked.idpConfig, result: checked.result },
        { idp: checked.idp, fixFor: (f) => resolveFindingFix(f, checked.idp.id, runbookLinks), includeValues },
      );
    },
    [checked, runbookLinks],
  );

  return (
    <Box as="section" marginBottom="space70" aria-labelledby={headingId}>
      <Heading as="h2" variant="heading20" id={headingId}>
        {t('idpCheckHeading')}
      </Heading>
      <Paragraph>{t('idpCheckHelp')}</Paragraph>
      <Box
        marginBottom="space40"
        borderStyle="dashed"
        borderWidth="borderWidth20"
        borderColor={dragging ? 'colorBorderPrimary' : 'colorBorderWeak'}
        borderRadius="borderRadius20"
        padding="space40"
        data-testid="idp-config-drop-zone"
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
        <Label htmlFor={textId}>{t('idpPasteLabel')}</Label>
        <TextArea
          id={textId}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setBytes(undefined);
            setFileMessage(undefined);
          }}
          aria-describedby={`${textId}-help`}
          resize="vertical"
        />
        <HelpText id={`${textId}-help`}>{t('idpPasteHelp')}</HelpText>
        <Box marginTop="space40">
          <Label htmlFor={fileId}>{t('idpFileLabel')}</Label>
          <FilePicker
            id={fileId}
            accept=".xml,.json,.txt,application/json,text/xml,text/plain"
            onChange={(event) => void loadFile(event.target.files?.[0])}
            aria-describedby={`${fileId}-help`}
          >
            <FilePickerButton variant="secondary">{t('idpFileLabel')}</FilePickerButton>
          </FilePicker>
          <HelpText id={`${fileId}-help`}>{t('fileHelp', { max: formatBytes(limit) })}</HelpText>
        </Box>
        <Box role="status" aria-live="polite">
          {fileMessage ? (
            <Text as="p" color={fileMessage.error ? 'colorTextError' : 'colorText'}>
              {fileMessage.text}
            </Text>
          ) : null}
        </Box>
      </Box>

      <ContextEditor draft={draft} onChange={update} forIdpConfig />

      <Box marginY="space60">
        <Button variant="primary" onClick={() => void start()} loading={run.kind === 'busy'}>
          {run.kind === 'busy' ? t('idpChecking') : t('idpCheckButton')}
        </Button>
      </Box>

      {run.kind === 'error' ? (
        <Callout variant="error" marginY="space50">
          <CalloutHeading as="h3">{t('idpCheckErrorTitle')}</CalloutHeading>
          <CalloutText>{run.message}</CalloutText>
        </Callout>
      ) : null}

      {checked ? (
        <Box>
          <ExportControls
            build={buildReport}
            title={t('reportTitleIdpConfig')}
            fileName="sso-diagnostics-idp-config.json"
          />
          <SummaryCounts result={checked.result} headingLevel="h3" />
          <FindingsList
            findings={checked.result.findings}
            idp={checked.idp.id}
            runbookLinks={runbookLinks}
            headingLevel={3}
          />
          <NotCheckedList notChecked={checked.result.notChecked} headingLevel="h3" />
          <SnapshotView checked={checked} />
        </Box>
      ) : null}
    </Box>
  );
}
