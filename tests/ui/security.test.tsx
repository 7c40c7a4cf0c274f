import * as React from 'react';
import { screen } from '@testing-library/react';
import { MySignIn } from '../../src/ui/MySignIn';
import { TeamView } from '../../src/ui/TeamView';
import { DocLinkView } from '../../src/ui/components/DocLinkView';
import { expectations, finding, renderUi, result, worker } from './testUtils';

const hostileHtml = '<img src=x onerror=alert(1)>';
const big = 'A'.repeat(10_240);
const hostile = worker('WK1', {
  email: 'eve@example.com',
  full_name: hostileHtml,
  roles: ['agent'],
  image_url: 'javascript:alert(1)',
  department: big,
  profile: 'https://evil.example.com/avatar.png',
});

describe('hostile values', () => {
  it('render as text: no img, no anchor, no script from attribute values', () => {
    const { container } = renderUi(
      <MySignIn
        user={{ identity: hostileHtml, roles: ['agent'] }}
        worker={hostile}
        result={result([
          finding('image-url-invalid', 'error', { path: 'image_url', message: 'image_url uses javascript:alert(1)' }),
        ])}
        expectations={expectations}
        idp={{ id: 'generic', source: 'default' }}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('script')).toBeNull();
    expect(container.querySelector('[onerror]')).toBeNull();
    for (const a of Array.from(container.querySelectorAll('a'))) {
      expect(a.getAttribute('href')).toMatch(/^https:\/\//);
      expect(a.getAttribute('href')).not.toContain('evil.example.com');
    }
    expect(screen.getAllByText(hostileHtml).length).toBeGreaterThan(0);
    expect(screen.getAllByText('javascript:alert(1)').length).toBeGreaterThan(0);
  });

  it('cuts 10 kB values instead of putting them whole into the DOM', () => {
    const { container } = renderUi(
      <MySignIn
        user={{}}
        worker={hostile}
        result={result()}
        expectations={expectations}
        idp={{ id: 'generic', source: 'default' }}
      />,
    );
    expect(container.textContent).not.toContain(big);
    expect(screen.getAllByText(/more characters/).length).toBeGreaterThan(0);
  });

  it('hostile values in the team table stay text', () => {
    const { container } = renderUi(
      <TeamView
        rows={[{ worker: hostile, result: result() }]}
        team={result()}
        summary={{}}
        canSeeValues
        expectations={expectations}
        idp={{ id: 'generic', source: 'default' }}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText(hostileHtml)).toBeInTheDocument();
  });

  it('a link is made only from https URLs', () => {
    const { container } = renderUi(
      <>
        <DocLinkView title="ok" url="https://www.twilio.com/docs/flex" />
        <DocLinkView title="js" url="javascript:alert(1)" />
        <DocLinkView title="http" url="http://example.com" />
        <DocLinkView title="data" url="data:text/html,hi" />
      </>,
    );
    const links = container.querySelectorAll('a');
    expect(links).toHaveLength(1);
    expect(links[0]).toHaveAttribute('href', 'https://www.twilio.com/docs/flex');
    expect(screen.getByText('js: javascript:alert(1)')).toBeInTheDocument();
  });
});
