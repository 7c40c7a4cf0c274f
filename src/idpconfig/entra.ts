/**
 * Microsoft Entra ID: the app registration manifest (Microsoft Graph format, or the older Azure AD
 * Graph one) and the enterprise application's service principal as `GET /servicePrincipals/{id}`
 * returns it. Neither holds the Attributes & Claims list, the NameID or the signing option: those
 * facts stay absent, so their rules are "not checked" and point to the SAML analyzer.
 */
import type { EntraAppRole, IdpCertificate, IdpConfigSnapshot, UnreadableCertificate } from '../core/idpConfigTypes';
import { parseCertificate, toHex } from '../saml/der';
import { booleanAt, has, isObject, objectAt, objectsAt, stringAt, stringsAt, unique, type JsonObject } from './json';

export function isEntraServicePrincipal(value: unknown): value is JsonObject {
  return isObject(value) && (has(value, 'servicePrincipalNames') || has(value, 'servicePrincipalType'));
}

export function isEntraManifest(value: unknown): value is JsonObject {
  if (!isObject(value) || !has(value, 'appId')) return false;
  return ['identifierUris', 'web', 'replyUrlsWithType', 'signInAudience', 'appRoles'].some((k) => has(value, k));
}

function appRoles(value: JsonObject, origin: EntraAppRole['origin']): EntraAppRole[] | undefined {
  const roles = objectsAt(value, 'appRoles');
  if (!roles) return undefined;
  return roles.map((role) => {
    const raw = role['value'];
    const enabled = booleanAt(role, 'isEnabled');
    const displayName = stringAt(role, 'displayName');
    const id = stringAt(role, 'id');
    const memberTypes = stringsAt(role, 'allowedMemberTypes');
    return {
      // Surrounding spaces are kept: `wrongCase` reports them.
      value: typeof raw === 'string' ? raw : null,
      ...(displayName !== undefined ? { displayName } : {}),
      ...(id !== undefined ? { id } : {}),
      ...(enabled !== undefined ? { isEnabled: enabled } : {}),
      ...(memberTypes ? { allowedMemberTypes: memberTypes } : {}),
      origin,
    };
  });
}

/** `tokenEncryptionKeyId` set is encryption configured, even when it names no key in the export. */
function encryption(value: JsonObject): Pick<IdpConfigSnapshot, 'encryption' | 'encryptionSetting'> {
  if (!has(value, 'tokenEncryptionKeyId')) return {};
  const key = stringAt(value, 'tokenEncryptionKeyId');
  return key ? { encryption: true, encryptionSetting: 'tokenEncryptionKeyId' } : { encryption: false };
}

export function readEntraManifest(manifest: JsonObject): IdpConfigSnapshot {
  // Graph: web.redirectUris; Azure AD Graph: replyUrlsWithType[{url, type}]; older still: replyUrls.
  const web = objectAt(manifest, 'web');
  const withType = objectsAt(manifest, 'replyUrlsWithType');
  const acs =
    stringsAt(web, 'redirectUris') ??
    (withType ? unique(withType.map((r) => stringAt(r, 'url'))) : undefined) ??
    stringsAt(manifest, 'replyUrls');
  const identifiers = stringsAt(manifest, 'identifierUris');
  const roles = appRoles(manifest, 'manifest');
  const name = stringAt(manifest, 'displayName') ?? stringAt(manifest, 'name');
  const appId = stringAt(manifest, 'appId');
  return {
    kind: 'entra-manifest',
    idp: 'entra-id',
    ...(name !== undefined ? { name } : {}),
    ...(appId !== undefined ? { appId } : {}),
    ...(acs ? { acsUrls: unique(acs) } : {}),
    ...(identifiers ? { spEntityIds: unique(identifiers) } : {}),
    ...(roles ? { appRoles: roles } : {}),
    ...encryption(manifest),
  };
}

