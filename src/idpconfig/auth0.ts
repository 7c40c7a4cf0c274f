/**
 * An Auth0 application as the Management API returns it (`GET /api/v2/clients/{id}`), with the SAML2
 * Web App addon in `addons.samlp`. Auth0's documented defaults apply when a setting is absent:
 * `signResponse` false, `rsa-sha1`, `sha1`, and `passthroughClaimsWithNoMapping` / `createUpnClaim`
 * true. Claims set by Actions are not in the export.
 */
import type { EmittedClaim, IdpConfigSnapshot, ResponseTarget } from '../core/idpConfigTypes';
import { IdpConfigInputError } from './errors';
import { booleanAt, has, isObject, objectAt, stringAt, stringsAt, unique, type JsonObject } from './json';

const UPN_CLAIM = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn';

export function isAuth0Client(value: unknown): value is JsonObject {
  return (
    isObject(value) &&
    has(value, 'client_id') &&
    (has(value, 'addons') || has(value, 'callbacks') || has(value, 'app_type'))
  );
}

export function readAuth0Client(client: JsonObject): IdpConfigSnapshot {
  const samlp = objectAt(objectAt(client, 'addons'), 'samlp');
  if (!samlp) {
    throw new IdpConfigInputError(
      'notSaml',
      'This Auth0 application has no SAML2 Web App addon (addons.samlp): enable it, or export the application Flex uses.',
    );
  }
  const defaulted: string[] = [];
  const withDefault = <T>(path: string, value: T | undefined, fallback: T): T => {
    if (value !== undefined) return value;
    defaulted.push(path);
    return fallback;
  };
  const recipient = stringAt(samlp, 'recipient');
  const destination = stringAt(samlp, 'destination');
  const targets: ResponseTarget[] = [];
  if (recipient) targets.push({ field: 'addons.samlp.recipient', url: recipient });
  if (destination) targets.push({ field: 'addons.samlp.destination', url: destination });
  const claims: EmittedClaim[] = [];
  const mappings = objectAt(samlp, 'mappings') ?? {};
  for (const [field, target] of Object.entries(mappings)) {
    const names = typeof target === 'string' ? [target] : Array.isArray(target) ? target : [];
    for (const name of names) {
      if (typeof name === 'string' && name.trim() !== '')
        claims.push({ name: name.trim(), source: field, rule: 'mappings' });
    }
  }
  const createUpn = withDefault('createUpnClaim', booleanAt(samlp, 'createUpnClaim'), true);
  if (createUpn && !claims.some((c) => c.name === UPN_CLAIM))
    claims.push({ name: UPN_CLAIM, source: 'upn', rule: 'createUpnClaim' });
  const passthrough = withDefault(
    'passthroughClaimsWithNoMapping',
    booleanAt(samlp, 'passthroughClaimsWithNoMapping'),
    true,
  );
  const probes = stringsAt(samlp, 'nameIdentifierProbes');
  const encryptionKey = stringAt(samlp, 'encryptionPublicKey') ?? stringAt(samlp, 'encryptionCert');
  const name = stringAt(client, 'name');
  const audience = stringAt(samlp, 'audience');
  return {
    kind: 'auth0-client',
    idp: 'auth0',
    ...(name !== undefined ? { name } : {}),
    acsUrls: unique([...(stringsAt(client, 'callbacks') ?? []), recipient, destination]),
    responseTargets: targets,
    spEntityIds: unique([audience]),
    // Auth0 always signs the assertion; signResponse adds the response signature.
    signing: { response: withDefault('signing.response', booleanAt(samlp, 'signResponse'), false), assertion: true },
    signatureAlgorithm: withDefault('signatureAlgorithm', stringAt(samlp, 'signatureAlgorithm'), 'rsa-sha1'),
    digestAlgorithm: withDefault('digestAlgorithm', stringAt(samlp, 'digestAlgorithm'), 'sha1'),
    encryption: Boolean(encryptionKey),
    ...(encryptionKey ? { encryptionSetting: 'addons.samlp.encryptionPublicKey' } : {}),
    nameId: {
      format: stringAt(samlp, 'nameIdentifierFormat') ?? null,
      source: probes && probes.length > 0 ? probes.join(', ') : null,
    },
    claims,
    ...(passthrough ? { claimsUnknown: { reason: 'passthroughUnmapped' as const } } : {}),
    ...(defaulted.length > 0 ? { defaulted } : {}),
  };
}
