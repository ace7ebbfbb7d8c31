/** Ends every switch over a union, so the compiler checks that each case is handled. */
export function assertNever(x: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(x)}`);
}
