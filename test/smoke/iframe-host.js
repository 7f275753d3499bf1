// What the embedding guide tells a site to do: size the frame to the height it posts.
const frame = document.getElementById('frame');
window.heights = [];
frame.style.width = '100%';
frame.style.border = '0';
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.data?.type !== 'ctc-frame-height') return;
  window.heights.push(event.data.height);
  frame.style.height = `${event.data.height}px`;
});
