import * as React from 'react';
import { Box, type BoxProps } from '@twilio-paste/core/box';
import { MAX_SHOWN, MAX_TITLE, clip, valueText } from '../format';
import { useStrings } from '../StringsProvider';

export interface OneLineProps {
  /** The whole content as plain text, shown as a tooltip where the line is cut. */
  readonly title: string;
  readonly children: React.ReactNode;
  readonly fontFamily?: BoxProps['fontFamily'];
}

/**
 * Table-cell content kept on one line and cut with an ellipsis at the cell's edge: the Team table's
 * windowing relies on every row having the same height, so nothing in a cell may wrap or add a line.
 */
export function OneLine({ title, children, fontFamily }: OneLineProps): React.ReactElement {
  return (
    <Box
      as="span"
      display="block"
      overflow="hidden"
      whiteSpace="nowrap"
      textOverflow="ellipsis"
      {...(fontFamily !== undefined ? { fontFamily } : {})}
      title={title}
      data-one-line=""
    >
      {children}
    </Box>
  );
}

/**
 * An attribute value in a table cell, as text on one line. Unlike ValueText there is no "more
 * characters" note (it would add a line); the value, cut only when very long, is in the tooltip.
 */
export function CellText({
  value,
  title: raw,
}: {
  readonly value: unknown;
  readonly title?: string;
}): React.ReactElement {
  const t = useStrings();
  const full = valueText(value);
  const shown = clip(full, MAX_SHOWN);
  // A raw value behind the shown one (a person's Flex identity behind their name) goes in the tooltip.
  const tip = clip(raw !== undefined && raw !== full ? `${full} (${raw})` : full, MAX_TITLE);
  const title = tip.omitted > 0 ? `${tip.text}${t('truncated', { count: tip.omitted })}` : tip.text;
  return (
    <OneLine title={title} fontFamily="fontFamilyCode">
      {shown.text}
    </OneLine>
  );
}
