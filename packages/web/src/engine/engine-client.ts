// The page's side of the worker: one request at a time, progress passed on, and cancel by ending
// the worker (a run that is reading a large file stops at once) and starting a fresh one.
import type { NormalizeFormat } from '@policedata/core';
import type { DatasetTypeOption, Reply, Request, RunInput } from './protocol.js';

type Result = Exclude<Reply, { kind: 'ready' | 'progress' | 'error' }>;
export type ProgressReply = Extract<Reply, { kind: 'progress' }>;
export type OnProgress = (progress: ProgressReply) => void;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export class CancelledError extends Error {
  override name = 'CancelledError';
}

/** A run the engine reported as impossible (core's message, for the page to show as it is). */
export class EngineError extends Error {
  override name = 'EngineError';
}

interface Pending {
  id: number;
  resolve: (reply: Result) => void;
  reject: (error: Error) => void;
  onProgress: OnProgress;
}

export class EngineClient {
  private worker: Worker;
  private pending: Pending | undefined;
  private nextId = 1;
  readonly types: Promise<DatasetTypeOption[]>;
  private resolveTypes!: (types: DatasetTypeOption[]) => void;

  /**
   * `onCrash` hears of a worker that failed with no request running (for example one that could
   * not start in this browser); a running request is rejected instead.
   */
  constructor(
    private readonly createWorker: () => Worker,
    private readonly onCrash: (message: string) => void = () => undefined,
  ) {
    this.types = new Promise((resolve) => {
      this.resolveTypes = resolve;
    });
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = this.createWorker();
    worker.addEventListener('message', (event: MessageEvent<Reply>) => this.receive(event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const message = `the checking engine stopped (${event.message || 'unknown error'}). Reload the page.`;
      if (this.pending) this.fail(new EngineError(message));
      else this.onCrash(message);
    });
    return worker;
  }

  private receive(reply: Reply): void {
    if (reply.kind === 'ready') {
      this.resolveTypes(reply.types);
      return;
    }
    const pending = this.pending;
    if (!pending || reply.id !== pending.id) return;
    if (reply.kind === 'progress') pending.onProgress(reply);
    else if (reply.kind === 'error') this.fail(new EngineError(reply.message));
    else {
      this.pending = undefined;
      pending.resolve(reply);
    }
  }

  private fail(error: Error): void {
    const pending = this.pending;
    this.pending = undefined;
    pending?.reject(error);
  }

  validate(input: RunInput, onProgress: OnProgress): Promise<Extract<Result, { kind: 'report' }>> {
    return this.send({ kind: 'validate', ...input }, onProgress) as Promise<Extract<Result, { kind: 'report' }>>;
  }

  proposeMapping(input: RunInput): Promise<Extract<Result, { kind: 'mapping' }>> {
    return this.send({ kind: 'propose-mapping', ...input }, () => undefined) as Promise<
      Extract<Result, { kind: 'mapping' }>
    >;
  }

  normalize(
    input: RunInput,
    format: NormalizeFormat,
    onProgress: OnProgress,
  ): Promise<Extract<Result, { kind: 'normalized' }>> {
    return this.send({ kind: 'normalize', format, ...input }, onProgress) as Promise<
      Extract<Result, { kind: 'normalized' }>
    >;
  }

  /** Sends a request; one already running is cancelled first. */
  private send(ask: DistributiveOmit<Request, 'id'>, onProgress: OnProgress): Promise<Result> {
    if (this.pending) this.cancel();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending = { id, resolve, reject, onProgress };
      this.worker.postMessage({ ...ask, id });
    });
  }

  /** Stops the running request at once: the worker is ended and a fresh one started. */
  cancel(): void {
    if (!this.pending) return;
    this.worker.terminate();
    this.fail(new CancelledError('cancelled'));
    this.worker = this.start();
  }
}
