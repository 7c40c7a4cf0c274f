import { defineRule } from '../../engine';
import { isAdfsKind, notInExport } from '../../idpConfigFacts';
import type { IdpConfigRuleContext } from '../../idpConfigTypes';

type M = 'missing' | 'format';

/** A NameID value source that is the user's email, in the IdPs' own spellings. */
const EMAIL_SOURCE =
  /^(?:mail|email|e-?mail-?addresses?|user\.mail|user\.email|\$\{user\.email\}|https?:\/\/schemas\.xmlsoap\.org\/ws\/2005\/05\/identity\/claims\/emailaddress)$/i;
/** Okta's username is often, not always, the email. */
const OKTA_USERNAME = /^\$\{user\.(?:userName|login)\}$/;
const EMAIL_FORMAT = /(?:^|:)email(?:address)?$/i;
const UNSPECIFIED_FORMAT = /(?:^|:)unspecified$/i;

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-nameid-not-email',
    scope: 'idp-config',
    title: {
      pass: "The IdP issues the NameID as the user's email, in email format",
      fail: "The IdP does not issue the NameID as the user's email in email format",
    },
    description:
      "Flex identifies the user by the NameID, which Twilio's guides set to the email address in email format; AD FS without a Name ID rule answers with InvalidNameIDPolicy, which sends users to a Twilio password dialog.",
    severity: 'error',
    messages: {
      missing:
        "No rule or setting issues the NameID from the user's email{{found}}.{{consequence}} Issue the NameID from the email address, format Email.",
      format:
        'The NameID comes from {{source}} but its format is {{format}}, not Email (urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress).{{consequence}} Set the Name ID format to Email.',
    },
    fixKey: 'F-NAMEID',
  },
  detect: ({ idpConfig }) => {
    const nameId = idpConfig.nameId;
    if (nameId === undefined) return notInExport('nameId', idpConfig.kind);
    const adfs = isAdfsKind(idpConfig.kind);
    const severity = adfs ? ('error' as const) : ('warning' as const);
    const consequence = adfs
      ? " AD FS then answers Flex's request with InvalidNameIDPolicy and users get a Twilio password dialog."
      : '';
    const source = nameId.source?.trim();
    if (!source || !EMAIL_SOURCE.test(source)) {
      if (idpConfig.kind === 'okta-app' && source && OKTA_USERNAME.test(source)) {
        return {
          notChecked: {
            reasonId: 'notApplicable',
            detail: `The NameID is the Okta username (${source}), which is often, not always, the email.`,
          },
        };
      }
      return [
        {
          messageId: 'missing',
          path: 'nameId',
          severity,
          data: { found: source ? ` (it comes from ${source})` : '', consequence },
        },
      ];
    }
    const format = nameId.format?.trim();
    const okta = idpConfig.kind === 'okta-app';
    if (format && (EMAIL_FORMAT.test(format) || (okta && UNSPECIFIED_FORMAT.test(format)))) return [];
    return [
      {
        messageId: 'format',
        path: 'nameId',
        severity,
        data: { source, format: format ? format : 'not set', consequence },
      },
    ];
  },
});
