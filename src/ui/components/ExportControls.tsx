import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { HelpText } from '@twilio-paste/core/help-text';
import { Label } from '@twilio-paste/core/label';
import { Option, Select } from '@twilio-paste/core/select';
import { Text } from '@twilio-paste/core/text';
import { TextArea } from '@twilio-paste/core/textarea';
import { useUID } from '@twilio-paste/core/uid-library';
import { toMarkdown, type ReportJson } from '../../core/report';
import { useStrings } from '../StringsProvider';

export interface ExportScope {
  readonly value: string;
  readonly label: string;
}

export interface ExportControlsProps {
  /**
   * Builds the report; `includeValues` is the user's explicit choice (off by default), `scope` the chosen
   * scope's value when scopes are offered (the first one by default).
   */
  readonly build: (includeValues: boolean, scope?: string) => ReportJson;
  /** What the export may cover, what the user is looking at first (e.g. the filtered list, then the whole team). */
  readonly scopes?: readonly ExportScope[];
  /** Markdown title. */
  readonly title: string;
  /** Download file name, e.g. "sso-diagnostics-team.json". */
  readonly fileName: string;
}

type Status = { kind: 'idle' } | { kind: 'copied' } | { kind: 'copyFailed'; text: string } | { kind: 'downloaded' };

/** Saves a file without any network request: a Blob URL clicked through a temporary anchor. */
export function downloadText(fileName: string, text: string, type = 'application/json'): boolean {
  if (typeof URL.createObjectURL !== 'function') return false;
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  return true;
}

/** "Copy report" (Markdown) and "Download JSON", redacted unless values are explicitly included. */
export function ExportControls({ build, scopes, title, fileName }: ExportControlsProps): React.ReactElement {
  const t = useStrings();
  const id = useUID();
  const [includeValues, setIncludeValues] = React.useState(false);
  const [chosenScope, setScope] = React.useState<string | undefined>(undefined);
  // A scope that is no longer offered (the user opened a worker) falls back to the first one.
  const scope = scopes?.some((s) => s.value === chosenScope) ? chosenScope : scopes?.[0]?.value;
  const [status, setStatus] = React.useState<Status>({ kind: 'idle' });

  const copy = async (): Promise<void> => {
    const text = toMarkdown(build(includeValues, scope), { title });
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(text);
      setStatus({ kind: 'copied' });
    } catch {
      setStatus({ kind: 'copyFailed', text });
    }
  };

  const download = (): void => {
    const json = JSON.stringify(build(includeValues, scope), null, 2);
    if (downloadText(fileName, json)) setStatus({ kind: 'downloaded' });
    else setStatus({ kind: 'copyFailed', text: json });
  };

  return (
    <Box as="section" aria-label={t('exportHeading')} marginBottom="space60">
      {/* One toolbar: what to export, whether values are included, and the two actions. (Selects, not
          Paste's Checkbox, which would add 2.6 KB gzip to the bundle every agent downloads.) */}
      <Box display="flex" columnGap="space40" rowGap="space30" flexWrap="wrap" alignItems="flex-end">
        {scopes !== undefined && scopes.length > 1 ? (
          <Box maxWidth="size40">
            <Label htmlFor={`${id}-scope`}>{t('exportScopeLabel')}</Label>
            <Select id={`${id}-scope`} value={scope ?? ''} onChange={(event) => setScope(event.target.value)}>
              {scopes.map((s) => (
                <Option key={s.value} value={s.value}>
                  {s.label}
                </Option>
              ))}
            </Select>
          </Box>
        ) : null}
        <Box maxWidth="size40">
          <Label htmlFor={`${id}-values`}>{t('exportValuesLabel')}</Label>
          <Select
            id={`${id}-values`}
            value={includeValues ? 'include' : 'redact'}
            onChange={(event) => setIncludeValues(event.target.value === 'include')}
            aria-describedby={`${id}-values-help`}
          >
            <Option value="redact">{t('exportValuesRedacted')}</Option>
            <Option value="include">{t('exportValuesIncluded')}</Option>
          </Select>
        </Box>
        <Button variant="secondary" onClick={() => void copy()}>
          {t('copyReport')}
        </Button>
        <Button variant="secondary" onClick={download}>
          {t('downloadJson')}
        </Button>
      </Box>
      <HelpText id={`${id}-values-help`}>
        {t(includeValues ? 'exportValuesIncludedHelp' : 'exportValuesRedactedHelp')}
      </HelpText>
      <Box role="status" aria-live="polite" marginTop="space30">
        {status.kind === 'copied' ? <Text as="p">{t('reportCopied')}</Text> : null}
        {status.kind === 'downloaded' ? <Text as="p">{t('reportDownloaded', { file: fileName })}</Text> : null}
        {status.kind === 'copyFailed' ? <Text as="p">{t('reportCopyFailed')}</Text> : null}
      </Box>
      {status.kind === 'copyFailed' ? (
        <Box marginTop="space30">
          <Label htmlFor={`${id}-text`}>{t('reportTextLabel')}</Label>
          <TextArea id={`${id}-text`} readOnly value={status.text} onChange={() => undefined} />
        </Box>
      ) : null}
    </Box>
  );
}
