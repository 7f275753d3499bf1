import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { ruleSets } from '../src/core/rule-sets.js';
import { calculatorIn, renderCalculator, type CalculatorArgs } from './helpers.js';

/**
 * Every state a designer must see, as the reader first sees it: the answer card. Chips come from
 * the catalog by id; where a state needs figures the catalog does not have, the story gives a spec.
 * Layouts, widths and themes are in "Calculator/Layouts".
 */
const meta: Meta<CalculatorArgs> = {
  title: 'Calculator/States',
  component: 'compute-threshold-calculator',
  render: renderCalculator,
  argTypes: {
    chip: { control: 'text' },
    ruleSet: { control: 'select', options: ruleSets.map((r) => r.id) },
    shipment: { control: 'text' },
    layout: { control: 'inline-radio', options: ['card', 'full'] },
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    width: { control: 'text' },
  },
};
export default meta;
type Story = StoryObj<CalculatorArgs>;

/** The working unfolded and rendered (it is a chunk of its own, loaded on the first click). */
async function unfold(calculator: Awaited<ReturnType<typeof calculatorIn>>) {
  await userEvent.click(calculator.find('#working-toggle'));
  await waitFor(() => expect(calculator.query('.figures-column')).not.toBeNull());
}

export const Empty: Story = {
  name: 'Empty: an invitation, not a warning',
  play: async ({ canvasElement }) => {
    const { verdict } = await calculatorIn(canvasElement);
    await waitFor(() => expect(verdict()).toBe('Pick a chip or type its figures'));
  },
};

export const Controlled3A090a: Story = {
  name: 'Controlled: 3A090.a (H100)',
  args: { chip: 'nvidia-h100-sxm5' },
  play: async ({ canvasElement }) => {
    const { verdict } = await calculatorIn(canvasElement);
    await waitFor(() => expect(verdict()).toBe('Controlled: 3A090.a'));
  },
};

export const Controlled3A090b: Story = {
  name: 'Controlled: 3A090.b (L40)',
  args: { chip: 'nvidia-l40' },
  play: async ({ canvasElement }) => {
    const { verdict } = await calculatorIn(canvasElement);
    await waitFor(() => expect(verdict()).toBe('Controlled: 3A090.b'));
  },
};

export const NotControlled: Story = {
  name: 'Not controlled, 32 TPP short of a line (H20)',
  args: { chip: 'nvidia-h20' },
  play: async ({ canvasElement }) => {
    const { verdict, query } = await calculatorIn(canvasElement);
    await waitFor(() => expect(verdict()).toBe('Not controlled'));
    await waitFor(() => expect(query('[part="nearest"]')?.textContent).toContain('32 short of 2,400'));
  },
};

export const Note2: Story = {
  name: 'Not controlled: Note 2 (RTX 4090 D)',
  args: { chip: 'nvidia-rtx-4090d' },
  play: async ({ canvasElement }) => {
    const { find, verdict } = await calculatorIn(canvasElement);
    await waitFor(() => expect(verdict()).toBe('Not controlled'));
    expect(find('[part="verdict"]').textContent).toContain('Note 2');
  },
};

export const Indeterminate: Story = {
  name: 'Cannot tell: no die area',
  args: { spec: { name: 'Accelerator without a published die area', datacenter: true, throughput: [{ format: 'FP8', value: '375', unit: 'TFLOPS' }] } },
  play: async ({ canvasElement }) => {
    const { find, verdict } = await calculatorIn(canvasElement);
    await waitFor(() => expect(verdict()).toBe('Cannot tell yet'));
    expect(find('[part="verdict"]').textContent).toContain('the die area');
  },
};

export const Tf32Ambiguity: Story = {
  name: 'Cannot tell: the TF32 bit length decides',
  args: {
    spec: {
      name: 'TF32 at the BF16 rate', datacenter: true,
      throughput: [{ format: 'BF16', value: '190', unit: 'TFLOPS' }, { format: 'TF32', value: '190', unit: 'TFLOPS' }],
      dies: [{ areaMm2: '1000' }],
    },
  },
};

