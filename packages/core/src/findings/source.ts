// Findings about the bytes of a file: emptiness, encoding, compression, binary content.

import { limitHint } from '../limits.js';
import { defineFinding } from './definition.js';

export const emptyFile = defineFinding<Record<string, never>>({
  code: 'empty_file',
  severity: 'error',
  category: 'source',
  title: 'The file is empty',
  description: 'The file has no content at all (or only blank lines and spaces), so there is nothing to validate.',
  fix: 'Check that the export finished and that you picked the right file.',
  message: () => 'The file is empty.',
});

export const binaryFile = defineFinding<{ detected: string }>({
  code: 'binary_file',
  severity: 'error',
  category: 'source',
  title: 'The file is not text',
  description:
    'The file contains bytes that never occur in text (such as NUL bytes) or starts with the signature of a binary format the validator does not read.',
  fix: 'Export the data as CSV (UTF-8), JSON, NDJSON or an Excel workbook (.xlsx or .xls).',
  message: ({ detected }) => `The file is not text (${detected}).`,
});

export const encodingNotUtf8 = defineFinding<{ encoding: string }>({
  code: 'encoding_not_utf8',
  severity: 'warning',
  category: 'source',
  title: 'The file is not UTF-8',
  description:
    'The file is in a legacy or UTF-16 encoding. It was read correctly, but many tools assume UTF-8 and will garble accented letters and symbols.',
  fix: 'Save or export the file as "CSV UTF-8" (in Excel: File > Save As > CSV UTF-8).',
  message: ({ encoding }) => `The file is encoded as ${encoding}, not UTF-8.`,
});

export const invalidUtf8 = defineFinding<Record<string, never>>({
  code: 'invalid_utf8',
  severity: 'error',
  category: 'source',
  title: 'Bytes that are not valid UTF-8, or text already damaged',
  description:
    'Part of the file is not valid UTF-8, often because text in another encoding was pasted into a UTF-8 file; the bytes were read as the replacement character U+FFFD (�). A file can also hold U+FFFD itself, written by an earlier conversion that met such bytes: the original characters are lost either way, and both are reported alike.',
  fix: 'Re-export the file as UTF-8 from the system of record, or correct the text on the lines shown.',
  message: () => 'This line holds bytes that are not valid UTF-8, or the replacement character (�) they leave.',
});

export const byteOrderMark = defineFinding<Record<string, never>>({
  code: 'byte_order_mark',
  severity: 'info',
  category: 'source',
  title: 'The file starts with a byte order mark',
  description:
    'The file starts with a UTF-8 byte order mark (BOM), as Excel and ArcGIS exports often do. It was removed before reading the header, but some tools make it part of the first column name.',
  fix: 'Nothing is required. To remove it, save as UTF-8 without BOM.',
  message: () => 'The file starts with a UTF-8 byte order mark.',
});

export const decompressedSizeLimit = defineFinding<{ limit: number }>({
  code: 'decompressed_size_limit',
  severity: 'error',
  category: 'source',
  title: 'The compressed file expands beyond the size limit',
  description:
    'The gzip-compressed file expanded to more than the decompressed size limit, so reading stopped there. Rows after that point were not checked. This protects against compressed files built to exhaust memory or disk.',
  fix: `If the file is genuine, raise the limit: ${limitHint('maxDecompressedBytes')}.`,
  message: ({ limit }) => `Decompressed content exceeds the limit of ${limit} bytes; reading stopped.`,
});

export const readError = defineFinding<{ reason: string }>({
  code: 'read_error',
  severity: 'error',
  category: 'source',
  title: 'The file could not be read to the end',
  description:
    'Reading failed part-way, for example a truncated gzip stream or a disk error. Rows after that point were not checked.',
  fix: 'Download or export the file again and check it is complete.',
  message: ({ reason }) => `Reading stopped: ${reason}.`,
});

export const sourceFindings = [
  emptyFile,
  binaryFile,
  encodingNotUtf8,
  invalidUtf8,
  byteOrderMark,
  decompressedSizeLimit,
  readError,
];
