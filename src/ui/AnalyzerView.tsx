import * as React from 'react';
import { Box } from '@twilio-paste/core/box';
import { Button } from '@twilio-paste/core/button';
import { Callout, CalloutHeading, CalloutText } from '@twilio-paste/core/callout';
import { Label } from '@twilio-paste/core/label';
import { Option, Select } from '@twilio-paste/core/select';
import { ScreenReaderOnly } from '@twilio-paste/core/screen-reader-only';
import { Text } from '@twilio-paste/core/text';
import { useUID } from '@twilio-paste/core/uid-library';
import { loginVerdict } from '../core/samlEvidence';
import { Section } from './components/Section';
import { useStrings } from './StringsProvider';
import type { AnalyzedEvidence, AnalyzerViewProps } from './types';
import { AnalysisResult } from './analyzer/AnalysisResult';
import { ComparedWorker } from './analyzer/ComparedWorker';
import { ContextEditor, draftOf, fieldsOf, type ContextDraft } from './analyzer/ContextEditor';
import { EvidenceInput } from './analyzer/EvidenceInput';
import { useEvidenceFile } from './analyzer/useEvidenceFile';
import { verdictSentence } from './analyzer/Verdict';

type RunState =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'error'; message: string }
  | { kind: 'done'; results: readonly AnalyzedEvidence[] };

function timeOf(e: AnalyzedEvidence): string | undefined {
  return e.capture.capturedAt ?? e.saml.issueInstant ?? e.saml.assertion?.issueInstant;
}

/** Lets the browser paint ("Analyzing…") before a large capture is analysed on this thread. */
const nextFrame = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Paste or drop a SAML response, HAR or SAML-tracer capture; analysed locally by the `analyze` prop. */
export function AnalyzerView({
  analyze,
  defaults,
  expectations,
  worker,
  canSeeValues = false,
}: AnalyzerViewProps): React.ReactElement {
  const t = useStrings();
  const selectId = useUID();
  const [text, setText] = React.useState('');
  const { file, load, clear } = useEvidenceFile();
  const [draft, setDraft] = React.useState<ContextDraft>(() => draftOf(defaults));
  const [run, setRun] = React.useState<RunState>({ kind: 'idle' });
  const [selected, setSelected] = React.useState(0);
  const verdictRef = React.useRef<HTMLHeadingElement>(null);
  const focusVerdict = React.useRef(false);

  // Refill the fields when the configuration itself changes, not whenever a new (equal) object arrives.
  const defaultsKey = JSON.stringify(draftOf(defaults));
  React.useEffect(() => setDraft(JSON.parse(defaultsKey) as ContextDraft), [defaultsKey]);

  React.useEffect(() => {
    if (run.kind === 'done' && focusVerdict.current) {
      focusVerdict.current = false;
      verdictRef.current?.focus();
    }
  }, [run]);

  const onFile = (picked: File | undefined): void => {
    if (picked) setText('');
    void load(picked);
  };
  const onTextChange = (value: string): void => {
    setText(value);
    if (file.kind !== 'none') clear();
  };

  const evidenceText = file.kind === 'loaded' ? file.text : text;
  const fileName = file.kind === 'loaded' ? file.name : undefined;

  const start = async (): Promise<void> => {
    if (evidenceText.trim() === '') {
      setRun({ kind: 'error', message: t('analyzeEmpty') });
      return;
    }
    setRun({ kind: 'busy' });
    await nextFrame();
    try {
      const results = await analyze({
        text: evidenceText,
        ...(fileName !== undefined ? { fileName } : {}),
        context: fieldsOf(draft),
        ...(worker ? { worker } : {}),
      });
      setSelected(0);
      focusVerdict.current = true;
      setRun({ kind: 'done', results });
    } catch (error) {
      setRun({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };

  const results = run.kind === 'done' ? run.results : [];
  const current = results[Math.min(selected, results.length - 1)];
  const announcement =
    run.kind === 'busy'
      ? t('analyzing')
      : current
        ? verdictSentence(t, loginVerdict(current.analysis.result))
        : run.kind === 'error'
          ? t('analyzeErrorAnnouncement', { reason: run.message })
          : '';

  return (
    <Box>
      <Callout variant="neutral" marginY="space50">
        <CalloutText>{t('privacyNote')}</CalloutText>
      </Callout>

      <Section heading={t('evidenceHeading')}>
        <EvidenceInput text={text} onTextChange={onTextChange} file={file} onFile={onFile} onClearFile={clear} />
        <ComparedWorker worker={worker} />
        <Box marginTop="space40">
          <Button
            variant="primary"
            onClick={() => void start()}
            loading={run.kind === 'busy'}
            disabled={file.kind === 'reading'}
          >
            {run.kind === 'busy' ? t('analyzing') : t('analyzeButton')}
          </Button>
        </Box>
        <ScreenReaderOnly>
          <Box role="status" aria-live="polite" data-testid="analyzer-announcement">
            {announcement}
          </Box>
        </ScreenReaderOnly>
      </Section>

      <ContextEditor draft={draft} onChange={(patch) => setDraft((d) => ({ ...d, ...patch }))} />

      {run.kind === 'error' ? (
        <Callout variant="error" marginY="space50">
          <CalloutHeading as="h2">{t('analyzeErrorTitle')}</CalloutHeading>
          <CalloutText>{run.message}</CalloutText>
        </Callout>
      ) : null}

      {current ? (
        <Section heading={t('resultsHeading')} headingId="sso-analyzer-results">
          {results.length > 1 ? (
            <Box marginBottom="space50" maxWidth="size60">
              <Text as="p">{t('responsesFound', { count: results.length })}</Text>
              <Label htmlFor={selectId}>{t('responseSelect')}</Label>
              <Select
                id={selectId}
                value={String(selected)}
                onChange={(event) => setSelected(Number(event.target.value))}
              >
                {results.map((r, i) => (
                  <Option key={i} value={String(i)}>
                    {t('responseOption', {
                      time: timeOf(r) ?? t('unknownValue'),
                      issuer: r.analysis.issuer ?? t('unknownValue'),
                    })}
                  </Option>
                ))}
              </Select>
            </Box>
          ) : null}
          <AnalysisResult
            key={selected}
            evidence={current}
            runbookLinks={expectations.runbookLinks}
            worker={worker}
            canSeeValues={canSeeValues}
            verdictRef={verdictRef}
          />
        </Section>
      ) : null}
    </Box>
  );
}
