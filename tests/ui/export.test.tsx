import * as React from 'react';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MySignIn } from '../../src/ui/MySignIn';
import { expectations, finding, renderUi, result, worker } from './testUtils';

const ana = worker(
  'WK1',
  { email: 'ana@example.com', full_name: 'Ana Lima', roles: ['agent'], phone: '+351911111111' },
  'ana_40example_2Ecom',
);
const findings = [
  finding('full-name-suspicious', 'warning', {
    path: 'full_name',
    message: 'full_name "Ana Lima" and phone +351911111111',
  }),
];

function setup() {
  renderUi(
    <MySignIn
      user={{ identity: 'ana_40example_2Ecom', roles: ['agent'] }}
      worker={ana}
      result={result(findings)}
      expectations={expectations}
      idp={{ id: 'okta', source: 'claims' }}
    />,
  );
}

describe('export', () => {
  let writeText: jest.Mock;
  beforeEach(() => {
    writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText } });
  });

  it('copies a redacted Markdown report by default', async () => {
    setup();
    await userEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    expect(screen.getByText('Report copied as Markdown.')).toBeInTheDocument();
    const md = writeText.mock.calls[0]?.[0] as string;
    expect(md).toContain('# SSO diagnostics: my sign-in');
    for (const secret of ['ana@example.com', 'Ana Lima', 'ana_40example_2Ecom', '+351911111111'])
      expect(md).not.toContain(secret);
    expect(md).toMatch(/user-[0-9a-f]{6}/);
  });

  it('includes values only once the user chooses to, and says what each choice means', async () => {
    setup();
    const values = screen.getByRole('combobox', { name: 'Names, emails and attribute values in the export' });
    expect(values).toHaveValue('redact');
    expect(values).toHaveAccessibleDescription(/short code such as user-3f2a9c/);
    await userEvent.selectOptions(values, 'Included as they are');
    expect(values).toHaveAccessibleDescription(/contains them as they are/);
    await userEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    expect(writeText.mock.calls[0]?.[0]).toContain('Ana Lima');

    await userEvent.selectOptions(values, 'Replaced by short codes');
    await userEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    expect(writeText.mock.calls[1]?.[0]).not.toContain('Ana Lima');
  });

  it('shows the report to copy by hand when the clipboard fails', async () => {
    writeText.mockRejectedValue(new Error('denied'));
    setup();
    await userEvent.click(screen.getByRole('button', { name: 'Copy report' }));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Report (Markdown)' })).toBeInTheDocument());
  });

  it('downloads the JSON through a Blob URL, redacted', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = jest.fn((blob: Blob) => {
      blobs.push(blob);
      return 'blob:report';
    });
    URL.revokeObjectURL = jest.fn();
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    setup();
    await userEvent.click(screen.getByRole('button', { name: 'Download JSON' }));
    expect(click).toHaveBeenCalled();
    const json = JSON.parse(await (blobs[0] as Blob).text()) as {
      redacted: boolean;
      findings: { ruleId: string }[];
      idp: unknown;
    };
    expect(json.redacted).toBe(true);
    expect(json.findings[0]?.ruleId).toBe('full-name-suspicious');
    expect(json.idp).toEqual({ id: 'okta', source: 'claims' });
    expect(JSON.stringify(json)).not.toContain('Ana Lima');
    expect(screen.getByText('Report downloaded as sso-diagnostics-my-sign-in.json.')).toBeInTheDocument();
    click.mockRestore();
  });
});
