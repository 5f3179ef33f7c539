/** The worker thread side of {@link createRunner}: processes the items the main thread posts. */
import { parentPort, workerData } from 'node:worker_threads';
import { makeHandler, type WorkItem, type WorkSettings } from './work.js';

/** Runs in a worker thread started with `workerData.settings`; answers each item with its result. */
export function workerMain(): void {
  const port = parentPort;
  if (port === null) throw new Error('workerMain() runs in a worker thread');
  const handle = makeHandler((workerData as { settings: WorkSettings }).settings);
  port.on('message', (item: WorkItem) => {
    const r = handle(item);
    port.postMessage(r, [r.out.buffer as ArrayBuffer]); // the output's bytes move, not copied
  });
}
