/**
 * `sso-diagnostics check-idp <file | - | https-URL>`: reads an export of the IdP's own settings (any kind
 * readIdpConfig knows), checks it with the idp-config rules against this account's Flex settings, and
 * prints the snapshot, the findings with fix steps, and what was not checked. An https URL (public
 * metadata) is fetched here, in the CLI only.
 */
import { readFile } from 'node:fs/promises';
import { checkIdpConfig, type PredictedClaim } from '../core/checkIdpConfig';
import { idpName } from '../core/idp';
import type { IdpConfigSnapshot } from '../core/idpConfigTypes';
import { isUnreadable } from '../core/idpConfigTypes';
import { toMarkdown, toReportJson } from '../core/report';
import type { DiagnosticsConfig, Finding, IdpId } from '../core/types';
import { resolveFindingFix } from '../core/idp';
import { idpConfigContext } from '../idpconfig/configuredCertificates';
import { readIdpConfig } from '../idpconfig/read';
import { nowOption, sidOption, type ParsedArgs } from './args';
import { fetchHttps, isHttpsUrl, type FetchOptions } from './fetch';
import { EXIT, readStreamBytes, UsageError, type CliIo } from './io';
import { nodeParseXml, nodeSubtle } from './nodeDeps';
import { layout, type OutputOptions } from './output';
import { countLine, idpLine, printable, renderFindings, renderNotChecked, type Style } from './text';

export interface CheckIdpCommand {
  readonly args: ParsedArgs;
  readonly input: string;
  readonly expectations: DiagnosticsConfig;
  readonly override: IdpId | undefined;
  readonly output: OutputOptions;
  readonly io: CliIo;
  /** Tests inject a CA for their local https server. */
  readonly fetchOptions?: FetchOptions;
}

