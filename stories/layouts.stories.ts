import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { calculatorIn, renderCalculator, type CalculatorArgs } from './helpers.js';

/**
 * The card and the unfolded working, in the columns articles give them (360, 650 and 1,280 px),
 * and dark: by attribute, and by the page's own `color-scheme` when no theme is set.
 */
const meta: Meta<CalculatorArgs> = {
  title: 'Calculator/Layouts',
  component: 'compute-threshold-calculator',
  render: renderCalculator,
  args: { chip: 'nvidia-h20' },
};
export default meta;
type Story = StoryObj<CalculatorArgs>;

const unfolded = async (canvasElement: HTMLElement) => {
  const { query } = await calculatorIn(canvasElement);
  await waitFor(() => expect(query('.figures-column')).not.toBeNull());
};

export const Card: Story = {
  name: 'Card (the default)',
  args: { width: '650px' },
  play: async ({ canvasElement }) => {
    const { query, verdict } = await calculatorIn(canvasElement);
    await waitFor(() => expect(verdict()).toBe('Not controlled'));
    expect(query('#working')).toBeNull();
  },
};

export const Full: Story = {
  name: 'Full: the working unfolded beside the card',
  args: { layout: 'full', width: '1200px' },
  play: async ({ canvasElement }) => unfolded(canvasElement),
};

export const Card360: Story = { name: 'Card, 360 px', args: { width: '360px' } };

export const Full360: Story = {
  name: 'Full, 360 px: the verdict kept in view above the form',
  args: { layout: 'full', width: '360px' },
  play: async ({ canvasElement }) => {
    await unfolded(canvasElement);
    const { el } = await calculatorIn(canvasElement);
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth + 1);
  },
};

export const Full650: Story = { name: 'Full, 650 px', args: { layout: 'full', width: '650px' } };

export const Dark: Story = {
  name: 'Dark, by attribute',
  args: { theme: 'dark', layout: 'full', width: '1200px' },
  render: (args) => html`<div style="background: #0e1013; padding: 1rem">${renderCalculator(args)}</div>`,
};

export const PageColorScheme: Story = {
  name: 'Dark, following the page’s color-scheme',
  render: (args) => html`<div style="color-scheme: dark; background: #111; color: #eee; padding: 1rem">${renderCalculator(args)}</div>`,
  play: async ({ canvasElement }) => {
    const { find } = await calculatorIn(canvasElement);
    // The dark surface token, not the light one (#ffffff).
    await waitFor(() => expect(getComputedStyle(find('[part="card"]')).backgroundColor).toBe('rgb(22, 25, 30)'));
  },
};

export const UnderAnArticleHeading: Story = {
  name: 'In an article, under its h1 (heading-level 2)',
  args: { headingLevel: 2, width: '650px' },
  render: (args) => html`<article style="font: 17px/1.6 Georgia, serif"><h1>Which AI chips can be exported?</h1>
    <p>The rules are written in Total Processing Performance and performance density. Check a chip:</p>
    ${renderCalculator(args)}<p>The article goes on.</p></article>`,
};
