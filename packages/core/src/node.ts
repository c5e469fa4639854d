// Node adapters (entry point `@policedata/core/node`): files on disk as byte sources, and
// `validateFile`. The rest of the engine uses only web-standard APIs and runs in a browser.
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { ValidateOptions } from './options.js';

export {
  type ComparisonPlan,
  type ExpandFiles,
  type InputFile,
  type PlannedSource,
  type PlanOptions,
  planComparison,
} from './compare/load.node.js';
export { type CompareOptions, compareSources } from './compare/run.node.js';

import { defaultWorkers, startNodePool } from './parallel/pool.node.js';
import type { ByteSource } from './read/types.js';
import type { Report } from './report/report.js';
import { validateSource } from './validate-source.js';

/** A file on disk as a byte source; each `stream()` call reads it from the start. */
export function fileByteSource(path: string, name = path): ByteSource {
  const { size } = statSync(path);
  return {
    name,
    size,
    stream: () => Readable.toWeb(createReadStream(path, { highWaterMark: 64 * 1024 })) as ReadableStream<Uint8Array>,
  };
}

export interface FileValidateOptions extends ValidateOptions {
  /**
   * Worker threads validating a CSV file's rows (the report is the same as with none). Default:
   * one per core for files of PARALLEL_MIN_BYTES or more, none for smaller files; 0 = one pass.
   */
  workers?: number;
  /** Characters of text per part handed to a worker (default about 2 MB); for tests and tuning. */
  partChars?: number;
}

/** Files from this size up are validated with workers by default: below it, starting them costs more than it saves. */
export const PARALLEL_MIN_BYTES = 16 * 1024 * 1024;

/** Validates a file on disk. Throws only for usage errors (a bad mapping or type); data problems are findings. */
export function validateFile(path: string, options: FileValidateOptions = {}): Promise<Report> {
  const { workers: asked, partChars, ...rest } = options;
  const source = fileByteSource(path, options.fileName ?? path);
  // A row hook (normalize) needs the rows in one pass, so it gets no workers unless asked for.
  const large = (source.size ?? 0) >= PARALLEL_MIN_BYTES && !options.onRow;
  const workers = asked ?? (large ? defaultWorkers() : 0);
  if (workers <= 0) return validateSource(source, rest);
  return validateSource(source, rest, {
    start: () => startNodePool(workers),
    ...(partChars !== undefined ? { partChars } : {}),
  });
}
