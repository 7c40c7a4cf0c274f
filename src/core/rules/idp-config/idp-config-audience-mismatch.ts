import { defineRule } from '../../engine';
import { classifyFlexUrl, expectedEndpoints, legacyAcsUrl } from '../../flexUrls';
import { isTruncated, notInExport } from '../../idpConfigFacts';
import type { IdpConfigRuleContext } from '../../idpConfigTypes';
import { expectedSsoType, partial } from '../../samlFacts';
import type { Report } from '../../types';

type M = 'missing' | 'missingMetadataSuffix' | 'defaultIdentifier';

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-audience-mismatch',
    scope: 'idp-config',
    title: {
      pass: "The IdP's identifiers include this account's Flex Entity ID",
      fail: "The IdP's identifiers do not include this account's Flex Entity ID",
    },
    description:
      "The IdP sends its configured SP entity ID as the assertion's Audience; Flex accepts only its own Entity ID, so without it every login fails.",
    severity: 'error',
    messages: {
      missing:
        "The IdP's SP entity IDs / identifiers ({{found}}) do not include this account's Flex Entity ID {{expected}}. Add {{expected}} as the identifier (Entity ID / Audience).",
      missingMetadataSuffix:
        "The IdP's identifier {{identifier}} is the legacy ACS without /metadata; the legacy Entity ID is {{expected}}. Set the identifier to {{expected}}.",
      defaultIdentifier:
        "Entra's default identifier {{identifier}} is still listed beside the Flex Entity ID; the Twilio guide says to remove it, so that Entra cannot send it as the Audience.",
    },
    fixKey: 'F-ENTITY',
  },
  detect: ({ idpConfig, context }) => {
    const ids = idpConfig.spEntityIds;
    if (ids === undefined) return notInExport('entityIds', idpConfig.kind);
    const identifiers = ids.map((i) => i.trim()).filter((i) => i !== '');
    const reports: Report<M>[] = [];
    // Entra: servicePrincipalNames always hold the app id GUID; only an api:// identifier is the default one.
    for (const identifier of identifiers.filter((i) => /^api:\/\//i.test(i))) {
      reports.push({ messageId: 'defaultIdentifier', path: 'spEntityIds', severity: 'warning', data: { identifier } });
    }
    const type = expectedSsoType(context);
    const endpoints = type ? expectedEndpoints(type, context) : undefined;
    if (!endpoints) {
      return partial(reports, {
        reasonId: 'noAccountContext',
        detail: "This account's Entity ID is not known, so the IdP's identifiers were not compared with it.",
      });
    }
    const expected = endpoints.entityId;
    if (identifiers.includes(expected)) return reports;
    if (isTruncated(idpConfig, 'spEntityIds')) return partial(reports, { reasonId: 'truncatedExport' });
    // A legacy ACS without /metadata: `missingMetadataSuffix` in a legacy context; in an enhanced one it is just missing.
    const bare = type === 'legacy' && context.accountSid ? legacyAcsUrl(context.accountSid) : undefined;
    const suffixless = identifiers.find(
      (i) => bare !== undefined && classifyFlexUrl(i).type === 'legacy' && i.replace(/\/$/, '') === bare,
    );
    if (suffixless) {
      reports.push({
        messageId: 'missingMetadataSuffix',
        path: 'spEntityIds',
        data: { identifier: suffixless, expected },
      });
    } else {
      reports.push({
        messageId: 'missing',
        path: 'spEntityIds',
        data: { expected, found: identifiers.length > 0 ? identifiers : 'none' },
      });
    }
    return reports;
  },
});
