// Node's implementation of WorkerPool: worker threads running worker.node.js from the built
// package. If the workers cannot start (no built worker file, as when tests run the TypeScript
// sources, or a bundle that left it out), `startNodePool` resolves to undefined and the file is
// read in one pass instead.
import { availableParallelism } from 'node:os';
import { type ResourceLimits, Worker } from 'node:worker_threads';
import type { WorkerPool } from './pool.js';
import type { ChunkJob, ChunkResult, FromWorker, ToWorker, WorkerSetup } from './protocol.js';

/** Workers used by default: one per core besides the main thread's (which validates parts too), at most 8. */
export function defaultWorkers(): number {
  return Math.min(8, Math.max(1, availableParallelism() - 1));
}

/**
 * A worker's garbage is almost all rows of the part in hand, dead once the part is read: a young
 * generation of 16 MB (instead of V8's 48) collects it as often as needed and keeps each worker
 * about 30 MB smaller, at a cost of a few per cent in speed. What a worker keeps (its code, the
 * compiled schema, remembered values) is about 11 MB, yet without a bound its old generation grew
 * to 60 MB before V8 collected it; a bound of 32 MB makes V8 collect sooner (peak memory on a
 * million rows about 270 → 230 MB, no measurable cost in time). A part that truly needs more (a row
 * of millions of characters, hundreds of columns each remembering thousands of values) stops the
 * worker, and the file is then read again in one pass: the same report, later.
 */
const WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 16, maxOldGenerationSizeMb: 32 };

interface Pending {
  resolve: (result: ChunkResult) => void;
  reject: (error: Error) => void;
}

class NodeWorker {
  readonly pending = new Map<number, Pending>();
  failure: Error | undefined;

  constructor(readonly thread: Worker) {
    thread.on('message', (message: FromWorker) => {
      if (message.kind === 'ready') return;
      const id = message.kind === 'result' ? message.result.id : message.id;
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (message.kind === 'result') waiting?.resolve(message.result);
      else waiting?.reject(new Error(`worker failed on a part of the file: ${message.message}`));
    });
    thread.on('error', (error) => this.fail(error));
    thread.on('exit', (code) => this.fail(new Error(`worker stopped (exit code ${code})`)));
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

class NodePool implements WorkerPool {
  constructor(private readonly workers: NodeWorker[]) {}

  get size(): number {
    return this.workers.length;
  }

  get pending(): number {
    return this.workers.reduce((sum, worker) => sum + worker.pending.size, 0);
  }

  setup(setup: WorkerSetup): void {
    for (const worker of this.workers) worker.thread.postMessage({ kind: 'setup', setup } satisfies ToWorker);
  }

  run(job: ChunkJob): Promise<ChunkResult> {
    const worker = this.workers.reduce((best, w) => (w.pending.size < best.pending.size ? w : best));
    if (worker.failure) return Promise.reject(worker.failure);
    return new Promise((resolve, reject) => {
      worker.pending.set(job.id, { resolve, reject });
      worker.thread.postMessage({ kind: 'chunk', job } satisfies ToWorker);
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.thread.terminate()));
  }
}

/**
 * Starts `size` workers (with these heap limits) and waits until each has loaded; undefined if any
 * cannot start.
 */
export async function startNodePool(
  size = defaultWorkers(),
  limits: ResourceLimits = WORKER_LIMITS,
): Promise<WorkerPool | undefined> {
  const url = new URL('./worker.node.js', import.meta.url);
  const threads: Worker[] = [];
  try {
    for (let i = 0; i < size; i++) threads.push(new Worker(url, { resourceLimits: limits }));
    await Promise.all(threads.map((thread) => ready(thread)));
  } catch {
    await Promise.all(threads.map((thread) => thread.terminate()));
    return undefined;
  }
  return new NodePool(threads.map((thread) => new NodeWorker(thread)));
}

function ready(thread: Worker): Promise<void> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: FromWorker) => {
      if (message.kind !== 'ready') return;
      thread.off('error', reject);
      thread.off('exit', reject);
      thread.off('message', onMessage);
      resolve();
    };
    thread.on('message', onMessage);
    thread.once('error', reject);
    thread.once('exit', reject);
  });
}
