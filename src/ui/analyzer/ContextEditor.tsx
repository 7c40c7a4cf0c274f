import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { HelpText } from '@twilio-paste/core/help-text';
import { Input } from '@twilio-paste/core/input';
import { Label } from '@twilio-paste/core/label';
import { Paragraph } from '@twilio-paste/core/paragraph';
import { Option, Select } from '@twilio-paste/core/select';
import { TextArea } from '@twilio-paste/core/textarea';
import { useUID } from '@twilio-paste/core/uid-library';
import { splitCertificates } from '../../core/pem';
import type { SsoType } from '../../core/types';
import { Disclosure } from '../components/Disclosure';
import { useStrings } from '../StringsProvider';
import type { AnalyzerContextFields } from '../types';

/** The account context as the admin edits it: every field text. */
export interface ContextDraft {
  readonly accountSid: string;
  readonly connectionSid: string;
  readonly region: string;
  readonly ssoType: '' | SsoType;
  readonly idpIssuer: string;
  readonly certificates: string;
}

export function draftOf(fields: AnalyzerContextFields): ContextDraft {
  return {
    accountSid: fields.accountSid ?? '',
    connectionSid: fields.connectionSid ?? '',
    region: fields.region,
    ssoType: fields.ssoType ?? '',
    idpIssuer: fields.idpIssuer ?? '',
    certificates: fields.certificates.join('\n'),
  };
}

export function fieldsOf(draft: ContextDraft): AnalyzerContextFields {
  const opt = (v: string): string | undefined => (v.trim() === '' ? undefined : v.trim());
  const accountSid = opt(draft.accountSid);
  const connectionSid = opt(draft.connectionSid);
  const idpIssuer = opt(draft.idpIssuer);
  return {
    ...(accountSid ? { accountSid } : {}),
    ...(connectionSid ? { connectionSid } : {}),
    region: draft.region.trim() || 'us1',
    ...(draft.ssoType !== '' ? { ssoType: draft.ssoType } : {}),
    ...(idpIssuer ? { idpIssuer } : {}),
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
}

/** The account values the response is judged against: prefilled, editable, folded away until needed. */
export function ContextEditor({ draft, onChange }: ContextEditorProps): React.ReactElement {
  const t = useStrings();
  const certId = useUID();
  const ssoId = useUID();
  return (
    <Box marginBottom="space60">
      <Disclosure contained headingLevel={2} summary={t('contextHeading')}>
        <Paragraph>{t('contextHelp')}</Paragraph>
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
      </Disclosure>
    </Box>
  );
}
