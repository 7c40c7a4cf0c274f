import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Heading } from '@twilio-paste/core/heading';
import { useUID } from '@twilio-paste/core/uid-library';

/** A heading level: the page's h1 is Flex's (or the view's); sections start at 2. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

const TAG = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'] as const;
const VARIANT = ['heading10', 'heading20', 'heading30', 'heading40', 'heading50', 'heading60'] as const;

/** The Paste heading element and variant for a level (levels past 6 stay at 6). */
export function headingFor(level: number): {
  readonly as: (typeof TAG)[number];
  readonly variant: (typeof VARIANT)[number];
} {
  const i = Math.max(1, Math.min(Math.round(level), 6)) - 1;
  return { as: TAG[i] ?? 'h6', variant: VARIANT[i] ?? 'heading60' };
}

export interface SectionHeadingProps {
  readonly level: HeadingLevel | number;
  readonly children: React.ReactNode;
  readonly id?: string;
  /** For moving focus to the heading (e.g. after opening a worker); makes it focusable by script only. */
  readonly headingRef?: React.Ref<HTMLHeadingElement>;
  readonly marginBottom?: 'space0';
}

/** A heading at a level, with the variant that level always uses. */
export function SectionHeading({
  level,
  children,
  id,
  headingRef,
  marginBottom,
}: SectionHeadingProps): React.ReactElement {
  const h = headingFor(level);
  return (
    <Heading
      as={h.as}
      variant={h.variant}
      {...(id !== undefined ? { id } : {})}
      {...(headingRef !== undefined ? { ref: headingRef, tabIndex: -1 } : {})}
      {...(marginBottom !== undefined ? { marginBottom } : {})}
    >
      {children}
    </Heading>
  );
}

export interface SectionProps {
  readonly heading: React.ReactNode;
  /** 2 for a view's sections, 3 inside them (levels past 6 stay at 6). */
  readonly level?: HeadingLevel | number;
  /** The heading's id; the section is labelled by it (a named region for screen-reader navigation). */
  readonly headingId?: string;
  readonly headingRef?: React.Ref<HTMLHeadingElement>;
  readonly children?: React.ReactNode;
  readonly marginBottom?: 'space0' | 'space50' | 'space60' | 'space70';
  /** Test hooks and anchors, passed to the section element. */
  readonly 'data-section'?: string;
}

/**
 * The repeated "section with a heading" of every view: a `<section>` labelled by its heading, at the
 * level given, with the spacing every view uses.
 */
export function Section({
  heading,
  level = 2,
  headingId,
  headingRef,
  children,
  marginBottom = 'space60',
  'data-section': dataSection,
}: SectionProps): React.ReactElement {
  const ownId = `sso-section-${useUID()}`;
  const id = headingId ?? ownId;
  return (
    <Box
      as="section"
      marginBottom={marginBottom}
      aria-labelledby={id}
      {...(dataSection !== undefined ? { 'data-section': dataSection } : {})}
    >
      <SectionHeading level={level} id={id} {...(headingRef !== undefined ? { headingRef } : {})}>
        {heading}
      </SectionHeading>
      {children}
    </Box>
  );
}
