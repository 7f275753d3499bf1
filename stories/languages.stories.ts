import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { calculatorIn, renderCalculator, type CalculatorArgs } from './helpers.js';

/**
 * Each language the widget speaks, unfolded, in a phone's column and a wide page: CJK line
 * breaking, long German compounds, French spacing. Each story checks that the widget rendered in
 * its language and that nothing sticks out sideways.
 */
const meta: Meta<CalculatorArgs & { lang: string }> = {
  title: 'Calculator/Languages',
  component: 'compute-threshold-calculator',
  render: (args) => html`<div lang=${args.lang}>${renderCalculator(args)}</div>`,
  args: { chip: 'nvidia-h20', layout: 'full' },
};
export default meta;
type Story = StoryObj<CalculatorArgs & { lang: string }>;

const checked = (lang: string) => async ({ canvasElement }: { canvasElement: HTMLElement }) => {
  const { el, query } = await calculatorIn(canvasElement);
  await waitFor(() => expect(query('[part="base"]')?.getAttribute('lang')).toBe(lang), { timeout: 5000 });
  await waitFor(() => expect(query('.figures-column')).not.toBeNull(), { timeout: 5000 });
  expect(el.scrollWidth).toBeLessThanOrEqual(el.clientWidth + 1);
};

const story = (lang: string, width: string, name: string): Story => ({ name, args: { lang, width }, play: checked(lang) });

export const Chinese360 = story('zh-Hans', '360px', '简体中文, 360 px');
export const Chinese1280 = story('zh-Hans', '1280px', '简体中文, 1,280 px');
export const Japanese360 = story('ja', '360px', '日本語, 360 px');
export const Japanese1280 = story('ja', '1280px', '日本語, 1,280 px');
export const Korean360 = story('ko', '360px', '한국어, 360 px');
export const Korean1280 = story('ko', '1280px', '한국어, 1,280 px');
export const German360 = story('de', '360px', 'Deutsch, 360 px');
export const German1280 = story('de', '1280px', 'Deutsch, 1,280 px');
export const French360 = story('fr', '360px', 'Français, 360 px');
export const French1280 = story('fr', '1280px', 'Français, 1,280 px');
