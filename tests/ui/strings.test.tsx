import * as React from 'react';
import { screen } from '@testing-library/react';
import { DiagnosticsView } from '../../src/ui/DiagnosticsView';
import { STRINGS, createTranslate, fromFlexStrings, toFlexStrings } from '../../src/ui/strings';
import { expectations, renderUi, result, worker } from './testUtils';

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

  it('the provider overrides strings in the views', () => {
    renderUi(
      <DiagnosticsView
        tabs={['mySignIn']}
        mySignIn={{
          user: {},
          worker: worker('WK1', {}),
          result: result(),
          expectations,
          idp: { id: 'generic', source: 'default' },
        }}
      />,
      { viewTitle: 'Diagnóstico SSO', tabMySignIn: 'Meu login' },
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Diagnóstico SSO' })).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Meu login' })).toBeInTheDocument();
  });

  it('every template uses only {{word}} placeholders', () => {
    for (const template of Object.values(STRINGS)) {
      expect(template.replace(/\{\{\s*\w+\s*\}\}/g, '')).not.toMatch(/\{\{|\}\}/);
    }
  });
});
