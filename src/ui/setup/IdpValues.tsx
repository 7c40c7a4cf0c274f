import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Heading } from '@twilio-paste/core/heading';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Text } from '@twilio-paste/core/text';
import { enhancedAcsUrl, enhancedEntityId, legacyAcsUrl, legacyEntityId } from '../../core/flexUrls';
import type { SsoType } from '../../core/types';
import { CopyButton } from '../components/CopyButton';
import { Section } from '../components/Section';
import { Disclosure } from '../components/Disclosure';
import { useStrings } from '../StringsProvider';

function UrlRow({ label, value }: { label: string; value: string }): React.ReactElement {
  return (
    <Box marginBottom="space40">
      <Text as="p" fontWeight="fontWeightSemibold">
        {label}
      </Text>
      <Box display="flex" columnGap="space40" alignItems="center" flexWrap="wrap">
        <Text as="span" fontFamily="fontFamilyCode" wordBreak="break-all">
          {value}
        </Text>
        <CopyButton value={value} what={label} />
      </Box>
    </Box>
  );
}

function TypeValues({
  type,
  accountSid,
  connectionSid,
  region,
}: {
  type: SsoType;
  accountSid: string | undefined;
  connectionSid: string | undefined;
  region: string;
}): React.ReactElement {
  const t = useStrings();
  if (type === 'enhanced') {
    return connectionSid ? (
      <>
        <UrlRow label={t('acsUrl')} value={enhancedAcsUrl(connectionSid, region)} />
        <UrlRow label={t('entityId')} value={enhancedEntityId(connectionSid)} />
      </>
    ) : (
      <Paragraph>{t('needsConnectionSid')}</Paragraph>
    );
  }
  return accountSid ? (
    <>
      <UrlRow label={t('acsUrl')} value={legacyAcsUrl(accountSid)} />
      <UrlRow label={t('entityId')} value={legacyEntityId(accountSid)} />
    </>
  ) : (
    <Paragraph>{t('needsAccountSid')}</Paragraph>
  );
}

export interface IdpValuesProps {
  readonly accountSid: string | undefined;
  readonly connectionSid: string | undefined;
  readonly region: string;
  /** The configured SSO type: its values come first, the other type's behind a disclosure. */
  readonly ssoType: SsoType | undefined;
}

const HEADING = { enhanced: 'enhancedHeading', legacy: 'legacyHeading' } as const;

/**
 * The values to paste into the IdP. With `sso_type` set, that type's values are the section; the other
 * type's are folded away (an admin migrating may still need them). Without it, both, enhanced first.
 * Each h3 block's bottom margin matches a Paragraph's (space70), so the headings are evenly spaced.
 */
export function IdpValues({ accountSid, connectionSid, region, ssoType }: IdpValuesProps): React.ReactElement {
  const t = useStrings();
  const values = { accountSid, connectionSid, region };
  const block = (type: SsoType): React.ReactElement => (
    <Box marginBottom="space70" key={type}>
      <Heading as="h3" variant="heading30">
        {t(HEADING[type])}
      </Heading>
      <TypeValues type={type} {...values} />
    </Box>
  );
  if (!ssoType) {
    return (
      <Section heading={t('urlsHeading')} marginBottom="space70">
        <Paragraph>{t('urlsHelp')}</Paragraph>
        {block('enhanced')}
        {block('legacy')}
      </Section>
    );
  }
  const other: SsoType = ssoType === 'enhanced' ? 'legacy' : 'enhanced';
  return (
    <Section heading={t('urlsHeading')} marginBottom="space70">
      <Paragraph>{t('urlsHelpTyped', { type: t(HEADING[ssoType]) })}</Paragraph>
      {block(ssoType)}
      <Box marginBottom="space70">
        <Disclosure headingLevel={3} summary={t('urlsOtherType', { type: t(HEADING[other]) })}>
          <TypeValues type={other} {...values} />
        </Disclosure>
      </Box>
    </Section>
  );
}
