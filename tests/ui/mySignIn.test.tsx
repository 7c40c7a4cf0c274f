import * as React from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { resolveFix } from '../../src/core/idp';
import { MySignIn } from '../../src/ui/MySignIn';
import { expectations, failTitle, finding, renderUi, result, withProps, worker, type PropOverrides } from './testUtils';

const ana = worker('WK1', { email: 'ana@example.com', full_name: 'Ana Lima', roles: ['agent'], department: 'Sales' });

function setup(overrides: PropOverrides<React.ComponentProps<typeof MySignIn>> = {}) {
  const defaults: React.ComponentProps<typeof MySignIn> = {
    user: { identity: 'ana_40example_2Ecom', roles: ['agent'] },
    worker: ana,
    result: result(
      [
        finding('required-attribute-missing', 'error', { path: 'full_name', fixKey: 'F-CLAIMS' }),
        finding('roles-not-list', 'error', { path: 'roles', fixKey: 'F-ROLES' }),
        finding('email-domain-unexpected', 'warning', { path: 'email' }),
        finding('insights-role-implicit', 'info', { fixKey: 'F-ROLES' }),
      ],
      {
        passed: ['email-invalid'],
        notChecked: [{ ruleId: 'token-roles-mismatch', reasonId: 'noTokenRoles', reason: 'Token roles unknown.' }],
      },
    ),
    expectations,
    idp: { id: 'okta', source: 'claims' },
  };
  const props = withProps(defaults, overrides);
  return { props, ...renderUi(<MySignIn {...props} />) };
}

describe('My sign-in', () => {
  it('shows the token identity and roles', () => {
    setup();
    expect(screen.getByRole('heading', { level: 2, name: 'Signed in as' })).toBeInTheDocument();
    const identity = screen.getByRole('heading', { name: 'Signed in as' }).parentElement as HTMLElement;
    expect(within(identity).getByText('ana_40example_2Ecom')).toBeInTheDocument();
    expect(within(identity).getByText('Ana Lima')).toBeInTheDocument();
  });

  it('groups findings by severity, errors first, with the failing title of each rule', () => {
    setup();
    const groups = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(groups.filter((g) => /^(Errors|Warnings|Information)/.test(g ?? ''))).toEqual([
      'Errors (2)',
      'Warnings (1)',
      'Information (1)',
    ]);
    // Each cause is a collapsible card whose heading carries the severity and the failing title.
    expect(
      screen.getByRole('heading', { level: 4, name: `Error ${failTitle('required-attribute-missing')}` }),
    ).toBeInTheDocument();
  });

  it('puts a fix plan first: each distinct fix once, errors first, the first of each severity open', () => {
    setup();
    const plan = screen.getByRole('region', { name: 'Fix plan' });
    const entries = within(plan).getAllByRole('button', { expanded: true });
    // required-attribute-missing (F-CLAIMS), roles-not-list (F-ROLES), the warning (F-CLAIMS again: the same
    // steps, so no new entry) and insights-role-implicit (its own refined steps).
    const titles = within(plan)
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent);
    expect(titles).toEqual([
      'Error1. Send the attributes Flex reads, under their Flex names',
      'Error2. Send the right roles',
      'Info3. Send the right roles',
    ]);
    expect(entries.map((b) => b.textContent)).toEqual([
      'Error1. Send the attributes Flex reads, under their Flex names',
      'Info3. Send the right roles',
    ]);
  });

  it("a card's link opens its fix in the plan and moves focus there", async () => {
    setup();
    const card = screen.getByRole('heading', { level: 4, name: `Error ${failTitle('roles-not-list')}` });
    const article = card.closest('article') as HTMLElement;
    // The first error card is open; this one (the second error) is closed until asked.
    await userEvent.click(within(article).getByRole('button', { expanded: false }));
    await userEvent.click(within(article).getByRole('button', { name: 'How to fix it: step 2 of the fix plan' }));
    const entry = await screen.findByRole('button', { name: /^Error 2\. Send the right roles$/, expanded: true });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(entry).toHaveFocus();
  });

  it('names the person, not the encoding: full_name, the email, and the raw identity as a detail', () => {
    setup({ worker: worker('WK1', { roles: ['agent'] }, 'ana_40example_2Ecom') });
    const identity = screen.getByRole('region', { name: 'Signed in as' });
    const row = (label: string): string | null | undefined =>
      within(identity).getByText(label).parentElement?.querySelector('dd')?.textContent;
    expect(row('Name')).toBe('ana@example.com');
    expect(row('Email')).toBe('ana@example.com');
    expect(row('Identity')).toBe('ana_40example_2Ecom');
  });

  it('counts errors, warnings, passed and not checked', () => {
    setup();
    const summary = screen.getByRole('region', { name: 'Summary' });
    expect(
      within(summary)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['2 errors', '1 warning', '1 info', '1 passed', '1 not checked']);
    expect(screen.getByText('Token roles unknown.', { exact: false })).toBeInTheDocument();
  });

  it('switching the IdP changes the fix steps', async () => {
    setup();
    const okta = resolveFix('F-ROLES', 'okta').steps[0] as string;
    const entra = resolveFix('F-ROLES', 'entra-id').steps[0] as string;
    expect(okta).not.toEqual(entra);
    expect(screen.getAllByText(okta).length).toBeGreaterThan(0);
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Identity provider for the fix steps' }),
      'entra-id',
    );
    expect(screen.getAllByText(entra).length).toBeGreaterThan(0);
    expect(screen.queryByText(okta)).not.toBeInTheDocument();
    expect(screen.getByText(/Detected: Okta/)).toBeInTheDocument();
  });

  it('lists expected vs received attributes in a table', () => {
    setup();
    const table = screen.getByRole('table');
    const rows = within(table).getAllByRole('row');
    const header = within(rows[0] as HTMLElement)
      .getAllByRole('columnheader')
      .map((c) => c.textContent);
    expect(header).toEqual(['Attribute', 'Where it is mapped', 'Received', 'Status']);
    const fullName = within(table).getByRole('rowheader', { name: 'full_name' }).closest('tr') as HTMLElement;
    expect(within(fullName).getByText('Ana Lima')).toBeInTheDocument();
    expect(within(table).getByRole('rowheader', { name: 'department' })).toBeInTheDocument();
  });

  it('re-renders with new worker data', () => {
    const { props, rerender } = setup();
    rerender(<MySignIn {...props} worker={worker('WK1', { ...ana.attributes, full_name: 'Ana Maria Lima' })} />);
    expect(screen.getAllByText('Ana Maria Lima').length).toBeGreaterThan(0);
  });

  it('says when the worker is not loaded yet', () => {
    setup({ worker: undefined, result: undefined });
    expect(screen.getByText(/Your worker is not loaded yet/)).toBeInTheDocument();
  });
});
