/**
 * compute-threshold-calculator: the element class and its types, and the engine. Importing this
 * module registers nothing; import "compute-threshold-calculator/define" for that.
 */
export { ComputeThresholdCalculator, type CtcChangeEvent, type CtcResultEvent, type Layout, type Theme } from './components/calculator/compute-threshold-calculator.js';
export * from './core/index.js';
