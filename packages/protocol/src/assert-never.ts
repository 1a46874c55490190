/**
 * Ends an exhaustive `switch` over a union: once every member has its case, `value` is `never`, so
 * a union member without a case fails to compile. Throws if a value ever escapes its type at run
 * time (decoded frames cannot).
 *
 * @example
 * switch (frame.type) {
 *   case 'ping': return pong();
 *   // ...every other type...
 *   default: return assertNever(frame);
 * }
 */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
