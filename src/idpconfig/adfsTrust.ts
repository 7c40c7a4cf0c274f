/**
 * An AD FS relying party trust, as `Get-AdfsRelyingPartyTrust -Name "<trust>"` prints it: piped to
 * `ConvertTo-Json -Depth 4`, or PowerShell's default list text (`Property : value`). Both are first
 * brought to the same few fields, then read once.
 *
 * The list text: property names padded to one column, `: `, the value; long values continue on lines
 * indented past the name column; collections as `{a, b}`, cut short with `...` past
 * `$FormatEnumerationLimit` (4 by default); objects without a friendly ToString print only their type
 * name (`{Microsoft.IdentityServer.Management.Resources.SamlEndpoint}`), so `SamlEndpoints` is "not
 * checked" there, with the command that shows it.
 */
import type { IdpConfigSnapshot, SigningSettings, TruncatableFact, UnreadableFact } from '../core/idpConfigTypes';
import { claimFacts } from './adfsClaims';
import { isObject, stringAt, type JsonObject } from './json';

const SIGNING: Readonly<Record<string, { response: boolean; assertion: boolean }>> = {
  AssertionOnly: { response: false, assertion: true },
  MessageOnly: { response: true, assertion: false },
  MessageAndAssertion: { response: true, assertion: true },
};

const ENUM_AS_STRING = `Get-AdfsRelyingPartyTrust -Name "<trust>" | Select-Object *, @{n='SamlResponseSignature'; e={"$($_.SamlResponseSignature)"}} -ExcludeProperty SamlResponseSignature | ConvertTo-Json -Depth 4`;

/** The trust's fields in one shape, whichever export they came from. */
interface TrustFields {
  readonly name?: string;
  readonly enabled?: boolean;
  readonly identifiers?: readonly string[];
  readonly identifiersTruncated?: boolean;
  readonly acsUrls?: readonly string[] | UnreadableFact;
  /** A string, or the integer PowerShell 5.1 writes for an enum. */
  readonly samlResponseSignature?: string | number;
  readonly signatureAlgorithm?: string | null;
  readonly encryptClaims?: boolean;
  readonly hasEncryptionCertificate?: boolean;
  readonly issuanceTransformRules?: string | null;
}

/** True for a ConvertTo-Json object of a relying party trust (PascalCase AD FS properties). */
export function isAdfsTrustJson(value: unknown): value is JsonObject {
  if (!isObject(value)) return false;
  const markers = ['SamlResponseSignature', 'IssuanceTransformRules', 'SamlEndpoints', 'EncryptClaims'];
  return 'Identifier' in value && markers.some((m) => m in value);
}

/** Property names only a relying party trust's list text has. */
const LIST_MARKERS = ['SamlResponseSignature', 'IssuanceTransformRules', 'SamlEndpoints', 'EncryptClaims'];

export function isAdfsTrustList(text: string): boolean {
  const properties = listProperties(text);
  return properties.has('Identifier') && LIST_MARKERS.filter((m) => properties.has(m)).length >= 2;
}

export function readAdfsTrustJson(trust: JsonObject): IdpConfigSnapshot {
  const identifier = trust['Identifier'];
  const identifiers =
    typeof identifier === 'string'
      ? [identifier.trim()]
      : Array.isArray(identifier)
        ? identifier.filter((i): i is string => typeof i === 'string').map((i) => i.trim())
        : undefined;
  const signature = trust['SamlResponseSignature'];
  const certificate = trust['EncryptionCertificate'];
  const rules = trust['IssuanceTransformRules'];
  const enabled = trust['Enabled'];
  const encryptClaims = trust['EncryptClaims'];
  return snapshotOf({
    ...optional('name', stringAt(trust, 'Name')),
    ...(typeof enabled === 'boolean' ? { enabled } : {}),
    ...(identifiers ? { identifiers } : {}),
    ...(trust['SamlEndpoints'] !== undefined ? { acsUrls: jsonAcsUrls(trust['SamlEndpoints']) } : {}),
    ...(typeof signature === 'string' || typeof signature === 'number' ? { samlResponseSignature: signature } : {}),
    ...('SignatureAlgorithm' in trust ? { signatureAlgorithm: stringAt(trust, 'SignatureAlgorithm') ?? null } : {}),
    ...(typeof encryptClaims === 'boolean' ? { encryptClaims } : {}),
    ...('EncryptionCertificate' in trust
      ? { hasEncryptionCertificate: certificate !== null && certificate !== '' }
      : {}),
    ...(typeof rules === 'string' || rules === null ? { issuanceTransformRules: rules } : {}),
  });
}

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

/** `SamlEndpoints` of ConvertTo-Json: objects whose `Location` is a string or a serialised Uri. */
function jsonAcsUrls(endpoints: unknown): readonly string[] | UnreadableFact {
  if (endpoints === null) return [];
  const list = Array.isArray(endpoints) ? endpoints : [endpoints];
  const urls: string[] = [];
  for (const endpoint of list) {
    if (!isObject(endpoint)) continue;
    const protocol = endpoint['Protocol'];
    if (typeof protocol !== 'string') {
      return {
        unreadable: 'adfsEnumNumber',
        raw: String(protocol),
        detail: '(Get-AdfsRelyingPartyTrust -Name "<trust>").SamlEndpoints',
      };
    }
    if (protocol !== 'SAMLAssertionConsumer') continue;
    const location = endpoint['Location'];
    const url =
      typeof location === 'string'
        ? location
        : (stringAt(location, 'AbsoluteUri') ?? stringAt(location, 'OriginalString'));
    if (url !== undefined && !urls.includes(url.trim())) urls.push(url.trim());
  }
  return urls;
}

