import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolveFix } from '../../src/core/idp';
import { NOT_CHECKED_REASONS } from '../../src/core/messages';
import { samlRules } from '../../src/core/rules/saml';
import { SamlInputError } from '../../src/saml/errors';
import { AnalyzerView } from '../../src/ui/AnalyzerView';
import type { AnalyzeRequest, AnalyzedEvidence, AnalyzerViewProps } from '../../src/ui/types';
import { evidence } from './fixtures';
import { expectations, failTitle, finding, renderUi, result, worker } from './testUtils';

const EVIDENCE_BOX = { name: 'SAML response, HAR file or SAML-tracer export' };
const DANA = worker('WK1', {
  email: 'dana@example.com',
  full_name: 'Dana S.',
  roles: ['agent'],
  skills: 'x',
  contact_uri: 'client:dana',
});
const FOX = worker('WK2', { email: 'fox@example.com', full_name: 'Fox Mulder', roles: ['admin'], skills: 'x' });

function setup(overrides: Partial<AnalyzerViewProps> = {}, results?: () => AnalyzedEvidence[]) {
  const analyze = jest.fn(async (request: AnalyzeRequest) =>
    results ? results() : [evidence(request.worker ? { worker: request.worker } : {})],
  );
  const props: AnalyzerViewProps = {
    analyze,
    defaults: {
      accountSid: 'AC00000000000000000000000000000000',
      region: 'us1',
      ssoType: 'enhanced',
      idpIssuer: 'http://www.okta.com/exk123',
      certificates: [],
    },
    expectations,
    ...overrides,
  };
  return { props, analyze: (overrides.analyze as jest.Mock) ?? analyze, ...renderUi(<AnalyzerView {...props} />) };
}

async function analyzeText(text = 'x'): Promise<HTMLElement> {
  fireEvent.change(screen.getByRole('textbox', EVIDENCE_BOX), { target: { value: text } });
  await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
  return screen.findByRole('region', { name: 'Results' });
}

