/**
 * Child process of tests/properties.test.ts: runs the bundled library over a batch of inputs in a
 * fresh Node process and writes the results, for comparison with the test process's own.
 *
 *   node tests/support/fresh-process.mjs <library.mjs> <inputs.json> <results.json>
 *
 * inputs.json: [{ "text": string, "options": object }, …]; results.json: the extractQuotes results.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const [libPath, inputsFile, resultsFile] = process.argv.slice(2);
const { extractQuotes } = await import(pathToFileURL(libPath).href);
const inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
writeFileSync(resultsFile, JSON.stringify(inputs.map(({ text, options }) => extractQuotes(text, options))));
