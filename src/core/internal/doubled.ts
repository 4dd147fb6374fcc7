/** The typed arrays a column is grown in. */
type Column = Float64Array | Int32Array | Uint32Array;

/**
 * A copy of a column with twice the room, its values first: for a column
 * filled to a length not known beforehand (then cut to what was filled).
 * A call of its own, so that the filling loop is not made larger by it.
 * @internal
 */
export function doubled<T extends Column>(values: T): T {
  const next = new (values.constructor as new (length: number) => T)(values.length * 2);
  next.set(values);
  return next;
}
