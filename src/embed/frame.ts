/**
 * The iframe page for sites that strip scripts, or embed through a sandboxed frame: the calculator
 * with its options from URL parameters, telling the parent page its height so that the frame can
 * be sized to fit, in each form a common resizer understands (resize-messages.ts).
 *
 * Built alone (`vite build --mode frame`) as one classic script with the element and every chunk
 * inlined: in `sandbox="allow-scripts"` the page's origin is opaque, and a module script or import()
 * from an opaque origin is a CORS request that hosts do not answer.
 */
import '../define.js';
import { frameIds, heightMessages, heightRequest, wordpressSecret, type Protocol } from './resize-messages.js';

/**
 * URL parameters passed to the element as attributes, which checks their values. The only others read are
 * for resizers: `id` (Datawrapper's key), `childId` (pym.js) and WordPress's `#?secret=`.
 */
const FRAME_OPTIONS = ['chip', 'rule-set', 'spec', 'as-of', 'layout', 'theme', 'heading-level', 'view', 'compare', 'lang'] as const;

const params = new URLSearchParams(window.location.search);
const calculator = document.createElement('compute-threshold-calculator');
for (const name of FRAME_OPTIONS) {
  const value = params.get(name);
  if (value !== null) calculator.setAttribute(name, value);
}
// The page is the widget: it is in the widget's language, for the browser and for assistive technology.
if (params.get('lang')) document.documentElement.lang = params.get('lang')!;
document.body.append(calculator);

// The height carries nothing private, so any embedding page may read it.
if (window.parent !== window) {
  const ids = frameIds(window.location.search, window.location.hash);
  // The document's own height: it does not depend on the frame's, so that setting the frame to it changes nothing more.
  const measure = () => Math.ceil(document.documentElement.getBoundingClientRect().height);
  const post = (height: number, only?: Protocol) => {
    for (const message of heightMessages(height, ids, only)) window.parent.postMessage(message, '*');
  };
  let posted = 0;
  new ResizeObserver(() => {
    const height = measure();
    if (height === posted) return;
    posted = height;
    post(height);
  }).observe(document.documentElement);
  // A parent that asks (pym's width message, wp-embed.js's `ready`) gets the height again, in its own form.
  window.addEventListener('message', (event) => {
    if (event.source !== window.parent) return;
    const protocol = heightRequest(event.data, ids);
    if (protocol && posted) post(posted, protocol);
  });
  // wp-embed.js may add its secret to the frame's URL after the frame has loaded.
  window.addEventListener('hashchange', () => {
    const secret = wordpressSecret(window.location.hash);
    if (secret === ids.wordpressSecret) return;
    ids.wordpressSecret = secret;
    if (secret && posted) post(posted, 'wordpress');
  });
}
