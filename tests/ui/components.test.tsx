/**
 * The in-house Tabs (WAI-ARIA Tabs, automatic activation) and Disclosure (the WAI-ARIA disclosure pattern) that
 * stand in for Paste's reakit-based ones.
 */
import * as React from 'react';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Disclosure } from '../../src/ui/components/Disclosure';
import { Tabs } from '../../src/ui/components/Tabs';
import { renderUi } from './testUtils';

function ThreeTabs(): React.ReactElement {
  const [selected, setSelected] = React.useState('b');
  return (
    <Tabs
      label="Parts"
      selectedId={selected}
      onSelect={setSelected}
      tabs={[
        { id: 'a', label: 'One', panel: <input aria-label="kept" /> },
        { id: 'b', label: 'Two', panel: 'second' },
        { id: 'c', label: 'Three', panel: 'third' },
      ]}
    />
  );
}

describe('Tabs', () => {
  it('has the tablist, tab and tabpanel roles, wired both ways, and one tab stop', () => {
    renderUi(<ThreeTabs />);
    expect(screen.getByRole('tablist', { name: 'Parts' })).toBeInTheDocument();
    const tabs = screen.getAllByRole('tab');
    expect(tabs.map((t) => [t.textContent, t.getAttribute('aria-selected'), t.getAttribute('tabindex')])).toEqual([
      ['One', 'false', '-1'],
      ['Two', 'true', '0'],
      ['Three', 'false', '-1'],
    ]);
    const panel = screen.getByRole('tabpanel', { name: 'Two' });
    expect(panel).toHaveTextContent('second');
    expect(tabs[1]).toHaveAttribute('aria-controls', panel.id);
    expect(screen.getAllByRole('tabpanel')).toHaveLength(1);
  });

  it('Right and Left wrap, Home and End jump; focus moves and selects', async () => {
    renderUi(<ThreeTabs />);
    screen.getByRole('tab', { name: 'Two' }).focus();
    const expectOn = (name: string): void => {
      const tab = screen.getByRole('tab', { name });
      expect(tab).toHaveFocus();
      expect(tab).toHaveAttribute('aria-selected', 'true');
      expect(tab).toHaveAttribute('tabindex', '0');
      expect(screen.getByRole('tabpanel')).toHaveAttribute('aria-labelledby', tab.id);
    };
    await userEvent.keyboard('{ArrowRight}');
    expectOn('Three');
    await userEvent.keyboard('{ArrowRight}');
    expectOn('One');
    await userEvent.keyboard('{ArrowLeft}');
    expectOn('Three');
    await userEvent.keyboard('{Home}');
    expectOn('One');
    await userEvent.keyboard('{End}');
    expectOn('Three');
    await userEvent.keyboard('{ArrowUp}');
    expectOn('Three');
  });

  it('selects on click and keeps what was typed in a hidden panel', async () => {
    renderUi(<ThreeTabs />);
    await userEvent.click(screen.getByRole('tab', { name: 'One' }));
    await userEvent.type(screen.getByRole('textbox', { name: 'kept' }), 'abc');
    await userEvent.click(screen.getByRole('tab', { name: 'Three' }));
    expect(screen.queryByRole('textbox', { name: 'kept' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('tab', { name: 'One' }));
    expect(screen.getByRole('textbox', { name: 'kept' })).toHaveValue('abc');
  });
});

describe('Disclosure', () => {
  it('is a button with aria-expanded that shows and hides its content, closed unless defaultOpen', async () => {
    renderUi(
      <>
        <Disclosure summary="Closed part">inside one</Disclosure>
        <Disclosure summary="Open part" defaultOpen headingLevel={3}>
          inside two
        </Disclosure>
      </>,
    );
    const closed = screen.getByRole('button', { name: 'Closed part', expanded: false });
    const open = screen.getByRole('button', { name: 'Open part', expanded: true });
    expect(screen.getByText('inside one')).not.toBeVisible();
    expect(screen.getByText('inside two')).toBeVisible();
    expect(open.closest('h3')).not.toBeNull();
    expect(document.getElementById(closed.getAttribute('aria-controls') ?? '')).toHaveTextContent('inside one');
    await userEvent.click(closed);
    expect(closed).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText('inside one')).toBeVisible();
  });
});
