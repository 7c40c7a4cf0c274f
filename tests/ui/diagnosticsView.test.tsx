import * as React from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DiagnosticsView } from '../../src/ui/DiagnosticsView';
import { WorkerPanelSection } from '../../src/ui/WorkerPanelSection';
import type { DiagnosticsViewProps } from '../../src/ui/types';
import { evidence } from './fixtures';
import { expectations, failTitle, finding, renderUi, result, withProps, worker } from './testUtils';

const ana = worker('WK1', { email: 'ana@example.com', full_name: 'Ana Lima', roles: ['agent'] });
const idp = { id: 'generic' as const, source: 'default' as const };

function allProps(tabs: DiagnosticsViewProps['tabs']): DiagnosticsViewProps {
  return {
    tabs,
    mySignIn: { user: { identity: 'ana', roles: ['agent'] }, worker: ana, result: result(), expectations, idp },
    team: {
      rows: [{ worker: ana, result: result([finding('base-role-missing', 'error')]) }],
      team: result(),
      summary: { 'base-role-missing': 1 },
      canSeeValues: true,
      expectations,
      idp,
    },
    analyzer: { analyze: async () => [evidence()], defaults: { region: 'us1', certificates: [] }, expectations },
    setup: { expectations, configErrors: [], idp },
  };
}

describe('Diagnostics view', () => {
  it('has an h1 and renders only the tabs the user may use', () => {
    renderUi(<DiagnosticsView {...allProps(['mySignIn'])} />);
    expect(screen.getByRole('heading', { level: 1, name: 'SSO diagnostics' })).toBeInTheDocument();
    expect(screen.getAllByRole('tab').map((t) => t.textContent)).toEqual(['My sign-in']);
    expect(screen.queryByRole('tab', { name: 'Team' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'SAML analyzer' })).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Setup' })).not.toBeInTheDocument();
  });

  it('shows every tab to an admin, and switches with the keyboard', async () => {
    renderUi(<DiagnosticsView {...allProps(['setup', 'analyzer', 'team', 'mySignIn'])} />);
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => t.textContent)).toEqual(['My sign-in', 'Team', 'SAML analyzer', 'Setup']);
    expect(tabs[0]).toHaveAttribute('aria-selected', 'true');
    (tabs[0] as HTMLElement).focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Team' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('tabpanel')).toHaveTextContent('Rules that fail');
  });

  it('a tab without data is absent even when allowed', () => {
    renderUi(<DiagnosticsView {...withProps(allProps(['mySignIn', 'team']), { team: undefined })} />);
    expect(screen.queryByRole('tab', { name: 'Team' })).not.toBeInTheDocument();
  });

  it('opens the Team tab on the focused worker', () => {
    const props = allProps(['mySignIn', 'team']);
    renderUi(
      <DiagnosticsView
        {...props}
        initialTab="team"
        team={{ ...(props.team as NonNullable<DiagnosticsViewProps['team']>), focusWorkerSid: 'WK1' }}
      />,
    );
    expect(screen.getByRole('tab', { name: 'Team' })).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('heading', { level: 2, name: 'Ana Lima' })).toBeInTheDocument();
  });

  it('"Compare with a SAML response" moves to the analyzer with that worker', async () => {
    renderUi(<DiagnosticsView {...allProps(['team', 'analyzer'])} />);
    await userEvent.click(screen.getByText('Ana Lima'));
    await userEvent.click(screen.getByRole('button', { name: 'Compare with a SAML response' }));
    expect(screen.getByRole('tab', { name: 'SAML analyzer' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('Worker panel section', () => {
  it('shows the status, the top 3 findings and opens the diagnostics', async () => {
    const onOpen = jest.fn();
    const findings = [
      finding('required-attribute-missing', 'error', { path: 'email' }),
      finding('required-attribute-missing', 'error', { path: 'roles' }),
      finding('email-invalid', 'warning'),
      finding('unused-claims', 'info'),
    ];
    renderUi(<WorkerPanelSection worker={ana} result={result(findings)} onOpen={onOpen} />);
    expect(screen.getByText('2 errors, 1 warning')).toBeInTheDocument();
    // Causes, not findings: one rule's two missing attributes are one line that names both.
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[0]).toHaveTextContent(`${failTitle('required-attribute-missing')} — email, roles`);
    expect(items[1]).toHaveTextContent(failTitle('email-invalid'));
    expect(items[1]).not.toHaveTextContent('—');
    expect(items[2]).toHaveTextContent(failTitle('unused-claims'));
    await userEvent.click(screen.getByRole('button', { name: 'Open in SSO diagnostics' }));
    expect(onOpen).toHaveBeenCalledWith('WK1');
  });

  it('shows a hostile attribute name as text', () => {
    const path = '<img src=x onerror=alert(1)>';
    const { container } = renderUi(
      <WorkerPanelSection
        worker={ana}
        result={result([finding('required-attribute-missing', 'error', { path })])}
        onOpen={() => undefined}
      />,
    );
    expect(screen.getByRole('listitem')).toHaveTextContent(`— ${path}`);
    expect(container.querySelector('img')).toBeNull();
  });

  it('says when there is nothing wrong', () => {
    renderUi(<WorkerPanelSection worker={ana} result={result()} onOpen={() => undefined} />);
    expect(screen.getByText('No SSO problems found.')).toBeInTheDocument();
  });
});

describe('accessibility', () => {
  it('headings never skip a level, from the h1 down', () => {
    const { container } = renderUi(
      <DiagnosticsView
        {...allProps(['mySignIn'])}
        mySignIn={{
          user: { identity: 'ana' },
          worker: ana,
          result: result([finding('base-role-missing', 'error', { path: 'roles' })]),
          expectations,
          idp,
        }}
      />,
    );
    const levels = Array.from(container.querySelectorAll('h1,h2,h3,h4,h5,h6')).map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] as number) + 1);
    });
  });

  it('every form control has a label', () => {
    const { container } = renderUi(<DiagnosticsView {...allProps(['mySignIn', 'team', 'analyzer', 'setup'])} />);
    const controls = Array.from(container.querySelectorAll('input, select, textarea')).filter(
      (c) => c.getAttribute('type') !== 'hidden',
    );
    expect(controls.length).toBeGreaterThan(5);
    for (const control of controls) {
      const id = control.getAttribute('id');
      const labelled =
        (id !== null && container.querySelector(`label[for="${id}"]`) !== null) ||
        control.closest('label') !== null ||
        control.hasAttribute('aria-label') ||
        control.hasAttribute('aria-labelledby');
      expect({ control: control.outerHTML.slice(0, 80), labelled }).toEqual({
        control: control.outerHTML.slice(0, 80),
        labelled: true,
      });
    }
  });
});
