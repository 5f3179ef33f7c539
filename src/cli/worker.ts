/** The worker thread side of {@link createRunner}: processes the items the main thread posts. */
import { parentPort, workerData } from 'node:worker_threads';
import { makeHandler, type WorkItem, type WorkSettings } from './work.js';

/** Runs in a worker thread started with `workerData.settings`; answers each item with its result. */
export function workerMain(): void {
  const port = parentPort;
  if (port === null) throw new Error('workerMain() runs in a worker thread');
  const handle = makeHandler((workerData as { settings: WorkSettings }).settings);
  port.on('message', async (item: WorkItem) => {
    // Copied, not transferred: the first ArrayBuffer an isolate detaches (a transfer) invalidates
    // V8's detaching protector, and every optimised function that reads a typed array (all the
    // token accessors) is thrown away and compiled again with detach checks — measured, 66
    // functions per worker, ~3× the compile work of one thread. Copying the output is a memcpy.
    port.postMessage(await handle(item));
  });
}
