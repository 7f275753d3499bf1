import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { calculatorIn, renderCalculator, type CalculatorArgs } from './helpers.js';

/**
 * Theming from the host page: every --ctc-* custom property and every part, styled from outside
 * the shadow root, as a site's own stylesheet would.
 */
const meta: Meta<CalculatorArgs> = {
  title: 'Calculator/Theming',
  component: 'compute-threshold-calculator',
  render: renderCalculator,
};
export default meta;
type Story = StoryObj<CalculatorArgs>;

const siteTheme = html`<style>
  .themed {
    font-family: Georgia, 'Times New Roman', serif;
  }
  .themed compute-threshold-calculator {
    --ctc-accent: #7a1fa2;
    --ctc-surface: #fffaf2;
    --ctc-raised: #f4ead9;
    --ctc-text: #2b2118;
    --ctc-muted: #6b5b4b;
    --ctc-border: #b59f84;
    --ctc-danger: #b00020;
    --ctc-controlled: #9c2a00;
    --ctc-clear: #1d5e3a;
    --ctc-undecided: #7a5500;
    --ctc-radius: 14px;
    --ctc-spacing: 1rem;
    --ctc-font: inherit;
  }
  .themed compute-threshold-calculator::part(card) { box-shadow: 0 2px 12px rgb(0 0 0 / 12%); }
  .themed compute-threshold-calculator::part(verdict) { font-size: 1.15em; border-width: 3px; }
  .themed compute-threshold-calculator::part(metrics) { font-variant-numeric: tabular-nums; }
  .themed compute-threshold-calculator::part(nearest) { font-style: italic; }
  .themed compute-threshold-calculator::part(overlays) { font-size: 0.95em; }
  .themed compute-threshold-calculator::part(input-panel) { border-left: 4px solid #b59f84; padding-left: 0.75rem; }
  .themed compute-threshold-calculator::part(chart) { background: #fff; border-radius: 14px; }
  .themed compute-threshold-calculator::part(clause-table) { font-size: 0.9em; }
  .themed compute-threshold-calculator::part(warnings) { border-left: 4px solid #7a5500; padding-left: 0.5rem; }
  .themed compute-threshold-calculator::part(citation) { font-size: 0.85em; }
  .themed compute-threshold-calculator::part(notices) { font-weight: 600; }
  .themed compute-threshold-calculator::part(actions) { justify-content: flex-end; }
  .themed compute-threshold-calculator::part(button) { border-radius: 999px; text-transform: uppercase; letter-spacing: 0.04em; }
</style>`;

export const SiteTheme: Story = {
  name: 'A site’s theme: every custom property and part',
  args: { chip: 'nvidia-l40', layout: 'full' },
  render: (args) => html`${siteTheme}<div class="themed">${renderCalculator(args)}</div>`,
  play: async ({ canvasElement }) => {
    const { el, find } = await calculatorIn(canvasElement);
    await waitFor(() => expect(getComputedStyle(find('[part~="button"]')).textTransform).toBe('uppercase'));
    expect(getComputedStyle(find('[part="verdict"]')).fontFamily).toContain('Georgia');
    expect(getComputedStyle(el).getPropertyValue('--ctc-accent').trim()).toBe('#7a1fa2');
  },
};

export const InheritsHostFont: Story = {
  name: 'Inherits the host page font',
  args: { chip: 'nvidia-h20' },
  render: (args) => html`<div style="font: 15px/1.6 'Courier New', monospace">${renderCalculator(args)}</div>`,
  play: async ({ canvasElement }) => {
    const { find } = await calculatorIn(canvasElement);
    await waitFor(() => expect(getComputedStyle(find('[part="verdict"]')).fontFamily).toContain('Courier New'));
  },
};

