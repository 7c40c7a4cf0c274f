import { defineRule } from '../../engine';
import type { IdpConfigRuleContext } from '../../idpConfigTypes';

type M = 'invalid';

export default defineRule<IdpConfigRuleContext, M>({
  meta: {
    id: 'idp-config-metadata-signature-invalid',
    scope: 'idp-config',
    title: { pass: "The metadata's signature verifies", fail: "The metadata's signature does not verify" },
    description:
      "A metadata file whose signature does not verify was edited, or is not what the IdP served: its entity ID, URLs and certificates cannot be trusted as the IdP's.",
    severity: 'warning',
    messages: {
      invalid:
        'The metadata carries a signature that does not verify ({{reason}}): the file was edited after signing, or is not what the IdP served. Download it again from the IdP before copying its values into Flex.',
    },
    fixKey: 'F-CERT',
  },
  detect: ({ idpConfig }) => {
    const signature = idpConfig.metadataSignature;
    if (idpConfig.kind !== 'saml-metadata') {
      return { notChecked: { reasonId: 'notApplicable', detail: 'Only SAML metadata carries a signature.' } };
    }
    if (signature === undefined || signature.status === 'absent') return { notChecked: { reasonId: 'noSignature' } };
    if (signature.status === 'valid') return [];
    if (signature.status === 'error') {
      return {
        notChecked: {
          reasonId: 'unreadableInExport',
          detail: `The signature could not be verified: ${signature.reason}.`,
        },
      };
    }
    return [
      {
        messageId: 'invalid',
        path: 'Signature',
        data: {
          reason:
            signature.reason === 'digest' ? 'the content does not match its digest' : 'the signature value is wrong',
        },
      },
    ];
  },
});
