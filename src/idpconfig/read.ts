/**
 * The one entry the CLI and the plugin use: an export of the IdP's settings in, one IdP configuration
 * snapshot out. The kind is detected from the content, never from a file name: XML is metadata; JSON is
 * told apart by the fields each vendor's export always has; text is an AD FS list or a claim rule set.
 * Collections (a Graph `{"value": […]}`, an Okta apps array, a realm export, an array of AD FS trusts)
 * are narrowed to the one app Flex uses, or refused saying how many there are and how to export one.
 */
import { classifyFlexUrl } from '../core/flexUrls';
import type { IdpConfigSnapshot } from '../core/idpConfigTypes';
import { looksLikeMetadata, readMetadata, type MetadataDeps } from '../saml/metadata';
import { claimFacts } from './adfsClaims';
import { isAdfsTrustJson, isAdfsTrustList, readAdfsTrustJson, readAdfsTrustList } from './adfsTrust';
import { isAuth0Client, readAuth0Client } from './auth0';
import { tokenize } from './claimRules';
import { isEntraManifest, isEntraServicePrincipal, readEntraManifest, readEntraServicePrincipal } from './entra';
import { IdpConfigInputError, IDP_CONFIG_MAX_BYTES } from './errors';
import { isObject, stringAt, type JsonObject } from './json';
import { isKeycloakClient, isKeycloakRealm, isSamlClient, readKeycloakClient } from './keycloak';
import { isOktaApp, readOktaApp } from './okta';
import { decodeText } from './text';

export type IdpConfigDeps = MetadataDeps;

export interface ReadIdpConfigOptions {
  /** Flex's configured issuer: chooses the IdP in metadata holding several. */
  readonly configuredIssuer?: string;
}

export async function readIdpConfig(
  input: string | Uint8Array,
  deps: IdpConfigDeps,
  options: ReadIdpConfigOptions = {},
): Promise<IdpConfigSnapshot> {
  if (input.length > IDP_CONFIG_MAX_BYTES * (typeof input === 'string' ? 1 : 2)) {
    throw new IdpConfigInputError('tooLarge');
  }
  const text = decodeText(input);
  if (text.length > IDP_CONFIG_MAX_BYTES) throw new IdpConfigInputError('tooLarge');
  const trimmed = text.trim();
  if (trimmed === '') throw new IdpConfigInputError('empty');
  if (trimmed.startsWith('<')) {
    if (!looksLikeMetadata(trimmed)) throw new IdpConfigInputError('unknownKind');
    return readMetadata(trimmed, deps, options);
  }
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let json: unknown;
    try {
      json = JSON.parse(trimmed);
    } catch {
      throw new IdpConfigInputError('notJson');
    }
    return readJson(json, deps);
  }
  if (isAdfsTrustList(trimmed)) return readAdfsTrustList(trimmed);
  if (looksLikeClaimRules(trimmed)) return { kind: 'adfs-claim-rules', idp: 'adfs', ...claimFacts(trimmed) };
  throw new IdpConfigInputError('unknownKind');
}

/** Claim rules have `=>` followed by issue( or add( at the top level of the token stream. */
function looksLikeClaimRules(text: string): boolean {
  const tokens = tokenize(text);
  return tokens.some(
    (t, i) =>
      t.kind === 'punct' && t.value === '=>' && ['issue', 'add'].includes((tokens[i + 1]?.value ?? '').toLowerCase()),
  );
}

type JsonKind = 'adfs' | 'entra-sp' | 'entra-manifest' | 'okta' | 'keycloak' | 'auth0';

function jsonKind(value: unknown): JsonKind | undefined {
  if (isAdfsTrustJson(value)) return 'adfs';
  if (isEntraServicePrincipal(value)) return 'entra-sp';
  if (isEntraManifest(value)) return 'entra-manifest';
  if (isOktaApp(value)) return 'okta';
  if (isKeycloakClient(value)) return 'keycloak';
  if (isAuth0Client(value)) return 'auth0';
  return undefined;
}

