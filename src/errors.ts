/** Error helpers: every message starts with the package name and says what was received. */

/** The package name, as it appears at the start of every error message. */
export const PACKAGE = 'quote-attribution';

/** A short description of a received value for error messages: its type and a glimpse of it. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `an array of length ${value.length}`;
  switch (typeof value) {
    case 'string': return `a string (${JSON.stringify(value.length > 40 ? value.slice(0, 40) + '…' : value)})`;
    case 'number': case 'boolean': case 'bigint': return `${typeof value} ${String(value)}`;
    case 'undefined': return 'undefined';
    case 'function': return 'a function';
    case 'symbol': return 'a symbol';
    default: {
      const name = (value as object).constructor?.name;
      return name !== undefined && name !== 'Object' ? `an instance of ${name}` : 'an object';
    }
  }
}

/** Throws a TypeError naming the package, the function, what it expected and what it received. */
export function typeError(fn: string, expected: string, received: unknown): never {
  throw new TypeError(`${PACKAGE}: ${fn}() expects ${expected}, but received ${describe(received)}.`);
}
