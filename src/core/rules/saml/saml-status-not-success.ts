import { text } from '../../disclose';
import { defineRule } from '../../engine';
import type { SamlRuleContext } from '../../samlTypes';

type M = 'invalidNameIdPolicy' | 'requestDenied' | 'authnFailed' | 'requestUnsupported' | 'other';

const SUCCESS = 'Success';

/** The last segment of a status URI: `urn:oasis:names:tc:SAML:2.0:status:Requester` → `Requester`. */
function shortCode(uri: string): string {
  return uri.slice(uri.lastIndexOf(':') + 1);
}

const BY_SUB_CODE: Readonly<Record<string, M>> = {
  InvalidNameIDPolicy: 'invalidNameIdPolicy',
  RequestDenied: 'requestDenied',
  AuthnFailed: 'authnFailed',
  RequestUnsupported: 'requestUnsupported',
};

export default defineRule<SamlRuleContext, M>({
  meta: {
    id: 'saml-status-not-success',
    scope: 'saml',
    title: { pass: 'The IdP reports success', fail: 'The IdP reports a failed login' },
    description:
      'A response whose StatusCode is not Success carries no usable login: the IdP refused it, and Flex shows its own login page or an error.',
    severity: 'error',
    messages: {
      invalidNameIdPolicy:
        'The IdP refused the login with status {{status}}: it cannot issue a NameID in the format Flex asks for (an email address). Typical of ADFS; Flex then shows a Twilio username/password dialog.{{#statusMessage}} The IdP says: "{{statusMessage}}".{{/statusMessage}}',
      requestDenied:
        'The IdP denied the login with status {{status}}, most often because the user is not assigned to the Flex application in the IdP.{{#statusMessage}} The IdP says: "{{statusMessage}}".{{/statusMessage}}',
      authnFailed:
        'The IdP could not authenticate the user (status {{status}}).{{#statusMessage}} The IdP says: "{{statusMessage}}".{{/statusMessage}}',
      requestUnsupported:
        'The IdP does not support the request Flex sent (status {{status}}); check that Flex\'s Single Sign-On URL is the IdP\'s SAML endpoint.{{#statusMessage}} The IdP says: "{{statusMessage}}".{{/statusMessage}}',
      other:
        'The response status is {{status}}, not Success: the IdP did not log the user in.{{#statusMessage}} The IdP says: "{{statusMessage}}".{{/statusMessage}}',
    },
    fixKey: 'F-SSOURL',
    messageFixKeys: { invalidNameIdPolicy: 'F-NAMEID' },
  },
  detect: ({ saml }) => {
    // A bare Assertion has no Status element: there is nothing to judge.
    if (saml.kind === 'assertion') {
      return { notChecked: { reasonId: 'notApplicable', detail: 'A bare Assertion carries no status.' } };
    }
    const code = saml.status?.code;
    if (code !== undefined && shortCode(code) === SUCCESS) return [];
    const subCode = saml.status?.subCode;
    // Some IdPs (Salesforce) put a second-level code such as AuthnFailed at the top level.
    const detail = subCode ?? code;
    const messageId = (detail && BY_SUB_CODE[shortCode(detail)]) || 'other';
    const codes = [code, subCode].flatMap((c) => (c ? [shortCode(c)] : []));
    const message = saml.status?.message?.trim();
    return [
      {
        messageId,
        path: 'Status/StatusCode',
        data: {
          // The codes as the IdP sent them, the top level first ("Responder / AuthnFailed"); none is "missing".
          status: { ...text(codes.length > 0 ? codes.join(' / ') : 'missing'), max: 200 },
          ...(message ? { statusMessage: text(message, 500) } : {}),
        },
      },
    ];
  },
});
