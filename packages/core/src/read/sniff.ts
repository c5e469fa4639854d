// Decisions taken from a file's first bytes. detectFormat picks the reader: magic bytes first (they
// cannot lie about a workbook or an image), then the name's extension, then the first characters.
// sniffEncoding picks how a text reader decodes: BOM, UTF-16 without BOM, binary, UTF-8 or not.
import type { SourceFormat } from './types.js';

export interface DetectedFormat {
  format: SourceFormat | 'binary' | 'empty';
  /** The bytes are gzip-compressed; `format` is then what the decompressed file should be. */
  compressed?: 'gzip';
  /** From a `.tsv` / `.tab` extension. When the content disagrees, the reader reports single_column. */
  delimiter?: string;
  /** What decided: for `binary`, the kind of file found (reported in binary_file). */
  detected: string;
  /** Gzip whose name does not say what it holds: CSV is a guess (see detectSourceFormat). */
  guessed?: true;
}

const EXTENSIONS: Record<string, SourceFormat> = {
  csv: 'csv',
  tsv: 'csv',
  tab: 'csv',
  txt: 'csv',
  json: 'json',
  geojson: 'json',
  ndjson: 'ndjson',
  jsonl: 'ndjson',
  xlsx: 'xlsx',
  xlsm: 'xlsx',
  xls: 'xls',
};

/** Containers we recognise by magic bytes but do not read, by extension. */
const OTHER_ZIPS = new Set(['zip', 'docx', 'pptx', 'odt', 'ods', 'jar']);
const OTHER_OLE = new Set(['doc', 'ppt', 'msg']);

const GZIP = [0x1f, 0x8b];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Formats that are never text. */
const BINARY: [string, number[]][] = [
  ['PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['Parquet file', [0x50, 0x41, 0x52, 0x31]],
  ['SQLite database', [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66]],
];

/** Seen where text is expected (a workbook or archive handed to a text reader, gzip inside gzip). */
const NOT_TEXT: [string, number[]][] = [
  ...BINARY,
  ['ZIP archive or .xlsx workbook', ZIP],
  ['Office (OLE) document or .xls workbook', OLE],
  ['gzip inside gzip', GZIP],
];

export function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

export interface SniffedEncoding {
  /** WHATWG encoding label: utf-8, utf-16le, utf-16be or windows-1252. */
  encoding: string;
  bom: boolean;
  kind: 'text' | 'empty' | 'binary';
  /** For `binary`: what was found. */
  detected?: string;
}

/**
 * Decides how to decode a file from a sample of its first (decompressed) bytes. `complete` says
 * the sample is the whole file.
 */
export function sniffEncoding(sample: Uint8Array, complete: boolean): SniffedEncoding {
  if (sample.length === 0) return { encoding: 'utf-8', bom: false, kind: 'empty' };
  if (startsWith(sample, [0xef, 0xbb, 0xbf])) {
    return { encoding: 'utf-8', bom: true, kind: complete && sample.length === 3 ? 'empty' : 'text' };
  }
  if (startsWith(sample, [0xff, 0xfe])) return { encoding: 'utf-16le', bom: true, kind: 'text' };
  if (startsWith(sample, [0xfe, 0xff])) return { encoding: 'utf-16be', bom: true, kind: 'text' };
  for (const [detected, signature] of NOT_TEXT) {
    if (startsWith(sample, signature)) return { encoding: 'utf-8', bom: false, kind: 'binary', detected };
  }
  const utf16 = guessUtf16(sample);
  if (utf16) return { encoding: utf16, bom: false, kind: 'text' };
  if (sample.includes(0)) return { encoding: 'utf-8', bom: false, kind: 'binary', detected: 'contains NUL bytes' };
  try {
    // stream: a multi-byte character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return { encoding: 'utf-8', bom: false, kind: 'text' };
  } catch {
    return { encoding: 'windows-1252', bom: false, kind: 'text' };
  }
}

/** UTF-16 without a BOM: mostly-ASCII text has a zero in every other byte. */
function guessUtf16(sample: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const pairs = Math.min(sample.length >> 1, 2048);
  if (pairs < 2) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs; i++) {
    if (sample[2 * i] === 0) evenZeros++;
    if (sample[2 * i + 1] === 0) oddZeros++;
  }
  if (oddZeros > pairs * 0.4 && evenZeros < pairs * 0.05) return 'utf-16le';
  if (evenZeros > pairs * 0.4 && oddZeros < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/**
 * Detects the format of a file from its name and first bytes (at least a few hundred bytes for
 * content sniffing; for gzip, the format comes from the name without `.gz`).
 */
export function detectFormat(name: string, firstBytes: Uint8Array): DetectedFormat {
  const gzip = startsWith(firstBytes, GZIP);
  const base = gzip ? name.replace(/\.(gz|gzip)$/i, '') : name;
  const ext = /\.([a-z0-9]+)$/i.exec(base)?.[1]?.toLowerCase() ?? '';
  const tsv = ext === 'tsv' || ext === 'tab' ? { delimiter: '\t' } : {};
  if (gzip) {
    const format = EXTENSIONS[ext] ?? 'csv';
    return ext
      ? { format, compressed: 'gzip', ...tsv, detected: `gzip-compressed .${ext}` }
      : { format, compressed: 'gzip', detected: 'gzip, read as CSV', guessed: true };
  }
  if (firstBytes.length === 0) return { format: 'empty', detected: 'no bytes' };
  if (startsWith(firstBytes, ZIP)) {
    return OTHER_ZIPS.has(ext)
      ? { format: 'binary', detected: `ZIP archive (.${ext})` }
      : { format: 'xlsx', detected: 'ZIP signature (Excel workbook)' };
  }
  if (startsWith(firstBytes, OLE.slice(0, 4))) {
    return OTHER_OLE.has(ext)
      ? { format: 'binary', detected: `Office document (.${ext})` }
      : { format: 'xls', detected: 'OLE signature (legacy Excel workbook)' };
  }
  for (const [detected, signature] of BINARY) {
    if (startsWith(firstBytes, signature)) return { format: 'binary', detected };
  }
  const byExtension = EXTENSIONS[ext];
  // A workbook always starts with its signature (checked above): a "workbook" without one is text
  // under the wrong name (a CSV saved as .xlsx), read by its content.
  // Markup is the exception: "Excel" exports of web portals are HTML tables or Excel 2003 XML
  // under a workbook's name, which the workbook reader reads.
  if ((byExtension === 'xlsx' || byExtension === 'xls') && !startsWithMarkup(firstBytes)) {
    return { format: fromContent(firstBytes), detected: `content (named .${ext}, but not a workbook)` };
  }
  if (byExtension && ext !== 'txt') return { format: byExtension, ...tsv, detected: `extension .${ext}` };
  return { format: fromContent(firstBytes), detected: 'content' };
}

/** The first character after a BOM and white space is `<` (HTML or XML). */
function startsWithMarkup(bytes: Uint8Array): boolean {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return bytes[i] === 0x3c;
}

/** `[` starts a JSON array; a first line that is a whole `{...}` object is NDJSON; else CSV. */
function fromContent(bytes: Uint8Array): SourceFormat {
  let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  if (bytes[i] === 0x5b) return 'json';
  if (bytes[i] !== 0x7b) return 'csv';
  let end = bytes.indexOf(0x0a, i);
  if (end === -1) end = bytes.length;
  while (end > i && (bytes[end - 1] === 0x0d || bytes[end - 1] === 0x20)) end--;
  return bytes[end - 1] === 0x7d && end - 1 > i ? 'ndjson' : 'json';
}
