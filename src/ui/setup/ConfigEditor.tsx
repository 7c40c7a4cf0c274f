import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { HelpText } from '@twilio-paste/core/help-text';
import { Label } from '@twilio-paste/core/label';
import { Text } from '@twilio-paste/core/text';
import { useUID } from '@twilio-paste/core/uid-library';
import { parseConfig } from '../../core/config';
import { configLines, lineOfPath, type ConfigLine } from '../../core/configText';
import { ALL_RULE_IDS } from '../../core/rules/ruleIds';
import { CopyButton } from '../components/CopyButton';
import { Section } from '../components/Section';
import { useStrings } from '../StringsProvider';
import type { ConfigError } from '../types';

const RULE_IDS = ALL_RULE_IDS;

type Checked =
  | { readonly ok: false; readonly message: string }
  | { readonly ok: true; readonly lines: readonly ConfigLine[]; readonly errors: readonly ConfigError[] };

/** The draft checked as the plugin would read it; the text to paste keeps every key the admin wrote. */
function check(draft: string): Checked {
  let raw: unknown;
  try {
    raw = JSON.parse(draft);
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  const { errors } = parseConfig(raw, { ruleIds: RULE_IDS });
  return { ok: true, lines: configLines(raw), errors };
}

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? '';
  } catch {
    return '';
  }
}

/** The JSON to paste, line by line, each error under the line its path points at. */
function Preview({
  lines,
  errors,
  label,
}: {
  lines: readonly ConfigLine[];
  errors: readonly ConfigError[];
  label: string;
}): React.ReactElement {
  const t = useStrings();
  const errorsAt = new Map<number, ConfigError[]>();
  for (const e of errors) {
    const line = lineOfPath(lines, e.path);
    errorsAt.set(line, [...(errorsAt.get(line) ?? []), e]);
  }
  return (
    <Box
      as="pre"
      aria-label={label}
      // Scrollable, so it must be reachable by keyboard (axe: scrollable-region-focusable).
      tabIndex={0}
      fontFamily="fontFamilyCode"
      fontSize="fontSize30"
      backgroundColor="colorBackground"
      color="colorText"
      padding="space40"
      borderRadius="borderRadius20"
      overflow="auto"
      margin="space0"
      marginBottom="space40"
    >
      {lines.map((line, i) => (
        <React.Fragment key={i}>
          <Box
            as="span"
            {...(errorsAt.has(i) ? { backgroundColor: 'colorBackgroundErrorWeakest' as const } : {})}
          >{`${line.text}\n`}</Box>
          {(errorsAt.get(i) ?? []).map((e, j) => (
            <Text as="span" color="colorTextError" key={j} data-config-error={e.path}>
              {`${t('editorErrorAt', { line: i + 1, path: e.path, message: e.message })}\n`}
            </Text>
          ))}
        </React.Fragment>
      ))}
    </Box>
  );
}

export interface ConfigEditorProps {
  /** The active configuration, the editor's starting text. */
  readonly rawConfig: unknown;
}

/**
 * A code field for `ui_attributes.sso_diagnostics`: checked as you type, previewed with each error at
 * its line. The text to paste keeps every key as written — valid or not — and copying waits until the
 * configuration validates, so it never hands out a configuration that drops what the admin wrote.
 */
export function ConfigEditor({ rawConfig }: ConfigEditorProps): React.ReactElement {
  const t = useStrings();
  const editorId = useUID();
  const [draft, setDraft] = React.useState(() => stringify(rawConfig ?? {}));
  const checked = React.useMemo(() => check(draft), [draft]);
  const invalid = !checked.ok || checked.errors.length > 0;
  const rows = Math.min(Math.max(draft.split('\n').length + 1, 6), 40);
  const previewLabel = t('previewHeading');
  const textareaAttributes: React.TextareaHTMLAttributes<HTMLTextAreaElement> = {
    value: draft,
    rows,
    spellCheck: false,
    onChange: (event) => setDraft(event.target.value),
  };
  return (
    <Section heading={t('editorHeading')} marginBottom="space70">
      <Label htmlFor={editorId}>{t('editorLabel')}</Label>
      <Box
        as="textarea"
        id={editorId}
        // Box types only the attributes every element has; a textarea's own are passed as they are.
        {...(textareaAttributes as object)}
        aria-describedby={`${editorId}-help`}
        aria-invalid={invalid}
        width="100%"
        fontFamily="fontFamilyCode"
        fontSize="fontSize30"
        lineHeight="lineHeight30"
        color="colorText"
        backgroundColor="colorBackgroundBody"
        borderStyle="solid"
        borderWidth="borderWidth10"
        borderColor={invalid ? 'colorBorderError' : 'colorBorder'}
        borderRadius="borderRadius20"
        padding="space30"
        resize="vertical"
        whiteSpace="pre"
        overflow="auto"
        _focus={{ boxShadow: 'shadowFocus', outline: 'none' }}
      />
      <HelpText id={`${editorId}-help`} variant={invalid ? 'error' : 'default'}>
        {!checked.ok
          ? t('editorInvalidJson', { message: checked.message })
          : checked.errors.length > 0
            ? t(checked.errors.length === 1 ? 'editorProblemsOne' : 'editorProblems', { count: checked.errors.length })
            : `${t('editorHelp')} ${t('editorValid')}`}
      </HelpText>
      {checked.ok ? (
        <Box marginTop="space50">
          <Text as="p" fontWeight="fontWeightSemibold" marginBottom="space30">
            {previewLabel}
          </Text>
          <Preview lines={checked.lines} errors={checked.errors} label={previewLabel} />
          {checked.errors.length === 0 ? (
            <CopyButton value={checked.lines.map((l) => l.text).join('\n')} what={t('editorLabel')} />
          ) : (
            <Button variant="secondary" size="small" disabled aria-describedby={`${editorId}-help`}>
              {t('copyValue', { what: t('editorLabel') })}
            </Button>
          )}
        </Box>
      ) : null}
    </Section>
  );
}
