import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Table, TBody, Td, Th, THead, Tr } from '@twilio-paste/core/table';
import { Text } from '@twilio-paste/core/text';
import type { SignatureInfo, VerificationResult } from '../../core/samlTypes';
import { Section } from '../components/Section';
import { ValueText } from '../components/ValueText';
import type { StringKey } from '../strings';
import { useStrings } from '../StringsProvider';

const SIGNED_ELEMENT: Readonly<Record<SignatureInfo['on'], StringKey>> = {
  response: 'sigElementResponse',
  assertion: 'sigElementAssertion',
  other: 'sigElementOther',
};

/** The verdict, from where the signature sits and what it verified against (decided in the core). */
const VERDICT: Readonly<Record<SignatureInfo['verifiedAgainst'], { key: StringKey; color: TextColor }>> = {
  configured: { key: 'sigVerdictConfigured', color: 'colorTextSuccess' },
  embedded: { key: 'sigEmbeddedOnly', color: 'colorTextWarning' },
  nothing: { key: 'sigUntrusted', color: 'colorTextError' },
};
type TextColor = 'colorTextSuccess' | 'colorTextWarning' | 'colorTextError';

function algorithmName(uri: string): string {
  const hash = uri.lastIndexOf('#');
  return hash >= 0 ? uri.slice(hash + 1) : uri;
}

/**
 * One verification, saying what it was verified against. Only a match with the configured
 * certificate is trust; the certificate in the response proves only that the response was not altered
 * after whoever holds that key signed it.
 */
function Verification({
  result,
  configured,
  thumbprint,
}: {
  result: VerificationResult;
  configured: boolean;
  thumbprint?: string;
}): React.ReactElement {
  const t = useStrings();
  const against = configured ? t('sigConfigured', { thumbprint: thumbprint ?? '' }) : t('sigKeyInfo');
  if (result.status === 'valid') {
    return configured ? (
      <Text as="span" color="colorTextSuccess">
        {t('sigTrusted', { certificate: against })}
      </Text>
    ) : (
      <Text as="span">{t('sigValidEmbedded')}</Text>
    );
  }
  if (result.status === 'invalid') {
    return (
      <Text as="span" color="colorTextError">
        {t('sigInvalid', { certificate: against, reason: result.reason })}
      </Text>
    );
  }
  return (
    <Text as="span" color="colorTextWarning">
      {t('sigError', { certificate: against, reason: result.reason })}
    </Text>
  );
}

/** Each signature: on which element, with which algorithms, verified against what. */
export function SignatureTable({ signatures }: { signatures: readonly SignatureInfo[] }): React.ReactElement {
  const t = useStrings();
  return (
    <Section heading={t('signaturesHeading')}>
      {signatures.length === 0 ? (
        <Paragraph>{t('noSignatures')}</Paragraph>
      ) : (
        <Table scrollHorizontally>
          <THead>
            <Tr>
              <Th scope="col">{t('sigElement')}</Th>
              <Th scope="col">{t('sigAlgorithm')}</Th>
              <Th scope="col">{t('sigVerification')}</Th>
            </Tr>
          </THead>
          <TBody>
            {signatures.map((s, i) => (
              <Tr key={i}>
                <Th scope="row">{t(SIGNED_ELEMENT[s.on])}</Th>
                <Td>
                  <ValueText
                    value={[algorithmName(s.signatureMethod), ...s.digestMethods.map(algorithmName)].join(', ')}
                  />
                </Td>
                <Td>
                  <Box>
                    <Text as="span" fontWeight="fontWeightSemibold" color={VERDICT[s.verifiedAgainst].color}>
                      {t(VERDICT[s.verifiedAgainst].key)}
                    </Text>
                  </Box>
                  {s.configuredResults.map((c) => (
                    <Box key={c.sha256}>
                      <Verification result={c.result} configured thumbprint={c.sha256.slice(0, 16)} />
                    </Box>
                  ))}
                  {s.keyInfoResult ? (
                    <Box>
                      <Verification result={s.keyInfoResult} configured={false} />
                    </Box>
                  ) : null}
                  {s.configuredResults.length === 0 ? (
                    <Box>
                      <Text as="span" color="colorTextWarning">
                        {t('sigNotTrusted')}
                      </Text>
                    </Box>
                  ) : null}
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </Section>
  );
}
