import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { ValueText } from './ValueText';

/** One label → value row of a description list (`<dt>`/`<dd>`), inside a `<dl>`. */
export function Field({ label, children }: { label: string; children: React.ReactNode }): React.ReactElement {
  return (
    <Box display="flex" columnGap="space40" flexWrap="wrap" marginBottom="space20">
      <Box as="dt" fontWeight="fontWeightSemibold" minWidth="size20">
        {label}
      </Box>
      <Box as="dd" margin="space0">
        {children}
      </Box>
    </Box>
  );
}

/** A description list of label → value; rows without a value are left out. Strings render as text. */
export function Fields({ rows }: { rows: readonly [string, React.ReactNode | undefined][] }): React.ReactElement {
  return (
    <Box as="dl" margin="space0" marginBottom="space50">
      {rows
        .filter(([, v]) => v !== undefined && v !== null && v !== '')
        .map(([label, value]) => (
          <Field key={label} label={label}>
            {typeof value === 'string' ? <ValueText value={value} /> : value}
          </Field>
        ))}
    </Box>
  );
}
