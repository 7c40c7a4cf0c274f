import { defineRule } from '../../engine';
import { classifyFlexUrl, expectedEndpoints, LEGACY_DEADLINE } from '../../flexUrls';
import { isTruncated, notInExport } from '../../idpConfigFacts';
import { isUnreadable, type IdpConfigContext, type IdpConfigRuleContext } from '../../idpConfigTypes';
import { expectedSsoType, parseTime, partial } from '../../samlFacts';
import type { NotCheckedReport, Report } from '../../types';

type M = 'missing' | 'wrongAccount' | 'wrongRegion' | 'wrongConnection' | 'legacy' | 'insecure';

type Mismatch = Exclude<M, 'legacy' | 'missing'>;

/** Why a URL that is not exactly the expected ACS is wrong, when it is recognisably a Flex ACS. */
function mismatchOf(url: string, context: IdpConfigContext, expected: string): Mismatch | undefined {
  const info = classifyFlexUrl(url);
  if (info.endpoint !== 'acs') return undefined;
  if (info.type === 'enhanced') {
    if (context.connectionSid && info.connectionSid !== context.connectionSid) return 'wrongConnection';
    if (info.region !== context.region) return 'wrongRegion';
  }
  if (info.type === 'legacy' && context.accountSid && info.accountSid !== context.accountSid) return 'wrongAccount';
  if (info.insecure && url.trim().replace(/^http:/i, 'https:') === expected) return 'insecure';
  return undefined;
}

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-acs-mismatch',
    scope: 'idp-config',
    title: {
      pass: "The IdP sends responses to this account's Flex ACS URL",
      fail: "The IdP does not send responses to this account's Flex ACS URL",
    },
    description:
      'The IdP posts the SAML response to its ACS / Reply URL and names it as Destination and Recipient; Flex accepts only its own ACS URL for this account, so any other URL fails every login.',
    severity: 'error',
    messages: {
      missing:
        "{{#found}}None of the IdP's ACS / Reply URLs ({{found}}) is this account's Flex ACS URL {{expected}}.{{/found}}{{^found}}The IdP has no ACS / Reply URL for this app, so it cannot post to this account's Flex ACS URL {{expected}}.{{/found}} Set the IdP's ACS / Reply URL to {{expected}}.",
      wrongAccount:
        "The IdP's {{field}} {{url}} is the legacy ACS of account {{accountSid}}, not of this account. Set it to {{expected}}.",
      wrongRegion:
        "The IdP's {{field}} {{url}} is this connection's ACS in region {{region}}, but the account is in {{expectedRegion}}. Set it to {{expected}}.",
      wrongConnection:
        "The IdP's {{field}} {{url}} is the enhanced ACS of connection {{connectionSid}}, not of this account's connection. Set it to {{expected}}.",
      legacy:
        'The IdP\'s {{field}} is the legacy SSO endpoint {{url}}. {{deadline}} Migrate to enhanced SSO and set the IdP to the ACS and Entity ID from the Console page "Set up your identity provider".',
      insecure:
        "The IdP's {{field}} uses plain http ({{url}}): Flex serves its ACS over https only. Set it to {{expected}}.",
    },
    fixKey: 'F-ACS',
  },
  detect: ({ idpConfig, context }) => {
    const acs = idpConfig.acsUrls;
    const targets = idpConfig.responseTargets ?? [];
    if (acs === undefined && idpConfig.responseTargets === undefined) return notInExport('acs', idpConfig.kind);
    if (isUnreadable(acs)) {
      return { notChecked: { reasonId: 'unreadableInExport', ...(acs.detail ? { detail: acs.detail } : {}) } };
    }
    const acsUrls = (acs ?? []).map((u) => u.trim()).filter((u) => u !== '');
    const all = [
      ...acsUrls.map((url) => ({ field: 'ACS URL', path: 'acsUrls', url })),
      ...targets.map((t) => ({ field: t.field, path: t.field, url: t.url.trim() })),
    ];
    const reports: Report<M>[] = [];

    // A legacy ACS is graded as saml-legacy-endpoint grades it, in any SSO type.
    const legacy = all.find((c) => classifyFlexUrl(c.url).type === 'legacy');
    if (legacy) {
      const past = (parseTime(context.analyzedAt) ?? 0) > (parseTime(LEGACY_DEADLINE) as number);
      reports.push({
        messageId: 'legacy',
        path: legacy.path,
        severity: past ? 'error' : 'warning',
        data: {
          field: legacy.field,
          url: legacy.url,
          deadline: past
            ? 'The migration deadline (31 March 2026) has passed: logins through this endpoint are likely to fail.'
            : 'Legacy SSO must be migrated to enhanced SSO by 31 March 2026.',
        },
      });
    }

    const type = expectedSsoType(context);
    const endpoints = type ? expectedEndpoints(type, context) : undefined;
    if (!endpoints) {
      return partial(reports, {
        reasonId: 'noAccountContext',
        detail: "This account's ACS URL is not known, so the IdP's ACS URLs were not compared with it.",
      });
    }
    const expected = endpoints.acsUrl;
    let notChecked: NotCheckedReport | undefined;

    const report = (messageId: Mismatch, candidate: (typeof all)[number]) => {
      const info = classifyFlexUrl(candidate.url);
      reports.push({
        messageId,
        path: candidate.path,
        data: {
          field: candidate.field,
          url: candidate.url,
          expected,
          accountSid: info.accountSid ?? '',
          connectionSid: info.connectionSid ?? '',
          region: info.region ?? '',
          expectedRegion: context.region,
        },
      });
    };

    if (acs !== undefined && !acsUrls.includes(expected)) {
      const candidates = all.filter((c) => c.path === 'acsUrls');
      const specific = candidates
        .map((c) => ({ c, m: mismatchOf(c.url, context, expected) }))
        .find((x) => x.m !== undefined);
      if (specific?.m) report(specific.m, specific.c);
      else if (isTruncated(idpConfig, 'acsUrls')) notChecked = { reasonId: 'truncatedExport' };
      else if (!(legacy && legacy.path === 'acsUrls' && type === 'enhanced')) {
        reports.push({
          messageId: 'missing',
          path: 'acsUrls',
          data: { expected, ...(acsUrls.length > 0 ? { found: acsUrls } : {}) },
        });
      }
    }
    // Destination / Recipient go into the response as they are: each must be the ACS itself.
    for (const target of all.filter((c) => c.path !== 'acsUrls' && c !== legacy)) {
      // Okta's "Use this for Recipient URL and Destination URL" copies the ACS: judged once, above.
      if (target.url === expected || acsUrls.includes(target.url)) continue;
      const mismatch = mismatchOf(target.url, context, expected);
      if (mismatch) report(mismatch, target);
      else {
        reports.push({
          messageId: 'missing',
          path: target.path,
          data: { expected, found: `${target.field} ${target.url}` },
        });
      }
    }
    return partial(reports, notChecked);
  },
});
