import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Text } from '@twilio-paste/core/text';
import { useStrings } from '../StringsProvider';

/** How much of the team is loaded, as a labelled progress bar. */
export function Progress({ loaded, total }: { loaded: number; total?: number | undefined }): React.ReactElement {
  const t = useStrings();
  const label = total !== undefined ? t('loadingProgress', { loaded, total }) : t('loadingProgressUnknown', { loaded });
  const percent = total ? Math.min(100, Math.round((loaded / total) * 100)) : undefined;
  return (
    <Box marginBottom="space50">
      <Text as="p" id="sso-team-progress-label">
        {label}
      </Text>
      <Box
        role="progressbar"
        aria-label={t('loadingLabel')}
        aria-valuemin={0}
        aria-valuemax={total}
        aria-valuenow={total !== undefined ? loaded : undefined}
        aria-valuetext={label}
        backgroundColor="colorBackgroundStrong"
        borderRadius="borderRadius20"
        height="sizeSquare20"
        overflow="hidden"
      >
        <Box
          backgroundColor="colorBackgroundPrimary"
          height="sizeSquare20"
          width={percent !== undefined ? `${percent}%` : '30%'}
        />
      </Box>
    </Box>
  );
}
