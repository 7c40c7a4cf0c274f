import { texts } from '../../disclose';
import { defineRule } from '../../engine';
import { classifyFlexUrl, enhancedEntityId, legacyEntityId, type FlexUrlInfo } from '../../flexUrls';
import { expectedSsoType, isNotCheckedReport, readableAssertion } from '../../samlFacts';
import type { SamlContext, SamlRuleContext } from '../../samlTypes';
import type { NotCheckedReport, Report } from '../../types';

type M = 'notFlex' | 'wrongEntity' | 'missingMetadataSuffix' | 'missing';

const GENERIC_ENTITY =
  'urn:flex:JQ… (enhanced SSO) or https://iam.twilio.com/v1/Accounts/AC…/saml2/metadata (legacy SSO)';

function expectedEntity(context: SamlContext): string {
  const type = expectedSsoType(context);
  if (type === 'enhanced' && context.connectionSid) return enhancedEntityId(context.connectionSid);
  if (type === 'legacy' && context.accountSid) return legacyEntityId(context.accountSid);
  return GENERIC_ENTITY;
}

type Verdict =
  { readonly ok: true } | { readonly ok: false; readonly report: Omit<Report<M>, 'path'> } | { readonly ok: 'unknown' };

/** Judges one Audience against the SP Entity ID of its own SSO type. */
function judge(audience: string, info: FlexUrlInfo, context: SamlContext): Verdict {
  const fallback = expectedEntity(context);
  if (info.type === 'notFlex')
    return { ok: false, report: { messageId: 'notFlex', data: texts({ audience, expected: fallback }) } };
  if (info.type === 'enhanced') {
    // The enhanced ACS URL is a Flex URL but not an Entity ID: the IdP has the two fields swapped.
    const expected = context.connectionSid ? enhancedEntityId(context.connectionSid) : 'urn:flex:<connection SID>';
    if (info.endpoint !== 'entityId')
      return { ok: false, report: { messageId: 'wrongEntity', data: texts({ audience, expected }) } };
    if (!context.connectionSid) return { ok: 'unknown' };
    return info.connectionSid === context.connectionSid
      ? { ok: true }
      : { ok: false, report: { messageId: 'wrongEntity', data: texts({ audience, expected }) } };
  }
  const expected = legacyEntityId(context.accountSid ?? info.accountSid ?? '');
  if (context.accountSid && info.accountSid !== context.accountSid) {
    return { ok: false, report: { messageId: 'wrongEntity', data: texts({ audience, expected }) } };
  }
  // The preview endpoint's Audience was its ACS itself, without /metadata; only legacy needs the suffix.
  if (info.type === 'legacy' && info.endpoint === 'acs') {
    return { ok: false, report: { messageId: 'missingMetadataSuffix', data: texts({ audience, expected }) } };
  }
  return context.accountSid ? { ok: true } : { ok: 'unknown' };
}

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-audience-mismatch',
    scope: 'saml',
    title: {
      pass: "The assertion's Audience is this account's SP Entity ID",
      fail: "The assertion's Audience is not this account's SP Entity ID",
    },
    description:
      "Flex accepts an assertion only when its Audience is the account's SP Entity ID (Identifier); anything else is the IdP's Entity ID field set wrong.",
    severity: 'error',
    messages: {
      notFlex:
        "The Audience {{audience}} is not a Twilio Flex SP Entity ID. Set the IdP's Entity ID / Identifier to {{expected}}.",
      wrongEntity:
        "The Audience {{audience}} is not this account's SP Entity ID. Set the IdP's Entity ID / Identifier to {{expected}}.",
      missingMetadataSuffix:
        "The Audience {{audience}} is the legacy ACS URL without /metadata; the legacy SP Entity ID is {{expected}}. Set the IdP's Entity ID / Identifier to it.",
      missing:
        "The assertion has no Audience; Flex likely rejects an assertion that is not restricted to its SP Entity ID. Set the IdP's Entity ID / Identifier to {{expected}}.",
    },
    fixKey: 'F-ENTITY',
  },
  detect: ({ saml, context }) => {
    const assertion = readableAssertion(saml);
    if (isNotCheckedReport(assertion)) return { notChecked: assertion };
    const audiences = (assertion.conditions?.audiences ?? []).filter((a) => a.trim() !== '');
    if (audiences.length === 0) {
      return [
        {
          messageId: 'missing',
          path: 'Conditions/AudienceRestriction',
          data: texts({ expected: expectedEntity(context) }),
        },
      ];
    }
    // Audiences within a restriction are alternatives: one right Audience is enough.
    const verdicts = audiences.map((audience) => ({
      audience,
      verdict: judge(audience, classifyFlexUrl(audience), context),
    }));
    if (verdicts.some((v) => v.verdict.ok === true)) return [];
    const reports = verdicts.flatMap(({ verdict }) =>
      verdict.ok === false ? [{ ...verdict.report, path: 'Conditions/AudienceRestriction/Audience' }] : [],
    );
    if (verdicts.some((v) => v.verdict.ok === 'unknown')) {
      const notChecked: NotCheckedReport = {
        reasonId: 'noAccountContext',
        detail: "The SID in the Flex Audience was not compared with this account's.",
      };
      // A well-formed Flex Audience that cannot be compared is not evidence of a problem.
      return { notChecked, reports: [] };
    }
    return reports;
  },
});
