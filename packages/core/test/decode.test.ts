import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { openText } from '../src/read/decode.js';
import { detectFormat, sniffEncoding } from '../src/read/sniff.js';
import type { ByteSource } from '../src/read/types.js';
import { DEFAULT_LIMITS } from '../src/read/types.js';

function source(bytes: Uint8Array, chunkSize = 65_536, name = 'test.csv'): ByteSource {
  return {
    name,
    size: bytes.length,
    stream: () =>
      new ReadableStream({
        start(controller) {
          for (let at = 0; at < bytes.length; at += chunkSize) controller.enqueue(bytes.slice(at, at + chunkSize));
          controller.close();
        },
      }),
  };
}

async function decode(bytes: Uint8Array, chunkSize?: number) {
  const findings: { code: string; params?: unknown }[] = [];
  const sink = { report: (code: string, _location: unknown, params?: unknown) => findings.push({ code, params }) };
  const text = await openText(source(bytes, chunkSize), sink, DEFAULT_LIMITS);
  let all = '';
  for await (const chunk of text.chunks) all += chunk;
  return { text, all, findings, codes: findings.map((f) => f.code) };
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...parts: (number[] | Uint8Array)[]) => new Uint8Array(parts.flatMap((p) => [...p]));

describe('openText', () => {
  it('reads UTF-8 unchanged, even with characters cut by chunk boundaries', async () => {
    const { text, all, codes } = await decode(utf8('name,city\nJosé,Zürich €\n'), 3);
    expect(all).toBe('name,city\nJosé,Zürich €\n');
    expect(text).toMatchObject({ encoding: 'utf-8', bom: false, kind: 'text' });
    expect(codes).toEqual([]);
  });

  it('removes a UTF-8 byte order mark and reports it', async () => {
    const { all, codes, text } = await decode(bytes([0xef, 0xbb, 0xbf], utf8('a,b\n')));
    expect(all).toBe('a,b\n');
    expect(text.bom).toBe(true);
    expect(codes).toEqual(['byte_order_mark']);
  });

  it('decodes UTF-16 with and without a BOM, and reports it is not UTF-8', async () => {
    const le = [...'a,é\n'].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    const be = [...'a,é\n'].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
    for (const [input, encoding] of [
      [bytes([0xff, 0xfe], le), 'utf-16le'],
      [bytes([0xfe, 0xff], be), 'utf-16be'],
      [bytes(le, le, le), 'utf-16le'],
      [bytes(be, be, be), 'utf-16be'],
    ] as const) {
      const { all, text, findings } = await decode(input, 1);
      expect(all.startsWith('a,é\n')).toBe(true);
      expect(text.encoding).toBe(encoding);
      expect(findings).toEqual([{ code: 'encoding_not_utf8', params: { encoding: encoding.toUpperCase() } }]);
    }
  });

  it('falls back to Windows-1252 when the start is not valid UTF-8', async () => {
    const { all, text, findings } = await decode(bytes(utf8('name\nCaf'), [0xe9, 0x20, 0x92, 0x73, 0x0a]));
    expect(all).toBe('name\nCafé ’s\n');
    expect(text.encoding).toBe('windows-1252');
    expect(findings).toEqual([{ code: 'encoding_not_utf8', params: { encoding: 'Windows-1252' } }]);
  });

  it('reports empty and binary files and gives no text for them', async () => {
    for (const [input, code, detected] of [
      [new Uint8Array(0), 'empty_file', undefined],
      [bytes([0xef, 0xbb, 0xbf]), 'empty_file', undefined],
      [bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), 'binary_file', 'PNG image'],
      [bytes(utf8('%PDF-1.7\n')), 'binary_file', 'PDF document'],
      [bytes(utf8('a,b\n1,'), [0, 0, 0x31]), 'binary_file', 'contains NUL bytes'],
    ] as const) {
      const { all, text, findings } = await decode(input);
      expect(all).toBe('');
      expect(text.kind).toBe(code === 'empty_file' ? 'empty' : 'binary');
      expect(findings.at(-1)).toEqual({ code, params: detected ? { detected } : undefined });
    }
  });

  it('gunzips, counting compressed bytes read', async () => {
    const csv = 'a,b\n'.repeat(10_000);
    const gz = gzipSync(csv);
    const { all, text, codes } = await decode(gz, 1000);
    expect(all).toBe(csv);
    expect(text.compressed).toBe('gzip');
    expect(text.bytesRead()).toBe(gz.length);
    expect(codes).toEqual([]);
  });

  it('reports a truncated gzip stream as a read error, keeping the text before it', async () => {
    const gz = gzipSync('a,b\n'.repeat(100_000));
    const { all, codes } = await decode(gz.subarray(0, gz.length - 100), 1000);
    expect(all.length).toBeGreaterThan(100_000);
    expect(codes).toEqual(['read_error']);
  });
});

describe('sniffEncoding', () => {
  it('reads UTF-8 when a multi-byte character is cut at the end of the sample', () => {
    expect(sniffEncoding(utf8('abc€').subarray(0, 5), false).encoding).toBe('utf-8');
    expect(sniffEncoding(bytes(utf8('abc'), [0xe9]), true).encoding).toBe('windows-1252');
  });
});

describe('detectFormat', () => {
  const zip = bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0]);
  const ole = bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  it.each([
    ['stops.csv', utf8('a,b\n'), 'csv', undefined],
    ['stops.tsv', utf8('a\tb\n'), 'csv', '\t'],
    ['report.xlsx', zip, 'xlsx', undefined],
    ['report.csv', zip, 'xlsx', undefined], // magic bytes beat the name
    ['archive.zip', zip, 'binary', undefined],
    ['uof.xls', ole, 'xls', undefined],
    ['data', ole, 'xls', undefined],
    ['scan.csv', bytes([0x89, 0x50, 0x4e, 0x47]), 'binary', undefined],
    ['records.json', utf8('{"a":1}\n'), 'json', undefined],
    ['records.jsonl', utf8('{"a":1}\n'), 'ndjson', undefined],
    ['export.txt', utf8('\uFEFF [{"a":1}]'), 'json', undefined],
    ['export', utf8('{"a":1}\n{"a":2}\n'), 'ndjson', undefined],
    ['export', utf8('{\n  "rows": []\n}'), 'json', undefined],
    ['export.txt', utf8('a|b\n'), 'csv', undefined],
    ['empty.csv', new Uint8Array(0), 'empty', undefined],
    // Text saved under a workbook's name has no workbook signature: read by its content.
    ['renamed.xlsx', utf8('a,b\n1,2\n'), 'csv', undefined],
    ['renamed.xls', utf8('[{"a":1}]'), 'json', undefined],
    // Except markup: web portals' "Excel" exports are HTML tables or Excel 2003 XML, read as workbooks.
    ['export.xls', utf8('<table><tr><td>a</td></tr></table>'), 'xls', undefined],
    ['export.xls', utf8('\uFEFF <?xml version="1.0"?><Workbook>'), 'xls', undefined],
  ])('%s', (name, first, format, delimiter) => {
    const detected = detectFormat(name, first);
    expect(detected.format).toBe(format);
    expect(detected.delimiter).toBe(delimiter);
  });

  it('reads the inner format of gzip from the name', () => {
    const gz = gzipSync('a\tb\n');
    expect(detectFormat('stops.tsv.gz', gz)).toMatchObject({ format: 'csv', compressed: 'gzip', delimiter: '\t' });
    expect(detectFormat('rows.ndjson.gz', gz)).toMatchObject({ format: 'ndjson', compressed: 'gzip' });
  });
});
