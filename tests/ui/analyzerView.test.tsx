import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolveFix } from '../../src/core/idp';
import { SamlInputError } from '../../src/saml/errors';
import { AnalyzerView, diffWorker, newestFirst } from '../../src/ui/AnalyzerView';
import type { AnalyzeRequest, AnalyzerViewProps } from '../../src/ui/types';
import { evidence } from './fixtures';
import { expectations, failTitle, renderUi, worker } from './testUtils';

function setup(overrides: Partial<AnalyzerViewProps> = {}) {
  const analyze = jest.fn(async (_request: AnalyzeRequest) => [evidence()]);
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

describe('SAML analyzer', () => {
  it('says that nothing leaves the browser', () => {
    setup();
    expect(screen.getByText('Everything is analysed in this browser. Nothing is sent anywhere.')).toBeVisible();
  });

  it('prefills the context, lets it be edited, and passes it to analyze', async () => {
    const { analyze } = setup();
    const account = screen.getByRole('textbox', { name: 'Account SID' });
    expect(account).toHaveValue('AC00000000000000000000000000000000');
    expect(screen.getByRole('textbox', { name: 'Identity Provider Issuer' })).toHaveValue('http://www.okta.com/exk123');
    await userEvent.type(screen.getByRole('textbox', { name: 'Connection SID (JQ…)' }), 'JQ1');
    fireEvent.change(screen.getByRole('textbox', { name: 'SAML response, HAR file or SAML-tracer export' }), {
      target: { value: '<samlp:Response/>' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await screen.findByRole('heading', { name: 'Results' });
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

  it('shows findings with fix steps for the IdP detected from the issuer, and the decoded response', async () => {
    setup({
      worker: worker('WK1', { email: 'dana@example.com', full_name: 'Dana S.', roles: ['agent'], skills: 'x' }),
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'SAML response, HAR file or SAML-tracer export' }), {
      target: { value: 'x' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    await screen.findByRole('heading', { name: 'Results' });
    expect(screen.getByRole('heading', { name: failTitle('required-attribute-missing') })).toBeInTheDocument();
    expect(screen.getByText(/Detected: Okta \(from the SAML issuer\)/)).toBeInTheDocument();
    expect(screen.getAllByText(resolveFix('F-CLAIMS', 'okta').steps[0] as string).length).toBeGreaterThan(0);
    // Decoded summary
    expect(screen.getAllByText('dana@example.com').length).toBeGreaterThan(0);
    expect(screen.getByText('urn:flex:JQ00000000000000000000000000000000')).toBeInTheDocument();
    // Signatures: verified against KeyInfo, not against the configured certificate
    expect(screen.getByText('Verified against the certificate in the response')).toBeInTheDocument();
    expect(screen.getByText(/Does not verify against the configured certificate CDCDCDCD/)).toBeInTheDocument();
    // …so it is valid only against the certificate it brought, and says so (issue 14, item 3)
    expect(screen.getByText(/^Valid against the certificate in the response only\. Not trusted/)).toBeInTheDocument();
    expect(screen.queryByText('Trusted: matches the configured certificate')).not.toBeInTheDocument();
    // Certificates
    expect(screen.getAllByText('RSA 2048').length).toBeGreaterThan(0);
    // Difference from the worker
    const diff = screen.getByRole('heading', { name: 'Difference from the worker' }).parentElement as HTMLElement;
    expect(within(diff).getByRole('rowheader', { name: 'full_name' })).toBeInTheDocument();
    expect(within(diff).getByRole('rowheader', { name: 'skills' }).closest('tr')).toHaveTextContent(
      'Kept (no longer sent)',
    );
  });

  it('shows an input error as one clear message', async () => {
    const analyze = jest.fn(async () => {
      throw new SamlInputError('doctype');
    });
    setup({ analyze });
    fireEvent.change(screen.getByRole('textbox', { name: 'SAML response, HAR file or SAML-tracer export' }), {
      target: { value: '<!DOCTYPE x>' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    expect(await screen.findByRole('heading', { name: 'Could not analyse this input' })).toBeInTheDocument();
    expect(screen.getByText(/DOCTYPE or ENTITY declaration/)).toBeInTheDocument();
  });

  it('asks for input instead of analysing nothing', async () => {
    const { analyze } = setup();
    await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    expect(screen.getByText('Paste a SAML response or open a file first.')).toBeInTheDocument();
    expect(analyze).not.toHaveBeenCalled();
  });

  it('offers a selector, newest first, when a capture holds several responses', async () => {
    const analyze = jest.fn(async () => [
      evidence({ capturedAt: '2025-05-01T08:00:00Z', issuer: 'https://old.example.com' }),
      evidence({ capturedAt: '2025-05-01T12:00:00Z', issuer: 'https://new.example.com' }),
    ]);
    setup({ analyze });
    fireEvent.change(screen.getByRole('textbox', { name: 'SAML response, HAR file or SAML-tracer export' }), {
      target: { value: '{}' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Analyze' }));
    const select = await screen.findByRole('combobox', { name: 'SAML response' });
    const options = within(select)
      .getAllByRole('option')
      .map((o) => o.textContent);
    expect(options[0]).toContain('new.example.com');
    expect(options[1]).toContain('old.example.com');
    await userEvent.selectOptions(select, '1');
    expect(screen.getAllByText('https://old.example.com').length).toBeGreaterThan(0);
  });

  it('reads a chosen file, and refuses one that is too large', async () => {
    setup({ maxBytes: 100 });
    const input = screen.getByLabelText('Or open a file', { selector: 'input' }) as HTMLInputElement;
    const small = new File(['<Response/>'], 'login.xml', { type: 'text/xml' });
    await userEvent.upload(input, small);
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'SAML response, HAR file or SAML-tracer export' })).toHaveValue(
        '<Response/>',
      ),
    );
    expect(screen.getByText(/Loaded login.xml/)).toBeInTheDocument();
    const large = new File(['x'.repeat(200)], 'big.har', { type: 'application/json' });
    await userEvent.upload(input, large);
    expect(await screen.findByText(/big.har is 200 B, larger than the 100 B limit/)).toBeInTheDocument();
  });

  it('accepts a dropped file', async () => {
    setup();
    const file = new File(['PHNhbWxwOlJlc3BvbnNlLz4='], 'response.b64', { type: 'text/plain' });
    fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: [file] } });
    await waitFor(() =>
      expect(screen.getByRole('textbox', { name: 'SAML response, HAR file or SAML-tracer export' })).toHaveValue(
        'PHNhbWxwOlJlc3BvbnNlLz4=',
      ),
    );
  });
});

describe('analyzer helpers', () => {
  it('orders responses newest first', () => {
    const a = evidence({ capturedAt: '2025-01-01T00:00:00Z' });
    const b = evidence({ capturedAt: '2025-02-01T00:00:00Z' });
    expect(newestFirst([a, b])).toEqual([b, a]);
  });

  it('diffs worker attributes against the predicted ones', () => {
    expect(diffWorker({ a: '1', b: '2', c: '3' }, { a: '1', b: 'x', d: '4' })).toEqual([
      { key: 'b', current: '2', predicted: 'x', change: 'diffChanged' },
      { key: 'd', current: undefined, predicted: '4', change: 'diffAdded' },
      { key: 'c', current: '3', predicted: undefined, change: 'diffStale' },
    ]);
  });
});
