import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { FilePicker, FilePickerButton } from '@twilio-paste/core/file-picker';
import { HelpText } from '@twilio-paste/core/help-text';
import { Label } from '@twilio-paste/core/label';
import { Text } from '@twilio-paste/core/text';
import { TextArea } from '@twilio-paste/core/textarea';
import { useUID } from '@twilio-paste/core/uid-library';
import { INPUT_LIMITS } from '../../saml/errors';
import { formatBytes } from '../format';
import { useStrings } from '../StringsProvider';
import type { EvidenceFile } from './useEvidenceFile';

export interface EvidenceInputProps {
  readonly text: string;
  readonly onTextChange: (text: string) => void;
  readonly file: EvidenceFile;
  readonly onFile: (file: File | undefined) => void;
  readonly onClearFile: () => void;
}

function FileStatus({ file }: { file: EvidenceFile }): React.ReactElement | null {
  const t = useStrings();
  switch (file.kind) {
    case 'none':
      return null;
    case 'reading': {
      const percent = file.size > 0 ? Math.min(100, Math.round((file.loaded / file.size) * 100)) : 0;
      return (
        <Text as="p">
          {t('fileReading', {
            name: file.name,
            percent,
            loaded: formatBytes(file.loaded),
            size: formatBytes(file.size),
          })}
        </Text>
      );
    }
    case 'loaded':
      return <Text as="p">{t('fileLoaded', { name: file.name, size: formatBytes(file.size) })}</Text>;
    case 'tooLarge':
      return (
        <Text as="p" color="colorTextError">
          {t(file.limitKind === 'capture' ? 'fileTooLargeCapture' : 'fileTooLargeMessage', {
            name: file.name,
            size: formatBytes(file.size),
            max: formatBytes(file.max),
          })}
        </Text>
      );
    case 'failed':
      return (
        <Text as="p" color="colorTextError">
          {t('fileReadFailed', { name: file.name })}
        </Text>
      );
  }
}

/** Paste, pick or drop the evidence. A file's text is kept out of the text box: a HAR may be tens of MB. */
export function EvidenceInput({
  text,
  onTextChange,
  file,
  onFile,
  onClearFile,
}: EvidenceInputProps): React.ReactElement {
  const t = useStrings();
  const textId = useUID();
  const fileId = useUID();
  const [dragging, setDragging] = React.useState(false);
  return (
    <Box
      marginBottom="space40"
      borderStyle="dashed"
      borderWidth="borderWidth20"
      borderColor={dragging ? 'colorBorderPrimary' : 'colorBorderWeak'}
      borderRadius="borderRadius20"
      padding="space40"
      data-testid="drop-zone"
      onDragOver={(event: React.DragEvent) => {
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(event: React.DragEvent) => {
        event.preventDefault();
        setDragging(false);
        onFile(event.dataTransfer?.files?.[0]);
      }}
    >
      <Label htmlFor={textId}>{t('pasteLabel')}</Label>
      <TextArea
        id={textId}
        value={text}
        onChange={(event) => onTextChange(event.target.value)}
        aria-describedby={`${textId}-help`}
        resize="vertical"
      />
      <HelpText id={`${textId}-help`}>
        {file.kind === 'loaded' ? t('pasteHelpFileLoaded', { name: file.name }) : t('pasteHelp')}
      </HelpText>
      <Box marginTop="space40">
        <Label htmlFor={fileId}>{t('fileLabel')}</Label>
        <FilePicker
          id={fileId}
          accept=".xml,.txt,.b64,.har,.json,application/json,text/xml,text/plain"
          onChange={(event) => onFile(event.target.files?.[0])}
          aria-describedby={`${fileId}-help`}
        >
          <FilePickerButton variant="secondary">{t('fileLabel')}</FilePickerButton>
        </FilePicker>
        <HelpText id={`${fileId}-help`}>
          {t('fileHelp', {
            maxMessage: formatBytes(INPUT_LIMITS.maxBytes),
            maxCapture: formatBytes(INPUT_LIMITS.maxCaptureBytes),
          })}
        </HelpText>
        <Text as="p" color="colorTextWeak">
          {t('dropZone')}
        </Text>
      </Box>
      <Box role="status" aria-live="polite" display="flex" columnGap="space40" alignItems="center" flexWrap="wrap">
        <FileStatus file={file} />
        {file.kind === 'loaded' ? (
          <Button variant="link" onClick={onClearFile}>
            {t('fileRemove', { name: file.name })}
          </Button>
        ) : null}
      </Box>
    </Box>
  );
}
