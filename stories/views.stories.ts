import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { calculatorIn, renderCalculator, type CalculatorArgs } from './helpers.js';

/** The views beside the calculator, and the configurable thresholds. */
const meta: Meta<CalculatorArgs> = {
  title: 'Calculator/Views and thresholds',
  component: 'compute-threshold-calculator',
  render: renderCalculator,
};
export default meta;
type Story = StoryObj<CalculatorArgs>;

export const Compare: Story = {
  name: 'Compare: four chips side by side',
  args: { view: 'compare', compare: 'nvidia-h100-sxm5 nvidia-h20 nvidia-l40 nvidia-rtx-4090d' },
  play: async ({ canvasElement }) => {
    const { findAll } = await calculatorIn(canvasElement);
    await waitFor(() => expect(findAll('[part~="compare-table"] tbody tr').length).toBe(4));
  },
};

export const Catalog: Story = {
  name: 'Catalog: every chip under every rule set',
  args: { view: 'catalog' },
  play: async ({ canvasElement }) => {
    const { findAll } = await calculatorIn(canvasElement);
    await waitFor(() => expect(findAll('[part~="catalog-table"] tbody tr').length).toBeGreaterThanOrEqual(60));
  },
};

export const CustomThresholds: Story = {
  name: 'Custom thresholds: what if the a.1 line were 4000?',
  args: { layout: 'full', spec: { name: 'TPP 4,200 on a large die', datacenter: true, throughput: [{ format: 'INT8', value: '525', unit: 'TOPS' }], dies: [{ areaMm2: '3000' }] },
    thresholdEdits: [{ item: '3A090.a.1', index: 0, threshold: '4000' }] },
  play: async ({ canvasElement }) => {
    const { find, query, verdict } = await calculatorIn(canvasElement);
    await waitFor(() => expect(verdict()).toBe('Controlled: 3A090.a'));
    await waitFor(() => expect(query('[part~="custom-marker"]')?.textContent).toContain('4,000'));
    await userEvent.click(find('#reset-thresholds'));
    await waitFor(() => expect(verdict()).toMatch(/^Not controlled/));
  },
};

export const AsOfDate: Story = {
  name: 'As of 2023-01-01: the 2022 rule',
  args: { chip: 'nvidia-a800-sxm4-80gb', asOf: '2023-01-01' },
  play: async ({ canvasElement }) => {
    const { find, verdict } = await calculatorIn(canvasElement);
    await waitFor(() => expect(verdict()).toMatch(/^Not controlled/));
    expect((find<HTMLSelectElement>('#rule-set')).value).toBe('bis-3a090-2022');
  },
};

export const Vintages: Story = {
  name: 'Across vintages: the A800 under every built-in rule set',
  args: { chip: 'nvidia-a800-sxm4-80gb' },
  play: async ({ canvasElement }) => {
    const { find, findAll, query } = await calculatorIn(canvasElement);
    await userEvent.click(find('#working-toggle'));
    await waitFor(() => expect(query('details.vintages summary')).not.toBeNull());
    await userEvent.click(find('details.vintages summary'));
    await waitFor(() => expect(findAll('[part~="vintages"] tbody tr').length).toBe(13));
  },
};
