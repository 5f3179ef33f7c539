#!/usr/bin/env node
// Builds the browser demo (docs/demo): copies the library's ESM build (dist/index.js) beside the
// page as lib/quote-attribution.js, and bundles the report's rendering (src/report/browser.ts)
// as lib/report.js. The page then runs the library itself in the browser.
//
//   node scripts/build-demo.mjs [--dist DIR] [--out DIR] [--serve [--port N]]
//
// --dist: the built package (default dist/, after `npm run build`); --out: the demo folder
// (default docs/demo; another folder gets a copy of docs/demo/index.html); --serve: serves the
// folder on http://127.0.0.1:PORT/ (default 8080) until stopped.
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const opt = (name, fallback) => { const i = args.indexOf(name); return i >= 0 && args[i + 1] ? args[i + 1] : fallback; };
const dist = resolve(opt('--dist', join(root, 'dist')));
const out = resolve(opt('--out', join(root, 'docs/demo')));
const lib = join(out, 'lib');

if (!existsSync(join(dist, 'index.js'))) {
  console.error(`build-demo: ${join(dist, 'index.js')} is missing; run \`npm run build\` first`);
  process.exit(1);
}
mkdirSync(lib, { recursive: true });
copyFileSync(join(dist, 'index.js'), join(lib, 'quote-attribution.js'));
const page = join(root, 'docs/demo/index.html');
if (resolve(out) !== resolve(join(root, 'docs/demo'))) copyFileSync(page, join(out, 'index.html'));
await build({
  config: false,
  entry: { report: join(root, 'src/report/browser.ts') },
  outDir: lib,
  format: ['esm'],
  platform: 'browser',
  target: 'es2022',
  dts: false,
  clean: false,
  splitting: false,
  sourcemap: false,
  silent: true,
  tsconfig: join(root, 'tsconfig.json'),
});
console.log(`build-demo: wrote ${lib}/quote-attribution.js and ${lib}/report.js`);

if (args.includes('--serve')) {
  const port = Number(opt('--port', '8080'));
  const types = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.map': 'application/json', '.css': 'text/css' };
  createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const file = join(out, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(out + sep) || !existsSync(file)) { res.writeHead(404).end('not found'); return; }
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  }).listen(port, '127.0.0.1', () => console.log(`build-demo: serving http://127.0.0.1:${port}/ (Ctrl-C to stop)`));
}
