import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { ScreenReaderOnly } from '@twilio-paste/core/screen-reader-only';
import { Text } from '@twilio-paste/core/text';
import { clip, valueText } from '../format';
import { useStrings } from '../StringsProvider';

export interface ValueTextProps {
  readonly value: unknown;
  /** Replace the value by "••••" (supervisors looking at non-identity attributes). */
  readonly masked?: boolean;
  /** Characters shown before the value is cut. */
  readonly max?: number;
}

/** An attribute value, always as text (never HTML, a link or an image), cut when very long. */
export function ValueText({ value, masked = false, max }: ValueTextProps): React.ReactElement {
  const t = useStrings();
  if (masked) {
    return (
      <Text as="span" color="colorTextWeak">
        <span aria-hidden="true">{t('masked')}</span>
        <ScreenReaderOnly>{t('maskedLabel')}</ScreenReaderOnly>
      </Text>
    );
  }
  const { text, omitted } = clip(valueText(value), max);
  return (
    <Box as="span" fontFamily="fontFamilyCode" fontSize="fontSize30" wordBreak="break-word">
      {text}
      {omitted > 0 ? (
        <Text as="span" color="colorTextWeak" fontFamily="fontFamilyText">
          {t('truncated', { count: omitted })}
        </Text>
      ) : null}
    </Box>
  );
}
