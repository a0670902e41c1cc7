/**
 * A value now, or later. Loaders answer what an earlier statement already read (primed relations, statements, nodes)
 * with the value itself, not a promise: graphql-js then completes the field at once, where a promise costs it a
 * microtask and a result object per field (on a page of 100 programmes, about 600 fields).
 */
export type MaybePromise<T> = T | Promise<T>;

/** `f` of the value: at once when there is one, when it comes otherwise. */
export function andThen<T, U>(value: MaybePromise<T>, f: (value: T) => U): MaybePromise<U> {
  return value instanceof Promise ? value.then(f) : f(value);
}
