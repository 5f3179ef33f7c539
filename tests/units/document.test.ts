/**
 * The token accessors of src/text/document.ts outside the token range: the rules look one token
 * left of a phrase or one past the end without checking, and rely on these answers.
 */
import { describe, expect, it } from 'vitest';
import { english } from '../../src/lang/en/index.js';
import { buildDoc } from '../../src/text/document.js';

describe('Tokens accessors outside [0, length)', () => {
  const tk = buildDoc('Smith, the mayor, said so.', english.orthography).tokens;

  it('lowerOf is empty before the first token and past the last', () => {
    // Before: lowerOf(-1) was the whole text lower-cased (slice(undefined, undefined)).
    expect(tk.lowerOf(-1)).toBe('');
    expect(tk.lowerOf(tk.length)).toBe('');
    expect(tk.lowerOf(0)).toBe('smith');
    expect(tk.lowerOf(tk.length - 1)).toBe('.');
  });

  it('the boolean accessors are false', () => {
    for (const i of [-1, tk.length]) {
      expect(tk.has(i)).toBe(false);
      expect(tk.isCap(i)).toBe(false);
      expect(tk.isWord(i)).toBe(false);
      expect(tk.isPunct(i)).toBe(false);
      expect(tk.is(i, 'Smith')).toBe(false);
    }
  });
});

describe('lone surrogates', () => {
  // Found by the line-endings property (seed 1163983392): a lone high surrogate took the line
  // break after it into its token, so the paragraph did not end there with LF (it did with CRLF,
  // whose CR it took instead).
  it('a line break after a lone high surrogate still ends its paragraph', () => {
    for (const br of ['\n', '\r\n', '\r', '\u2028']) {
      const doc = buildDoc(`“\ud800${br}‘`, english.orthography);
      expect(doc.paragraphs.map((p) => [p.start, p.end]), JSON.stringify(br)).toEqual([[0, 2], [2 + br.length, 3 + br.length]]);
      expect(doc.tokens.length).toBe(3);
      expect(doc.tokens.lengthOf(1)).toBe(1);
    }
  });

  it('a surrogate pair is one token', () => {
    const tk = buildDoc('a 😀 b', english.orthography).tokens;
    expect([tk.length, tk.textOf(1)]).toEqual([3, '😀']);
  });
});
