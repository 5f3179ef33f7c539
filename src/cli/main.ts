#!/usr/bin/env node
/**
 * The `quote-attribution` command (package.json `bin`). The same file runs the worker threads of
 * `--jobs`: started by the runner with its flag in `workerData`, it processes work items instead.
 */
import { isMainThread, workerData } from 'node:worker_threads';
import { NAME } from './args.js';
import { WORKER_FLAG } from './runner.js';
import { main } from './run.js';
import { workerMain } from './worker.js';

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true) {
  workerMain();
} else {
  main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }, new URL(import.meta.url)).then(
    (code) => { process.exitCode = code; },
    (e: unknown) => {
      process.stderr.write(`${NAME}: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
