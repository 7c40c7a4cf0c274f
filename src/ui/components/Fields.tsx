import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { ValueText } from './ValueText';

/** A description list of label → value; rows without a value are left out. Strings render as text. */
export function Fields({ rows }: { rows: readonly [string, React.ReactNode | undefined][] }): React.ReactElement {
  return (
    <Box as="dl" margin="space0" marginBottom="space50">
      {rows
        .filter(([, v]) => v !== undefined && v !== null && v !== '')
        .map(([label, value]) => (
          <Box key={label} display="flex" columnGap="space40" flexWrap="wrap" marginBottom="space20">
            <Box as="dt" fontWeight="fontWeightSemibold" minWidth="size20">
              {label}
            </Box>
            <Box as="dd" margin="space0">
              {typeof value === 'string' ? <ValueText value={value} /> : value}
            </Box>
          </Box>
        ))}
    </Box>
  );
}
