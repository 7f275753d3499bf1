// What a site does with dist/embed/oembed.json: fill in its placeholders (the frame's address, escaped
// for an HTML attribute inside a JSON string, and the provider), and what a consumer does with the
// answer: insert its `html`.
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const frameUrl = new URLSearchParams(window.location.search).get('frame');
const template = await (await fetch('/dist/embed/oembed.json')).text();
const filled = template
  .replaceAll('{frame_url}', JSON.stringify(escapeHtml(frameUrl)).slice(1, -1))
  .replaceAll('{provider_name}', 'Example Newsroom')
  .replaceAll('{provider_url}', 'https://example.org/');
window.oembed = JSON.parse(filled);
document.getElementById('embed').append(document.createRange().createContextualFragment(window.oembed.html));
