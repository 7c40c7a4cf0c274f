/**
 * An Okta app as its Apps API returns it (`GET /api/v1/apps/{id}`): `settings.signOn` of a SAML_2_0 app.
 * OIN apps set the `…Override` fields instead of the plain ones; an override wins.
 */
import type { EmittedClaim, IdpConfigSnapshot, ResponseTarget } from '../core/idpConfigTypes';
import { IdpConfigInputError } from './errors';
import { booleanAt, has, isObject, objectAt, objectsAt, stringAt, stringsAt, unique, type JsonObject } from './json';

export function isOktaApp(value: unknown): value is JsonObject {
  return isObject(value) && has(value, 'signOnMode') && has(value, 'settings');
}

function setting(signOn: JsonObject | undefined, key: string): string | undefined {
  const override = stringAt(signOn, `${key}Override`);
  return override ? override : stringAt(signOn, key);
}

function encryptionOn(signOn: JsonObject | undefined): boolean {
  for (const key of ['assertionEncryption', 'encryption']) {
    const value = signOn?.[key];
    if (value === true) return true;
    if (isObject(value) && (value['enabled'] === true || stringAt(value, 'encryptionAlgorithm') !== undefined)) {
      return value['enabled'] !== false;
    }
  }
  return false;
}

export function readOktaApp(app: JsonObject): IdpConfigSnapshot {
  const mode = stringAt(app, 'signOnMode');
  if (mode !== 'SAML_2_0' && mode !== 'SAML_1_1') {
    throw new IdpConfigInputError(
      'notSaml',
      'This Okta app does not sign on with SAML 2.0 (its signOnMode is not SAML_2_0): export the SAML app Flex uses.',
    );
  }
  const signOn = objectAt(objectAt(app, 'settings'), 'signOn');
  const acsEndpoints = objectsAt(signOn, 'acsEndpoints') ?? [];
  const targets: ResponseTarget[] = [];
  for (const key of ['recipient', 'destination']) {
    const url = setting(signOn, key);
    if (url) targets.push({ field: `settings.signOn.${key}`, url });
  }
  const audience = setting(signOn, 'audience');
  const statements = objectsAt(signOn, 'attributeStatements') ?? objectsAt(signOn, 'configuredAttributeStatements');
  const claims: EmittedClaim[] | undefined = statements?.flatMap((statement) => {
    const name = stringAt(statement, 'name');
    if (!name) return [];
    const values = stringsAt(statement, 'values') ?? [];
    const filter = stringAt(statement, 'filterValue');
    const type = stringAt(statement, 'type');
    const source =
      type === 'GROUP' ? `groups ${stringAt(statement, 'filterType') ?? ''} ${filter ?? ''}`.trim() : values.join(', ');
    const nameFormat = stringAt(statement, 'namespace');
    return [{ name, source: source === '' ? null : source, ...(nameFormat ? { nameFormat } : {}), rule: name }];
  });
  const signed = (key: string) => booleanAt(signOn, key);
  const defaulted: string[] = [];
  const response = signed('responseSigned');
  const assertion = signed('assertionSigned');
  if (response === undefined) defaulted.push('signing.response');
  if (assertion === undefined) defaulted.push('signing.assertion');
  const relayState = stringAt(signOn, 'defaultRelayState');
  const label = stringAt(app, 'label');
  const status = stringAt(app, 'status');
  return {
    kind: 'okta-app',
    idp: 'okta',
    ...(label !== undefined ? { name: label } : {}),
    ...(status !== undefined ? { enabled: status === 'ACTIVE' } : {}),
    acsUrls: unique([setting(signOn, 'ssoAcsUrl'), ...acsEndpoints.map((e) => stringAt(e, 'url'))]),
    responseTargets: targets,
    spEntityIds: unique([audience]),
    // Okta signs both unless told otherwise.
    signing: { response: response ?? true, assertion: assertion ?? true },
    signatureAlgorithm: stringAt(signOn, 'signatureAlgorithm') ?? null,
    digestAlgorithm: stringAt(signOn, 'digestAlgorithm') ?? null,
    encryption: encryptionOn(signOn),
    ...(encryptionOn(signOn) ? { encryptionSetting: 'settings.signOn.assertionEncryption' } : {}),
    nameId: {
      format: stringAt(signOn, 'subjectNameIdFormat') ?? null,
      source: stringAt(signOn, 'subjectNameIdTemplate') ?? null,
    },
    relayState: relayState ? relayState : null,
    ...(claims ? { claims } : {}),
    ...(defaulted.length > 0 ? { defaulted } : {}),
  };
}
