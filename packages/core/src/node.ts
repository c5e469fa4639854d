// Node adapters (entry point `@policedata/core/node`): files on disk as byte sources, and
// `validateFile`. The rest of the engine uses only web-standard APIs and runs in a browser.
import { createReadStream, fstatSync, statSync } from 'node:fs';
import { type FileHandle, mkdtemp, open, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { PolicedataError } from './errors.js';
import type { ValidateOptions } from './options.js';
import { SNIFF_BYTES } from './read/decode.js';
import { detectFormat, sniffEncoding } from './read/sniff.js';

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

/**
 * A file on disk as a byte source; each `stream()` call reads it from the start, so it must be a
 * regular file (see openFileSource for pipes).
 */
export function fileByteSource(path: string, name = path): ByteSource {
  const { size } = statSync(path);
  return {
    name,
    size,
    stream: () => Readable.toWeb(createReadStream(path, { highWaterMark: 64 * 1024 })) as ReadableStream<Uint8Array>,
  };
}

/** The path openFileSource reads as this process's standard input. */
export const STDIN_PATH = '/dev/stdin';

/** A byte source to read, and what to do when done with it. */
export interface OpenedSource {
  source: ByteSource;
  /** Removes the copy of a pipe's bytes (nothing for a regular file). */
  close(): Promise<void>;
}

/**
 * A path as a byte source. A pipe, a FIFO or standard input (STDIN_PATH) can be read only once,
 * and the engine reads a file more than once (to sniff its format, then its rows): such input is
 * first copied, as it streams, into a temporary file on this machine that is removed as soon as it
 * is open, so that nothing is left behind however the process ends (on systems that allow it; on
 * others it is removed by `close`). Input that shows itself binary in its first 64 KiB (NUL bytes
 * in what should be text) is copied no further: those bytes are enough to report it.
 */
export async function openFileSource(path: string, name = path): Promise<OpenedSource> {
  // Standard input is read from the process's own stream: it may be a socket, which the path
  // /dev/stdin cannot open.
  const stdin = path === STDIN_PATH;
  // Standard input is always copied, even from a file (`< data.csv`): its descriptor may not be
  // reopened by path, and the shell may have read part of it already.
  const stats = stdin ? fstatSync(0) : await stat(path);
  if (stats.isDirectory()) {
    throw new PolicedataError(
      stdin
        ? 'standard input is a folder: give a file (policedata validate - < data.csv).'
        : `${name} is a folder: give the files in it.`,
    );
  }
  if (!stdin && stats.isFile()) return { source: fileByteSource(path, name), close: async () => {} };
  const folder = await mkdtemp(join(tmpdir(), 'policedata-'));
  const handle = await open(join(folder, 'input'), 'w+', 0o600);
  const removed = await rm(folder, { recursive: true, force: true }).then(
    () => true,
    () => false, // Windows cannot remove an open file: removed by close
  );
  const close = async () => {
    await handle.close();
    if (!removed) await rm(folder, { recursive: true, force: true });
  };
  try {
    const { size, complete } = await copyInto(handle, stdin ? process.stdin : createReadStream(path), name);
    // Binary input is copied no further than its start: its size is then not known.
    return { source: handleSource(handle, name, complete ? size : undefined), close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Copies `input` into `handle` from its start; stops after the first 64 KiB of binary input. Returns the bytes written. */
async function copyInto(
  handle: FileHandle,
  input: NodeJS.ReadableStream,
  name: string,
): Promise<{ size: number; complete: boolean }> {
  let size = 0;
  let head: Uint8Array | undefined;
  const pending: Uint8Array[] = [];
  for await (const chunk of input as AsyncIterable<Uint8Array>) {
    await handle.write(chunk, 0, chunk.length, size);
    size += chunk.length;
    if (head !== undefined) continue;
    pending.push(chunk);
    if (size < SNIFF_BYTES) continue;
    head = Buffer.concat(pending).subarray(0, SNIFF_BYTES);
    if (looksBinary(head, name)) return { size, complete: false }; // leaving the loop stops reading the input
  }
  return { size, complete: true };
}

/** Binary where text is expected (not a gzip, ZIP or Excel file, which have NUL bytes of their own). */
function looksBinary(head: Uint8Array, name: string): boolean {
  const format = detectFormat(name, head);
  if (format.format === 'binary') return true;
  return (
    format.format !== 'xlsx' &&
    format.format !== 'xls' &&
    !format.compressed &&
    sniffEncoding(head, false).kind === 'binary'
  );
}

/**
 * An open file as a byte source: each `stream()` reads it from the start, by position, so streams
 * may overlap and a cancelled one leaves the file open for the next (a Node read stream given the
 * descriptor would close it).
 */
function handleSource(handle: FileHandle, name: string, size: number | undefined): ByteSource {
  return {
    name,
    ...(size !== undefined ? { size } : {}),
    stream: () => {
      let position = 0;
      return new ReadableStream<Uint8Array>({
        async pull(controller) {
          const buffer = new Uint8Array(64 * 1024);
          const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
          if (bytesRead === 0) controller.close();
          else {
            position += bytesRead;
            controller.enqueue(buffer.subarray(0, bytesRead));
          }
        },
      });
    },
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
export async function validateFile(path: string, options: FileValidateOptions = {}): Promise<Report> {
  const opened = await openFileSource(path, options.fileName ?? path);
  try {
    return await validateOpened(opened.source, options);
  } finally {
    await opened.close();
  }
}

function validateOpened(source: ByteSource, options: FileValidateOptions): Promise<Report> {
  const { workers: asked, partChars, ...rest } = options;
  // A row hook (normalize) needs the rows in one pass, so it gets no workers unless asked for.
  const large = (source.size ?? 0) >= PARALLEL_MIN_BYTES && !options.onRow;
  const workers = asked ?? (large ? defaultWorkers() : 0);
  if (workers <= 0) return validateSource(source, rest);
  return validateSource(source, rest, {
    start: () => startNodePool(workers),
    ...(partChars !== undefined ? { partChars } : {}),
  });
}
