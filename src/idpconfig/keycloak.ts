/**
 * A Keycloak client exported from the admin console (Clients › the client › Action › Export), alone or
 * inside a realm export. Client `attributes` are strings ("true"/"false"); the defaults that apply when
 * one is absent are idp-config.md's (`saml.server.signature` true, `saml.assertion.signature` false).
 */
import type { EmittedClaim, IdpConfigSnapshot } from '../core/idpConfigTypes';
import { has, isObject, objectAt, objectsAt, stringAt, stringsAt, unique, type JsonObject } from './json';

export function isKeycloakClient(value: unknown): value is JsonObject {
  return isObject(value) && has(value, 'clientId') && (has(value, 'protocol') || has(value, 'protocolMappers'));
}

export function isKeycloakRealm(value: unknown): value is JsonObject {
  return isObject(value) && has(value, 'realm') && Array.isArray(value['clients']);
}

export function isSamlClient(client: JsonObject): boolean {
  return stringAt(client, 'protocol') === 'saml';
}

/** NameID formats as Keycloak writes them (short or URI) → what fills the NameID. */
const NAME_ID_SOURCE: Readonly<Record<string, string>> = {
  email: 'email',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress': 'email',
  username: 'username',
  unspecified: 'username',
  'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified': 'username',
};

function mapperClaims(client: JsonObject): EmittedClaim[] | undefined {
  const mappers = objectsAt(client, 'protocolMappers');
  if (!mappers) return undefined;
  const claims: EmittedClaim[] = [];
  for (const mapper of mappers) {
    if (stringAt(mapper, 'protocol') !== undefined && stringAt(mapper, 'protocol') !== 'saml') continue;
    const type = stringAt(mapper, 'protocolMapper') ?? '';
    const config = objectAt(mapper, 'config');
    const name = stringAt(config, 'attribute.name');
    if (!name) continue;
    const friendlyName = stringAt(config, 'friendly.name');
    const nameFormat = stringAt(config, 'attribute.nameformat');
    const source =
      stringAt(config, 'user.attribute') ??
      (type === 'saml-role-list-mapper' ? 'roles' : type === 'saml-group-membership-mapper' ? 'groups' : null);
    const multiValued = type === 'saml-role-list-mapper' || type === 'saml-group-membership-mapper';
    const rule = stringAt(mapper, 'name');
    claims.push({
      name,
      source: source ?? null,
      ...(friendlyName ? { friendlyName } : {}),
      ...(nameFormat ? { nameFormat } : {}),
      // `single: "false"` (the default) sends one Attribute element per role.
      ...(multiValued && stringAt(config, 'single') !== 'true' ? { repeatedAttribute: true } : {}),
      ...(rule ? { rule } : {}),
    });
  }
  return claims;
}

export function readKeycloakClient(client: JsonObject): IdpConfigSnapshot {
  const attributes = objectAt(client, 'attributes') ?? {};
  const flag = (key: string): boolean | undefined => {
    const value = stringAt(attributes, key);
    return value === 'true' ? true : value === 'false' ? false : undefined;
  };
  const defaulted: string[] = [];
  const response = flag('saml.server.signature');
  const assertion = flag('saml.assertion.signature');
  if (response === undefined) defaulted.push('signing.response');
  if (assertion === undefined) defaulted.push('signing.assertion');
  const post = stringAt(attributes, 'saml_assertion_consumer_url_post');
  const redirects = (stringsAt(client, 'redirectUris') ?? []).filter((uri) => !uri.includes('*'));
  const format = stringAt(attributes, 'saml_name_id_format') ?? null;
  const clientId = stringAt(client, 'clientId');
  const name = stringAt(client, 'name') || clientId;
  const enabled = client['enabled'];
  const claims = mapperClaims(client);
  const algorithm = stringAt(attributes, 'saml.signature.algorithm');
  const encrypted = flag('saml.encrypt') === true;
  return {
    kind: 'keycloak-client',
    idp: 'keycloak',
    ...(name ? { name } : {}),
    ...(typeof enabled === 'boolean' ? { enabled } : {}),
    acsUrls: post ? [post] : unique(redirects),
    spEntityIds: unique([clientId]),
    signing: { response: response ?? true, assertion: assertion ?? false },
    signatureAlgorithm: algorithm ?? null,
    encryption: encrypted,
    ...(encrypted ? { encryptionSetting: 'saml.encrypt' } : {}),
    nameId: { format, source: NAME_ID_SOURCE[format ?? 'username'] ?? format },
    ...(claims ? { claims } : {}),
    ...(defaulted.length > 0 ? { defaulted } : {}),
  };
}
