import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/define.js';
import type { ChipSpec, ComputeThresholdCalculator, ConditionEdit, Layout, Theme } from '../src/index.js';

/** The arguments every calculator story takes; they mirror the element's attributes and properties. */
export interface CalculatorArgs {
  chip?: string;
  ruleSet?: string;
  layout?: Layout;
  theme?: Theme;
  headingLevel?: number;
  spec?: ChipSpec;
  /** The shipment as JSON text, as the `shipment` attribute takes it. */
  shipment?: string;
  view?: 'calculator' | 'compare' | 'catalog' | 'training';
  compare?: string;
  asOf?: string;
  thresholdEdits?: ConditionEdit[];
  /** The width of the column the widget sits in, e.g. "360px". */
  width?: string;
}

export function renderCalculator(args: CalculatorArgs) {
  const element = html`<compute-threshold-calculator
    chip=${ifDefined(args.chip)}
    rule-set=${ifDefined(args.ruleSet)}
    layout=${ifDefined(args.layout)}
    theme=${ifDefined(args.theme)}
    heading-level=${ifDefined(args.headingLevel)}
    view=${ifDefined(args.view)}
    compare=${ifDefined(args.compare)}
    as-of=${ifDefined(args.asOf)}
    shipment=${ifDefined(args.shipment)}
    .spec=${args.spec ?? nothing}
    .thresholdEdits=${args.thresholdEdits ?? nothing}
  ></compute-threshold-calculator>`;
  return args.width ? html`<div style="width: ${args.width}; max-width: 100%">${element}</div>` : element;
}

/** The calculator a story rendered, once it has rendered, and a query into its shadow root, for play functions. */
export async function calculatorIn(canvas: HTMLElement) {
  const el = canvas.querySelector<ComputeThresholdCalculator>('compute-threshold-calculator');
  if (!el) throw new Error('The story rendered no calculator');
  await el.updateComplete;
  const query = <T extends Element = HTMLElement>(selector: string) => el.shadowRoot?.querySelector<T>(selector) ?? null;
  const find = <T extends Element = HTMLElement>(selector: string): T => {
    const found = query<T>(selector);
    if (!found) throw new Error(`No element matches ${selector}`);
    return found;
  };
  const findAll = (selector: string) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])];
  const verdict = () => (find('#verdict-text').textContent ?? '').replace(/\s+/g, ' ').trim();
  return { el, query, find, findAll, verdict };
}