const HOW_TO_EXPORT_ONE: Readonly<Record<JsonKind, string>> = {
  adfs: 'Get-AdfsRelyingPartyTrust -Name "<trust>" | ConvertTo-Json -Depth 4',
  'entra-sp': 'GET /servicePrincipals/{id}',
  'entra-manifest': 'App registrations › the app › Manifest › Download',
  okta: 'GET /api/v1/apps/{id}',
  keycloak: 'Clients › the client › Action › Export',
  auth0: 'GET /api/v2/clients/{id}',
};

const KIND_NOUN: Readonly<Record<JsonKind, string>> = {
  adfs: 'AD FS relying party trusts',
  'entra-sp': 'Entra service principals',
  'entra-manifest': 'Entra applications',
  okta: 'Okta apps',
  keycloak: 'Keycloak SAML clients',
  auth0: 'Auth0 applications',
};

async function readJson(json: unknown, deps: IdpConfigDeps): Promise<IdpConfigSnapshot> {
  if (isKeycloakRealm(json)) {
    const clients = (json['clients'] as unknown[]).filter(isObject).filter(isSamlClient);
    if (clients.length === 0) {
      throw new IdpConfigInputError(
        'notSaml',
        'The Keycloak realm export has no SAML client: export the client Flex uses.',
      );
    }
    return readOne(chooseOne(clients, 'keycloak'), 'keycloak', deps);
  }
  const items = Array.isArray(json) ? json : isObject(json) && Array.isArray(json['value']) ? json['value'] : undefined;
  if (items) {
    const objects = items.filter(isObject);
    const kind = objects.length > 0 ? jsonKind(objects[0]) : undefined;
    if (!kind || objects.some((o) => jsonKind(o) !== kind)) throw new IdpConfigInputError('unknownKind');
    return readOne(chooseOne(objects, kind), kind, deps);
  }
  const kind = jsonKind(json);
  if (!kind) throw new IdpConfigInputError('unknownKind');
  return readOne(json as JsonObject, kind, deps);
}

async function readOne(value: JsonObject, kind: JsonKind, deps: IdpConfigDeps): Promise<IdpConfigSnapshot> {
  switch (kind) {
    case 'adfs':
      return readAdfsTrustJson(value);
    case 'entra-sp':
      return readEntraServicePrincipal(value, deps.subtle);
    case 'entra-manifest':
      return readEntraManifest(value);
    case 'okta':
      return readOktaApp(value);
    case 'keycloak':
      return readKeycloakClient(value);
    case 'auth0':
      return readAuth0Client(value);
  }
}

/** The URLs and identifiers in an object, anywhere in it (bounded): enough to spot Flex's. */
function mentionsFlex(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return classifyFlexUrl(value.trim()).type !== 'notFlex';
  if (depth > 6) return false;
  if (Array.isArray(value)) return value.some((item) => mentionsFlex(item, depth + 1));
  if (isObject(value)) return Object.values(value).some((item) => mentionsFlex(item, depth + 1));
  return false;
}

/** One item of a collection: the only one, else the only one naming a Flex ACS or entity ID. */
function chooseOne(items: readonly JsonObject[], kind: JsonKind): JsonObject {
  if (items.length === 1) return items[0] as JsonObject;
  const flex = items.filter((item) => mentionsFlex(item));
  if (flex.length === 1) return flex[0] as JsonObject;
  const names =
    kind === 'adfs'
      ? ` (${items
          .map((item) => stringAt(item, 'Name'))
          .filter((n): n is string => Boolean(n))
          .map((n) => `"${n}"`)
          .join(', ')})`
      : '';
  throw new IdpConfigInputError(
    'several',
    `The export holds ${items.length} ${KIND_NOUN[kind]}${names} and ${flex.length === 0 ? 'none names' : `${flex.length} name`} a Flex ACS URL or entity ID: export only the one Flex uses (${HOW_TO_EXPORT_ONE[kind]}).`,
  );
}
