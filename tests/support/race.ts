/**
 * Runs one adversarial case (bench/adversarial-inputs.mjs) in a child process with
 * bench/adversarial-child.mjs, and kills it when it takes more than `factor` times as long as
 * ordinary news text of the same length, timed in the same child just before.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quote } from '../../src/index.js';
import { ROOT } from './library-bundle.js';

export interface RaceResult {
  /** Best time of the news text of the same length, in ms. */
  readonly baseline: number;
  /** Time of the case in ms, or `null` when the child was killed at the limit. */
  readonly ms: number | null;
  /** The limit the case ran under, in ms. */
  readonly limit: number;
  /** Length of the input. */
  readonly length: number;
  /** The case's quotations (with includeUnattributed), when it finished. */
  readonly quotes: Quote[] | null;
}

export interface RaceOptions {
  readonly library: string;
  readonly caseName: string;
  readonly factor: number;
  /** Limits under this are timer noise: the limit is never lower. */
  readonly floorMs: number;
  /** Where the child writes the quotations. */
  readonly resultFile: string;
  /** The child is killed if it has not reported its baseline by then. */
  readonly hardCapMs?: number;
}

export function race(o: RaceOptions): Promise<RaceResult> {
  const hardCap = o.hardCapMs ?? 120_000;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bench', 'adversarial-child.mjs'), o.library, o.caseName, '1', o.resultFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let baseline: number | null = null;
    let length = 0;
    let limit = hardCap;
    let settled = false;
    const finish = (r: RaceResult | Error): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.kill('SIGKILL');
      if (r instanceof Error) reject(r);
      else resolve(r);
    };
    let timer = setTimeout(() => finish(new Error(`${o.caseName}: no baseline within ${hardCap} ms`)), hardCap);
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      for (let nl = out.indexOf('\n'); nl >= 0; nl = out.indexOf('\n')) {
        const msg = JSON.parse(out.slice(0, nl)) as { baseline?: number; length?: number; ms?: number };
        out = out.slice(nl + 1);
        if (msg.baseline !== undefined) {
          baseline = msg.baseline;
          length = msg.length ?? 0;
          limit = Math.max(o.factor * baseline, o.floorMs);
          clearTimeout(timer);
          timer = setTimeout(() => finish({ baseline: baseline!, ms: null, limit, length, quotes: null }), limit);
        } else if (msg.ms !== undefined && baseline !== null) {
          const quotes = existsSync(o.resultFile) ? (JSON.parse(readFileSync(o.resultFile, 'utf8')) as { quotes: Quote[] }).quotes : null;
          finish({ baseline, ms: msg.ms, limit, length, quotes });
        }
      }
    });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('exit', (code, signal) => {
      if (!settled && signal === null) finish(new Error(`${o.caseName}: the child exited with code ${code}${err === '' ? '' : `:\n${err}`}`));
    });
  });
}
