import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TeamRow, TeamViewProps } from '../../src/ui/types';
import { TeamView } from '../../src/ui/TeamView';
import { rowView } from '../../src/ui/teamModel';
import { summarize } from '../../src/core/check';
import { defined, expectations, failTitle, finding, renderUi, result, worker } from './testUtils';
import { name, personal } from '../../src/core/disclose';

function row(
  i: number,
  extra: Partial<Record<string, unknown>> = {},
  findings = [] as ReturnType<typeof finding>[],
): TeamRow {
  return {
    worker: worker(`WK${String(i).padStart(32, '0')}`, {
      email: `person${i}@example.com`,
      full_name: `Person ${i}`,
      roles: ['agent'],
      ...extra,
    }),
    result: result(findings),
  };
}

const missingRoles = finding('base-role-missing', 'error', { path: 'roles', fixKey: 'F-ROLES' });
const namespaced = finding('claim-name-namespaced', 'warning', {
  path: 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
});

function smallTeam(): TeamRow[] {
  return [
    row(1, { full_name: 'Ana Lima', email: 'ana@example.com', roles: [] }, [missingRoles]),
    row(2, { full_name: 'Bruno Dias', email: 'bruno@example.com', roles: ['supervisor'], department: 'Payroll 42' }, [
      namespaced,
    ]),
    row(3, { full_name: 'Carla Reis', email: 'carla@example.com' }),
  ];
}

function setup(overrides: Partial<TeamViewProps> = {}) {
  const rows = overrides.rows ?? smallTeam();
  const props: TeamViewProps = {
    rows,
    team: result(),
    summary: summarize(rows.map((r) => r.result)),
    canSeeValues: true,
    expectations,
    idp: { id: 'generic', source: 'default' },
    ...overrides,
  };
  return { props, ...renderUi(<TeamView {...props} />) };
}

function bodyRows(): HTMLElement[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .filter((r) => r.getAttribute('aria-rowindex') !== null && r.getAttribute('aria-rowindex') !== '1');
}

function names(): string[] {
  return bodyRows().map((r) => within(r).getByRole('rowheader').textContent ?? '');
}

