/** Three-valued logic: null is unknown, because a metric the answer depends on is not known. */
export type Truth = boolean | null;

/** False if any is false; else unknown if any is unknown; else true. */
export function allOf(truths: Iterable<Truth>): Truth {
  let unknown = false;
  for (const t of truths) {
    if (t === false) return false;
    if (t === null) unknown = true;
  }
  return unknown ? null : true;
}

/** True if any is true; else unknown if any is unknown; else false. */
export function anyOf(truths: Iterable<Truth>): Truth {
  let unknown = false;
  for (const t of truths) {
    if (t === true) return true;
    if (t === null) unknown = true;
  }
  return unknown ? null : false;
}

/** Both, as one truth: the value when they agree, unknown when they do not. */
export function agreed(a: Truth, b: Truth): Truth {
  return a === b ? a : null;
}
