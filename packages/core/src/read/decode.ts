// Bytes to text: gunzip (bounded), sniff the encoding from the first 64 KiB, then stream-decode.
// Only web-standard APIs (ReadableStream, DecompressionStream, TextDecoder), so it runs in a browser.
import { sniffEncoding, startsWith } from './sniff.js';
import type { ByteSource, FindingSink, ReadLimits } from './types.js';

/** How many (decompressed) bytes are examined before deciding on the encoding. */
export const SNIFF_BYTES = 64 * 1024;

export interface DecodedText {
  /** WHATWG encoding label used to decode: utf-8, utf-16le, utf-16be or windows-1252. */
  encoding: string;
  compressed?: 'gzip';
  /** The file started with a byte order mark (already removed from `chunks`). */
  bom: boolean;
  /** `text` unless the file was empty or binary (both already reported); then `chunks` is empty. */
  kind: 'text' | 'empty' | 'binary';
  chunks: AsyncIterable<string>;
  /** Bytes consumed from the source so far (compressed bytes for gzip). */
  bytesRead(): number;
}

const DISPLAY: Record<string, string> = {
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
  'windows-1252': 'Windows-1252',
};

/** Opens a byte source as text, reporting source findings (empty, binary, BOM, encoding, limits). */
export async function openText(source: ByteSource, sink: FindingSink, limits: ReadLimits): Promise<DecodedText> {
  const file = source.name;
  let raw = 0;
  const bytes = byteReader(source.stream(), (n) => {
    raw += n;
  });
  const head = await bytes.peek(2);
  let reader = bytes;
  let compressed: 'gzip' | undefined;
  if (startsWith(head, [0x1f, 0x8b])) {
    compressed = 'gzip';
    reader = byteReader(
      gunzip(bytes),
      () => {},
      limits.maxDecompressedBytes,
      () => sink.report('decompressed_size_limit', { file }, { limit: limits.maxDecompressedBytes }),
    );
  }
  const sample = await reader.peek(SNIFF_BYTES);
  const sniff = sniffEncoding(sample, reader.ended);
  const base = { encoding: sniff.encoding, bom: sniff.bom, kind: sniff.kind, bytesRead: () => raw };
  const result: DecodedText = {
    ...base,
    chunks: decodeChunks(reader, sniff.encoding, sink, file, compressed !== undefined),
  };
  if (compressed) result.compressed = compressed;
  if (sniff.bom && sniff.encoding === 'utf-8') sink.report('byte_order_mark', { file, line: 1 });
  // A stream that fails before its first byte (a corrupt gzip header) is unreadable, not empty.
  if (sniff.kind === 'empty' && reader.error)
    sink.report('read_error', { file }, { reason: why(reader.error, compressed) });
  else if (sniff.kind === 'empty') sink.report('empty_file', { file });
  if (sniff.kind === 'binary') sink.report('binary_file', { file }, { detected: sniff.detected ?? 'binary content' });
  if (sniff.kind !== 'text') {
    await reader.cancel();
    result.chunks = emptyChunks();
  } else if (sniff.encoding !== 'utf-8') {
    sink.report('encoding_not_utf8', { file }, { encoding: DISPLAY[sniff.encoding] ?? sniff.encoding });
  }
  return result;
}

/**
 * Feeds compressed chunks to a DecompressionStream one write at a time. pipeThrough would do, but
 * Node's DecompressionStream accepts input without backpressure, so a pipe reads the whole
 * compressed file into memory ahead of the reader; awaiting each write keeps both sides in step.
 */
function gunzip(input: ByteReader): ReadableStream<Uint8Array> {
  const decompress = new DecompressionStream('gzip');
  // Typed for BufferSource; stream chunks are typed Uint8Array<ArrayBufferLike>, which it accepts.
  const writer = decompress.writable.getWriter() as WritableStreamDefaultWriter<Uint8Array>;
  (async () => {
    try {
      for (let chunk = await input.next(); chunk !== undefined; chunk = await input.next()) await writer.write(chunk);
      if (input.error === undefined) await writer.close();
      else await writer.abort(new Error(input.error));
    } catch {
      await input.cancel(); // the reader stopped (size limit) or the data is corrupt: stop reading
    }
  })();
  return decompress.readable;
}

async function* emptyChunks(): AsyncGenerator<string> {}

/** A reader's error in words: zlib's own ("incorrect header check") says little about a gzip file. */
function why(error: string, compressed: 'gzip' | boolean | undefined): string {
  return compressed
    ? `the gzip data is damaged, cut short, or followed by bytes that are not gzip data (${error})`
    : error;
}

async function* decodeChunks(reader: ByteReader, encoding: string, sink: FindingSink, file: string, gzip: boolean) {
  const decoder = new TextDecoder(encoding); // strips a leading BOM
  for (;;) {
    const chunk = await reader.next();
    if (chunk === undefined) break;
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield text;
  }
  if (reader.error) sink.report('read_error', { file }, { reason: why(reader.error, gzip) });
  const rest = decoder.decode();
  if (rest !== '') yield rest;
}

/** Pull-based reading with a peek buffer, a byte budget and errors turned into values. */
interface ByteReader {
  /** Buffers chunks until at least `n` bytes (or the end); returns them without consuming. */
  peek(n: number): Promise<Uint8Array>;
  next(): Promise<Uint8Array | undefined>;
  cancel(): Promise<void>;
  /** The underlying stream has no more bytes (some may still be buffered). */
  readonly ended: boolean;
  readonly error: string | undefined;
}

function byteReader(
  stream: ReadableStream<Uint8Array>,
  onBytes: (n: number) => void,
  budget = Number.POSITIVE_INFINITY,
  onBudget?: () => void,
): ByteReader {
  const reader = stream.getReader();
  const buffered: Uint8Array[] = [];
  let bufferedBytes = 0;
  let total = 0;
  let done = false;
  let error: string | undefined;
  async function pull(): Promise<Uint8Array | undefined> {
    if (done) return undefined;
    try {
      const { value, done: end } = await reader.read();
      if (end || value === undefined) {
        done = true;
        return undefined;
      }
      onBytes(value.byteLength);
      if (total + value.byteLength <= budget) {
        total += value.byteLength;
        return value;
      }
      // Over budget: keep what fits, stop the source (a gzip bomb stops expanding here).
      const fits = value.subarray(0, budget - total);
      total = budget;
      done = true;
      onBudget?.();
      await reader.cancel().catch(() => {});
      return fits;
    } catch (e) {
      done = true;
      error = e instanceof Error ? e.message : String(e);
      return undefined;
    }
  }
  return {
    get ended() {
      return done;
    },
    get error() {
      return error;
    },
    async peek(n) {
      while (bufferedBytes < n && !done) {
        const chunk = await pull();
        if (chunk === undefined) break;
        buffered.push(chunk);
        bufferedBytes += chunk.byteLength;
      }
      return concat(buffered, bufferedBytes);
    },
    async next() {
      const first = buffered.shift();
      if (first !== undefined) {
        bufferedBytes -= first.byteLength;
        return first;
      }
      return pull();
    },
    async cancel() {
      done = true;
      buffered.length = 0;
      await reader.cancel().catch(() => {});
    },
  };
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0];
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.byteLength;
  }
  return out;
}