describe('Team', () => {
  it('lists workers with name, email, roles, counts and top finding', () => {
    setup();
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Name', 'Email', 'Roles', 'Errors', 'Warnings', 'Top finding']);
    expect(names()).toEqual(['Ana Lima', 'Bruno Dias', 'Carla Reis']);
    const ana = bodyRows()[0] as HTMLElement;
    expect(within(ana).getByText('ana@example.com')).toBeInTheDocument();
    expect(within(ana).getByText(failTitle('base-role-missing'), { exact: false })).toBeInTheDocument();
  });

  it('keeps every cell on one line: long values end in an ellipsis, whole in a tooltip', () => {
    const long = `${'very-long-name-'.repeat(20)}end`;
    setup({
      rows: [row(1, { full_name: long, email: 'ana@example.com', roles: ['agent', 'supervisor'] }, [missingRoles])],
    });
    const cells = within(bodyRows()[0] as HTMLElement).getAllByRole('cell');
    const header = within(bodyRows()[0] as HTMLElement).getByRole('rowheader');
    // Name, email, roles and top finding: their content cannot wrap, so the row keeps ROW_HEIGHT.
    for (const cell of [header, cells[0], cells[1], cells[4]] as HTMLElement[]) {
      const content = cell.querySelector('[data-one-line]') as HTMLElement;
      expect(content).not.toBeNull();
      // space30 above and below: a 24 px badge or a 20 px line plus padding and border fit in 44 px.
      expect(cell).toHaveStyle({ paddingTop: '0.5rem', paddingBottom: '0.5rem' });
      expect(content).toHaveStyle({
        whiteSpace: 'nowrap',
        overflow: 'hidden',
        textOverflow: 'ellipsis',
        display: 'block',
      });
    }
    // The name's tooltip has the whole name and, behind it, the worker's Flex identity.
    expect(within(header).getByText(long)).toHaveAttribute('title', `${long} (user_WK${'1'.padStart(32, '0')})`);
    expect(within(cells[1] as HTMLElement).getByText('agent, supervisor')).toHaveAttribute(
      'title',
      'agent, supervisor',
    );
    expect(screen.getByRole('table')).not.toHaveTextContent(/more characters/);
    // The fixed layout gives each column its share of the container instead of the widest value's width.
    expect(screen.getByRole('table')).toHaveStyle({ tableLayout: 'fixed' });
  });

  it('cuts a 10 kB value in a cell, in the text and in the tooltip', () => {
    const big = 'A'.repeat(10_240);
    setup({ rows: [row(1, { full_name: big })] });
    const header = within(bodyRows()[0] as HTMLElement).getByRole('rowheader');
    expect(header.textContent?.length).toBeLessThan(1_000);
    const title = header.querySelector('[title]')?.getAttribute('title') ?? '';
    expect(title.length).toBeLessThan(2_100);
    expect(title).toMatch(/more characters\)$/);
  });

  it('searches by name, email and SID', async () => {
    setup();
    const search = screen.getByRole('searchbox', { name: 'Search workers' });
    await userEvent.type(search, 'bruno@');
    expect(names()).toEqual(['Bruno Dias']);
    await userEvent.clear(search);
    await userEvent.type(search, '0003');
    expect(names()).toEqual(['Carla Reis']);
  });

  it('filters by severity, rule and role', async () => {
    setup();
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'warning');
    expect(names()).toEqual(['Bruno Dias']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'clean');
    expect(names()).toEqual(['Carla Reis']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Severity' }), 'any');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role' }), 'supervisor');
    expect(names()).toEqual(['Bruno Dias']);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Role' }), '');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Rule' }), 'base-role-missing');
    expect(names()).toEqual(['Ana Lima']);
  });

  it('filters by IdP when rows carry one', async () => {
    const rows = smallTeam().map((r, i) => ({
      ...r,
      idp: { id: i === 1 ? ('okta' as const) : ('entra-id' as const), source: 'claims' as const },
    }));
    setup({ rows });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Identity provider' }), 'okta');
    expect(names()).toEqual(['Bruno Dias']);
  });

  it('sorts by a column header and says so with aria-sort', async () => {
    setup();
    const nameHeader = screen.getByRole('columnheader', { name: 'Name' });
    expect(nameHeader).toHaveAttribute('aria-sort', 'none');
    expect(screen.getByRole('columnheader', { name: 'Errors' })).toHaveAttribute('aria-sort', 'descending');
    await userEvent.click(within(nameHeader).getByRole('button'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
    expect(names()).toEqual(['Ana Lima', 'Bruno Dias', 'Carla Reis']);
    await userEvent.click(within(nameHeader).getByRole('button'));
    expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
    expect(names()).toEqual(['Carla Reis', 'Bruno Dias', 'Ana Lima']);
  });

  it('summarises failing rules; clicking one filters the table', async () => {
    setup();
    const summary = screen.getByRole('heading', { name: 'Rules that fail' }).parentElement as HTMLElement;
    const button = within(summary).getByRole('button', { name: `1 worker: ${failTitle('claim-name-namespaced')}` });
    await userEvent.click(button);
    expect(button).toHaveAttribute('aria-pressed', 'true');
    expect(names()).toEqual(['Bruno Dias']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(names()).toHaveLength(3);
  });

  it('lists the top 6 failing rules until asked for all, and keeps the rule in force listed', async () => {
    const ruleIds = ['r-a', 'r-b', 'r-c', 'r-d', 'r-e', 'r-f', 'r-g', 'r-h'];
    // r-a fails for 8 workers, r-b for 7, … r-h for 1: the summary is sorted by count.
    const summary = Object.fromEntries(ruleIds.map((id, i) => [id, ruleIds.length - i]));
    const rows = ruleIds.map((id, i) => row(i + 1, {}, [finding(id, 'error')]));
    setup({ rows, summary });
    const section = screen.getByRole('heading', { name: 'Rules that fail' }).parentElement as HTMLElement;
    const items = () => within(within(section).getByRole('list')).getAllByRole('button');
    expect(items().map((b) => b.textContent)).toEqual([
      '8 workers: r-a',
      '7 workers: r-b',
      '6 workers: r-c',
      '5 workers: r-d',
      '4 workers: r-e',
      '3 workers: r-f',
    ]);
    const toggle = within(section).getByRole('button', { name: 'Show all 8 rules' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveAttribute('aria-controls', within(section).getByRole('list').id);
    await userEvent.click(toggle);
    expect(items()).toHaveLength(8);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveTextContent('Show fewer rules');
    // A rule outside the top 6, once chosen, stays in the short list so it can be turned off there.
    await userEvent.click(within(section).getByRole('button', { name: '1 worker: r-h' }));
    await userEvent.click(toggle);
    expect(items()).toHaveLength(7);
    expect(within(section).getByRole('button', { name: '1 worker: r-h' })).toHaveAttribute('aria-pressed', 'true');
    expect(names()).toEqual(['Person 8']);
  });

  it('puts the team-wide checks after the workers table, so a long list of them does not hide it', () => {
    setup({ team: result([finding('duplicate-email', 'warning')]) });
    const checks = screen.getByRole('heading', { name: 'Team checks' });
    const table = screen.getByRole('table');
    expect(table.compareDocumentPosition(checks) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows a team rule once, with its fix once, listing each of its findings', () => {
    const dup = (email: string) =>
      finding('duplicate-worker-email', 'warning', { message: `${email} is shared`, fixKey: 'F-NAMEID' });
    setup({ team: result([dup('a@example.com'), dup('b@example.com'), dup('c@example.com')]) });
    const checks = screen.getByRole('heading', { name: 'Team checks' }).closest('section') as HTMLElement;
    const cards = checks.querySelectorAll('article[data-rule-id="duplicate-worker-email"]');
    expect(cards).toHaveLength(1);
    const card = within(cards[0] as HTMLElement);
    expect(
      card.getByRole('heading', { name: `Warning ${failTitle('duplicate-worker-email')} (3)` }),
    ).toBeInTheDocument();
    expect(card.getAllByRole('listitem').map((li) => li.textContent)).toEqual(
      expect.arrayContaining(['a@example.com is shared', 'b@example.com is shared', 'c@example.com is shared']),
    );
    // The fix is said once, in the fix plan the card links to.
    expect(within(checks).getAllByText(/^How to fix it in /)).toHaveLength(1);
    expect(card.getByRole('button', { name: 'How to fix it: step 1 of the fix plan' })).toBeInTheDocument();
  });

  it('the Role filter lists Flex roles first and never calls a string of roles an agent', async () => {
    setup({
      rows: [
        row(1, { full_name: 'A', email: 'a@example.com', roles: ['agent'] }, []),
        row(2, { full_name: 'B', email: 'b@example.com', roles: 'agent,supervisor' }, []),
        row(3, { full_name: 'C', email: 'c@example.com', roles: [' agent'] }, []),
      ],
    });
    const role = screen.getByRole('combobox', { name: 'Role' });
    const groups = [...role.querySelectorAll('optgroup')].map((g) => [
      g.getAttribute('label'),
      [...g.querySelectorAll('option')].map((o) => o.textContent),
    ]);
    expect(groups).toEqual([
      ['Flex roles', ['agent (1)']],
      ['Not a Flex role (2 values)', ['\u2423agent (1)', 'agent,supervisor (1)']],
    ]);
    await userEvent.selectOptions(role, 'agent');
    expect(names()).toEqual(['A']);
  });

  it('a headline count of workers with errors and warnings, each a filter, with Clear filters', async () => {
    setup();
    const headline = screen.getByRole('list', { name: 'Team summary: each count filters the table' });
    const buttons = within(headline).getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['3 workers', '1 with errors', '1 with warnings']);
    await userEvent.click(buttons[1] as HTMLElement);
    expect(buttons[1]).toHaveAttribute('aria-pressed', 'true');
    expect(names()).toEqual(['Ana Lima']);
    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(names()).toHaveLength(3);
  });

  it('the body is one tab stop; arrows, Home and End move the focus between rows', async () => {
    setup();
    const rows = bodyRows() as HTMLElement[];
    expect(rows.map((r) => r.getAttribute('tabindex'))).toEqual(['0', '-1', '-1']);
    (rows[0] as HTMLElement).focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(bodyRows()[1]).toHaveFocus();
    expect((bodyRows() as HTMLElement[]).map((r) => r.getAttribute('tabindex'))).toEqual(['-1', '0', '-1']);
    await userEvent.keyboard('{End}');
    expect(bodyRows()[2]).toHaveFocus();
    await userEvent.keyboard('{Home}');
    expect(bodyRows()[0]).toHaveFocus();
    await userEvent.keyboard('{ArrowUp}');
    expect(bodyRows()[0]).toHaveFocus();
  });

  it('shows no toggle when 6 rules or fewer fail', () => {
    setup();
    expect(screen.queryByRole('button', { name: /^Show all \d+ rules$/ })).not.toBeInTheDocument();
  });

  it('opens a drill-down with the worker’s findings and fix steps by Enter on a row', async () => {
    setup();
    const ana = bodyRows()[0] as HTMLElement;
    ana.focus();
    expect(ana).toHaveAttribute('tabindex', '0');
    await userEvent.keyboard('{Enter}');
    const heading = screen.getByRole('heading', { level: 2, name: 'Ana Lima' });
    expect(heading).toHaveFocus();
    expect(
      screen.getByRole('heading', { level: 5, name: `Error ${failTitle('base-role-missing')}` }),
    ).toBeInTheDocument();
    expect(screen.getByText(/How to fix it in/)).toBeInTheDocument();
    // The list's filters and rule summary are not shown above one worker.
    expect(screen.queryByRole('heading', { name: 'Rules that fail' })).not.toBeInTheDocument();
    await userEvent.keyboard('{Escape}');
    expect(names()).toHaveLength(3);
    expect(bodyRows()[0]).toHaveFocus();
  });

  it('opens the drill-down on click, and for a focused worker passed in', async () => {
    const { props, rerender } = setup();
    await userEvent.click(within(bodyRows()[1] as HTMLElement).getByText('Bruno Dias'));
    expect(screen.getByRole('heading', { level: 2, name: 'Bruno Dias' })).toBeInTheDocument();
    rerender(<TeamView {...props} focusWorkerSid={defined(props.rows[2]?.worker.sid, 'the third worker')} />);
    expect(screen.getByRole('heading', { level: 2, name: 'Carla Reis' })).toBeInTheDocument();
  });

  it('masks non-identity values for supervisors, and shows name, email and roles', async () => {
    const rows = smallTeam();
    const bruno = rows[1] as TeamRow;
    rows[1] = {
      ...bruno,
      result: result([
        // A real message: masking decides on its data (the value of department), not on its text.
        finding('attribute-value-unevaluated', 'warning', {
          path: 'department',
          messageId: 'literal',
          data: { key: name('department'), value: personal('Payroll 42', 'department') },
          message: 'The attribute "department" holds "Payroll 42", which looks like an IdP mapping expression',
        }),
      ]),
    };
    setup({ rows, canSeeValues: false });
    await userEvent.click(within(bodyRows()[1] as HTMLElement).getByText('Bruno Dias'));
    expect(screen.queryByText(/Payroll 42/)).not.toBeInTheDocument();
    expect(screen.getAllByText('••••').length).toBeGreaterThan(0);
    expect(screen.getByText(/^The attribute "department" holds "••••", which looks like/)).toBeInTheDocument();
    expect(screen.getAllByText('bruno@example.com').length).toBeGreaterThan(0);
  });

  it('shows loading progress and why the list is partial', () => {
    setup({
      loading: { loaded: 250, total: 1000 },
      partial: { reason: 'The live query returned at most 200 workers (error 54510).' },
    });
    const progress = screen.getByRole('progressbar', { name: 'Loading workers' });
    expect(progress).toHaveAttribute('aria-valuenow', '250');
    expect(progress).toHaveAttribute('aria-valuemax', '1000');
    expect(screen.getByText('Loading workers: 250 of 1000')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'This list is incomplete' })).toBeInTheDocument();
    expect(screen.getByText(/error 54510/)).toBeInTheDocument();
  });

  it('keeps the DOM small with 10,000 workers and keeps table semantics', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => row(i, {}, i % 3 === 0 ? [missingRoles] : []));
    setup({ rows });
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '10001');
    const rendered = bodyRows();
    expect(rendered.length).toBeGreaterThan(5);
    expect(rendered.length).toBeLessThan(60);
    expect(rendered[0]).toHaveAttribute('aria-rowindex', '2');
    // Scrolling renders another window of rows, with spacers keeping the scroll height.
    const scroller = screen.getByTestId('team-scroll');
    Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: 44 * 5000 });
    fireEvent.scroll(scroller);
    const after = bodyRows();
    expect(after.length).toBeLessThan(60);
    const first = Number(after[0]?.getAttribute('aria-rowindex'));
    expect(first).toBeGreaterThan(4900);
    expect(table.querySelector('[data-spacer="top"]')).not.toBeNull();
  });

  it('recomputes only the changed row when one worker is updated', () => {
    const rows = smallTeam();
    const before = rows.map(rowView);
    const updated = [...rows];
    updated[1] = { ...(rows[1] as TeamRow) };
    const after = updated.map(rowView);
    expect(after[0]).toBe(before[0]);
    expect(after[2]).toBe(before[2]);
    expect(after[1]).not.toBe(before[1]);
  });
});
