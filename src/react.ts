/**
 * compute-threshold-calculator/react: the element as a React component, for React 18 (which sets
 * every prop on a custom element as a string attribute and cannot listen to its events) and for
 * React 19 apps that prefer a component. Importing it defines the element.
 *
 *   <ComputeThresholdCalculator chip="nvidia-h20" spec={spec} onCtcResult={(e) => e.detail.result.status} />
 *
 * Every property of the element is a prop, set as a property (objects stay objects); `onCtcChange`
 * and `onCtcResult` listen to `ctc-change` and `ctc-result`. React is an optional peer dependency
 * of the package: only this entry imports it.
 */
import { createComponent, type EventName } from '@lit/react';
import React from 'react';
import { ComputeThresholdCalculator as CalculatorElement, TAG_NAME } from './define.js';
import type { CtcChangeEvent, CtcResultEvent } from './components/calculator/compute-threshold-calculator.js';

export const ComputeThresholdCalculator = createComponent({
  react: React,
  tagName: TAG_NAME,
  elementClass: CalculatorElement,
  events: {
    onCtcChange: 'ctc-change' as EventName<CtcChangeEvent>,
    onCtcResult: 'ctc-result' as EventName<CtcResultEvent>,
  },
  displayName: 'ComputeThresholdCalculator',
});

export type { CtcChangeEvent, CtcResultEvent };