export const OutOfScope: Story = {
  name: 'Not controlled: an HBM stack under the logic-chip rule',
  args: { spec: { name: 'HBM3E stack', kind: 'hbm-stack', hbmStack: { bandwidthGBps: '1229', areaMm2: '121' } } },
  play: async ({ canvasElement }) => {
    const { find, verdict } = await calculatorIn(canvasElement);
    await waitFor(() => expect(verdict()).toBe('Not controlled'));
    expect(find('[part="verdict"]').textContent).toContain('Outside what this rule set covers');
  },
};

export const InvalidStale: Story = {
  name: 'Invalid figure: the last verdict stays, marked out of date',
  args: { chip: 'nvidia-h20' },
  play: async (context) => {
    const calculator = await calculatorIn(context.canvasElement);
    await waitFor(() => expect(calculator.verdict()).toBe('Not controlled'));
    await unfold(calculator);
    const value = calculator.find<HTMLInputElement>('.row.figure .value input');
    // Typed over the figure, as a reader correcting it would (keys go to the input itself, in the shadow root).
    await userEvent.type(value, '1,979', { initialSelectionStart: 0, initialSelectionEnd: value.value.length });
    await waitFor(() => expect(calculator.find('[part="verdict"]').classList.contains('stale')).toBe(true));
    expect(calculator.verdict()).toContain('Not controlled');
    expect(value.getAttribute('aria-invalid')).toBe('true');
  },
};

export const BoundaryL20: Story = {
  name: 'Boundary: PD 3.14 against the 3.2 line (L20)',
  args: { chip: 'nvidia-l20' },
};

export const BoundaryMI325X: Story = {
  name: 'Boundary: 0.4% under the 2026 TPP cap (MI325X)',
  args: { chip: 'amd-mi325x', ruleSet: 'bis-china-review-2026' },
};

export const AtTheLine: Story = {
  name: 'Boundary: TPP exactly 4,800',
  args: { spec: { name: 'Exactly at the line', datacenter: true, throughput: [{ format: 'INT8', value: '600', unit: 'TOPS' }], dies: [{ areaMm2: '5000' }] } },
  play: async ({ canvasElement }) => {
    const { verdict } = await calculatorIn(canvasElement);
    await waitFor(() => expect(verdict()).toBe('Controlled: 3A090.a'));
  },
};

export const Superseded2022: Story = {
  name: 'Superseded rule set: the A800 under the 2022 rule',
  args: { chip: 'nvidia-a800-sxm4-80gb', ruleSet: 'bis-3a090-2022' },
  play: async ({ canvasElement }) => {
    const { verdict } = await calculatorIn(canvasElement);
    await waitFor(() => expect(verdict()).toMatch(/^Not controlled/));
  },
};

export const Hbm: Story = {
  name: 'HBM stack under 3A090.c',
  args: { ruleSet: 'bis-3a090c-2024', spec: { name: 'HBM3E stack', kind: 'hbm-stack', hbmStack: { bandwidthGBps: '1229', areaMm2: '121' } } },
  play: async ({ canvasElement }) => {
    const { verdict } = await calculatorIn(canvasElement);
    await waitFor(() => expect(verdict()).toContain('3A090.c'));
  },
};

export const LongNames: Story = {
  name: 'Long names',
  args: {
    spec: {
      name: 'Extraordinarily Long Vendor Name Incorporated Hyperscale Inference Accelerator Ultra Max 2026 Edition (OAM module, liquid cooled)',
      datacenter: true,
      throughput: [{ format: 'Block-scaled-microexponent-format-FP6-variant', bitLength: '6', value: '4200', unit: 'TFLOPS' }],
      dies: [{ name: 'Compute chiplet with an unusually descriptive internal code name', areaMm2: '780' }],
    },
  },
};

