/** A maker that runs `make` the first time it is called and returns the same value after. @internal */
export function once<T>(make: () => T): () => T {
  let made: { readonly value: T } | null = null;
  return () => (made ??= { value: make() }).value;
}
