import * as React from 'react';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SetupView } from '../../src/ui/SetupView';
import type { SetupViewProps } from '../../src/ui/types';
import { cert } from './fixtures';
import { expectations, renderUi, withProps, type PropOverrides } from './testUtils';

const JQ = 'JQ0123456789abcdef0123456789abcdef';
const AC = 'AC0123456789abcdef0123456789abcdef';

function setup(overrides: PropOverrides<SetupViewProps> = {}) {
  const defaults: SetupViewProps = {
    accountSid: AC,
    rawConfig: { connection_sid: JQ, idp: 'okta' },
    expectations: { ...expectations, connectionSid: JQ, idp: 'okta' },
    configErrors: [],
    idp: { id: 'okta', source: 'config' },
    canEdit: true,
  };
  return renderUi(<SetupView {...withProps(defaults, overrides)} />);
}

describe('Setup', () => {
  it('shows the enhanced and legacy ACS URL and Entity ID with copy buttons', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    setup();
    expect(screen.getByText(`https://login.flex.us1.twilio.com/login/callback?connection=${JQ}`)).toBeInTheDocument();
    expect(screen.getByText(`urn:flex:${JQ}`)).toBeInTheDocument();
    expect(screen.getByText(`https://iam.twilio.com/v1/Accounts/${AC}/saml2`)).toBeInTheDocument();
    expect(screen.getByText(`https://iam.twilio.com/v1/Accounts/${AC}/saml2/metadata`)).toBeInTheDocument();
    const buttons = screen.getAllByRole('button', { name: 'Copy ACS URL (Reply URL)' });
    await userEvent.click(buttons[0] as HTMLElement);
    expect(writeText).toHaveBeenCalledWith(`https://login.flex.us1.twilio.com/login/callback?connection=${JQ}`);
    expect(screen.getByText('ACS URL (Reply URL) copied.')).toBeInTheDocument();
  });

  it('falls back to a message when the clipboard is unavailable', async () => {
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: undefined });
    setup();
    await userEvent.click(screen.getAllByRole('button', { name: 'Copy Entity ID (Audience)' })[0] as HTMLElement);
    expect(screen.getByText('Could not copy: select the value and copy it.')).toBeInTheDocument();
  });

  it('spaces the Enhanced and Legacy SSO blocks alike, whatever comes before each heading', () => {
    for (const props of [{}, { expectations, rawConfig: undefined, accountSid: undefined }]) {
      const { unmount } = setup(props);
      for (const name of ['Enhanced SSO', 'Legacy SSO']) {
        const heading = screen.getByRole('heading', { level: 3, name });
        const block = heading.parentElement as HTMLElement;
        // Each h3 opens its own block, whose bottom margin is space70 (a Paragraph's): the space above
        // the next heading no longer depends on whether URL rows or a paragraph came before it.
        expect(heading.previousElementSibling).toBeNull();
        expect(block.tagName).not.toBe('SECTION');
        expect(block).toHaveStyle({ marginBottom: '1.5rem' });
      }
      unmount();
    }
  });

  it('says what is needed when the connection SID is not configured', () => {
    setup({ expectations, rawConfig: undefined });
    expect(screen.getByText(/Set connection_sid in the configuration/)).toBeInTheDocument();
    expect(screen.getByText(/No configuration is set/)).toBeInTheDocument();
  });

  it('lists the active configuration’s errors and the IdP in use', () => {
    setup({ configErrors: [{ path: 'idp', message: 'unknown IdP "okt"' }] });
    expect(screen.getByRole('heading', { name: 'The configuration has 1 problem' })).toBeInTheDocument();
    expect(screen.getByText('idp: unknown IdP "okt"')).toBeInTheDocument();
    expect(screen.getByText('Okta (set in the configuration)')).toBeInTheDocument();
  });

  it('validates the editor live and previews the JSON to paste', async () => {
    const writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
    setup();
    const editor = screen.getByRole('textbox', { name: 'Configuration (JSON)' });
    fireEvent.change(editor, { target: { value: '{"region": ' } });
    expect(screen.getByText(/Not valid JSON/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy Configuration (JSON)' })).toBeNull();
    fireEvent.change(editor, { target: { value: '{"region": "ie1", "email_domains": ["example.com"]}' } });
    const preview = screen.getByLabelText('JSON to paste into ui_attributes.sso_diagnostics');
    expect(preview.textContent).toContain('"ie1"');
    expect(preview.textContent).toContain('example.com');
    await userEvent.click(screen.getByRole('button', { name: 'Copy Configuration (JSON)' }));
    expect(writeText).toHaveBeenCalledWith(JSON.stringify({ region: 'ie1', email_domains: ['example.com'] }, null, 2));
  });

  it('never hands out a configuration that drops what the admin wrote', () => {
    setup();
    const editor = screen.getByRole('textbox', { name: 'Configuration (JSON)' });
    const written = { idp: 'okta', regoin: 'ie1', teams: ['Cards'], rule_severity: { 'no-such-rule': 'off' } };
    fireEvent.change(editor, { target: { value: JSON.stringify(written) } });
    const preview = screen.getByLabelText('JSON to paste into ui_attributes.sso_diagnostics');
    // Every key as written, valid and invalid, and each error at its line.
    expect(JSON.parse((preview.textContent ?? '').replace(/↑ line [^\n]*/g, ''))).toEqual(written);
    expect(within(preview).getByText(/^↑ line 3, regoin: /)).toBeInTheDocument();
    expect(within(preview).getByText(/^↑ line 8, rule_severity\.no-such-rule: /)).toBeInTheDocument();
    // Copying waits until it validates, and says why.
    const copy = screen.getByRole('button', { name: 'Copy Configuration (JSON)' });
    expect(copy).toBeDisabled();
    expect(copy).toHaveAccessibleDescription(/^2 problems, each shown at its line below\. Copying waits/);
    expect(editor).toHaveAttribute('aria-invalid', 'true');
  });

  it('is a code field: monospace, multi-line, as tall as its content', () => {
    setup({ rawConfig: { a: 1, b: [1, 2, 3], c: { d: true } } });
    const editor = screen.getByRole('textbox', { name: 'Configuration (JSON)' });
    expect(editor.tagName).toBe('TEXTAREA');
    const lines = JSON.stringify({ a: 1, b: [1, 2, 3], c: { d: true } }, null, 2).split('\n').length;
    expect(editor).toHaveAttribute('rows', String(lines + 1));
    expect(getComputedStyle(editor).fontFamily).toMatch(/mono|Courier/i);
  });

  it('puts the configured SSO type first and the other behind a disclosure', async () => {
    setup({ expectations: { ...expectations, connectionSid: JQ, idp: 'okta', ssoType: 'legacy' } });
    expect(screen.getByRole('heading', { level: 3, name: 'Legacy SSO' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { level: 3, name: 'Enhanced SSO' })).toBeNull();
    const other = screen.getByRole('button', { name: 'The values for Enhanced SSO' });
    expect(screen.getByText(`urn:flex:${JQ}`)).not.toBeVisible();
    await userEvent.click(other);
    await waitFor(() => expect(screen.getByText(`urn:flex:${JQ}`)).toBeVisible());
  });

  it('shows admins each configured certificate as PEM with its subject, validity and thumbprints', () => {
    const body = 'MIIB'.padEnd(130, 'A');
    setup({ certificates: [{ pem: body, info: cert }], now: '2026-01-01T00:00:00Z' });
    const pem = screen.getByLabelText('Certificate 1 as PEM');
    expect(pem.textContent).toBe(
      `-----BEGIN CERTIFICATE-----\n${body.slice(0, 64)}\n${body.slice(64, 128)}\n${body.slice(128)}\n-----END CERTIFICATE-----`,
    );
    expect(screen.getAllByText(cert.subject).length).toBeGreaterThan(0);
    expect(screen.getByText(cert.sha256)).toBeInTheDocument();
    expect(screen.getByText(/expires in 2922 days/)).toBeInTheDocument();
  });

  it('shows supervisors the values they need, not the certificates or the editor', () => {
    setup({ canEdit: false, certificates: [{ pem: 'MIIB', info: cert }] });
    expect(screen.getByText(`urn:flex:${JQ}`)).toBeInTheDocument();
    expect(screen.getByText('Okta (set in the configuration)')).toBeInTheDocument();
    expect(screen.getByText('The configuration is valid.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'IdP signing certificates' })).toBeNull();
    expect(screen.queryByRole('textbox', { name: 'Configuration (JSON)' })).toBeNull();
    expect(screen.queryByText(/"connection_sid"/)).toBeNull();
  });
});
