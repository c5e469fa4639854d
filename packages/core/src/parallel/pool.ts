// Workers that validate parts of a file, behind an interface so the engine stays free of any
// runtime's thread API: Node's worker_threads implementation is in pool.node.ts; a browser could
// supply Web Workers running the same ChunkValidator.
import type { ChunkJob, ChunkResult, WorkerSetup } from './protocol.js';

export interface WorkerPool {
  /** Number of workers. */
  readonly size: number;
  /** Parts sent and not yet answered. */
  readonly pending: number;
  /** Sends the per-file setup to every worker; parts sent afterwards are validated with it. */
  setup(setup: WorkerSetup): void;
  /** Validates one part on the least busy worker. */
  run(job: ChunkJob): Promise<ChunkResult>;
  /** Stops the workers. */
  close(): Promise<void>;
}

/** How to validate large CSV files in parallel; without it, files are read in one pass. */
export interface ParallelOptions {
  /** Starts the workers; resolves to undefined when they cannot run here (then one pass is used). */
  start: () => Promise<WorkerPool | undefined>;
  /** Characters of text per part (default PART_CHARS). */
  partChars?: number;
  /** No row boundary within this many characters: the rest is read in one pass (default MAX_PART_CHARS). */
  maxPartChars?: number;
  /** False: the workers read every row the ordinary way, without the fast path (see FastRows). */
  fastRows?: boolean;
}

/**
 * About 500 KB of a typical file (3,000 rows of a stops file): enough rows per part that messages
 * cost little, few enough that a part's rows die young (cheap to collect) and memory stays flat.
 */
export const PART_CHARS = 512 * 1024;
/** Parts waiting or in work per worker: keeps every worker busy while the main thread reads ahead. */
export const PARTS_IN_FLIGHT = 3;
/** No row boundary within this many characters: read the rest in one pass (an unterminated quote). */
export const MAX_PART_CHARS = 32 * 1024 * 1024;