/** A Graph Binary (base64) or hex thumbprint as upper-case hex; undefined when it is neither. */
function thumbprint(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const compact = value.replace(/[\s:]/g, '');
  if (/^[0-9a-fA-F]{40}$/.test(compact)) return compact.toUpperCase();
  try {
    const binary = atob(compact);
    if (binary.length === 20) return toHex(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
    // Some tools store the hex thumbprint's text as the binary.
    if (/^[0-9a-fA-F]{40}$/.test(binary)) return binary.toUpperCase();
  } catch {
    return undefined;
  }
  return undefined;
}

async function keyCredentials(
  principal: JsonObject,
  subtle: SubtleCrypto,
  preferred: string | undefined,
): Promise<{ certificates: IdpCertificate[]; unreadable: UnreadableCertificate[] } | undefined> {
  const credentials = objectsAt(principal, 'keyCredentials');
  if (!credentials) return undefined;
  const certificates: IdpCertificate[] = [];
  const unreadable: UnreadableCertificate[] = [];
  let position = 0;
  for (const credential of credentials) {
    // Entra lists each SAML signing certificate twice: `Sign` (the private half) and `Verify`.
    if (stringAt(credential, 'usage') !== 'Verify') continue;
    position += 1;
    const key = stringAt(credential, 'key') ?? stringAt(credential, 'value');
    const active = (sha1: string | undefined) =>
      preferred !== undefined && sha1 !== undefined ? { active: sha1 === preferred } : {};
    if (key) {
      try {
        const { info } = await parseCertificate(key, subtle);
        if (certificates.some((c) => c.sha256 === info.sha256)) continue;
        certificates.push({ ...info, use: 'signing', der: key.replace(/\s+/g, ''), position, ...active(info.sha1) });
        continue;
      } catch (error) {
        unreadable.push({ position, use: 'signing', detail: (error as Error).message });
        continue;
      }
    }
    const sha1 = thumbprint(stringAt(credential, 'customKeyIdentifier'));
    const notBefore = stringAt(credential, 'startDateTime') ?? stringAt(credential, 'startDate');
    const notAfter = stringAt(credential, 'endDateTime') ?? stringAt(credential, 'endDate');
    const displayName = stringAt(credential, 'displayName');
    if (!sha1 && !notAfter) {
      unreadable.push({
        position,
        use: 'signing',
        detail: 'neither the certificate nor its thumbprint is in the export',
      });
      continue;
    }
    if (sha1 && certificates.some((c) => c.sha1 === sha1)) continue;
    certificates.push({
      use: 'signing',
      position,
      ...(sha1 ? { sha1 } : {}),
      ...(notBefore ? { notBefore } : {}),
      ...(notAfter ? { notAfter } : {}),
      ...(displayName ? { subject: displayName } : {}),
      ...active(sha1),
    });
  }
  return { certificates, unreadable };
}

export async function readEntraServicePrincipal(
  principal: JsonObject,
  subtle: SubtleCrypto,
): Promise<IdpConfigSnapshot> {
  const preferredRaw = principal['preferredTokenSigningKeyThumbprint'];
  const preferred =
    typeof preferredRaw === 'string' && preferredRaw.trim() !== '' ? thumbprint(preferredRaw) : undefined;
  const keys = await keyCredentials(principal, subtle, preferred);
  const roles = appRoles(principal, 'servicePrincipal');
  const name = stringAt(principal, 'displayName');
  const appId = stringAt(principal, 'appId');
  const replyUrls = stringsAt(principal, 'replyUrls');
  const names = stringsAt(principal, 'servicePrincipalNames');
  const sso = objectAt(principal, 'samlSingleSignOnSettings');
  const relayState = stringAt(sso, 'relayState');
  const assignment = principal['appRoleAssignmentRequired'];
  const mode = principal['preferredSingleSignOnMode'];
  const emails = stringsAt(principal, 'notificationEmailAddresses');
  const enabled = booleanAt(principal, 'accountEnabled');
  return {
    kind: 'entra-service-principal',
    idp: 'entra-id',
    ...(name !== undefined ? { name } : {}),
    ...(enabled !== undefined ? { enabled } : {}),
    ...(appId !== undefined ? { appId } : {}),
    ...(replyUrls ? { acsUrls: unique(replyUrls) } : {}),
    ...(names ? { spEntityIds: unique(names) } : {}),
    ...(roles ? { appRoles: roles } : {}),
    ...(keys ? { certificates: keys.certificates } : {}),
    ...(keys && keys.unreadable.length > 0 ? { unreadableCertificates: keys.unreadable } : {}),
    ...(has(principal, 'preferredTokenSigningKeyThumbprint')
      ? { preferredTokenSigningKeyThumbprint: preferred ?? null }
      : {}),
    ...(has(principal, 'samlSingleSignOnSettings') ? { relayState: relayState ? relayState : null } : {}),
    ...(typeof assignment === 'boolean' || assignment === null ? { appRoleAssignmentRequired: assignment } : {}),
    ...(emails ? { notificationEmailAddresses: emails } : {}),
    ...(typeof mode === 'string' || mode === null ? { preferredSingleSignOnMode: mode } : {}),
    ...encryption(principal),
  };
}
