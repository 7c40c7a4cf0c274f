import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { useUID } from '@twilio-paste/core/uid-library';
import { ChevronDownIcon } from '@twilio-paste/icons/esm/ChevronDownIcon';
import { ChevronRightIcon } from '@twilio-paste/icons/esm/ChevronRightIcon';
import { headingFor, type HeadingLevel } from './Section';

export interface DisclosureProps {
  /** What the toggle says; the section's name for assistive technology. */
  readonly summary: React.ReactNode;
  readonly defaultOpen?: boolean;
  /**
   * The toggle sits inside a heading of this level (the WAI-ARIA disclosure pattern Paste follows);
   * levels past 6 stay at 6, as a Section's do.
   */
  readonly headingLevel?: HeadingLevel | number;
  /** A bordered card, as Paste's `contained` variant. */
  readonly contained?: boolean;
  /** Incremented to open it from elsewhere (a fix plan entry a card links to); 0 or absent does nothing. */
  readonly openRequest?: number;
  readonly children: React.ReactNode;
}

/**
 * A collapsible section in the WAI-ARIA disclosure pattern, as Paste Disclosure renders it: a button with
 * `aria-expanded` and `aria-controls` (inside a heading when `headingLevel` is given) that shows or hides
 * the content. Use it instead of Paste Disclosure, which brings reakit (about 10 KB gzip for every agent;
 * lint forbids it in src/).
 */
export function Disclosure({
  summary,
  defaultOpen = false,
  headingLevel,
  contained = false,
  openRequest = 0,
  children,
}: DisclosureProps): React.ReactElement {
  const [open, setOpen] = React.useState(defaultOpen);
  const contentId = useUID();
  React.useEffect(() => {
    if (openRequest > 0) setOpen(true);
  }, [openRequest]);
  const toggle = (
    <Box
      as="button"
      type="button"
      aria-expanded={open}
      aria-controls={contentId}
      onClick={() => setOpen((o) => !o)}
      display="flex"
      alignItems="center"
      columnGap="space30"
      width="100%"
      textAlign="left"
      backgroundColor="transparent"
      borderStyle="none"
      padding="space20"
      margin="space0"
      cursor="pointer"
      color="colorText"
      fontFamily="inherit"
      fontSize={headingLevel ? 'fontSize40' : 'fontSize30'}
      fontWeight="fontWeightSemibold"
      lineHeight="lineHeight40"
      borderRadius="borderRadius20"
      _hover={{ color: 'colorTextLinkStronger' }}
      _focusVisible={{ boxShadow: 'shadowFocus', outline: 'none' }}
    >
      {open ? <ChevronDownIcon decorative /> : <ChevronRightIcon decorative />}
      <Box as="span">{summary}</Box>
    </Box>
  );
  return (
    <Box
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
      {headingLevel ? (
        <Box as={headingFor(headingLevel).as} margin="space0">
          {toggle}
        </Box>
      ) : (
        toggle
      )}
      <Box id={contentId} hidden={!open} paddingTop="space30" paddingLeft="space50">
        {children}
      </Box>
    </Box>
  );
}
