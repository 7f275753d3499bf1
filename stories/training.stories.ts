import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import { calculatorIn, renderCalculator, type CalculatorArgs } from './helpers.js';

/**
 * The training-run view (`view="training"`, issue 16): a model's training compute against the lines
 * AI laws draw on it, as a card that answers and, unfolded, the run's figures by route, every line
 * with its margin and the days of training to it, and the explanation. Each story picks one of the
 * view's worked examples with a click, as a reader would.
 */
const meta: Meta<CalculatorArgs> = {
  title: 'Calculator/Training run',
  component: 'compute-threshold-calculator',
  render: renderCalculator,
  args: { view: 'training' },
};
export default meta;
type Story = StoryObj<CalculatorArgs>;

/** Clicks an example of the view once it has rendered, and waits for its answer. */
async function pick(canvasElement: HTMLElement, example: 'llama3' | 'cluster', verdict: RegExp) {
  const { find, query } = await calculatorIn(canvasElement);
  await waitFor(() => expect(query(`#training-example-${example}`)).not.toBeNull(), { timeout: 10000 });
  await userEvent.click(find(`#training-example-${example}`));
  await waitFor(() => expect(find('#verdict-text').textContent ?? '').toMatch(verdict));
  return calculatorIn(canvasElement);
}

const OVER = /^Over the line: general-purpose AI model with systemic risk/;

export const Card1280: Story = {
  name: 'Card, 1,280 px: Llama 3 405B (3.79 × 10²⁵ FLOP)',
  args: { width: '1200px' },
  play: async ({ canvasElement }) => {
    const { find, query } = await pick(canvasElement, 'llama3', OVER);
    expect(find('#training-flop').textContent).toBe('3.79 × 10²⁵ FLOP');
    expect(query('#training-working')).toBeNull();
  },
};

export const Card360: Story = {
  name: 'Card, 360 px: Llama 3 405B',
  args: { width: '360px' },
  play: async ({ canvasElement }) => {
    const { el } = await pick(canvasElement, 'llama3', OVER);
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth + 1);
  },
};

export const Unfolded1280: Story = {
  name: 'Unfolded, 1,280 px: 10,000 H100 for 90 days, 10²⁵ reached after 29.24 days',
  args: { layout: 'full', width: '1200px' },
  play: async ({ canvasElement }) => {
    const { find, findAll } = await pick(canvasElement, 'cluster', OVER);
    expect(find('#training-flop').textContent).toBe('3.08 × 10²⁵ FLOP');
    await waitFor(() => expect(findAll('[part~="training-lines"] tbody tr').length).toBe(3));
    expect(find('#training-nearest').textContent).toContain('after 29.24 days of training');
  },
};

export const Unfolded360: Story = {
  name: 'Unfolded, 360 px: 10,000 H100 for 90 days',
  args: { layout: 'full', width: '360px' },
  play: async ({ canvasElement }) => {
    const { el, findAll } = await pick(canvasElement, 'cluster', OVER);
    await waitFor(() => expect(findAll('[part~="training-lines"] tbody tr').length).toBe(3));
    // The table scrolls in a region of its own; the widget does not widen the column.
    expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth + 1);
  },
};

export const NoDuration: Story = {
  name: 'A cluster without a duration: the day each line is reached',
  args: { layout: 'full', width: '1200px' },
  play: async ({ canvasElement }) => {
    const { find, findAll } = await pick(canvasElement, 'cluster', OVER);
    // Select the days and delete them, as a reader would (userEvent.clear cannot focus inside a shadow root).
    await waitFor(() => expect(findAll('[part~="training-lines"] tbody tr').length).toBe(3));
    const days = find<HTMLInputElement>('#training-days');
    await userEvent.type(days, '{Backspace}', { initialSelectionStart: 0, initialSelectionEnd: days.value.length });
    await waitFor(() => expect(find('#verdict-text').textContent).toBe('Cannot tell yet'));
    expect(find('.days-to-lines').textContent).toContain('29.24 days');
  },
};
