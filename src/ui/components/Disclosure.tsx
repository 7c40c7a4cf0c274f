import * as React from 'react';
import { Box } from '@twilio-paste/core/box';

export interface DisclosureProps {
  /** What the summary line says; the section's name for assistive technology. */
  readonly summary: React.ReactNode;
  readonly defaultOpen?: boolean;
  /** Render the summary as a heading of this level (inside the summary, so it stays the control). */
  readonly headingLevel?: 2 | 3 | 4 | 5 | 6;
  /** A bordered card, as Paste's `contained` variant. */
  readonly contained?: boolean;
  /** Incremented to open it from elsewhere (a fix plan entry a card links to); 0 or absent does nothing. */
  readonly openRequest?: number;
  readonly children: React.ReactNode;
}

const HEADING_TAG = { 2: 'h2', 3: 'h3', 4: 'h4', 5: 'h5', 6: 'h6' } as const;

/**
 * A collapsible section on the browser's own `<details>`/`<summary>`: the summary is a native control
 * (Tab reaches it, Enter and Space toggle it, screen readers announce it expanded or collapsed), and it
 * works with no script at all. Use it instead of Paste Disclosure, which brings reakit (about 10 KB gzip
 * for every agent; lint forbids it in src/).
 */
export function Disclosure({
  summary,
  defaultOpen,
  headingLevel,
  contained = false,
  openRequest = 0,
  children,
}: DisclosureProps): React.ReactElement {
  const ref = React.useRef<HTMLDetailsElement>(null);
  React.useEffect(() => {
    if (openRequest > 0 && ref.current) ref.current.open = true;
  }, [openRequest]);
  const label = headingLevel ? (
    <Box
      as={HEADING_TAG[headingLevel]}
      display="inline"
      margin="space0"
      fontSize="fontSize40"
      fontWeight="fontWeightSemibold"
      lineHeight="lineHeight40"
    >
      {summary}
    </Box>
  ) : (
    summary
  );
  // Box's props do not list `open` (a details-only attribute); Box passes it on to the element.
  const details = { open: defaultOpen };
  return (
    <Box
      as="details"
      ref={ref}
      {...details}
      marginBottom="space50"
      {...(contained
        ? {
            borderStyle: 'solid',
            borderWidth: 'borderWidth10',
            borderColor: 'colorBorderWeaker',
            borderRadius: 'borderRadius20',
            padding: 'space40',
          }
        : {})}
    >
      <Box
        as="summary"
        cursor="pointer"
        color="colorText"
        fontWeight="fontWeightSemibold"
        borderRadius="borderRadius20"
        paddingY="space20"
        _hover={{ color: 'colorTextLinkStronger' }}
        _focusVisible={{ boxShadow: 'shadowFocus', outline: 'none' }}
      >
        {label}
      </Box>
      <Box paddingTop="space30" paddingLeft="space50">
        {children}
      </Box>
    </Box>
  );
}