interface ListValue {
  /** The value with continuation lines joined by newlines. */
  readonly lines: readonly string[];
}

/** `Name : value` properties of PowerShell's list text, continuation lines kept. */
function listProperties(text: string): Map<string, ListValue> {
  const properties = new Map<string, ListValue>();
  let current: string[] | undefined;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/\s+$/, '');
    const match = /^([A-Za-z][A-Za-z0-9]*)\s*:(?: (.*))?$/.exec(line);
    if (match && !/^\s/.test(raw)) {
      current = [match[2] ?? ''];
      properties.set(match[1] as string, { lines: current });
    } else if (current && /^\s/.test(raw) && line.trim() !== '') {
      current.push(line.trim());
    } else if (line.trim() === '') {
      // A blank line ends a value, except inside multi-line rule text, which keeps its own blank lines.
      if (current) current.push('');
    }
  }
  return properties;
}

/** `{a, b, c...}` → items; a collection cut short by `$FormatEnumerationLimit` ends in `...` or `…`. */
function listCollection(value: ListValue | undefined): { items: string[]; truncated: boolean } | undefined {
  if (!value) return undefined;
  // Wrapped at the console width: the pieces join without a separator.
  const joined = value.lines.map((l) => l.trim()).join('');
  const match = /^\{(.*)\}$/.exec(joined);
  if (!match) return joined === '' ? { items: [], truncated: false } : { items: [joined], truncated: false };
  let body = (match[1] as string).trim();
  const truncated = /(\.\.\.|…)$/.test(body);
  if (truncated) body = body.replace(/(\.\.\.|…)$/, '');
  const items = body
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
  return { items, truncated };
}

function listScalar(value: ListValue | undefined): string | undefined {
  if (!value) return undefined;
  return value.lines.map((l) => l.trim()).join('');
}

export function readAdfsTrustList(text: string): IdpConfigSnapshot {
  const properties = listProperties(text);
  const identifiers = listCollection(properties.get('Identifier'));
  const endpoints = listCollection(properties.get('SamlEndpoints'));
  let acsUrls: readonly string[] | UnreadableFact | undefined;
  if (endpoints) {
    acsUrls =
      endpoints.items.length === 0 && !endpoints.truncated
        ? []
        : {
            unreadable: 'adfsListTypeName',
            raw: endpoints.items[0] ?? '',
            detail: '(Get-AdfsRelyingPartyTrust -Name "<trust>").SamlEndpoints',
          };
  }
  const enabled = listScalar(properties.get('Enabled'));
  const encryptClaims = listScalar(properties.get('EncryptClaims'));
  const certificate = listScalar(properties.get('EncryptionCertificate'));
  const rules = properties.get('IssuanceTransformRules');
  return snapshotOf({
    ...optional('name', listScalar(properties.get('Name'))),
    ...(enabled === 'True' || enabled === 'False' ? { enabled: enabled === 'True' } : {}),
    ...(identifiers ? { identifiers: identifiers.items, identifiersTruncated: identifiers.truncated } : {}),
    ...(acsUrls !== undefined ? { acsUrls } : {}),
    ...optional('samlResponseSignature', listScalar(properties.get('SamlResponseSignature'))),
    ...(properties.has('SignatureAlgorithm')
      ? { signatureAlgorithm: listScalar(properties.get('SignatureAlgorithm')) || null }
      : {}),
    ...(encryptClaims === 'True' || encryptClaims === 'False' ? { encryptClaims: encryptClaims === 'True' } : {}),
    ...(certificate !== undefined ? { hasEncryptionCertificate: certificate !== '' } : {}),
    ...(rules ? { issuanceTransformRules: rules.lines.join('\n') } : {}),
  });
}

function signingOf(value: string | number): SigningSettings {
  if (typeof value === 'number') {
    const unreadable: UnreadableFact = { unreadable: 'adfsEnumNumber', raw: String(value), detail: ENUM_AS_STRING };
    return { response: unreadable, assertion: unreadable, raw: String(value) };
  }
  const known = SIGNING[value];
  if (!known) {
    const unreadable: UnreadableFact = { unreadable: 'unknownValue', raw: value };
    return { response: unreadable, assertion: unreadable, raw: value };
  }
  return { ...known, raw: value };
}

function snapshotOf(fields: TrustFields): IdpConfigSnapshot {
  const truncated: TruncatableFact[] = [];
  if (fields.identifiersTruncated) truncated.push('spEntityIds');
  const encryption =
    fields.encryptClaims === undefined && fields.hasEncryptionCertificate === undefined
      ? undefined
      : fields.encryptClaims !== false && fields.hasEncryptionCertificate === true;
  return {
    kind: 'adfs-trust',
    idp: 'adfs',
    ...(fields.name !== undefined ? { name: fields.name } : {}),
    ...(fields.enabled !== undefined ? { enabled: fields.enabled } : {}),
    ...(fields.identifiers ? { spEntityIds: fields.identifiers } : {}),
    ...(fields.acsUrls !== undefined ? { acsUrls: fields.acsUrls } : {}),
    ...(fields.samlResponseSignature !== undefined ? { signing: signingOf(fields.samlResponseSignature) } : {}),
    ...(fields.signatureAlgorithm !== undefined ? { signatureAlgorithm: fields.signatureAlgorithm } : {}),
    ...(encryption !== undefined
      ? { encryption, ...(encryption ? { encryptionSetting: 'EncryptClaims + EncryptionCertificate' } : {}) }
      : {}),
    ...(typeof fields.issuanceTransformRules === 'string'
      ? claimFacts(fields.issuanceTransformRules)
      : fields.issuanceTransformRules === null
        ? { claims: [], nameId: { format: null, source: null } }
        : {}),
    ...(truncated.length > 0 ? { truncated } : {}),
  };
}
