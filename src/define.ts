/**
 * Registers <compute-threshold-calculator>. Import this module (or load dist/define.js with a
 * script tag) to use the element; import the class from the package root to register it yourself.
 */
import { ComputeThresholdCalculator } from './components/calculator/compute-threshold-calculator.js';

export const TAG_NAME = 'compute-threshold-calculator';

if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, ComputeThresholdCalculator);

export { ComputeThresholdCalculator };
