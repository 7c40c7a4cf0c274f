import { defineRule } from '../../engine';
import { isAdfsKind, notInExport } from '../../idpConfigFacts';
import { isUnreadable, type IdpConfigRuleContext } from '../../idpConfigTypes';

type M = 'assertionOnly' | 'responseOnly' | 'none';

const ADFS_AS_STRING =
  'Export it with the value as text: Get-AdfsRelyingPartyTrust -Name "<trust>" | Select-Object *, @{n=\'SamlResponseSignature\'; e={"$($_.SamlResponseSignature)"}} -ExcludeProperty SamlResponseSignature | ConvertTo-Json -Depth 4';

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-signing-incomplete',
    scope: 'idp-config',
    title: {
      pass: 'The IdP signs both the response and the assertion',
      fail: 'The IdP does not sign both the response and the assertion',
    },
    description:
      "Twilio's guides have the IdP sign both the SAML response and its assertion; AD FS and Entra ID sign only the assertion by default, which Flex rejects.",
    severity: 'error',
    messages: {
      assertionOnly:
        'The IdP signs only the assertion ({{setting}}), not the response: Flex needs both signed. Set it to sign the response and the assertion.',
      responseOnly:
        'The IdP signs only the response ({{setting}}), not the assertion: Flex needs both signed. Set it to sign the response and the assertion.',
      none: 'The IdP signs neither the response nor the assertion ({{setting}}): Flex rejects unsigned responses. Set it to sign both.',
    },
    fixKey: 'F-SIGN',
  },
  detect: ({ idpConfig }) => {
    const signing = idpConfig.signing;
    if (signing === undefined) return notInExport('signing', idpConfig.kind);
    const { response, assertion } = signing;
    const unreadable = isUnreadable(response) ? response : isUnreadable(assertion) ? assertion : undefined;
    if (unreadable) {
      const detail =
        unreadable.detail ??
        (isAdfsKind(idpConfig.kind) && unreadable.unreadable === 'adfsEnumNumber'
          ? `SamlResponseSignature is written as the number ${unreadable.raw ?? '?'}. ${ADFS_AS_STRING}`
          : undefined);
      return { notChecked: { reasonId: 'unreadableInExport', ...(detail ? { detail } : {}) } };
    }
    if (response && assertion) return [];
    const defaulted = (idpConfig.defaulted ?? []).some((p) => p.startsWith('signing'));
    const setting = `${signing.raw ?? `response ${response ? 'signed' : 'unsigned'}, assertion ${assertion ? 'signed' : 'unsigned'}`}${defaulted ? ', the default' : ''}`;
    const messageId: M = response ? 'responseOnly' : assertion ? 'assertionOnly' : 'none';
    return [{ messageId, path: 'signing', data: { setting } }];
  },
});
