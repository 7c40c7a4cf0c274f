import * as fs from 'node:fs';
import * as path from 'node:path';
import * as React from 'react';
import { screen } from '@testing-library/react';
import { DiagnosticsView } from '../../src/ui/DiagnosticsView';
import { STRINGS, createTranslate, fromFlexStrings, toFlexStrings, type StringOverrides } from '../../src/ui/strings';
import type { MySignInProps } from '../../src/ui/types';
import { expectations, finding, renderUi, result, worker } from './testUtils';

describe('strings', () => {
  it('fills placeholders and keeps unknown ones visible', () => {
    const t = createTranslate();
    expect(t('ruleSummaryItem', { count: 37, title: 'Roles are missing' })).toBe('37 workers: Roles are missing');
    expect(t('ruleSummaryItem', { count: 37 })).toBe('37 workers: {{title}}');
  });

  it('round-trips through Flex string templates, so a deployment can translate them', () => {
    const flex = toFlexStrings();
    expect(flex['SsoDiagnosticsViewTitle']).toBe('SSO diagnostics');
    expect(Object.keys(flex)).toHaveLength(Object.keys(STRINGS).length);
    const overrides = fromFlexStrings({ ...flex, SsoDiagnosticsViewTitle: 'Diagnóstico SSO', Unrelated: 'x' });
    expect(createTranslate(overrides)('viewTitle')).toBe('Diagnóstico SSO');
  });

  /** My sign-in for a worker with no attributes, with `props` over the defaults and `strings` overriding. */
  function renderMySignIn(props: Partial<MySignInProps>, strings: StringOverrides): void {
    renderUi(
      <DiagnosticsView
        tabs={['mySignIn']}
        mySignIn={{
          user: {},
          worker: worker('WK1', {}),
          result: result(),
          expectations,
          idp: { id: 'generic', source: 'default' },
          ...props,
        }}
      />,
      strings,
    );
  }

  it('the provider overrides strings in the views', () => {
    renderMySignIn({}, { viewTitle: 'Diagnóstico SSO', tabMySignIn: 'Meu login' });
    expect(screen.getByRole('heading', { level: 1, name: 'Diagnóstico SSO' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Meu login' })).toBeInTheDocument();
  });

  it("labels the organisation's runbook link with its translatable string", () => {
    renderMySignIn(
      {
        result: result([finding('role-value-invalid', 'error', { fixKey: 'F-ROLES' })]),
        expectations: { ...expectations, runbookLinks: { 'F-ROLES': 'https://wiki.example.com/flex-roles' } },
        idp: { id: 'okta', source: 'config' },
      },
      { runbookLink: 'Runbook interno' },
    );
    expect(screen.getByRole('link', { name: /Runbook interno/ })).toHaveAttribute(
      'href',
      'https://wiki.example.com/flex-roles',
    );
  });

  it('every string is used: each one ships to every agent and asks translators for work', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (/\.tsx?$/.test(entry.name) && !full.endsWith(path.join('ui', 'strings.ts'))) files.push(full);
      }
    };
    walk(path.join(__dirname, '..', '..', 'src'));
    const source = files.map((file) => fs.readFileSync(file, 'utf8')).join('\n');
    const unused = Object.keys(STRINGS).filter((key) => !new RegExp(`['"\`]${key}['"\`]`).test(source));
    expect(unused).toEqual([]);
  });

  it('every template uses only {{word}} placeholders', () => {
    for (const template of Object.values(STRINGS)) {
      expect(template.replace(/\{\{\s*\w+\s*\}\}/g, '')).not.toMatch(/\{\{|\}\}/);
    }
  });
});
