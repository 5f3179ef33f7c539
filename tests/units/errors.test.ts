/**
 * The error messages a caller sees (src/errors.ts): the package name, the function, what it
 * expected, and what it received, described by type with a glimpse of the value.
 */
import { describe, expect, it } from 'vitest';
import { describe as describeValue, PACKAGE, typeError } from '../../src/errors.js';
import { analyze, createExtractor, extractQuotes } from '../../src/index.js';

/** The message of what `fn` throws (a TypeError), or a failure when it throws nothing else. */
function message(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(TypeError);
    return (e as Error).message;
  }
  throw new Error('expected a throw, but the call returned');
}

class Widget {}

describe('describe (what a message says was received)', () => {
  it.each([
    ['undefined', undefined, 'undefined'],
    ['null', null, 'null'],
    ['a number', 42, 'number 42'],
    ['NaN', Number.NaN, 'number NaN'],
    ['a boolean', false, 'boolean false'],
    ['a bigint', 10n, 'bigint 10'],
    ['an empty array', [], 'an array of length 0'],
    ['an array', ['a', 'b'], 'an array of length 2'],
    ['a function', () => 1, 'a function'],
    ['a symbol', Symbol('s'), 'a symbol'],
    ['a plain object', {}, 'an object'],
    ['an object without a prototype', Object.create(null) as object, 'an object'],
    ['an instance of a class', new Widget(), 'an instance of Widget'],
    ['a Map', new Map(), 'an instance of Map'],
  ])('%s', (_, value, expected) => {
    expect(describeValue(value)).toBe(expected);
  });

  it('a string: quoted, and cut after 40 characters with an ellipsis', () => {
    expect(describeValue('fast')).toBe('a string ("fast")');
    expect(describeValue('a"b')).toBe('a string ("a\\"b")');
    expect(describeValue('a'.repeat(40))).toBe(`a string ("${'a'.repeat(40)}")`);
    expect(describeValue('a'.repeat(41))).toBe(`a string ("${'a'.repeat(40)}…")`);
  });
});

describe('typeError', () => {
  it('throws a TypeError naming the package, the function, what it expected and what it received', () => {
    expect(PACKAGE).toBe('quote-attribution');
    expect(message(() => typeError('analyze', 'the text as a string', 42))).toBe('quote-attribution: analyze() expects the text as a string, but received number 42.');
  });
});

describe('the messages of the public functions', () => {
  it('text that is not a string, named by the function called', () => {
    expect(message(() => extractQuotes(42 as unknown as string))).toBe('quote-attribution: extractQuotes() expects the text as a string, but received number 42.');
    expect(message(() => analyze(null as unknown as string))).toBe('quote-attribution: analyze() expects the text as a string, but received null.');
    expect(message(() => createExtractor().extractQuotes([] as unknown as string))).toBe('quote-attribution: extractQuotes() expects the text as a string, but received an array of length 0.');
    expect(message(() => createExtractor().analyze(new Widget() as unknown as string))).toBe('quote-attribution: analyze() expects the text as a string, but received an instance of Widget.');
  });

  it('options that are not an object', () => {
    expect(message(() => createExtractor(42 as never))).toBe('quote-attribution: createExtractor() expects an options object or undefined, but received number 42.');
    expect(message(() => analyze('x', 'fast' as never))).toBe('quote-attribution: analyze() expects an options object or undefined, but received a string ("fast").');
  });
});