async function readBytes(input: string, io: CliIo, fetchOptions: FetchOptions | undefined): Promise<Uint8Array> {
  if (input === '-') return readStreamBytes(io.stdin);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
    if (!isHttpsUrl(input)) throw new UsageError('check-idp fetches https URLs only (metadata is public over https)');
    return fetchHttps(input, fetchOptions);
  }
  try {
    return await readFile(input);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable');
    throw new UsageError(`cannot read "${input}": ${why}`);
  }
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read the certificate file "${file}"`);
  }
}

export async function checkIdpCommand(command: CheckIdpCommand): Promise<number> {
  const { args, input, expectations, override, output, io } = command;
  const v = args.values;
  const accountSid = sidOption('account-sid', 'AC', v['account-sid']);
  const analyzedAt = nowOption(v['now']) ?? new Date().toISOString();
  const certFiles = Array.isArray(v['cert']) ? v['cert'] : [];
  const pems =
    certFiles.length > 0 ? await Promise.all(certFiles.map((f) => readText(f))) : [...expectations.idpCertificates];
  const ssoUrl = typeof v['sso-url'] === 'string' ? v['sso-url'].trim() : expectations.idpSsoUrl;

  const bytes = await readBytes(input, io, command.fetchOptions);
  const snapshot = await readIdpConfig(
    bytes,
    { parseXml: nodeParseXml, subtle: nodeSubtle },
    expectations.idpIssuer ? { configuredIssuer: expectations.idpIssuer } : {},
  );
  const context = await idpConfigContext(
    {
      ...(accountSid ? { accountSid } : {}),
      ...(expectations.connectionSid ? { connectionSid: expectations.connectionSid } : {}),
      region: expectations.region,
      ...(expectations.ssoType ? { ssoType: expectations.ssoType } : {}),
      ...(expectations.idpIssuer ? { issuer: expectations.idpIssuer } : {}),
      certificates: pems,
      ...(ssoUrl ? { ssoUrl } : {}),
    },
    analyzedAt,
    nodeSubtle,
  );
  const checked = checkIdpConfig({ idpConfig: snapshot, context, expectations, ...(override ? { override } : {}) });
  const fixFor = (finding: Finding) => resolveFindingFix(finding, checked.idp.id, expectations.runbookLinks);
  const hasError = checked.result.findings.some((f) => f.severity === 'error');

  if (output.format !== 'text') {
    const report = toReportJson(
      { kind: 'idp-config', idpConfig: snapshot, result: checked.result },
      { idp: checked.idp, fixFor, includeValues: output.includeValues },
    );
    io.stdout.write(
      output.format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : toMarkdown(report, { title: "SSO diagnostics: the IdP's configuration" }),
    );
    return hasError ? EXIT.findings : EXIT.ok;
  }
  const l = layout({ io, verbose: output.verbose });
  const s = l.style;
  const name = idpName(checked.idp.id);
  const lines = [...snapshotLines(snapshot, checked.predicted ?? [], s), idpLine(checked.idp, name), ''];
  if (checked.result.findings.length === 0) lines.push('No problems found.');
  lines.push(...renderFindings(checked.result.findings, fixFor, name, l));
  lines.push(...renderNotChecked([checked.result], l));
  lines.push('', `${countLine([checked.result])} · ${checked.result.passed.length} passed`);
  io.stdout.write(`${lines.join('\n')}\n`);
  return hasError ? EXIT.findings : EXIT.ok;
}

const KIND_LABEL: Readonly<Record<IdpConfigSnapshot['kind'], string>> = {
  'saml-metadata': 'SAML metadata',
  'adfs-trust': 'AD FS relying party trust',
  'adfs-claim-rules': 'AD FS claim rules',
  'entra-manifest': 'Entra ID app manifest',
  'entra-service-principal': 'Entra ID service principal',
  'okta-app': 'Okta app',
  'keycloak-client': 'Keycloak client',
  'auth0-client': 'Auth0 application',
};

function snapshotLines(snapshot: IdpConfigSnapshot, predicted: readonly PredictedClaim[], s: Style): string[] {
  const row = (label: string, value: string | undefined | null) =>
    value === undefined || value === null || value === '' ? [] : [`  ${s.dim(label.padEnd(16))} ${printable(value)}`];
  const signed = (fact: boolean | object) => (isUnreadable(fact) ? 'not readable' : fact ? 'yes' : 'no');
  const acs = snapshot.acsUrls;
  return [
    s.bold(`${KIND_LABEL[snapshot.kind]}${snapshot.name ? `: ${printable(snapshot.name)}` : ''}`),
    ...row('IdP issuer', snapshot.entityId),
    ...(snapshot.ssoServices ?? []).flatMap((sso) => row(`SSO (${sso.binding})`, sso.location)),
    ...(snapshot.certificates ?? [])
      .filter((c) => c.use !== 'encryption')
      .flatMap((c) =>
        row(
          'Certificate',
          `${c.subject ?? `SHA-1 ${c.sha1 ?? '?'}`}, ${c.notBefore ?? '…'} → ${c.notAfter ?? '…'}${c.active === true ? ' (active)' : ''}`,
        ),
      ),
    ...(acs === undefined ? [] : isUnreadable(acs) ? row('ACS', 'not in this export') : row('ACS', acs.join(', '))),
    ...row('Entity ID', snapshot.spEntityIds?.join(', ')),
    ...(snapshot.signing
      ? row('Signed', `response ${signed(snapshot.signing.response)}, assertion ${signed(snapshot.signing.assertion)}`)
      : []),
    ...row('Algorithm', snapshot.signatureAlgorithm),
    ...(snapshot.encryption !== undefined ? row('Encrypted', snapshot.encryption ? 'yes' : 'no') : []),
    ...(snapshot.nameId
      ? row('NameID', `${snapshot.nameId.source ?? 'none'} (${snapshot.nameId.format ?? 'no format'})`)
      : []),
    ...predicted
      .map((p) =>
        row(
          'Claim',
          `${p.claim}${p.source ? ` ← ${p.source}` : ''} → ${p.attribute ?? 'not written (likely rejected)'}`,
        ),
      )
      .flat(),
    '',
  ];
}
