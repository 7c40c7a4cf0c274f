import * as React from 'react';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { signedContent } from '../../core/samlFacts';
import type { CaptureInfo, SamlSnapshot } from '../../core/samlTypes';
import { Fields } from '../components/Fields';
import { Section } from '../components/Section';
import { TimeText } from '../components/TimeText';
import { useStrings } from '../StringsProvider';

export interface DecodedResponseProps {
  readonly saml: SamlSnapshot;
  readonly capture: CaptureInfo;
  readonly issuer: string | undefined;
  readonly analyzedAt: string;
}

/** The response's addressing, subject, times and status, as read. */
export function DecodedResponse({ saml, capture, issuer, analyzedAt }: DecodedResponseProps): React.ReactElement {
  const t = useStrings();
  const a = saml.assertion;
  const covered = signedContent(saml);
  const time = (iso: string | undefined, expiry = false): React.ReactNode =>
    iso === undefined ? undefined : <TimeText iso={iso} now={analyzedAt} expiry={expiry} />;
  const status = saml.status?.code
    ? [saml.status.code, saml.status.subCode]
        .filter(Boolean)
        .map((code) => code?.split(':').pop())
        .join(' › ')
    : undefined;
  return (
    <Section heading={t('decodedHeading')}>
      {saml.kind === 'response' && !covered.response ? <Paragraph>{t('unsignedResponseNote')}</Paragraph> : null}
      {a && !covered.assertion ? <Paragraph>{t('unsignedAssertionNote')}</Paragraph> : null}
      <Fields
        rows={[
          [t('fieldSource'), capture.source],
          [t('fieldCapturedAt'), time(capture.capturedAt)],
          [t('fieldIssuer'), issuer],
          [t('fieldDestination'), saml.destination],
          [t('fieldAudience'), a?.conditions?.audiences.join(', ')],
          [t('fieldNameId'), a?.nameId],
          [t('fieldNameIdFormat'), a?.nameIdFormat],
          [t('fieldIssueInstant'), time(saml.issueInstant ?? a?.issueInstant)],
          [t('fieldNotBefore'), time(a?.conditions?.notBefore)],
          [t('fieldNotOnOrAfter'), time(a?.conditions?.notOnOrAfter ?? a?.subjectConfirmation?.notOnOrAfter, true)],
          [t('fieldSessionNotOnOrAfter'), time(a?.sessionNotOnOrAfter, true)],
          [t('fieldInResponseTo'), saml.inResponseTo],
          [t('fieldRelayState'), capture.relayState],
          [t('fieldStatus'), status],
          [t('fieldStatusMessage'), saml.status?.message],
          [
            t('fieldAssertions'),
            t('assertionCount', { plain: saml.assertionCount, encrypted: saml.encryptedAssertionCount }),
          ],
        ]}
      />
    </Section>
  );
}
