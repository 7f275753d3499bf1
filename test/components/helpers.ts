import { fixture } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { ComputeThresholdCalculator } from '../../src/index.js';

export type Calculator = ComputeThresholdCalculator;

/** Mounts a calculator and waits for all of it: the chart and vintages table come a task after the verdict. */
export async function mount(template: TemplateResult): Promise<Calculator> {
  const el = await fixture<Calculator>(template);
  await el.updateComplete;
  await new Promise((done) => setTimeout(done));
  await el.updateComplete;
  return el;
}

/** An element inside the calculator's shadow root; fails the test when it is missing. */
export function find<T extends Element = HTMLElement>(el: Calculator, selector: string): T {
  const found = el.shadowRoot!.querySelector<T>(selector);
  if (!found) throw new Error(`No element matches ${selector}`);
  return found;
}

export function findAll<T extends Element = HTMLElement>(el: Calculator, selector: string): T[] {
  return [...el.shadowRoot!.querySelectorAll<T>(selector)];
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function verdict(el: Calculator): string {
  return text(find(el, '#verdict-text'));
}

/** The figure rows, in order, as the user sees them. */
export function figureRows(el: Calculator): HTMLElement[] {
  return findAll(el, '.row.figure');
}

/** Focuses an input and types into it with real key events, replacing what it held. */
export async function typeInto(el: Calculator, input: HTMLInputElement, typed: string): Promise<void> {
  input.focus();
  input.select();
  if (typed === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: typed });
  await el.updateComplete;
}

export async function press(el: Calculator, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/** Clicks the middle of an element with the real mouse, scrolling it into view first. */
export async function clickOn(el: Calculator, target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
  await el.updateComplete;
}

/** The element that has focus, looking into shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Ids of the elements named by an element's aria-describedby. */
export function describedBy(input: Element): string[] {
  return (input.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
}
