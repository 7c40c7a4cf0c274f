// Reads the shared SAML corpus (../shared/saml-corpus beside the clone) for the IdP tests. The
// files are third-party data: they are read in place, never copied into the project.
import * as path from 'path';
import type { IdpId } from '../../../src/core/types';
import { corpusEntries, readCorpusFile } from '../../saml/fixtures/corpus';
import { SHARED_DIR } from '../../sharedDir';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const REFERENCE_DIR = path.join(SHARED_DIR, 'reference');
export { CORPUS_DIR, describeCorpus } from '../../saml/fixtures/corpus';

/** MANIFEST.md's "IdP" column → profile id, by the product named in it. */
const MANIFEST_LABELS: readonly (readonly [RegExp, IdpId])[] = [
  [/Entra ID|Azure AD/i, 'entra-id'],
  [/AD FS/i, 'adfs'],
  [/Okta/i, 'okta'],
  [/Google Workspace/i, 'google-workspace'],
  [/Salesforce/i, 'salesforce'],
  [/Auth0/i, 'auth0'],
  [/OneLogin/i, 'onelogin'],
  [/PingFederate|PingOne|Ping Identity/i, 'ping-identity'],
  [/Keycloak/i, 'keycloak'],
  [/Shibboleth/i, 'shibboleth'],
];

export interface CorpusFile {
  readonly file: string;
  readonly label: string;
  readonly idp: IdpId;
  readonly xml: string;
}

export function readCorpus(): CorpusFile[] {
  return corpusEntries().map(({ file, idpLabel: label }) => {
    const match = MANIFEST_LABELS.find(([pattern]) => pattern.test(label));
    if (match === undefined) throw new Error(`MANIFEST.md names an IdP no profile covers: "${label}" (${file})`);
    return { file, label, idp: match[1], xml: readCorpusFile(file) };
  });
}

/** Every <Issuer> (Response and Assertion) in a document, in document order. */
export function issuersOf(xml: string): string[] {
  return [...xml.matchAll(/<(?:[\w.-]+:)?Issuer\b[^>]*>([^<]*)<\//g)].map((m) => (m[1] ?? '').trim());
}

/**
 * The worker attributes a response predicts, as far as detection cares: Name → string, or a list
 * when the attribute is repeated or multi-valued (as Flex stores a repeated SAML attribute).
 */
export function predictedAttributes(xml: string): Record<string, string | string[]> {
  const values = new Map<string, string[]>();
  const attribute = /<((?:[\w.-]+:)?)Attribute\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1Attribute>)/g;
  for (const [, , head = '', body = ''] of xml.matchAll(attribute)) {
    const name = /\bName="([^"]*)"/.exec(head)?.[1];
    if (name === undefined) continue;
    const found = [...body.matchAll(/<(?:[\w.-]+:)?AttributeValue\b[^>]*?(?:\/>|>([^<]*)<)/g)].map((m) => m[1] ?? '');
    values.set(name, [...(values.get(name) ?? []), ...found]);
  }
  const attributes: Record<string, string | string[]> = {};
  for (const [name, list] of values) attributes[name] = list.length === 1 ? (list[0] ?? '') : list;
  return attributes;
}
