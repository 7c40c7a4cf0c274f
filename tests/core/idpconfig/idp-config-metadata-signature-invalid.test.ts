import rule from '../../../src/core/rules/idp-config/idp-config-metadata-signature-invalid';
import { testIdpConfigRule } from './snapshot';

testIdpConfigRule(rule, {
  valid: [
    { name: 'AD FS FederationMetadata whose enveloped signature verifies', input: { preset: 'adfsMetadata' } },
    {
      name: 'metadata without a signature cannot be verified',
      input: { preset: 'adfsMetadata', idpConfig: { metadataSignature: { status: 'absent' } } },
      notChecked: 'noSignature',
    },
    {
      name: 'a signature with an unsupported algorithm is not a pass',
      input: {
        preset: 'adfsMetadata',
        idpConfig: { metadataSignature: { status: 'error', reason: 'unsupported algorithm' } },
      },
      notChecked: 'unreadableInExport',
    },
    { name: 'an AD FS trust is no metadata', input: { preset: 'adfsTrust' }, notChecked: 'notApplicable' },
  ],
  invalid: [
    {
      name: 'the entityID was edited after signing (digest mismatch)',
      input: { preset: 'adfsMetadata', idpConfig: { metadataSignature: { status: 'invalid', reason: 'digest' } } },
      findings: [
        { messageId: 'invalid', path: 'Signature', data: { reason: 'the content does not match its digest' } },
      ],
    },
    {
      name: 'a signature value that does not verify',
      input: { preset: 'adfsMetadata', idpConfig: { metadataSignature: { status: 'invalid', reason: 'signature' } } },
      findings: [{ messageId: 'invalid', path: 'Signature', data: { reason: 'the signature value is wrong' } }],
    },
  ],
});
