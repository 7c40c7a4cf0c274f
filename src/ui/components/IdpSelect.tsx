import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { HelpText } from '@twilio-paste/core/help-text';
import { Label } from '@twilio-paste/core/label';
import { Option, Select } from '@twilio-paste/core/select';
import { useUID } from '@twilio-paste/core/uid-library';
import { idpName } from '../../core/idp';
import { IDP_IDS, type IdpChoice, type IdpId, type IdpSource } from '../../core/types';
import type { StringKey } from '../strings';
import { useStrings } from '../StringsProvider';

export const IDP_SOURCE_LABEL: Readonly<Record<IdpSource, StringKey>> = {
  override: 'idpSourceOverride',
  config: 'idpSourceConfig',
  issuer: 'idpSourceIssuer',
  claims: 'idpSourceClaims',
  export: 'idpSourceExport',
  default: 'idpSourceDefault',
};

export interface IdpSelectProps {
  /** What was detected (or configured), shown as help text. */
  readonly detected: IdpChoice;
  readonly value: IdpId;
  readonly onChange: (id: IdpId) => void;
}

/** Switches the IdP whose fix steps are shown; says what was detected and how. */
export function IdpSelect({ detected, value, onChange }: IdpSelectProps): React.ReactElement {
  const t = useStrings();
  const id = useUID();
  return (
    <Box marginBottom="space60" maxWidth="size40">
      <Label htmlFor={id}>{t('idpSelectLabel')}</Label>
      <Select
        id={id}
        value={value}
        aria-describedby={`${id}-help`}
        onChange={(event) => onChange(event.target.value as IdpId)}
      >
        {IDP_IDS.map((idp) => (
          <Option key={idp} value={idp}>
            {idpName(idp)}
          </Option>
        ))}
      </Select>
      <HelpText id={`${id}-help`}>
        {t('idpDetected', { idp: idpName(detected.id), source: t(IDP_SOURCE_LABEL[detected.source]) })}
      </HelpText>
    </Box>
  );
}

/** The IdP in use: the detected one until the user picks another. Resets when the detection changes. */
export function useIdpOverride(detected: IdpChoice): [IdpId, (id: IdpId) => void] {
  const [override, setOverride] = React.useState<{ for: IdpChoice; id: IdpId } | undefined>(undefined);
  const current = override !== undefined && override.for.id === detected.id ? override.id : detected.id;
  const set = React.useCallback((id: IdpId) => setOverride({ for: detected, id }), [detected]);
  return [current, set];
}
