import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { wrapPem } from '../../core/pem';
import type { CertificateInfo } from '../../core/samlTypes';
import { TimeText } from './TimeText';
import { useStrings } from '../StringsProvider';
import { Fields } from './Fields';
import { SectionHeading } from './Section';

export interface CertificateDetailsProps {
  readonly cert: CertificateInfo;
  readonly title: string;
  /** The heading level of the title (4 inside an h3 block). */
  readonly level: number;
  /** What validity is measured from ("expired 3 days ago"); the clock comes in as data. */
  readonly now?: string;
  /** The certificate text, shown wrapped as PEM. */
  readonly pem?: string;
}

/** A certificate's subject, issuer, validity and thumbprints, and optionally the certificate as PEM. */
export function CertificateDetails({ cert, title, level, now, pem }: CertificateDetailsProps): React.ReactElement {
  const t = useStrings();
  const time = (iso: string, expiry: boolean): React.ReactNode =>
    now ? <TimeText iso={iso} now={now} expiry={expiry} /> : iso;
  return (
    <Box marginBottom="space50">
      <SectionHeading level={level}>{title}</SectionHeading>
      <Fields
        rows={[
          [t('certSubject'), cert.subject],
          [t('certIssuer'), cert.issuer],
          [t('certValidFrom'), time(cert.notBefore, false)],
          [t('certValidTo'), time(cert.notAfter, true)],
          [t('certSha1'), cert.sha1],
          [t('certSha256'), cert.sha256],
          [t('certKey'), cert.publicKey],
        ]}
      />
      {pem !== undefined ? (
        <Box
          as="pre"
          aria-label={t('certPem', { title })}
          fontFamily="fontFamilyCode"
          fontSize="fontSize30"
          backgroundColor="colorBackground"
          color="colorText"
          padding="space40"
          borderRadius="borderRadius20"
          overflow="auto"
          margin="space0"
        >
          {wrapPem(pem)}
        </Box>
      ) : null}
    </Box>
  );
}
