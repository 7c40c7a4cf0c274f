/**
 * Setup's "Check the IdP's configuration" in the real bundle: an admin pastes AD FS metadata in the
 * middle of an automatic certificate rollover — the primary certificate is the one configured in Flex,
 * a newer secondary one is published — and gets the rollover warning with its dates, before anyone is
 * locked out. Certificates and the metadata signature are made with real keys at test time. Nothing
 * is sent anywhere (the network guard of every test checks it); axe finds nothing.
 */
import type { Locator } from 'playwright-core';
import { makeKeyPair, type TestKeyPair } from '../saml/fixtures/keys';
import { adfsMetadata } from '../idpconfig/fixtures/exports';
import { expectAccessible } from './support/axe';
import { TABS, openDiagnostics, openTab } from './support/flex';
import { browserSession, screenshot } from './support/session';

const session = browserSession();
const DAY = 24 * 60 * 60 * 1000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const day = (d: Date) => `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

let panel: Locator;
let primary: TestKeyPair;
let secondary: TestKeyPair;
let published: Date;

beforeAll(async () => {
  const now = Date.now();
  published = new Date(Math.floor((now - 2 * DAY) / DAY) * DAY);
  [primary, secondary] = await Promise.all([
    makeKeyPair({
      subject: 'CN=ADFS Signing - fs.owlbank.example',
      notBefore: new Date(now - 300 * DAY),
      notAfter: new Date(now + 60 * DAY),
    }),
    makeKeyPair({
      subject: 'CN=ADFS Signing - fs.owlbank.example',
      notBefore: published,
      notAfter: new Date(now + 365 * DAY),
    }),
  ]);
  const { page } = session();
  await session().open('admin');
  await openDiagnostics(page);
  const setup = await openTab(page, TABS.setup);
  panel = setup.getByRole('region', { name: "Check the IdP's configuration" });
});

// The panel is not in the plugin bundle until it fits the budget (DEVELOPERS.md, "Bundle size"): the check runs in
// the CLI (tests/cli/checkIdp.test.ts holds the same rollover case) and the panel's component test runs it in
// jsdom. Turn this back on when SetupView mounts IdpConfigPanel again.
it.skip('pasted AD FS metadata with a pending rollover gives the rollover warning with its dates (panel not shipped yet)', async () => {
  const xml = adfsMetadata({ certificates: [{ pair: primary }, { pair: secondary }], signer: primary });
  await panel.getByRole('textbox', { name: 'Export of the IdP settings' }).fill(xml);
  // Flex holds the primary certificate (the context is prefilled from configuration, and editable).
  await panel.getByRole('textbox', { name: 'IdP signing certificates (PEM)' }).fill(primary.certificatePem);
  await panel.getByRole('button', { name: 'Check the configuration' }).click();

  const findings = panel.getByRole('heading', { level: 3, name: 'Findings' });
  await findings.waitFor();
  const warning = panel.getByText(/published a new signing certificate/);
  await warning.waitFor();
  const text = await warning.innerText();
  expect(text).toContain(`on ${day(published)}`);
  expect(text).toContain(`becomes primary on ${day(new Date(published.getTime() + 5 * DAY))}`);
  expect(text).toMatch(/Add it to Flex before \d{1,2} \w{3} \d{4}/);

  // The snapshot shows both signing certificates with their validity.
  const certificates = panel.getByRole('heading', { level: 3, name: 'Signing certificates' });
  await certificates.waitFor();
  expect(await panel.getByRole('rowheader', { name: 'CN=ADFS Signing - fs.owlbank.example' }).count()).toBe(2);
  expect(await panel.innerText()).toContain('http://fs.owlbank.example/adfs/services/trust');
  await expectAccessible(session().page, 'Setup with an IdP configuration checked');
  await warning.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await screenshot(session().page, 'idp-config.png');
});