/** The main flows, played. */
export const TypingFigures: Story = {
  name: 'Flow: typing a chip by hand',
  play: async ({ canvasElement }) => {
    const calculator = await calculatorIn(canvasElement);
    const { find, verdict } = calculator;
    await unfold(calculator);
    await userEvent.click(find('#market-datacenter'));
    await userEvent.selectOptions(find('.row.figure .format select'), 'FP8');
    await userEvent.type(find('.row.figure .value input'), '296');
    await userEvent.type(find('.row.die .area input'), '814');
    await waitFor(() => expect(verdict()).toMatch(/^Not controlled/));
    // Select what was typed and type over it, as a reader correcting a figure would.
    await userEvent.type(find('.row.figure .value input'), '300', { initialSelectionStart: 0, initialSelectionEnd: 3 });
    await waitFor(() => expect(verdict()).toContain('3A090.b'));
  },
};

export const PickingAChip: Story = {
  name: 'Flow: picking a chip from the catalog',
  play: async ({ canvasElement }) => {
    const { find, verdict } = await calculatorIn(canvasElement);
    const input = find<HTMLInputElement>('#chip-input');
    // Typed over the shown "Custom chip" text; keys go to the input itself, as keyboard() would send them to the shadow host.
    await userEvent.type(input, 'H100 SXM{ArrowDown}{Enter}', { initialSelectionStart: 0, initialSelectionEnd: input.value.length });
    await waitFor(() => expect(verdict()).toContain('3A090.a'));
  },
};

export const SwitchingRuleSets: Story = {
  name: 'Flow: the A800 across rule sets',
  args: { chip: 'nvidia-a800-sxm4-80gb' },
  play: async ({ canvasElement }) => {
    const { find, verdict } = await calculatorIn(canvasElement);
    await waitFor(() => expect(verdict()).toContain('3A090.a'));
    await userEvent.selectOptions(find('#rule-set'), 'bis-3a090-2022');
    await waitFor(() => expect(verdict()).toMatch(/^Not controlled/));
  },
};

export const Shipment: Story = {
  name: 'A shipment: 75,000 H200 to the UAE for a buyer headquartered in China',
  args: { chip: 'nvidia-h200-sxm', shipment: '{"quantity": "75000", "destinationCountry": "AE", "buyerHeadquartersCountry": "CN"}' },
  play: async ({ canvasElement }) => {
    const calculator = await calculatorIn(canvasElement);
    await waitFor(() => expect(calculator.query('#total-tpp-value')?.textContent?.trim()).toBe('1,187,400,000'));
    // The other rules' lines follow the verdict.
    await waitFor(() => expect(calculator.query('[part="overlays"]')).toBeTruthy());
    const lines = [...calculator.find('[part="overlays"]').querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    await expect(lines.some((l) => l.startsWith('Section 232 tariff (Jan 2026):'))).toBe(true);
  },
};

export const ShipmentWorking: Story = {
  name: 'A shipment, unfolded: its fields (open, as values are given) and the bandwidth chart',
  args: { chip: 'amd-mi325x', layout: 'full', shipment: '{"quantity": "1000", "destinationCountry": "CN"}' },
  play: async ({ canvasElement }) => {
    const calculator = await calculatorIn(canvasElement);
    await waitFor(() => expect(calculator.query('#bandwidth-chart-caption')).not.toBeNull());
    await expect(calculator.find<HTMLDetailsElement>('.shipment-fold').open).toBe(true);
    await expect(calculator.find<HTMLInputElement>('#quantity').value).toBe('1000');
    // One chart at a time (where wide enough for the switch), else each behind its button: show the bandwidth chart, drawn once shown.
    const bandwidth = calculator.find<HTMLInputElement>('#chart-show-bandwidth');
    await userEvent.click(bandwidth.checkVisibility() ? bandwidth : calculator.find('.chart-toggle[aria-controls="bandwidth-chart-figure"]'));
    await waitFor(() => expect(calculator.find('#bandwidth-chart-figure').checkVisibility()).toBe(true));
    await waitFor(() => expect(calculator.find('#bandwidth-chart-caption').textContent).toContain('Section 232 tariff (Jan 2026): band 2'));
  },
};
