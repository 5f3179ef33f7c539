/**
 * Runs work items on worker threads (or in the main thread for one job) and hands the results
 * back in input order. Memory is bounded: at most `window` items are queued, running or waiting
 * for their turn to be written, and `push` waits while the window is full, so a slow reader of
 * standard output slows the reading of the input instead of filling memory.
 */
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { makeHandler, type WorkItem, type WorkResult, type WorkSettings } from './work.js';

/**
 * Young generation of each worker thread, in MB (V8 makes it three semi-spaces; this gives 8 MB
 * ones). V8 otherwise starts it small and doubles it as allocation demands, up to 48 MB: then a
 * run's peak memory depends on how long it ran (measured, --jobs 2: 200-221 MB peak on 50 MB of
 * corpus against 235-263 MB on 200 MB). Fixed at this size, both peak at 210-219 MB, as fast.
 */
const WORKER_YOUNG_GENERATION_MB = 24;

/**
 * Bytes of shared memory for each item in flight: its corpus lines (a batch is about 128 KB plus
 * a part of a line) and its output (JSONL output is about 1.25 times its input, json 3.7 times).
 * An item that does not fit travels in bytes of its own instead. Reusing these slots, instead of
 * new buffers per batch in both directions, keeps the memory of a run from climbing with the
 * batches the main thread has not yet collected.
 */
const SLOT_INPUT_BYTES = 512 * 1024;
const SLOT_OUTPUT_BYTES = 1024 * 1024;

/** A worker thread died: the run cannot go on. */
export class WorkerFailure extends Error {}

/** Marks worker threads started by {@link Runner} (see main.ts). */
export const WORKER_FLAG = 'quoteAttributionWorker';

export interface Runner {
  /**
   * Queues an item (its `seq` must follow the previous one's); resolves when there is room for
   * the next. The caller may reuse the item's bytes once it resolves.
   */
  push(item: WorkItem): Promise<void>;
  /** Waits for every result to be emitted and stops the workers. */
  finish(): Promise<void>;
  /** Stops the workers at once. */
  abort(): void;
}

/**
 * Called with each result in `seq` order; the next result waits for the returned promise, and
 * `result.out` may be reused once it resolves (write it before).
 */
export type Emit = (result: WorkResult) => void | Promise<void>;

/** A runner for `jobs` threads; `workerUrl` is the script that runs {@link workerMain}. */
export function createRunner(jobs: number, settings: WorkSettings, emit: Emit, workerUrl: URL): Runner {
  return jobs <= 1 ? inline(settings, emit) : pool(jobs, settings, emit, workerUrl);
}

function inline(settings: WorkSettings, emit: Emit): Runner {
  const handle = makeHandler(settings);
  const outBuffer = new Uint8Array(SLOT_OUTPUT_BYTES);
  return {
    async push(item) { await emit(await handle({ ...item, outBuffer })); },
    async finish() {},
    abort() {},
  };
}

/**
 * A worker with the main thread's Node options. A worker refuses V8 and per-process options
 * (`node --max-old-space-size=… quote-attribution …`); those apply to the whole process already, so
 * it then starts without any.
 */
function startWorker(url: URL, options: WorkerOptions & { execArgv: string[] }): Worker {
  try {
    return new Worker(url, options);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ERR_WORKER_INVALID_EXEC_ARGV') throw e;
    return new Worker(url, { ...options, execArgv: [] });
  }
}

function pool(jobs: number, settings: WorkSettings, emit: Emit, workerUrl: URL): Runner {
  const window = jobs * 4;
  const perWorker = 2;
  const queue: WorkItem[] = [];
  const done = new Map<number, WorkResult>();
  let next = 0; // seq of the next result to emit
  let pushed = 0;
  let emitted = 0; // items whose emit promise resolved
  let failure: Error | null = null;
  let emitting: Promise<void> = Promise.resolve();
  let wake: (() => void) | null = null;
  const signal = (): void => { const w = wake; wake = null; w?.(); };

  interface Slot { readonly worker: Worker; busy: number }
  const slots: Slot[] = [];
  // Shared memory for the items between push and emit (at most `window`).
  interface Memory { readonly input: Uint8Array; readonly output: Uint8Array }
  const free: Memory[] = [];
  for (let i = 0; i < window; i++) free.push({ input: new Uint8Array(new SharedArrayBuffer(SLOT_INPUT_BYTES)), output: new Uint8Array(new SharedArrayBuffer(SLOT_OUTPUT_BYTES)) });
  const inUse = new Map<number, Memory>(); // by seq
  let closing = false;
  for (let i = 0; i < jobs; i++) {
    // Node options of the main thread carry over, except those that only make sense for it
    // (a wrapper started with --input-type=module -e … must not pass that to the worker).
    const execArgv = process.execArgv.filter((a) => !/^--(?:input-type|eval|print)\b|^-[ep]$/.test(a));
    const worker = startWorker(workerUrl, {
      workerData: { [WORKER_FLAG]: true, settings },
      execArgv,
      resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
    });
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (r: WorkResult) => {
      slot.busy--;
      done.set(r.seq, r);
      dispatch();
      flush();
    });
    worker.on('error', (e) => { failure ??= new WorkerFailure(`a worker thread failed: ${e.message}`); signal(); });
    worker.on('exit', (code) => {
      if (code !== 0 && !closing) { failure ??= new WorkerFailure(`a worker thread stopped with exit code ${code}`); signal(); }
    });
    slots.push(slot);
  }
  function dispatch(): void {
    while (queue.length > 0) {
      let best: Slot | null = null;
      for (const s of slots) if (s.busy < perWorker && (best === null || s.busy < best.busy)) best = s;
      if (best === null) return;
      best.busy++;
      best.worker.postMessage(queue.shift());
    }
  }

  function flush(): void {
    while (done.has(next)) {
      const r = done.get(next)!;
      done.delete(next);
      next++;
      emitting = emitting.then(() => emit(r)).then(() => {
        free.push(inUse.get(r.seq)!);
        inUse.delete(r.seq);
        emitted++;
        signal();
      }, (e: Error) => { failure ??= e; signal(); });
    }
  }

  let aborted = false;
  const waitFor = async (cond: () => boolean): Promise<void> => {
    while (!cond() && !aborted) {
      if (failure) throw failure;
      await new Promise<void>((resolve) => { wake = resolve; });
    }
    if (failure) throw failure;
  };

  return {
    async push(item) {
      if (failure) throw failure;
      if (aborted) return;
      // There is always free memory: at most window - 1 items are between push and emit here.
      const memory = free.pop()!;
      inUse.set(item.seq, memory);
      if (item.kind === 'lines') {
        // The caller reuses item.bytes once push resolves: copied into the slot, or else copied.
        let bytes: Uint8Array;
        if (item.bytes.length <= memory.input.length) {
          memory.input.set(item.bytes);
          bytes = memory.input.subarray(0, item.bytes.length);
        } else {
          bytes = item.bytes.slice();
        }
        queue.push({ ...item, bytes, outBuffer: memory.output });
      } else {
        queue.push({ ...item, outBuffer: memory.output });
      }
      pushed++;
      dispatch();
      await waitFor(() => pushed - emitted < window);
    },
    async finish() {
      try {
        await waitFor(() => emitted === pushed);
        if (!aborted) await emitting;
      } finally {
        closing = true;
        await Promise.all(slots.map((s) => s.worker.terminate()));
      }
    },
    abort() {
      closing = true;
      aborted = true;
      for (const s of slots) void s.worker.terminate();
      signal();
    },
  };
}
