import { texts } from '../../disclose';
import { defineRule } from '../../engine';
import { classifyFlexUrl, expectedEndpoints, ssoTypeOf } from '../../flexUrls';
import { expectedSsoType, isEncrypted, partial, responseDestination } from '../../samlFacts';
import type { SamlRuleContext } from '../../samlTypes';
import type { NotCheckedReport, Report, SsoType } from '../../types';

type M = 'mixed' | 'otherType';

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-sso-type-mismatch',
    scope: 'saml',
    title: {
      pass: 'The response uses one SSO type, the expected one',
      fail: 'The response mixes or confuses SSO types',
    },
    description:
      "Enhanced and legacy Flex SSO have different ACS URLs and Entity IDs; the IdP must use one type's pair, and the type the account is set up for.",
    severity: 'error',
    messages: {
      mixed:
        "The Destination {{destination}} belongs to {{destinationType}} SSO but the Audience {{audience}} belongs to {{audienceType}} SSO: the IdP mixes the two types' settings. Set both the Reply / ACS URL and the Entity ID from the same SSO type.",
      otherType:
        'The response uses {{actualType}} SSO ({{url}}) but this account is set up for {{expectedType}} SSO. Set the IdP to the {{expectedType}} values: ACS {{expectedAcs}}, Entity ID {{expectedEntity}}.',
    },
    fixKey: 'F-ACS',
  },
  detect: ({ saml, context }) => {
    const destination = responseDestination(saml);
    const audience = saml.assertion?.conditions?.audiences.find((a) => classifyFlexUrl(a).type !== 'notFlex');
    const destinationType = destination ? ssoTypeOf(classifyFlexUrl(destination)) : undefined;
    const audienceType = audience ? ssoTypeOf(classifyFlexUrl(audience)) : undefined;
    const reports: Report<M>[] = [];

    if (destination && audience && destinationType && audienceType && destinationType !== audienceType) {
      reports.push({
        messageId: 'mixed',
        path: 'Response/@Destination',
        data: texts({ destination, destinationType, audience, audienceType }),
      });
    }

    const expected = expectedSsoType(context);
    let notChecked: NotCheckedReport | undefined;
    if (!expected) {
      notChecked = { reasonId: 'noAccountContext', detail: 'Only checked that the destination and audience agree.' };
    } else {
      const used: { url: string; type: SsoType }[] = [];
      if (destination && destinationType) used.push({ url: destination, type: destinationType });
      if (audience && audienceType) used.push({ url: audience, type: audienceType });
      const other = used.find((u) => u.type !== expected);
      if (other) {
        const endpoints = expectedEndpoints(expected, context);
        reports.push({
          messageId: 'otherType',
          data: texts({
            actualType: other.type,
            url: other.url,
            expectedType: expected,
            expectedAcs: endpoints?.acsUrl ?? `the ${expected} ACS URL`,
            expectedEntity: endpoints?.entityId ?? `the ${expected} SP Entity ID`,
          }),
        });
      }
    }
    if (!notChecked && isEncrypted(saml)) {
      notChecked = { reasonId: 'encrypted', detail: 'Only the Destination was compared; the Audience is encrypted.' };
    }
    return partial(reports, notChecked);
  },
});
