import * as React from 'react';
import { screen } from '@testing-library/react';
import { Section, headingFor } from '../../src/ui/components/Section';
import { renderUi } from './testUtils';

describe('Section', () => {
  it('is a region named by its heading, at the level given', () => {
    renderUi(
      <Section heading="Fix plan" level={3} headingId="plan-heading">
        <p>steps</p>
      </Section>,
    );
    const heading = screen.getByRole('heading', { level: 3, name: 'Fix plan' });
    expect(heading).toHaveAttribute('id', 'plan-heading');
    expect(screen.getByRole('region', { name: 'Fix plan' })).toContainElement(screen.getByText('steps'));
  });

  it('makes the heading focusable by script only when a ref asks for focus', () => {
    const ref = React.createRef<HTMLHeadingElement>();
    renderUi(<Section heading="Ana Lima" headingRef={ref} />);
    expect(ref.current).toBe(screen.getByRole('heading', { level: 2, name: 'Ana Lima' }));
    expect(ref.current).toHaveAttribute('tabindex', '-1');
  });

  it('keeps levels within h1–h6', () => {
    expect(headingFor(2)).toEqual({ as: 'h2', variant: 'heading20' });
    expect(headingFor(9)).toEqual({ as: 'h6', variant: 'heading60' });
    expect(headingFor(0)).toEqual({ as: 'h1', variant: 'heading10' });
  });
});
