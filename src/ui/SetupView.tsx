import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Callout, CalloutHeading, CalloutList, CalloutListItem } from '@twilio-paste/core/callout';
import { Heading } from '@twilio-paste/core/heading';
import { HelpText } from '@twilio-paste/core/help-text';
import { Label } from '@twilio-paste/core/label';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Text } from '@twilio-paste/core/text';
import { TextArea } from '@twilio-paste/core/textarea';
import { useUID } from '@twilio-paste/core/uid-library';
import { parseExpectations, toConfigJson } from '../core/config';
import { enhancedAcsUrl, enhancedEntityId, legacyAcsUrl, legacyEntityId } from '../core/flexUrls';
import { idpName } from '../core/idp';
import { allRules } from '../core/rules';
import { CopyButton } from './components/CopyButton';
import { IDP_SOURCE_LABEL } from './components/IdpSelect';
import { IdpConfigPanel } from './IdpConfigPanel';
import { useStrings } from './StringsProvider';
import type { ConfigError, SetupViewProps } from './types';

function CodeBlock({ children, label }: { children: string; label?: string }): React.ReactElement {
  return (
    <Box
      as="pre"
      aria-label={label}
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
      {children}
    </Box>
  );
}

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

/**
 * An h3 block inside a section. Its bottom margin matches a Paragraph's (space70), so every h3 has the
 * same space above it whether a paragraph or a list of URLs comes before.
 */
function SubSection({ heading, children }: { heading: string; children: React.ReactNode }): React.ReactElement {
  return (
    <Box marginBottom="space70">
      <Heading as="h3" variant="heading30">
        {heading}
      </Heading>
      {children}
    </Box>
  );
}

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

const RULE_IDS = allRules.map((r) => r.meta.id);

/** What to paste into the IdP, the configuration in force, and an editor that validates as you type. */
export function SetupView({
  accountSid,
  rawConfig,
  expectations,
  configErrors,
  idp,
  idpConfig,
}: SetupViewProps): React.ReactElement {
  const t = useStrings();
  const editorId = useUID();
  const [draft, setDraft] = React.useState(() => stringify(rawConfig ?? {}));
  const checked = React.useMemo(() => {
    try {
      const raw: unknown = JSON.parse(draft);
      const parsed = parseExpectations(raw, RULE_IDS.length > 0 ? { ruleIds: RULE_IDS } : {});
      return {
        ok: true as const,
        ...parsed,
        preview: stringify(toConfigJson(parsed.expectations, { onlyChanges: true })),
      };
    } catch (error) {
      return { ok: false as const, message: (error as Error).message };
    }
  }, [draft]);

  const connectionSid = expectations.connectionSid;
  const region = expectations.region;

  return (
    <Box>
      <Box as="section" marginBottom="space70">
        <Heading as="h2" variant="heading20">
          {t('urlsHeading')}
        </Heading>
        <Paragraph>{t('urlsHelp')}</Paragraph>
        <SubSection heading={t('enhancedHeading')}>
          {connectionSid ? (
            <>
              <UrlRow label={t('acsUrl')} value={enhancedAcsUrl(connectionSid, region)} />
              <UrlRow label={t('entityId')} value={enhancedEntityId(connectionSid)} />
            </>
          ) : (
            <Paragraph>{t('needsConnectionSid')}</Paragraph>
          )}
        </SubSection>
        <SubSection heading={t('legacyHeading')}>
          {accountSid ? (
            <>
              <UrlRow label={t('acsUrl')} value={legacyAcsUrl(accountSid)} />
              <UrlRow label={t('entityId')} value={legacyEntityId(accountSid)} />
            </>
          ) : (
            <Paragraph>{t('needsAccountSid')}</Paragraph>
          )}
        </SubSection>
      </Box>

      <Box as="section" marginBottom="space70">
        <Heading as="h2" variant="heading20">
          {t('idpHeading')}
        </Heading>
        <Paragraph>{t('idpInUse', { idp: idpName(idp.id), source: t(IDP_SOURCE_LABEL[idp.source]) })}</Paragraph>
      </Box>

      {idpConfig ? <IdpConfigPanel {...idpConfig} /> : null}

      <Box as="section" marginBottom="space70">
        <Heading as="h2" variant="heading20">
          {t('activeConfigHeading')}
        </Heading>
        {rawConfig === undefined ? (
          <Paragraph>{t('noActiveConfig')}</Paragraph>
        ) : (
          <CodeBlock>{stringify(rawConfig)}</CodeBlock>
        )}
        {configErrors.length > 0 ? (
          <ConfigErrors errors={configErrors} title={t('configErrorsTitle', { count: configErrors.length })} />
        ) : (
          <Paragraph>{t('configValid')}</Paragraph>
        )}
      </Box>

      <Box as="section" marginBottom="space70">
        <Heading as="h2" variant="heading20">
          {t('editorHeading')}
        </Heading>
        <Label htmlFor={editorId}>{t('editorLabel')}</Label>
        <TextArea
          id={editorId}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          aria-describedby={`${editorId}-help`}
          hasError={!checked.ok || checked.errors.length > 0}
          resize="vertical"
        />
        <HelpText id={`${editorId}-help`} variant={!checked.ok || checked.errors.length > 0 ? 'error' : 'default'}>
          {!checked.ok
            ? t('editorInvalidJson', { message: checked.message })
            : checked.errors.length > 0
              ? t('configErrorsTitle', { count: checked.errors.length })
              : `${t('editorHelp')} ${t('editorValid')}`}
        </HelpText>
        {checked.ok && checked.errors.length > 0 ? (
          <ConfigErrors errors={checked.errors} title={t('configErrorsTitle', { count: checked.errors.length })} />
        ) : null}
        {checked.ok ? (
          <>
            <Heading as="h3" variant="heading30">
              {t('previewHeading')}
            </Heading>
            <CodeBlock label={t('previewHeading')}>{checked.preview}</CodeBlock>
            <CopyButton value={checked.preview} what={t('editorLabel')} />
          </>
        ) : null}
      </Box>
    </Box>
  );
}
