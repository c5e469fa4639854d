// Entry point of a Node worker thread (see pool.node.ts): receives the file's setup once, then
// validates each part it is sent and posts the result back, transferring its buffers.
import { parentPort } from 'node:worker_threads';
import { ChunkValidator } from './chunk-validator.js';
import { type FromWorker, type ToWorker, transferList } from './protocol.js';

const port = parentPort;
if (!port) throw new Error('worker.node.js runs as a worker thread');
let validator: ChunkValidator | undefined;

port.on('message', (message: ToWorker) => {
  if (message.kind === 'setup') {
    validator = new ChunkValidator(message.setup);
    return;
  }
  const { job } = message;
  try {
    if (!validator) throw new Error('a part arrived before the setup');
    const result = validator.run(job);
    port.postMessage({ kind: 'result', result } satisfies FromWorker, transferList(result));
  } catch (error) {
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ kind: 'failed', id: job.id, message: text } satisfies FromWorker);
  }
});
port.postMessage({ kind: 'ready' } satisfies FromWorker);
