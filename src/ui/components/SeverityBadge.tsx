import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import type { Severity } from '../../core/types';
import type { StringKey } from '../strings';
import { useStrings } from '../StringsProvider';

/** Paste Badge's error, warning and info variants, in its tokens. */
const COLORS = {
  error: { backgroundColor: 'colorBackgroundErrorWeakest', color: 'colorTextErrorStrong' },
  warning: { backgroundColor: 'colorBackgroundWarningWeakest', color: 'colorTextWarningStrong' },
  info: { backgroundColor: 'colorBackgroundNeutralWeakest', color: 'colorTextNeutral' },
} as const;

export const SEVERITY_LABEL: Readonly<Record<Severity, StringKey>> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/**
 * The severity as a badge: the word carries the meaning, not the colour. Paste Badge's look on a Box:
 * the Badge package (links, buttons, counters, icon resizing) cost about 1 KB gzip for this one span.
 */
export function SeverityBadge({ severity }: { readonly severity: Severity }): React.ReactElement {
  const t = useStrings();
  return (
    <Box
      as="span"
      display="flex"
      alignItems="center"
      maxWidth="max-content"
      borderRadius="borderRadius30"
      fontSize="fontSize20"
      fontWeight="fontWeightSemibold"
      lineHeight="lineHeight10"
      paddingX="space30"
      paddingY="space20"
      {...COLORS[severity]}
    >
      {t(SEVERITY_LABEL[severity])}
    </Box>
  );
}
