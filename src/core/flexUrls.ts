/**
 * Twilio Flex SSO endpoints: builders for the URLs an admin must enter in the IdP, and a parser that
 * says which kind of Flex endpoint a URL (or URN) from a SAML response is. The Setup tab, the CLI and
 * the `saml` rules all use these, so the two SSO types' shapes (flex-sso.md) live in one place.
 */
import type { SsoType } from './types';

const ACCOUNT_SID = /^AC[0-9a-fA-F]{32}$/;
const CONNECTION_SID = /^JQ[0-9a-fA-F]{32}$/;
const REGION = /^[a-z0-9-]+$/;

export const DEFAULT_REGION = 'us1';

/** Legacy SSO had to be migrated by 31 March 2026 (flex-sso.md): the end of that day, UTC. */
export const LEGACY_DEADLINE = '2026-03-31T23:59:59.999Z';

export function isAccountSid(value: string): boolean {
  return ACCOUNT_SID.test(value);
}

export function isConnectionSid(value: string): boolean {
  return CONNECTION_SID.test(value);
}

/** The enhanced SSO assertion consumer service (ACS / Reply URL). */
export function enhancedAcsUrl(connectionSid: string, region: string = DEFAULT_REGION): string {
  return `https://login.flex.${region}.twilio.com/login/callback?connection=${connectionSid}`;
}

/** The enhanced SSO SP Entity ID (the Audience the IdP must send). */
export function enhancedEntityId(connectionSid: string): string {
  return `urn:flex:${connectionSid}`;
}

/** The legacy SSO ACS, derived from the Account SID. */
export function legacyAcsUrl(accountSid: string): string {
  return `https://iam.twilio.com/v1/Accounts/${accountSid}/saml2`;
}

/** The legacy SSO SP Entity ID: the ACS with `/metadata`. */
export function legacyEntityId(accountSid: string): string {
  return `${legacyAcsUrl(accountSid)}/metadata`;
}

/** The deprecated preview endpoint; its Audience was this same URL, without `/metadata`. */
export function previewAcsUrl(accountSid: string): string {
  return `https://preview.twilio.com/iam/Accounts/${accountSid}/saml2`;
}

/** The URLs to enter in the IdP for one SSO type, or undefined when the SID it needs is unknown. */
export function expectedEndpoints(
  ssoType: SsoType,
  sids: { readonly accountSid?: string; readonly connectionSid?: string; readonly region?: string },
): { readonly acsUrl: string; readonly entityId: string } | undefined {
  if (ssoType === 'enhanced') {
    return sids.connectionSid
      ? { acsUrl: enhancedAcsUrl(sids.connectionSid, sids.region), entityId: enhancedEntityId(sids.connectionSid) }
      : undefined;
  }
  return sids.accountSid
    ? { acsUrl: legacyAcsUrl(sids.accountSid), entityId: legacyEntityId(sids.accountSid) }
    : undefined;
}

export type FlexUrlType = 'enhanced' | 'legacy' | 'preview' | 'notFlex';

export interface FlexUrlInfo {
  readonly type: FlexUrlType;
  /**
   * Which endpoint of its type the URL is: the ACS (where the IdP POSTs) or the SP Entity ID (the
   * Audience). A preview URL is both: its Audience was the ACS itself. Absent for `notFlex`.
   */
  readonly endpoint?: 'acs' | 'entityId';
  readonly connectionSid?: string;
  readonly accountSid?: string;
  /** The enhanced host's region (`login.flex.<region>.twilio.com`). */
  readonly region?: string;
  /** Plain http: the browser POSTs the assertion in clear text (and Flex will not accept it). */
  readonly insecure: boolean;
}

const NOT_FLEX = (insecure: boolean): FlexUrlInfo => ({ type: 'notFlex', insecure });

const ENHANCED_HOST = /^login\.flex\.([a-z0-9-]+)\.twilio\.com$/;
const ENHANCED_URN = /^urn:flex:(JQ[0-9a-fA-F]{32})$/;
// A trailing slash on the legacy ACS appears in one of Twilio's own examples, so it is likely tolerated.
const LEGACY_PATH = /^\/v1\/Accounts\/(AC[0-9a-fA-F]{32})\/saml2(\/metadata)?\/?$/;
const PREVIEW_PATH = /^\/iam\/Accounts\/(AC[0-9a-fA-F]{32})\/saml2(\/metadata)?\/?$/;

function parseUrl(value: string): URL | undefined {
  try {
    return new URL(value);
  } catch {
    return undefined;
  }
}

/**
 * Says which Flex SSO endpoint a URL or URN is. Tolerant where Flex likely is (query-parameter order,
 * extra parameters, a trailing slash, host case); strict about the SID, which must be well formed — a
 * malformed SID is no Flex endpoint at all.
 */
export function classifyFlexUrl(value: string): FlexUrlInfo {
  const text = value.trim();
  const urn = ENHANCED_URN.exec(text);
  if (urn) return { type: 'enhanced', endpoint: 'entityId', connectionSid: urn[1] as string, insecure: false };

  const url = parseUrl(text);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) return NOT_FLEX(false);
  const insecure = url.protocol === 'http:';
  const host = url.hostname.toLowerCase();

  const enhanced = ENHANCED_HOST.exec(host);
  if (enhanced) {
    const connectionSid = url.searchParams.get('connection') ?? '';
    const path = url.pathname.replace(/\/$/, '');
    if (path !== '/login/callback' || !isConnectionSid(connectionSid)) return NOT_FLEX(insecure);
    return { type: 'enhanced', endpoint: 'acs', connectionSid, region: enhanced[1] as string, insecure };
  }

  const legacy = host === 'iam.twilio.com' ? LEGACY_PATH.exec(url.pathname) : undefined;
  if (legacy) {
    return {
      type: 'legacy',
      endpoint: legacy[2] ? 'entityId' : 'acs',
      accountSid: legacy[1] as string,
      insecure,
    };
  }

  const preview = host === 'preview.twilio.com' ? PREVIEW_PATH.exec(url.pathname) : undefined;
  if (preview) {
    return {
      type: 'preview',
      endpoint: preview[2] ? 'entityId' : 'acs',
      accountSid: preview[1] as string,
      insecure,
    };
  }
  return NOT_FLEX(insecure);
}

/** True for a well-formed region name (`us1`, `ie1`, `au1`). */
export function isRegion(value: string): boolean {
  return REGION.test(value);
}

/** The SSO type a Flex URL belongs to; the preview endpoint is the legacy family. */
export function ssoTypeOf(info: FlexUrlInfo): SsoType | undefined {
  if (info.type === 'enhanced') return 'enhanced';
  if (info.type === 'legacy' || info.type === 'preview') return 'legacy';
  return undefined;
}
