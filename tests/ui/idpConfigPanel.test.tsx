import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkIdpConfig } from '../../src/core/checkIdpConfig';
import { nodeParseXml, nodeSubtle } from '../../src/cli/nodeDeps';
import { idpConfigContext } from '../../src/idpconfig/configuredCertificates';
import { readIdpConfig } from '../../src/idpconfig/read';
import { IdpConfigPanel } from '../../src/ui/IdpConfigPanel';
import { SetupView } from '../../src/ui/SetupView';
import type { IdpConfigCheckRequest, IdpConfigChecked, SetupViewProps } from '../../src/ui/types';
import { adfsTrustJson, CONNECTION_SID } from '../idpconfig/fixtures/exports';
import { expectations, renderUi } from './testUtils';

const NOW = '2026-12-01T00:00:00.000Z';

/** The same pipeline as the Flex adapter, with Node's parser and WebCrypto standing in for the browser's. */
const requests: IdpConfigCheckRequest[] = [];
async function check(request: IdpConfigCheckRequest): Promise<IdpConfigChecked> {
  requests.push(request);
  const c = request.context;
  const idpConfig = await readIdpConfig(request.input, { parseXml: nodeParseXml, subtle: nodeSubtle });
  const context = await idpConfigContext(
    {
      ...(c.accountSid ? { accountSid: c.accountSid } : {}),
      ...(c.connectionSid ? { connectionSid: c.connectionSid } : {}),
      region: c.region,
      ...(c.ssoType ? { ssoType: c.ssoType } : {}),
      certificates: c.certificates,
    },
    NOW,
    nodeSubtle,
  );
  return { idpConfig, analyzedAt: NOW, ...checkIdpConfig({ idpConfig, context, expectations }) };
}

// SetupView does not mount the panel until it fits the bundle budget (DEVELOPERS.md, "Bundle size"): the panel is
// rendered on its own here, as SetupView rendered it.
function setup(withPanel = true) {
  const config = { ...expectations, connectionSid: CONNECTION_SID, ssoType: 'enhanced' as const };
  if (withPanel) {
    return renderUi(
      <IdpConfigPanel
        check={check}
        defaults={{ connectionSid: CONNECTION_SID, region: 'us1', ssoType: 'enhanced', certificates: [] }}
        expectations={config}
      />,
    );
  }
  const props: SetupViewProps = { expectations: config, configErrors: [], idp: { id: 'adfs', source: 'config' } };
  return renderUi(<SetupView {...props} />);
}

beforeEach(() => {
  requests.length = 0;
});

describe("Setup: check the IdP's configuration", () => {
  it('is absent for users without analyzer_roles (the adapter gives no panel props)', () => {
    setup(false);
    expect(screen.queryByRole('heading', { name: "Check the IdP's configuration" })).not.toBeInTheDocument();
  });

  it('checks a pasted AD FS trust with the prefilled, editable context and shows what it sends to Flex', async () => {
    setup();
    expect(screen.getByRole('heading', { level: 2, name: "Check the IdP's configuration" })).toBeInTheDocument();
    const connection = screen.getAllByRole('textbox', { name: 'Connection SID (JQ…)' })[0] as HTMLInputElement;
    expect(connection.value).toBe(CONNECTION_SID);
    fireEvent.change(screen.getByRole('textbox', { name: 'Export of the IdP settings' }), {
      target: { value: JSON.stringify(adfsTrustJson()) },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Check the configuration' }));

    const findings = await screen.findByRole('heading', { level: 3, name: 'Findings' });
    const section = findings.closest('section') as HTMLElement;
    expect(within(section).getByText(/The IdP signs only the assertion \(AssertionOnly\)/)).toBeInTheDocument();
    // The fix steps are AD FS's: the PowerShell command of the guide, once, in the fix plan.
    expect(screen.getByRole('heading', { name: 'Fix plan' })).toBeInTheDocument();
    expect(screen.getAllByText(/-SamlResponseSignature MessageAndAssertion/)).toHaveLength(1);
    expect(requests[0]?.context).toMatchObject({ connectionSid: CONNECTION_SID, ssoType: 'enhanced' });

    expect(screen.getByRole('heading', { level: 3, name: 'What the IdP is set to do' })).toBeInTheDocument();
    expect(screen.getByText('response: no, assertion: yes')).toBeInTheDocument();
    const claims = screen.getByRole('table');
    const roles = within(claims).getByRole('rowheader', { name: 'roles' }).closest('tr') as HTMLElement;
    expect(within(roles).getByText('department')).toBeInTheDocument();
    const emailUri = within(claims)
      .getByRole('rowheader', { name: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress' })
      .closest('tr') as HTMLElement;
    expect(within(emailUri).getByText('Becomes the NameID')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download JSON' })).toBeInTheDocument();
  });

  it('says why an export cannot be read, naming the kinds accepted', async () => {
    setup();
    fireEvent.change(screen.getByRole('textbox', { name: 'Export of the IdP settings' }), {
      target: { value: '{"hello": "world"}' },
    });
    await userEvent.click(screen.getByRole('button', { name: 'Check the configuration' }));
    expect(await screen.findByRole('heading', { name: 'The export could not be read' })).toBeInTheDocument();
    expect(screen.getByText(/It accepts SAML metadata/)).toBeInTheDocument();
  });

  it('asks for an export before checking nothing', async () => {
    setup();
    await userEvent.click(screen.getByRole('button', { name: 'Check the configuration' }));
    expect(await screen.findByText('Paste an export of the IdP settings, or open a file, first.')).toBeInTheDocument();
    expect(requests).toHaveLength(0);
  });
});
