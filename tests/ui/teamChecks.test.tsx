/**
 * Team checks (duplicate emails) from the real team rule: each group once, its workers as buttons by
 * their shown names that open them (keyboard included), never the rule's sentence with bare SIDs.
 */
import * as React from 'react';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { checkTeamRules, summarize } from '../../src/core/check';
import type { TeamRow, TeamViewProps } from '../../src/ui/types';
import { TeamView } from '../../src/ui/TeamView';
import { expectations, renderUi, result, worker } from './testUtils';

const sid = (i: number): string => `WK${String(i).padStart(32, '0')}`;

const WORKERS = [
  worker(sid(1), { full_name: 'Ana Lima', email: 'ana@example.com', roles: ['agent'] }, 'ana_40example_2Ecom'),
  // Ana again, from a Console login: no full name, the email in other case.
  worker(sid(2), { email: 'ANA@example.com ', roles: ['agent'] }, 'ana_40example_2Ecom'),
  worker(sid(3), { full_name: 'Ana L.', email: 'ana@example.com', roles: ['agent'] }, 'ana.lima_40example_2Ecom'),
  worker(sid(4), { full_name: 'Bruno Dias', email: 'bruno@example.com', roles: ['agent'] }),
  worker(sid(5), { full_name: 'Bruno D.', email: 'bruno@example.com', roles: ['supervisor'] }),
  worker(sid(6), { full_name: 'Carla Reis', email: 'carla@example.com', roles: ['agent'] }),
];

function setup(overrides: Partial<TeamViewProps> = {}) {
  const rows: TeamRow[] = WORKERS.map((w) => ({ worker: w, result: result() }));
  const props: TeamViewProps = {
    rows,
    team: checkTeamRules(WORKERS, expectations),
    summary: summarize(rows.map((r) => r.result)),
    canSeeValues: true,
    expectations,
    idp: { id: 'generic', source: 'default' },
    ...overrides,
  };
  return renderUi(<TeamView {...props} />);
}

function checksSection(): HTMLElement {
  return screen.getByRole('heading', { name: 'Team checks' }).closest('section') as HTMLElement;
}

describe('Team checks', () => {
  it('lists each shared email once, with its workers by name and SID, not the sentence with bare SIDs', () => {
    setup();
    const checks = checksSection();
    const cards = checks.querySelectorAll('article[data-rule-id="duplicate-worker-email"]');
    expect(cards).toHaveLength(1);
    const card = cards[0] as HTMLElement;
    const entries = [...card.querySelectorAll('[data-team-finding="duplicate-worker-email"]')] as HTMLElement[];
    expect(entries.map((e) => within(e).getByText(/workers share the email/).textContent)).toEqual([
      '3 workers share the email ana@example.com:',
      '2 workers share the email bruno@example.com:',
    ]);
    const names = (entry: HTMLElement) =>
      within(entry)
        .getAllByRole('button')
        .map((b) => b.textContent);
    // The shown name: full_name, else the email (as the Team table names them).
    expect(names(entries[0] as HTMLElement)).toEqual(['Ana Lima', 'ANA@example.com', 'Ana L.']);
    expect(names(entries[1] as HTMLElement)).toEqual(['Bruno Dias', 'Bruno D.']);
    // Each SID once, beside its worker's name; the rule's sentence (which lists the SIDs) is not shown.
    for (const i of [1, 2, 3, 4, 5]) expect(within(card).getAllByText(sid(i))).toHaveLength(1);
    expect(card.textContent).not.toMatch(/This usually means/);
    expect(card.textContent).not.toContain(`${sid(1)}, ${sid(2)}`);
    // Carla shares her email with nobody.
    expect(within(card).queryByText('Carla Reis')).not.toBeInTheDocument();
  });

  it('opens a worker from the check with the keyboard; Escape returns to the list with focus on that button', async () => {
    setup();
    const button = within(checksSection()).getByRole('button', { name: 'ANA@example.com' });
    button.focus();
    await userEvent.keyboard('{Enter}');
    const heading = screen.getByRole('heading', { level: 2, name: 'ANA@example.com' });
    expect(heading).toBeInTheDocument();
    expect(screen.getByTestId('worker-header')).toHaveTextContent(sid(2));
    await userEvent.keyboard('{Escape}');
    // Back on the list, focus is on the button that opened the worker (not lost to the page).
    expect(within(checksSection()).getByRole('button', { name: 'ANA@example.com' })).toHaveFocus();
    await userEvent.click(within(checksSection()).getByRole('button', { name: 'Bruno D.' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Bruno D.' })).toBeInTheDocument();
  });

  it('a supervisor sees the same groups: names and emails are what they check their agents by', () => {
    setup({ canSeeValues: false });
    const checks = checksSection();
    expect(within(checks).getByText('3 workers share the email ana@example.com:')).toBeInTheDocument();
    expect(within(checks).getByRole('button', { name: 'Ana Lima' })).toBeInTheDocument();
  });
});
