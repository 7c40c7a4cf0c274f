import { rawValue, texts } from '../../disclose';
import { defineRule } from '../../engine';
import { classifyFlexUrl, enhancedAcsUrl, legacyAcsUrl } from '../../flexUrls';
import { expectedSsoType, isEncrypted, partial } from '../../samlFacts';
import type { SamlContext, SamlRuleContext } from '../../samlTypes';
import type { NotCheckedReport, Report } from '../../types';

type M = 'notFlex' | 'wrongAccount' | 'wrongConnection' | 'insecure' | 'missing';

const GENERIC_ACS =
  'https://login.flex.<region>.twilio.com/login/callback?connection=JQ… (enhanced SSO) or https://iam.twilio.com/v1/Accounts/AC…/saml2 (legacy SSO)';

/** The ACS this account expects, as precisely as the context allows, for messages. */
function expectedAcs(context: SamlContext): string {
  const type = expectedSsoType(context);
  if (type === 'enhanced' && context.connectionSid) return enhancedAcsUrl(context.connectionSid, context.region);
  if (type === 'legacy' && context.accountSid) return legacyAcsUrl(context.accountSid);
  return GENERIC_ACS;
}

/**
 * One finding per cause: the Destination and the Recipient set to the same wrong URL are one Reply URL
 * set wrong in the IdP, so they become one report that names both elements.
 */
function mergeSameCause(reports: readonly Report<M>[]): Report<M>[] {
  const merged: Report<M>[] = [];
  for (const report of reports) {
    const { element, ...rest } = report.data ?? {};
    const twin = merged.findIndex((m) => {
      const { element: _e, ...other } = m.data ?? {};
      return m.messageId === report.messageId && JSON.stringify(other) === JSON.stringify(rest);
    });
    const previous = merged[twin];
    if (previous === undefined) merged.push(report);
    else
      merged[twin] = {
        ...previous,
        data: {
          ...previous.data,
          ...texts({
            element: `${String(rawValue(previous.data?.['element'] ?? ''))} and ${String(rawValue(element ?? ''))}`,
          }),
        },
      };
  }
  return merged;
}

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-destination-mismatch',
    scope: 'saml',
    title: {
      pass: "The response is addressed to this account's Flex ACS",
      fail: "The response is not addressed to this account's Flex ACS",
    },
    description:
      "Flex accepts a response only when its Destination and Recipient are the account's assertion consumer service (ACS) URL; anything else is the IdP's Reply URL set wrong.",
    severity: 'error',
    messages: {
      notFlex:
        "The {{element}} is {{url}}, which is not a Twilio Flex assertion consumer service (ACS) URL. Set the IdP's Reply / ACS URL to {{expected}}.",
      wrongAccount:
        "The {{element}} is the legacy-SSO ACS of account {{accountSid}} ({{url}}), not of this account: set the IdP's Reply / ACS URL to {{expected}}.",
      wrongConnection:
        "The {{element}} is the enhanced ACS of connection {{connectionSid}} in region {{region}} ({{url}}), not this account's: set the IdP's Reply / ACS URL to {{expected}}.",
      insecure:
        'The {{element}} uses plain http ({{url}}): the browser would post the assertion unencrypted, and Flex serves its ACS over https only. Use {{expected}}.',
      missing:
        "The response has no {{element}}; Flex likely rejects a response that does not name its ACS. Set the IdP's Reply / ACS URL to {{expected}}.",
    },
    fixKey: 'F-ACS',
  },
  detect: ({ saml, context }) => {
    const reports: Report<M>[] = [];
    let notChecked: NotCheckedReport | undefined;
    const expected = expectedAcs(context);
    // A bare Assertion has no Destination; an encrypted assertion hides its Recipient.
    const candidates: { path: string; element: string; url: string | undefined }[] = [];
    if (saml.kind === 'response') {
      candidates.push({ path: 'Response/@Destination', element: 'Response Destination', url: saml.destination });
    }
    if (saml.assertion) {
      candidates.push({
        path: 'SubjectConfirmationData/@Recipient',
        element: 'SubjectConfirmationData Recipient',
        url: saml.assertion.subjectConfirmation?.recipient,
      });
    }

    for (const { path, element, url } of candidates) {
      if (url === undefined || url.trim() === '') {
        reports.push({ messageId: 'missing', path, data: texts({ element, expected }) });
        continue;
      }
      const info = classifyFlexUrl(url);
      const endpointIsAcs = info.type !== 'notFlex' && info.endpoint === 'acs';
      if (!endpointIsAcs) {
        reports.push({ messageId: 'notFlex', path, data: texts({ element, url, expected }) });
        continue;
      }
      if (info.insecure) {
        const https = url.trim().replace(/^http:/i, 'https:');
        reports.push({ messageId: 'insecure', path, data: texts({ element, url, expected: https }) });
      }
      // Each URL is compared with the SID of its own type; a URL of the other type than the account
      // expects is saml-sso-type-mismatch's finding, not a second one here.
      if (info.type === 'enhanced') {
        if (!context.connectionSid) {
          notChecked = {
            reasonId: 'noAccountContext',
            detail: 'The connection SID in the enhanced ACS was not compared.',
          };
        } else if (info.connectionSid !== context.connectionSid || info.region !== context.region) {
          reports.push({
            messageId: 'wrongConnection',
            path,
            data: texts({
              element,
              url,
              connectionSid: info.connectionSid ?? '',
              region: info.region ?? '',
              expected: enhancedAcsUrl(context.connectionSid, context.region),
            }),
          });
        }
      } else if (!context.accountSid) {
        notChecked = { reasonId: 'noAccountContext', detail: 'The Account SID in the legacy ACS was not compared.' };
      } else if (info.accountSid !== context.accountSid) {
        reports.push({
          messageId: 'wrongAccount',
          path,
          data: texts({ element, url, accountSid: info.accountSid ?? '', expected: legacyAcsUrl(context.accountSid) }),
        });
      }
    }

    if (!notChecked && isEncrypted(saml)) {
      notChecked = { reasonId: 'encrypted', detail: 'The Recipient inside the encrypted assertion was not checked.' };
    }
    return partial(mergeSameCause(reports), notChecked);
  },
});
