/**
 * The messages by which the iframe page tells its parent how tall it is, in each form that a
 * resizer in the wild understands. Pure: frame.ts measures and posts.
 *
 * - ours: `{ type: 'ctc-frame-height', height }`, always;
 * - Datawrapper's responsive-embed listener: `{ 'datawrapper-height': { [id]: height } }`, always (as
 *   Datawrapper's charts do). Its current snippet finds the frame by `event.source` and ignores the
 *   id; its older one finds `#datawrapper-chart-{id}` or an iframe whose src contains the id;
 * - AMP's amp-iframe (`resizable`, with an `overflow` child): `{ sentinel: 'amp', type: 'embed-size',
 *   height }`, always (amp-iframe accepts it from a sandboxed frame; the runtime may defer or deny it);
 * - pym.js's Parent: the string `pymxPYMx{childId}xPYMxheightxPYMx{height}`, only when the URL has the
 *   `childId` that a pym Parent appends to the frame's URL;
 * - WordPress's embed host script (wp-embed.js, for oEmbed results it sandboxes): `{ message: 'height',
 *   value: height, secret }`, only when the URL's hash has the `secret` WordPress adds to it.
 */

export const HEIGHT_MESSAGE = 'ctc-frame-height';
/** The Datawrapper key when the URL names none. */
export const DEFAULT_FRAME_ID = 'compute-threshold-calculator';
/** pym.js's delimiter (pym.js src/pym.js, MESSAGE_DELIMITER). */
const PYM = 'xPYMx';

/** How the parent page may know this frame, from the frame's URL. */
export interface FrameIds {
  /** The key of Datawrapper's message: the `id` parameter, or DEFAULT_FRAME_ID. */
  id: string;
  /** pym.js's `childId` parameter, or null when no pym Parent made the URL. */
  pymChildId: string | null;
  /** WordPress's `secret` from the URL's hash (`#?secret=…`, ten letters and digits), or null. */
  wordpressSecret: string | null;
}

export function frameIds(search: string, hash: string): FrameIds {
  const params = new URLSearchParams(search);
  const id = params.get('id');
  // The id becomes part of a CSS selector in Datawrapper's older listener: keep it to characters that cannot break one.
  const childId = params.get('childId');
  return {
    id: id !== null && /^[\w-]{1,100}$/.test(id) ? id : DEFAULT_FRAME_ID,
    pymChildId: childId ? childId : null,
    wordpressSecret: wordpressSecret(hash),
  };
}

/** wp-embed.js adds `#?secret=` and ten characters of [a-zA-Z0-9], and drops messages whose secret has others. */
export function wordpressSecret(hash: string): string | null {
  return /[#?&]secret=([a-zA-Z0-9]{1,64})(?:&|$)/.exec(hash)?.[1] ?? null;
}

export type Protocol = 'ctc' | 'datawrapper' | 'amp' | 'pym' | 'wordpress';

/** Every message a parent may read `height` (an integer, in CSS pixels) from; `only` narrows to one protocol. */
export function heightMessages(height: number, ids: FrameIds, only?: Protocol): unknown[] {
  const all: [Protocol, unknown][] = [
    ['ctc', { type: HEIGHT_MESSAGE, height }],
    ['datawrapper', { 'datawrapper-height': { [ids.id]: height } }],
    ['amp', { sentinel: 'amp', type: 'embed-size', height }],
  ];
  if (ids.pymChildId !== null) all.push(['pym', ['pym', ids.pymChildId, 'height', String(height)].join(PYM)]);
  if (ids.wordpressSecret !== null) all.push(['wordpress', { message: 'height', value: height, secret: ids.wordpressSecret }]);
  return all.filter(([protocol]) => !only || protocol === only).map(([, message]) => message);
}

/**
 * The protocol of a message from the parent that asks for the height: pym's width message (a pym
 * Parent sends it when its window resizes, and its Child answers with the height) or wp-embed.js's
 * `ready`. Null for anything else.
 */
export function heightRequest(data: unknown, ids: FrameIds): Protocol | null {
  if (ids.pymChildId !== null && typeof data === 'string' && data.startsWith(['pym', ids.pymChildId, 'width', ''].join(PYM))) return 'pym';
  if (ids.wordpressSecret !== null && typeof data === 'object' && data !== null) {
    const { message, secret } = data as { message?: unknown; secret?: unknown };
    if (message === 'ready' && secret === ids.wordpressSecret) return 'wordpress';
  }
  return null;
}
