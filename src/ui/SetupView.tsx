import * as React from 'react';
import { Callout, CalloutHeading, CalloutList, CalloutListItem } from '@twilio-paste/core/callout';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Box } from '@twilio-paste/core/box';
import { idpName } from '../core/idp';
import { IDP_SOURCE_LABEL } from './components/IdpSelect';
import { Section } from './components/Section';
import { ConfigEditor } from './setup/ConfigEditor';
import { ConfiguredCertificates } from './setup/ConfiguredCertificates';
import { IdpValues } from './setup/IdpValues';
import { useStrings } from './StringsProvider';
import type { ConfigError, SetupViewProps } from './types';

function ConfigErrors({ errors, title }: { errors: readonly ConfigError[]; title: string }): React.ReactElement {
  const t = useStrings();
  return (
    <Callout variant="error" marginY="space40">
      <CalloutHeading as="h3">{title}</CalloutHeading>
      <CalloutList as="ul">
        {errors.map((e, i) => (
          <CalloutListItem key={i}>{t('configErrorItem', { path: e.path, message: e.message })}</CalloutListItem>
        ))}
      </CalloutList>
    </Callout>
  );
}

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? '';
  } catch {
    return '';
  }
}

/**
 * What to paste into the IdP, the IdP in use and whether the configuration is valid — what a
 * supervisor needs to check their agents — and, for admins, the configured certificates, the
 * configuration in force and an editor that validates as you type.
 */
export function SetupView({
  accountSid,
  rawConfig,
  expectations,
  configErrors,
  idp,
  canEdit = false,
  certificates = [],
  now,
}: SetupViewProps): React.ReactElement {
  const t = useStrings();
  return (
    <Box>
      <IdpValues
        accountSid={accountSid}
        connectionSid={expectations.connectionSid}
        region={expectations.region}
        ssoType={expectations.ssoType}
      />

      <Section heading={t('idpHeading')} marginBottom="space70">
        <Paragraph>{t('idpInUse', { idp: idpName(idp.id), source: t(IDP_SOURCE_LABEL[idp.source]) })}</Paragraph>
      </Section>

      {canEdit ? <ConfiguredCertificates certificates={certificates} now={now} /> : null}

      <Section heading={t('activeConfigHeading')} marginBottom="space70">
        {rawConfig === undefined ? (
          <Paragraph>{t('noActiveConfig')}</Paragraph>
        ) : canEdit ? (
          <Box
            as="pre"
            // Scrollable, so it must be reachable by keyboard (axe: scrollable-region-focusable).
            tabIndex={0}
            fontFamily="fontFamilyCode"
            fontSize="fontSize30"
            backgroundColor="colorBackground"
            color="colorText"
            padding="space40"
            borderRadius="borderRadius20"
            overflow="auto"
            whiteSpace="pre-wrap"
            wordBreak="break-word"
            margin="space0"
            marginBottom="space40"
          >
            {stringify(rawConfig)}
          </Box>
        ) : null}
        {configErrors.length > 0 ? (
          <ConfigErrors
            errors={configErrors}
            title={t(configErrors.length === 1 ? 'configErrorsTitleOne' : 'configErrorsTitle', {
              count: configErrors.length,
            })}
          />
        ) : (
          <Paragraph>{t('configValid')}</Paragraph>
        )}
      </Section>

      {canEdit ? <ConfigEditor rawConfig={rawConfig} /> : null}
    </Box>
  );
}
