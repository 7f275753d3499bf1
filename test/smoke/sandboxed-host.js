// A page on one origin that embeds frame.html from another, in sandbox="allow-scripts" (what WordPress
// gives embeds it does not trust), and sizes it with one resizer, chosen by ?resizer=, each written as
// the library that page would load does it (nothing is loaded from the network):
// - ctc: the listener docs/embedding.md gives;
// - pym: pym.js's Parent (nprapps/pym.js src/pym.js): appends initialWidth and childId to the frame's
//   URL, matches string messages with /^pymxPYMx{id}xPYMx(\S+)xPYMx(.*)$/, sets the height attribute
//   to parseInt(message) + 'px', and sends the width when its window resizes;
// - datawrapper: Datawrapper's responsive-embed snippet (developer.datawrapper.de/docs/responsive-iframe):
//   for every key of event.data['datawrapper-height'], the iframe whose contentWindow sent it gets
//   style.height = value + 'px';
// - amp: amp-iframe with `resizable` (ampproject/amphtml extensions/amp-iframe/0.1/amp-iframe.js and
//   src/iframe-helper.js listenFor): { sentinel: 'amp', type: 'embed-size' } from the frame's window,
//   from its src origin or, opaque-origin frames allowed, 'null'; heights under 100 ignored; the
//   runtime grants the change here;
// - wordpress: wp-embed.js (WordPress 6.1 wp-includes/js/wp-embed.js): '#?secret=' added to the src and
//   data-secret to the iframe, { message: 'height', value, secret } from the frame's window, clamped to
//   200–1000 px into the height attribute; 'ready' sent to the frame on load.
// Every message and the resizes are recorded in window.record for the check to read.
const params = new URLSearchParams(window.location.search);
const resizer = params.get('resizer') ?? 'ctc';
let src = params.get('frame');
const frameOrigin = new URL(src).origin;
const container = document.getElementById('container');
const frame = document.createElement('iframe');
frame.id = 'frame';
frame.title = 'Export-control threshold calculator';
frame.setAttribute('sandbox', 'allow-scripts');
// ?width= fixes the frame's width, to measure its height at that width.
if (params.get('width')) frame.style.width = `${Number(params.get('width'))}px`;
window.record = { resizer, messages: [], resizes: [] };

window.addEventListener('message', (event) => {
  if (event.source === frame.contentWindow) window.record.messages.push({ origin: event.origin, data: event.data });
});
const resized = (height) => window.record.resizes.push(height);

const PYM_ID = 'ctc-pym';
const SECRET = 'a1B2c3D4e5';

if (resizer === 'ctc') {
  window.addEventListener('message', (event) => {
    if (event.source === frame.contentWindow && event.data?.type === 'ctc-frame-height') {
      frame.style.height = `${event.data.height}px`;
      resized(event.data.height);
    }
  });
} else if (resizer === 'pym') {
  const delimiter = 'xPYMx';
  src += `${src.includes('?') ? '&' : '?'}initialWidth=${container.offsetWidth}&childId=${PYM_ID}`;
  frame.setAttribute('width', '100%');
  frame.setAttribute('scrolling', 'no');
  frame.setAttribute('marginheight', '0');
  frame.setAttribute('frameborder', '0');
  const messageRegex = new RegExp(`^pym${delimiter}${PYM_ID}${delimiter}(\\S+)${delimiter}(.*)$`);
  window.addEventListener('message', (event) => {
    if (typeof event.data !== 'string') return;
    const match = event.data.match(messageRegex);
    if (!match || match.length !== 3) return;
    if (match[1] === 'height') {
      const height = parseInt(match[2]);
      frame.setAttribute('height', `${height}px`);
      resized(height);
    }
  });
  window.addEventListener('resize', () => {
    frame.contentWindow.postMessage(['pym', PYM_ID, 'width', container.offsetWidth.toString()].join(delimiter), '*');
  });
} else if (resizer === 'datawrapper') {
  window.addEventListener('message', (event) => {
    if (typeof event.data['datawrapper-height'] !== 'undefined') {
      const iframes = document.querySelectorAll('iframe');
      for (const chartId in event.data['datawrapper-height']) {
        for (let i = 0; i < iframes.length; i++) {
          if (iframes[i].contentWindow === event.source) {
            iframes[i].style.height = `${event.data['datawrapper-height'][chartId]}px`;
            resized(event.data['datawrapper-height'][chartId]);
          }
        }
      }
    }
  });
} else if (resizer === 'amp') {
  window.addEventListener('message', (event) => {
    let data = event.data;
    if (!data) return;
    if (typeof data === 'string' && data.charAt(0) === '{') data = JSON.parse(data);
    if (data.sentinel !== 'amp' || data.type !== 'embed-size') return;
    if (event.source !== frame.contentWindow) return;
    if (event.origin !== frameOrigin && event.origin !== 'null') return;
    const height = parseInt(data.height, 10);
    if (isNaN(height) || height < 100) return;
    frame.style.height = `${height}px`;
    resized(height);
  });
} else if (resizer === 'wordpress') {
  src += `#?secret=${SECRET}`;
  frame.setAttribute('data-secret', SECRET);
  frame.className = 'wp-embedded-content';
  window.addEventListener('message', (event) => {
    const data = event.data;
    if (!data) return;
    if (!(data.secret || data.message || data.value)) return;
    if (/[^a-zA-Z0-9]/.test(data.secret)) return;
    for (const source of document.querySelectorAll(`iframe[data-secret="${data.secret}"]`)) {
      if (event.source !== source.contentWindow) continue;
      source.removeAttribute('style');
      if (data.message === 'height') {
        let height = parseInt(data.value, 10);
        if (height > 1000) height = 1000;
        else if (~~height < 200) height = 200;
        source.height = height;
        resized(height);
      }
    }
  });
  frame.addEventListener('load', () => frame.contentWindow.postMessage({ message: 'ready', secret: SECRET }, '*'));
}

frame.src = src;
container.append(frame);
