/**
 * The entity table of a call (src/entities/table.ts): across the windows of a long text, one
 * entity per kind and name, with the mentions each window owns (offsets in the whole text) and the
 * longest title any window gave it.
 */
import { describe, expect, it } from 'vitest';
import { analyze, type Analysis } from '../../src/index.js';
import { analyzeInWindows } from '../../src/extract.js';
import { longestTitle } from '../../src/entities/table.js';
import { windowsOf } from '../../src/text/windows.js';

const filler = 'Filler text. '.repeat(40);
/** Each entity as [name, title, [start, text] of each mention]. */
const table = (a: Analysis): [string, string | null, [number, string][]][] => a.entities.map((e) => [e.name, e.title, e.mentions.map((m): [number, string] => [m.start, m.text])]);

describe('longestTitle', () => {
  it('is the longest title, the first of equally long ones, or null', () => {
    expect(longestTitle([])).toBeNull();
    expect(longestTitle(['President', 'Syrian President', 'Minister'])).toBe('Syrian President');
    expect(longestTitle(['Syrian President', 'President'])).toBe('Syrian President');
    expect(longestTitle(['Mayor', 'Judge'])).toBe('Mayor');
  });
});

describe('entities across windows', () => {
  it('the mentions of each window, at their offsets in the whole text', () => {
    const text = '“We will win,” Bashar al-Assad said.\n\n' + filler + '\n\n“We have won,” Syrian President Bashar al-Assad said.';
    const windowed = analyzeInWindows(text, 300, 60);
    expect(table(windowed)).toEqual([['Bashar al-Assad', 'Syrian President', [[15, 'Bashar al-Assad'], [575, 'Syrian President Bashar al-Assad']]]]);
    expect(text.slice(575, 575 + 'Syrian President Bashar al-Assad'.length)).toBe('Syrian President Bashar al-Assad');
    expect(table(windowed)).toEqual(table(analyze(text)));
  });

  it('a mention that starts where a window’s own part starts is that window’s, and only that window’s', () => {
    // Single line breaks: the cut falls at the start of the last line, on the name.
    const text = '“We will win,” Bashar al-Assad said.\n' + filler + '\nBashar al-Assad said: “We have won.”';
    expect(text.indexOf('\nBashar') + 1).toBe(558);
    expect(windowsOf(text, 300, 60).map((w) => w.keepFrom)).toEqual([0, 558]);
    expect(table(analyzeInWindows(text, 300, 60))).toEqual([['Bashar al-Assad', null, [[15, 'Bashar al-Assad'], [558, 'Bashar al-Assad']]]]);
  });

  it('a title that only a later window gives is the entity’s title', () => {
    const windowed = analyzeInWindows('“We will win,” Bashar al-Assad said.\n\n' + filler + '\n\n“We have won,” President Bashar al-Assad said.', 300, 60);
    expect(windowed.entities.map((e) => [e.name, e.title])).toEqual([['Bashar al-Assad', 'President']]);
  });

  it('a longer title from a later window replaces a shorter one, and a shorter one does not', () => {
    const longer = analyzeInWindows('“We will win,” President Bashar al-Assad said.\n\n' + filler + '\n\n“We have won,” Syrian President Bashar al-Assad said.', 300, 60);
    expect(longer.entities.map((e) => [e.name, e.title])).toEqual([['Bashar al-Assad', 'Syrian President']]);
    const shorter = analyzeInWindows('“We will win,” Syrian President Bashar al-Assad said.\n\n' + filler + '\n\n“We have won,” President Bashar al-Assad said.', 300, 60);
    expect(shorter.entities.map((e) => [e.name, e.title])).toEqual([['Bashar al-Assad', 'Syrian President']]);
  });
});