describe('SAML analyzer', () => {
  it('says that nothing leaves the browser', () => {
    setup();
    expect(screen.getByText('Everything is analysed in this browser. Nothing is sent anywhere.')).toBeVisible();
  });

  it('prefills the context behind a disclosure, lets it be edited, and passes it to analyze', async () => {
    const { analyze } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Account context' }));
    const account = screen.getByRole('textbox', { name: 'Account SID' });
    expect(account).toHaveValue('AC00000000000000000000000000000000');
    expect(screen.getByRole('textbox', { name: 'Identity Provider Issuer' })).toHaveValue('http://www.okta.com/exk123');
    await userEvent.type(screen.getByRole('textbox', { name: 'Connection SID (JQ…)' }), 'JQ1');
    await analyzeText('<samlp:Response/>');
    expect(analyze).toHaveBeenCalledWith(
      expect.objectContaining({
        text: '<samlp:Response/>',
        context: expect.objectContaining({
          accountSid: 'AC00000000000000000000000000000000',
          connectionSid: 'JQ1',
          ssoType: 'enhanced',
        }),
      }),
    );
  });

  it('says which worker will be compared before Analyze', () => {
    setup({ worker: DANA });
    expect(screen.getByText('The response will be compared with worker Dana S. (dana@example.com).')).toBeVisible();
  });

  it('says when there is no worker to compare with, and leaves the difference out', async () => {
    setup();
    expect(screen.getByText('No worker to compare with: the response is checked on its own.')).toBeVisible();
    const results = await analyzeText();
    expect(within(results).queryByRole('heading', { name: 'Difference from the worker' })).toBeNull();
  });

  it('puts the verdict first, moves focus to it and announces it', async () => {
    setup();
    const results = await analyzeText();
    const title = failTitle('required-attribute-missing');
    const sentence = `Flex would reject this login: ${title.charAt(0).toLowerCase()}${title.slice(1)}.`;
    const verdict = within(results).getByRole('heading', { level: 3, name: sentence });
    await waitFor(() => expect(verdict).toHaveFocus());
    expect(screen.getByTestId('analyzer-announcement')).toHaveTextContent(sentence);
    // The verdict comes before the findings and the details.
    const headings = within(results)
      .getAllByRole('heading')
      .map((h) => h.textContent);
    expect(headings.indexOf(sentence)).toBeLessThan(headings.indexOf('Decoded response'));
  });

  it('words an accepted login with its warnings and the checks that could not run', async () => {
    const accepted = evidence();
    const analysis = {
      ...accepted.analysis,
      result: result([finding('saml-nameid-email-divergence', 'warning')], {
        notChecked: [{ ruleId: 'saml-issuer-mismatch', reasonId: 'noExpectedIssuer', reason: 'x' }],
      }),
    };
    setup({}, () => [{ ...accepted, analysis }]);
    const results = await analyzeText();
    expect(
      within(results).getByRole('heading', {
        name: 'Flex would accept this login; 1 warning. 1 check could not run.',
      }),
    ).toBeInTheDocument();
  });

  it('shows fix steps for the IdP detected from the issuer, and the decoded response with its times', async () => {
    setup({ worker: DANA });
    const results = await analyzeText();
    expect(
      within(results).getAllByRole('heading', { name: new RegExp(failTitle('required-attribute-missing')) }).length,
    ).toBeGreaterThan(0);
    expect(within(results).getByText(/Detected: Okta \(from the SAML issuer\)/)).toBeInTheDocument();
    expect(within(results).getAllByText(resolveFix('F-CLAIMS', 'okta').steps[0] as string).length).toBeGreaterThan(0);
    expect(within(results).getAllByText('dana@example.com').length).toBeGreaterThan(0);
    expect(within(results).getByText('urn:flex:JQ00000000000000000000000000000000')).toBeInTheDocument();
    // Times: local and UTC, and how long ago (the analysis time is data, 646 days after NotOnOrAfter).
    const expiry = within(results).getByText(/2025-05-01 10:05:00 UTC · expired 646 days ago/);
    expect(expiry).toHaveTextContent('(your time)');
  });

  it('says what each signature was verified against: only the configured certificate is trust', async () => {
    setup();
    const results = await analyzeText();
    expect(
      within(results).getByText('Valid against the certificate in the response (this alone is not trust)'),
    ).toBeInTheDocument();
    expect(
      within(results).getByText(/Does not verify against the configured certificate CDCDCDCD/),
    ).toBeInTheDocument();
    expect(within(results).queryByText(/^Trusted/)).toBeNull();
    expect(within(results).getAllByText('RSA 2048').length).toBeGreaterThan(0);
  });

  it('builds the difference from the core comparison: stale claims, never what Flex writes itself', async () => {
    setup({ worker: DANA });
    const results = await analyzeText();
    const diff = within(results)
      .getByRole('heading', { name: 'Difference from the worker' })
      .closest('section') as HTMLElement;
    expect(within(diff).getByRole('rowheader', { name: 'skills' }).closest('tr')).toHaveTextContent(
      'Kept (no longer sent)',
    );
    expect(within(diff).getByRole('rowheader', { name: 'full_name' }).closest('tr')).toHaveTextContent('Changes');
    expect(within(diff).queryByRole('rowheader', { name: 'contact_uri' })).toBeNull();
  });

  it("does not compare another person's login with the worker, and says whose it is", async () => {
    setup({ worker: FOX, canSeeValues: true });
    const results = await analyzeText();
    expect(
      within(results).getByText(/^This response is for dana@example.com, not Fox Mulder: it was not compared/),
    ).toBeInTheDocument();
    const diff = within(results)
      .getByRole('heading', { name: 'Difference from the worker' })
      .closest('section') as HTMLElement;
    expect(diff).toHaveTextContent(`Not compared. ${NOT_CHECKED_REASONS.otherPerson}`);
    expect(within(diff).queryByRole('table')).toBeNull();
  });

  it('masks whose login it is for a user who may not see values', async () => {
    setup({ worker: FOX, canSeeValues: false });
    const results = await analyzeText();
    expect(within(results).getByText(/^This response is for another person, not Fox Mulder/)).toBeInTheDocument();
    expect(within(results).queryByText(/This response is for dana@example.com/)).toBeNull();
  });

  it('groups "not checked" by reason: an encrypted assertion is one line, the rules behind a disclosure', async () => {
    const base = evidence();
    const notChecked = samlRules.slice(0, 23).map((r) => ({
      ruleId: r.meta.id,
      reasonId: 'encrypted' as const,
      reason: `${NOT_CHECKED_REASONS.encrypted} The part inside was not checked.`,
    }));
    setup({}, () => [{ ...base, analysis: { ...base.analysis, result: result([], { notChecked }) } }]);
    const results = await analyzeText();
    const line = within(results).getByRole('button', {
      name: `${NOT_CHECKED_REASONS.encrypted.replace(/\.$/, '')}: 23 checks could not run`,
    });
    expect(line).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(line);
    expect(within(results).getAllByText(/: The part inside was not checked\./)).toHaveLength(23);
  });

  it('shows an input error as one clear message', async () => {
    const analyze = jest.fn(async () => {
      throw new SamlInputError('doctype');
    });
    setup({ analyze });
    fireEvent.change(screen.getByRole('textbox', EVIDENCE_BOX), { target: { value: '<!DOCTYPE x>' } });
    await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    expect(await screen.findByRole('heading', { name: 'Could not analyse this input' })).toBeInTheDocument();
    // Shown under the heading, and read out with it (not the heading alone).
    expect(screen.getAllByText(/DOCTYPE or ENTITY declaration/)).toHaveLength(2);
    expect(screen.getByTestId('analyzer-announcement')).toHaveTextContent(
      /^Could not analyse this input\. .*DOCTYPE or ENTITY declaration/,
    );
  });

  it('asks for input instead of analysing nothing', async () => {
    const { analyze } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    expect(screen.getByText('Paste a SAML response or open a file first.')).toBeInTheDocument();
    expect(analyze).not.toHaveBeenCalled();
  });

  it('offers a selector in the order the analysis gives (newest first)', async () => {
    setup({}, () => [
      evidence({ capturedAt: '2025-05-01T12:00:00Z', issuer: 'https://new.example.com' }),
      evidence({ capturedAt: '2025-05-01T08:00:00Z', issuer: 'https://old.example.com' }),
    ]);
    await analyzeText('{}');
    const select = await screen.findByRole('combobox', { name: 'SAML response' });
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options[0]).toContain('new.example.com');
    expect(options[1]).toContain('old.example.com');
    await userEvent.selectOptions(select, '1');
    expect(screen.getAllByText('https://old.example.com').length).toBeGreaterThan(0);
  });

  it('exports the analysis on the screen: the response chosen, not the first one', async () => {
    const writeText = jest.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    setup({}, () => [
      evidence({ capturedAt: '2025-05-01T12:00:00Z', issuer: 'https://new.example.com' }),
      evidence({ capturedAt: '2025-05-01T08:00:00Z', issuer: 'https://old.example.com' }),
    ]);
    await analyzeText('{}');
    await userEvent.selectOptions(await screen.findByRole('combobox', { name: 'SAML response' }), '1');
    await userEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await waitFor(() => expect(writeText).toHaveBeenCalled());
    const report = writeText.mock.calls[0]?.[0] ?? '';
    expect(report).toContain('https://old.example.com');
    expect(report).not.toContain('https://new.example.com');
  });

  it('reads a chosen file without putting it in the text box, and analyses it with its name', async () => {
    const { analyze } = setup();
    const input = screen.getByLabelText('Or open a file', { selector: 'input' }) as HTMLInputElement;
    await userEvent.upload(input, new File(['<Response/>'], 'login.xml', { type: 'text/xml' }));
    expect(await screen.findByText(/^Loaded login.xml/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', EVIDENCE_BOX)).toHaveValue('');
    await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await screen.findByRole('region', { name: 'Results' });
    expect(analyze).toHaveBeenCalledWith(expect.objectContaining({ text: '<Response/>', fileName: 'login.xml' }));
    // Typing replaces the file.
    await userEvent.click(screen.getByRole('button', { name: 'Remove login.xml' }));
    expect(screen.queryByText(/^Loaded login.xml/)).toBeNull();
  });

  it('applies the limit of the kind of input: 2 MB for a SAML message, 50 MB for a capture', async () => {
    setup();
    expect(
      screen.getByText(
        /A SAML response \(XML or base64\) of at most 2.0 MB, or a HAR file or SAML-tracer export of at most 50.0 MB/,
      ),
    ).toBeInTheDocument();
    const input = screen.getByLabelText('Or open a file', { selector: 'input' }) as HTMLInputElement;
    const big = 'A'.repeat(3 * 1024 * 1024);
    await userEvent.upload(input, new File([big], 'response.b64', { type: 'text/plain' }));
    expect(
      await screen.findByText('response.b64 is 3.0 MB, larger than the 2.0 MB limit for one SAML response.'),
    ).toBeInTheDocument();
    await userEvent.upload(input, new File([`{"log":{"entries":[]},"pad":"${big}"}`], 'login.har'));
    expect(await screen.findByText(/^Loaded login.har \(3.0 MB\)/)).toBeInTheDocument();
  });

  it('accepts a dropped file', async () => {
    const { analyze } = setup();
    const file = new File(['PHNhbWxwOlJlc3BvbnNlLz4='], 'response.b64', { type: 'text/plain' });
    fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: [file] } });
    expect(await screen.findByText(/^Loaded response.b64/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await screen.findByRole('region', { name: 'Results' });
    expect(analyze).toHaveBeenCalledWith(expect.objectContaining({ text: 'PHNhbWxwOlJlc3BvbnNlLz4=' }));
  });
});
