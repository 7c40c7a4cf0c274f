import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Heading } from '@twilio-paste/core/heading';
import { HelpText } from '@twilio-paste/core/help-text';
import { Input } from '@twilio-paste/core/input';
import { Label } from '@twilio-paste/core/label';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Option, Select } from '@twilio-paste/core/select';
import { TextArea } from '@twilio-paste/core/textarea';
import { useUID } from '@twilio-paste/core/uid-library';
import { DEFAULT_REGION } from '../../core/flexUrls';
import { splitCertificates } from '../../core/pem';
import type { SsoType } from '../../core/types';
import { Disclosure } from '../components/Disclosure';
import { useStrings } from '../StringsProvider';
import type { IdpConfigContextFields } from '../types';

/**
 * The account context as the admin edits it: every field text. The analyzer and Setup's IdP check edit
 * the same context; only the IdP check shows `ssoUrl` (Flex's "Single Sign-On URL").
 */
export interface ContextDraft {
  readonly accountSid: string;
  readonly connectionSid: string;
  readonly region: string;
  readonly ssoType: '' | SsoType;
  readonly idpIssuer: string;
  readonly ssoUrl: string;
  readonly certificates: string;
}

export function draftOf(fields: IdpConfigContextFields): ContextDraft {
  return {
    accountSid: fields.accountSid ?? '',
    connectionSid: fields.connectionSid ?? '',
    region: fields.region,
    ssoType: fields.ssoType ?? '',
    idpIssuer: fields.idpIssuer ?? '',
    ssoUrl: fields.ssoUrl ?? '',
    certificates: fields.certificates.join('\n'),
  };
}

/** The edited context: blank fields left out, the region defaulted, certificates split. */
export function fieldsOf(draft: ContextDraft): IdpConfigContextFields {
  const opt = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());
  const accountSid = opt(draft.accountSid);
  const connectionSid = opt(draft.connectionSid);
  const idpIssuer = opt(draft.idpIssuer);
  const ssoUrl = opt(draft.ssoUrl);
  return {
    ...(accountSid ? { accountSid } : {}),
    ...(connectionSid ? { connectionSid } : {}),
    region: draft.region.trim() || DEFAULT_REGION,
    ...(draft.ssoType !== '' ? { ssoType: draft.ssoType } : {}),
    ...(idpIssuer ? { idpIssuer } : {}),
    ...(ssoUrl ? { ssoUrl } : {}),
    certificates: splitCertificates(draft.certificates),
  };
}

export function ContextField({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
}): React.ReactElement {
  const id = useUID();
  return (
    <Box minWidth="size30" marginBottom="space40">
      <Label htmlFor={id}>{label}</Label>
      <Input id={id} type="text" value={value} onChange={(event) => onChange(event.target.value)} />
    </Box>
  );
}

export interface ContextEditorProps {
  readonly draft: ContextDraft;
  readonly onChange: (patch: Partial<ContextDraft>) => void;
  /**
   * Setup's IdP check: the context is open under a level-3 heading and has the Single Sign-On URL field.
   * The analyzer's is folded away until needed, without that field.
   */
  readonly forIdpConfig?: boolean;
}

/** The account values a response or an IdP export is judged against: prefilled and editable. */
export function ContextEditor({ draft, onChange, forIdpConfig = false }: ContextEditorProps): React.ReactElement {
  const t = useStrings();
  const certId = useUID();
  const ssoId = useUID();
  const fields = (
    <>
      <Paragraph>{t(forIdpConfig ? 'idpContextHelp' : 'contextHelp')}</Paragraph>
      <Box display="flex" columnGap="space50" flexWrap="wrap">
        <ContextField
          label={t('ctxAccountSid')}
          value={draft.accountSid}
          onChange={(v) => onChange({ accountSid: v })}
        />
        <ContextField
          label={t('ctxConnectionSid')}
          value={draft.connectionSid}
          onChange={(v) => onChange({ connectionSid: v })}
        />
        <ContextField label={t('ctxRegion')} value={draft.region} onChange={(v) => onChange({ region: v })} />
        <Box minWidth="size20" marginBottom="space40">
          <Label htmlFor={ssoId}>{t('ctxSsoType')}</Label>
          <Select
            id={ssoId}
            value={draft.ssoType}
            onChange={(event) => onChange({ ssoType: event.target.value as ContextDraft['ssoType'] })}
          >
            <Option value="">{t('ssoTypeUnknown')}</Option>
            <Option value="enhanced">{t('ssoTypeEnhanced')}</Option>
            <Option value="legacy">{t('ssoTypeLegacy')}</Option>
          </Select>
        </Box>
        <ContextField label={t('ctxIssuer')} value={draft.idpIssuer} onChange={(v) => onChange({ idpIssuer: v })} />
        {forIdpConfig ? (
          <ContextField label={t('ctxSsoUrl')} value={draft.ssoUrl} onChange={(v) => onChange({ ssoUrl: v })} />
        ) : null}
      </Box>
      <Label htmlFor={certId}>{t('ctxCertificates')}</Label>
      <TextArea
        id={certId}
        value={draft.certificates}
        onChange={(event) => onChange({ certificates: event.target.value })}
        aria-describedby={`${certId}-help`}
        resize="vertical"
      />
      <HelpText id={`${certId}-help`}>{t('ctxCertificatesHelp')}</HelpText>
    </>
  );
  return forIdpConfig ? (
    <>
      <Heading as="h3" variant="heading30">
        {t('contextHeading')}
      </Heading>
      {fields}
    </>
  ) : (
    <Box marginBottom="space60">
      <Disclosure contained headingLevel={2} summary={t('contextHeading')}>
        {fields}
      </Disclosure>
    </Box>
  );
}
