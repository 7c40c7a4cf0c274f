import * as React from 'react';
import { Badge } from '@twilio-paste/core/badge';
import type { Severity } from '../../core/types';
import type { StringKey } from '../strings';
import { useStrings } from '../StringsProvider';

const VARIANT: Readonly<Record<Severity, 'error' | 'warning' | 'info'>> = {
  error: 'error',
  warning: 'warning',
  info: 'info',
};

export const SEVERITY_LABEL: Readonly<Record<Severity, StringKey>> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/** The severity as a badge: the word carries the meaning, not the colour. */
export function SeverityBadge({ severity }: { readonly severity: Severity }): React.ReactElement {
  const t = useStrings();
  return (
    <Badge as="span" variant={VARIANT[severity]}>
      {t(SEVERITY_LABEL[severity])}
    </Badge>
  );
}
