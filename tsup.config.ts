import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // index: the library (no Node API, no dependency at run time). cli: the `quote-attribution`
  // command; it imports the library's source, and linkedom/@mozilla/readability only reach it.
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts' },
  format: ['esm', 'cjs'],
  // Declarations only for the library: the CLI has no importable API.
  dts: { entry: { index: 'src/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  platform: 'neutral',
  // Each entry is one self-contained file: dist/index.js loads in a browser as it is (docs/demo).
  splitting: false,
  // import.meta.url in dist/cli.cjs (the CLI starts its worker threads from its own file).
  shims: true,
  define: { __QA_VERSION__: JSON.stringify(version) },
  // Bundled, so users install nothing: natural (only the modules we import) in both entries;
  // linkedom and @mozilla/readability (HTML input) in the CLI only.
  noExternal: ['natural', 'linkedom', '@mozilla/readability'],
});
