/**
 * The iframe page for sites that strip scripts: the calculator with its options from URL
 * parameters, posting its height to the parent page so that the frame can be sized to fit.
 * Loaded beside the embed bundle, which defines the element.
 */

/** URL parameters passed through as attributes; nothing else is read. */
const OPTIONS = ['chip', 'rule-set', 'theme', 'layout', 'spec', 'as-of', 'heading-level'] as const;
const TAG = 'compute-threshold-calculator';
export const HEIGHT_MESSAGE = 'ctc-frame-height';

const params = new URLSearchParams(window.location.search);
const calculator = document.createElement(TAG);
for (const name of OPTIONS) {
  const value = params.get(name);
  if (value !== null) calculator.setAttribute(name, value);
}
document.body.append(calculator);

// The height carries nothing private, so any embedding page may read it.
let posted = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === posted || window.parent === window) return;
  posted = height;
  window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*');
}).observe(document.documentElement);
