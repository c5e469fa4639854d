// Node adapters (entry point `@policedata/core/node`): files on disk as byte sources, and
// `validateFile`. The rest of the engine uses only web-standard APIs and runs in a browser.
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import type { ValidateOptions } from './options.js';
import type { ByteSource } from './read/types.js';
import type { Report } from './report/report.js';
import { validateSource } from './validate-source.js';

/** A file on disk as a byte source; each `stream()` call reads it from the start. */
export function fileByteSource(path: string, name = path): ByteSource {
  const { size } = statSync(path);
  return {
    name,
    size,
    stream: () => Readable.toWeb(createReadStream(path, { highWaterMark: 256 * 1024 })) as ReadableStream<Uint8Array>,
  };
}

/** Validates a file on disk. Throws only for usage errors (a bad mapping or type); data problems are findings. */
export function validateFile(path: string, options: ValidateOptions = {}): Promise<Report> {
  return validateSource(fileByteSource(path, options.fileName ?? path), options);
}
