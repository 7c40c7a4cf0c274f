import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SetupView } from '../../src/ui/SetupView';
import type { SetupViewProps } from '../../src/ui/types';
import { expectations, renderUi } from './testUtils';

const JQ = 'JQ0123456789abcdef0123456789abcdef';
const AC = 'AC0123456789abcdef0123456789abcdef';

function setup(overrides: Partial<SetupViewProps> = {}) {
  const props: SetupViewProps = {
    accountSid: AC,
    rawConfig: { connection_sid: JQ, idp: 'okta' },
    expectations: { ...expectations, connectionSid: JQ, idp: 'okta' },
    configErrors: [],
    idp: { id: 'okta', source: 'config' },
    ...overrides,
  };
  return renderUi(<SetupView {...props} />);
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
    expect(screen.getByRole('heading', { name: 'The configuration has 1 problems' })).toBeInTheDocument();
    expect(screen.getByText('idp: unknown IdP "okt"')).toBeInTheDocument();
    expect(screen.getByText('Okta (set in the configuration)')).toBeInTheDocument();
  });

  it('validates the editor live and previews the JSON to paste', () => {
    setup();
    const editor = screen.getByRole('textbox', { name: 'Configuration (JSON)' });
    fireEvent.change(editor, { target: { value: '{"region": ' } });
    expect(screen.getByText(/Not valid JSON/)).toBeInTheDocument();
    fireEvent.change(editor, { target: { value: '{"regoin": "us1"}' } });
    expect(screen.getAllByText(/regoin/).length).toBeGreaterThan(0);
    fireEvent.change(editor, { target: { value: '{"region": "ie1", "email_domains": ["example.com"]}' } });
    const preview = screen.getByLabelText('JSON to paste into ui_attributes.sso_diagnostics');
    expect(preview.textContent).toContain('"ie1"');
    expect(preview.textContent).toContain('example.com');
    expect(within(editor.parentElement?.parentElement as HTMLElement).queryByText(/Not valid JSON/)).toBeNull();
  });
});
