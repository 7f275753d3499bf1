/**
 * The harness of the widget's browser tests. The widget answers first and unfolds later: the card
 * and its verdict render in the first update; the explanation (the nearest line), the working
 * (figures form, clause table, chart, extras) and the other views are chunks that arrive a task or
 * more later. Tests wait for those by polling for what a reader would see (`waitUntil`), never by
 * sleeping for a fixed time; what does not come is caught by `waitUntil`'s message, or by the test
 * framework's timeout.
 */
import { fixture, fixtureCleanup, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import type { ComputeThresholdCalculator } from '../../src/index.js';
import { hashWith, type SharedState } from '../../src/model/share-state.js';

export type Calculator = ComputeThresholdCalculator;

/**
 * How long a poll waits before failing with its message: long, as it only turns a hang into a
 * readable failure (a loaded machine may take seconds to load a chunk), not a performance bound.
 */
const PATIENCE = { interval: 10, timeout: 20000 };

/** Polls until `predicate` holds; fails with `message` if it never does. */
export function until(predicate: () => unknown, message: string): Promise<void> {
  return waitUntil(predicate, message, PATIENCE);
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

export function has(el: Calculator, selector: string): boolean {
  return el.shadowRoot!.querySelector(selector) !== null;
}

export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The verdict sentence, as the live region reads it (with "Out of date…" after it while a field is invalid). */
export function verdict(el: Calculator): string {
  return text(find(el, '#verdict-text'));
}

/** The verdict's headline alone, as it is shown (the visually hidden "out of date" left out). */
export function headline(el: Calculator): string {
  const region = find(el, '#verdict-text');
  return [...region.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent).join('').replace(/\s+/g, ' ').trim();
}

/** The notices about the page's attributes, properties and link. */
export function notices(el: Calculator): string {
  return findAll(el, '[part="notices"] li').map(text).join(' ');
}

/**
 * Mounts a calculator and waits for its first verdict (the card renders it in its first update), or,
 * when it opens on another view, for that view's tabs.
 */
export async function mount(template: TemplateResult): Promise<Calculator> {
  const el = await fixture<Calculator>(template);
  await el.updateComplete;
  await until(() => el.result !== null && (has(el, '#verdict-text') || has(el, '[role="tablist"]')), 'the first verdict never rendered');
  return el;
}

/**
 * Mounts a calculator as the only one on the page, as a link opened afresh shows it: the widgets
 * mounted before in the test are removed first (synced widgets take their hash keys by their place
 * among the others: `ctc` for the first without an id, `ctc-2` for the second…).
 */
export async function mountAlone(template: TemplateResult): Promise<Calculator> {
  fixtureCleanup();
  return mount(template);
}

/** Nothing of the widget is still loading: no "Loading…" placeholder, and the card's nearest line is there when it has one. */
function isSettled(el: Calculator): boolean {
  const root = el.shadowRoot!;
  if (root.textContent?.includes('Loading…')) return false;
  // A controlled or uncontrolled answer has a nearest line (or says that none exists) once explained.
  const answered = root.querySelector('.verdict.controlled, .verdict.not-controlled');
  if (answered && !root.querySelector('[part="nearest"]')) return false;
  // The calculator's other rules' answers come with its explanation, a task after its first verdict.
  if (root.querySelector('section.card .verdict.indeterminate') && el.result?.status !== 'invalid' && !el.result?.explanation.length) return false;
  // The working's share buttons, and the marker of changed thresholds, are chunks of their own.
  if (root.querySelector('[part="input-panel"]') && !root.querySelector('[part="actions"]')) return false;
  return !(root.querySelector('[part="input-panel"]') && el.thresholdEdits.length > 0 && !root.querySelector('[part="custom-marker"]'));
}

/** Waits until every chunk asked for has arrived and the explanation of the answer shown is rendered. */
export async function settled(el: Calculator): Promise<void> {
  await el.updateComplete;
  await until(() => isSettled(el), 'the widget kept showing "Loading…" or never explained its answer');
  await el.updateComplete;
}

/** Waits for the explanation of the answer shown: the card's nearest line, or the working's clause table. */
export async function explained(el: Calculator): Promise<void> {
  await until(() => has(el, '[part="nearest"]') || has(el, '[part="clause-table"]'), 'the answer was never explained');
  await settled(el);
}

/** Whether the working is unfolded and rendered (its chunk and messages arrived). */
export function isUnfolded(el: Calculator): boolean {
  return has(el, '[part="input-panel"]');
}

/** Clicks "Show the working" and waits until the working has rendered and its answer is explained. */
export async function unfold(el: Calculator): Promise<void> {
  const toggle = find<HTMLButtonElement>(el, '#working-toggle');
  if (toggle.getAttribute('aria-expanded') !== 'true') await clickOn(el, toggle);
  await until(() => isUnfolded(el), 'the working never rendered after "Show the working"');
  await settled(el);
}

/** Mounts a calculator and unfolds its working. */
export async function mountUnfolded(template: TemplateResult): Promise<Calculator> {
  const el = await mount(template);
  await unfold(el);
  return el;
}

/** Opens a view by clicking its tab (unfolding the card first, as the tabs sit over the working) and waits for it. */
export async function openView(el: Calculator, view: 'calculator' | 'compare' | 'catalog' | 'training'): Promise<void> {
  if (!has(el, `#tab-${view}`)) await unfold(el);
  await clickOn(el, find(el, `#tab-${view}`));
  await until(() => has(el, view === 'calculator' ? '#verdict-text' : `[part="${view}"]`), `the ${view} view never rendered`);
  await settled(el);
}

/** Opens a folded section of the working's extras (its summary clicked) and waits for its chunk. */
export async function openSection(el: Calculator, section: 'threshold-editor' | 'vintages'): Promise<HTMLDetailsElement> {
  if (!isUnfolded(el)) await unfold(el);
  const details = find<HTMLDetailsElement>(el, `details.${section}`);
  if (!details.open) await clickOn(el, details.querySelector('summary')!);
  await until(() => details.open && !text(details).includes('Loading…'), `the ${section} section never opened`);
  await settled(el);
  return details;
}

/** The figure rows, in order, as the user sees them. */
export function figureRows(el: Calculator): HTMLElement[] {
  return findAll(el, '.row.figure');
}

/** The value input of the nth figure row. */
export function figureValue(el: Calculator, n = 0): HTMLInputElement {
  const row = figureRows(el)[n];
  if (!row) throw new Error(`No figure row ${n + 1}`);
  return row.querySelector<HTMLInputElement>('input[id$="-value"]')!;
}

/** Focuses an input and types into it with real key events, replacing what it held. */
export async function typeInto(el: Calculator, input: HTMLInputElement, typed: string): Promise<void> {
  input.focus();
  input.select();
  if (typed === '') await sendKeys({ press: 'Backspace' });
  else await sendKeys({ type: typed });
  await el.updateComplete;
}

/** Sets an input's value at once, as a paste or autofill would, with the input event a reader's edit fires. */
export async function fill(el: Calculator, input: HTMLInputElement, value: string): Promise<void> {
  input.focus();
  input.value = value;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await el.updateComplete;
}

/** Picks an option of a select as a reader does with the keyboard's result: the value, and the change event. */
export async function choose(el: Calculator, select: HTMLSelectElement, value: string): Promise<void> {
  if (![...select.options].some((o) => o.value === value)) throw new Error(`No option ${value} in #${select.id}`);
  select.focus();
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

export async function press(el: Calculator, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

/**
 * Clicks the middle of an element with the real mouse, scrolling it into view first. The widget is
 * settled first: the nearest line arriving a task after the verdict moves what is under it, and a
 * click measured before that lands elsewhere.
 */
export async function clickOn(el: Calculator, target: Element): Promise<void> {
  await settled(el);
  // From elsewhere first, so that the pointer's press and release both land on what is there now.
  await sendMouse({ type: 'move', position: [0, 0] });
  target.scrollIntoView({ block: 'center', inline: 'center' });
  const box = target.getBoundingClientRect();
  const [x, y] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
  const root = target.getRootNode() as Document | ShadowRoot;
  const hit = root.elementFromPoint(x, y);
  if (!hit || !(target === hit || target.contains(hit))) throw new Error(`Something else is over the middle of ${target.tagName.toLowerCase()}#${target.id}: ${hit?.tagName.toLowerCase()}#${hit?.id}`);
  await sendMouse({ type: 'click', position: [x, y] });
  await el.updateComplete;
}

/** Types into the chip picker with real keys and presses Enter, as a reader picks a chip by name. */
export async function pickChip(el: Calculator, typed: string, input = '#chip-input'): Promise<HTMLInputElement> {
  const box = find<HTMLInputElement>(el, input);
  await clickOn(el, box);
  box.select();
  await sendKeys({ type: typed });
  await el.updateComplete;
  await press(el, 'Enter');
  return box;
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

/** The hash a link carries for the first synced widget without an id. */
export function hashOf(state: SharedState): string {
  return hashWith('', 'ctc', state)!;
}

/** Replaces the page's hash without a history entry or a hashchange event. */
export function setHash(hash: string): void {
  window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}${hash}`);
}
