import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Text } from '@twilio-paste/core/text';
import { useStrings } from '../StringsProvider';

export interface CopyButtonProps {
  readonly value: string;
  /** What is copied, for the button's name and the confirmation ("ACS URL"). */
  readonly what: string;
}

/** Copies a value with the Clipboard API; when that is unavailable, says to select and copy by hand. */
export function CopyButton({ value, what }: CopyButtonProps): React.ReactElement {
  const t = useStrings();
  const [status, setStatus] = React.useState<'idle' | 'copied' | 'failed'>('idle');
  const copy = async (): Promise<void> => {
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(value);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  };
  return (
    <Box display="inline-flex" alignItems="center" columnGap="space30">
      <Button variant="secondary" size="small" onClick={() => void copy()}>
        {t('copyValue', { what })}
      </Button>
      <Text as="span" role="status" aria-live="polite">
        {status === 'copied' ? t('copied', { what }) : status === 'failed' ? t('copyFallback') : ''}
      </Text>
    </Box>
  );
}
