import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Text } from '@twilio-paste/core/text';
import { CertificateDetails } from '../components/CertificateDetails';
import { Section } from '../components/Section';
import { useStrings } from '../StringsProvider';
import type { ConfiguredCertificate } from '../types';

export interface ConfiguredCertificatesProps {
  readonly certificates: readonly ConfiguredCertificate[];
  /** What validity is measured from; the clock comes in as data. */
  readonly now: string | undefined;
}

/** Each certificate in `idp_certificates`: wrapped as PEM, with its subject, validity and thumbprints. */
export function ConfiguredCertificates({ certificates, now }: ConfiguredCertificatesProps): React.ReactElement {
  const t = useStrings();
  return (
    <Section heading={t('setupCertificatesHeading')} marginBottom="space70">
      {certificates.length === 0 ? (
        <Paragraph>{t('setupNoCertificates')}</Paragraph>
      ) : (
        certificates.map((c, i) => {
          const title = t('setupCertificateTitle', { n: i + 1 });
          return c.info ? (
            <CertificateDetails
              key={i}
              cert={c.info}
              title={title}
              level={3}
              pem={c.pem}
              {...(now !== undefined ? { now } : {})}
            />
          ) : (
            <Box key={i} marginBottom="space50">
              <Text as="p" color="colorTextError">
                {t('setupCertificateUnreadable', { title, reason: c.error ?? '' })}
              </Text>
            </Box>
          );
        })
      )}
    </Section>
  );
}
