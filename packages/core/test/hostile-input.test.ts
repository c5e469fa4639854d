// Hostile and broken inputs, generated at run time (none is committed): each must finish quickly,
// with bounded memory, and with the right findings.
import { createGzip } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from '../src/read/csv-reader.js';
import { openText } from '../src/read/decode.js';
import type { ByteSource, ReadLimits, SourceRow } from '../src/read/types.js';
import { DEFAULT_LIMITS } from '../src/read/types.js';

const MiB = 1024 * 1024;
const encode = (s: string) => new TextEncoder().encode(s);

/** A source whose bytes are produced on demand; tracks the peak heap while it is read. */
function generated(parts: () => Iterable<Uint8Array>, name = 'hostile.csv') {
  const heap = { start: 0, peak: 0 };
  const source: ByteSource = {
    name,
    stream: () => {
      const iterator = parts()[Symbol.iterator]();
      heap.start = process.memoryUsage().heapUsed;
      return new ReadableStream<Uint8Array>({
        pull(controller) {
          heap.peak = Math.max(heap.peak, process.memoryUsage().heapUsed);
          const next = iterator.next();
          if (next.done) controller.close();
          else controller.enqueue(next.value);
        },
      });
    },
  };
  return { source, heapGrowth: () => heap.peak - heap.start };
}

/** 64 KiB pieces, as a file stream delivers them. */
function* pieces(bytes: Uint8Array): Generator<Uint8Array> {
  for (let at = 0; at < bytes.length; at += 65_536) yield bytes.subarray(at, at + 65_536);
}

const bytesOf = (...chunks: (string | Uint8Array)[]) =>
  generated(() => chunks.map((c) => (typeof c === 'string' ? encode(c) : c))).source;

interface Reported {
  code: string;
  line?: number;
  column?: string;
  params?: Record<string, unknown>;
}

async function read(source: ByteSource, limits: ReadLimits = DEFAULT_LIMITS) {
  const findings: Reported[] = [];
  const sink = {
    report: (code: string, location: { line?: number; column?: string }, params?: Record<string, unknown>) =>
      findings.push({
        code,
        ...(location.line ? { line: location.line } : {}),
        ...(location.column ? { column: location.column } : {}),
        ...(params ? { params } : {}),
      }),
  };
  const text = await openText(source, sink, limits);
  const table = await readCsv(text, source, sink, limits);
  const rows: SourceRow[] = [];
  for await (const batch of table.batches) for (const row of batch) rows.push(row);
  const codes = [...new Set(findings.map((f) => f.code))];
  return { table, rows, findings, codes, text };
}

/** gzip of `repeat` copies of `block`, compressed as a stream (never holding the expanded data). */
async function gzipBomb(block: Uint8Array, repeat: number, prefix = ''): Promise<Uint8Array> {
  const gzip = createGzip({ level: 9 });
  const out: Buffer[] = [];
  gzip.on('data', (d: Buffer) => out.push(d));
  const ended = new Promise((resolve) => gzip.on('end', resolve));
  gzip.write(prefix);
  for (let i = 0; i < repeat; i++) {
    if (!gzip.write(block)) await new Promise((resolve) => gzip.once('drain', resolve));
  }
  gzip.end();
  await ended;
  return Buffer.concat(out);
}

describe('gzip bombs', () => {
  let zeros: Uint8Array;
  let lines: Uint8Array;
  beforeAll(async () => {
    zeros = await gzipBomb(new Uint8Array(MiB), 1024); // 1 GiB of NUL bytes in about 1 MB
    lines = await gzipBomb(encode('1,2,3\n'.repeat(MiB / 8)), 1024, 'a,b,c\n'); // ~0.75 GiB of CSV rows
  }, 60_000);

  it('1 GiB of zeros is reported as binary after the sniffed sample, not expanded', async () => {
    const { source, heapGrowth } = generated(() => pieces(zeros));
    const { rows, findings, text } = await read(source, { ...DEFAULT_LIMITS, maxDecompressedBytes: 16 * MiB });
    expect(findings).toEqual([{ code: 'binary_file', params: { detected: 'contains NUL bytes' } }]);
    expect(text.compressed).toBe('gzip');
    expect(rows).toEqual([]);
    expect(text.bytesRead()).toBeLessThan(zeros.length / 4);
    expect(heapGrowth()).toBeLessThan(64 * MiB);
  });

  it('CSV that expands past the limit stops there with decompressed_size_limit', async () => {
    const limit = 4 * MiB;
    const { source, heapGrowth } = generated(() => pieces(lines));
    const { rows, findings, table } = await read(source, { ...DEFAULT_LIMITS, maxDecompressedBytes: limit });
    expect(findings).toEqual([{ code: 'decompressed_size_limit', params: { limit } }]);
    // 6 bytes a line: the header, then rows up to the 4 MiB cut (the last one cut short, "1,2,").
    expect(rows).toHaveLength(Math.ceil(limit / 6) - 1);
    expect(rows.at(-1)?.cells).toEqual(['1', '2', '']);
    expect(table.bytesRead()).toBeLessThan(lines.length / 4);
    expect(heapGrowth()).toBeLessThan(160 * MiB);
  });
});

describe('huge cells and rows', () => {
  it('a 300 MB unquoted cell is cut to maxCellChars while streaming', async () => {
    const block = encode('x'.repeat(64 * 1024));
    const { source, heapGrowth } = generated(function* () {
      yield encode('id,notes\n1,');
      for (let i = 0; i < (300 * MiB) / block.length; i++) yield block.slice();
      yield encode('\n2,ok\n');
    });
    const { rows, findings } = await read(source);
    expect(rows.map((r) => [r.line, r.cells.map((c) => String(c).length)])).toEqual([
      [2, [1, DEFAULT_LIMITS.maxCellChars]],
      [3, [1, 2]],
    ]);
    expect(findings).toEqual([
      {
        code: 'cell_size_limit',
        line: 2,
        column: 'notes',
        params: { limit: DEFAULT_LIMITS.maxCellChars, length: 300 * MiB },
      },
    ]);
    expect(heapGrowth()).toBeLessThan(128 * MiB);
  });

  it('a 100 MB quoted cell full of line breaks keeps later line numbers right', async () => {
    const line = encode(`${'y'.repeat(1023)}\n`);
    const lines = (100 * MiB) / line.length;
    const { source, heapGrowth } = generated(function* () {
      yield encode('id,notes\n1,"');
      for (let i = 0; i < lines; i++) yield line;
      yield encode('"\n2,ok\n');
    });
    const { rows, findings } = await read(source);
    expect(rows.map((r) => r.line)).toEqual([2, 3 + lines]);
    expect(findings.map((f) => [f.code, f.line])).toEqual([
      ['cell_size_limit', 2],
      ['line_break_in_cell', 2],
    ]);
    expect(heapGrowth()).toBeLessThan(128 * MiB);
  });

  it('a header of 1,000,000 columns is cut to maxColumns', async () => {
    const header = Array.from({ length: 1_000_000 }, (_, i) => `c${i + 1}`).join(',');
    const { rows, findings, table } = await read(bytesOf(`${header}\n1,2\n`));
    expect(table.header).toHaveLength(DEFAULT_LIMITS.maxColumns);
    expect(table.header.at(-1)).toBe(`c${DEFAULT_LIMITS.maxColumns}`);
    expect(findings).toEqual([
      { code: 'column_limit', line: 1, params: { limit: DEFAULT_LIMITS.maxColumns, actual: 1_000_000 } },
      { code: 'ragged_row', line: 2, params: { expected: DEFAULT_LIMITS.maxColumns, actual: 2 } },
    ]);
    expect(rows).toHaveLength(1);
  });

  it('200,000 blank lines are reported, not kept, and leave an empty file', async () => {
    const { rows, findings, table } = await read(bytesOf('\n'.repeat(200_000)));
    expect(rows).toEqual([]);
    expect(table.header).toEqual([]);
    expect(findings.filter((f) => f.code === 'blank_rows')).toHaveLength(200_000);
    expect(findings.at(-1)).toEqual({ code: 'empty_file' });
  });
});

describe('encodings', () => {
  it('invalid UTF-8 in the middle of a UTF-8 file is reported on its lines, once per line', async () => {
    const before = Array.from({ length: 49_998 }, (_, i) => `${i},ok\n`).join(''); // lines 2..49999
    const { rows, findings, text } = await read(
      bytesOf(
        'id,text\n',
        before,
        new Uint8Array([0x31, 0x2c, 0xff, 0x41, 0xfe, 0x0a]),
        'x,fine\n',
        new Uint8Array([0x32, 0x2c, 0xc3]),
      ),
    );
    expect(text.encoding).toBe('utf-8');
    expect(findings.map((f) => [f.code, f.line])).toEqual([
      ['invalid_utf8', 50_000],
      ['invalid_utf8', 50_002],
    ]);
    expect(rows.find((r) => r.line === 50_000)?.cells).toEqual(['1', '\uFFFDA\uFFFD']);
    // Rows holding invalid bytes count as rows with an error.
    expect(rows.at(-1)).toEqual({ line: 50_002, cells: ['2', '\uFFFD'], flawed: true });
    expect(rows.find((r) => r.line === 49_999)?.flawed).toBeUndefined();
  });

  it.each([
    ['utf-16le', [0xff, 0xfe], (c: number) => [c & 0xff, c >> 8]],
    ['utf-16be', [0xfe, 0xff], (c: number) => [c >> 8, c & 0xff]],
  ] as const)('%s with a BOM', async (encoding, bom, unit) => {
    const body = [...'id,name\r\n1,José\r\n2,Zoë\r\n'].flatMap((c) => unit(c.charCodeAt(0)));
    // Odd chunk sizes split code units across chunks.
    const bytes = new Uint8Array([...bom, ...body]);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.slice(i * 7, i * 7 + 7));
    const { rows, findings, table } = await read(bytesOf(...chunks));
    expect(table.info.encoding).toBe(encoding);
    expect(table.header).toEqual(['id', 'name']);
    expect(rows.map((r) => r.cells)).toEqual([
      ['1', 'José'],
      ['2', 'Zoë'],
    ]);
    expect(findings).toEqual([{ code: 'encoding_not_utf8', params: { encoding: encoding.toUpperCase() } }]);
  });

  it('Windows-1252 bytes (é, ’) are decoded and reported', async () => {
    const { rows, findings } = await read(
      bytesOf(new Uint8Array([...encode('id,name\n1,Caf'), 0xe9, 0x0a, ...encode('2,O'), 0x92, ...encode('Brien\n')])),
    );
    expect(rows.map((r) => r.cells[1])).toEqual(['Café', 'O’Brien']);
    expect(findings).toEqual([{ code: 'encoding_not_utf8', params: { encoding: 'Windows-1252' } }]);
  });
});

describe('broken files', () => {
  it('an empty file', async () => {
    const { rows, findings, table } = await read(bytesOf());
    expect(findings).toEqual([{ code: 'empty_file' }]);
    expect(table.header).toEqual([]);
    expect(rows).toEqual([]);
  });

  it('a file of blank lines and spaces is empty, not a header of one nameless column', async () => {
    const { rows, findings, table } = await read(bytesOf('\n\n   \n\t\n'));
    expect(findings.map((f) => f.code)).toEqual(['blank_rows', 'blank_rows', 'empty_file']);
    expect(table.header).toEqual([]);
    expect(rows).toEqual([]);
  });

  it.each(['id,race,sex\n', 'id,race,sex'])('a header-only file (%j)', async (content) => {
    const { rows, findings, table } = await read(bytesOf(content));
    expect(table.header).toEqual(['id', 'race', 'sex']);
    expect(rows).toEqual([]);
    expect(findings).toEqual([{ code: 'header_only', line: 1 }]);
  });

  it('a PNG image named .csv', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const { rows, findings, table } = await read(bytesOf(png));
    expect(findings).toEqual([{ code: 'binary_file', params: { detected: 'PNG image' } }]);
    expect(table.header).toEqual([]);
    expect(rows).toEqual([]);
  });

  it('an unterminated quote at the end', async () => {
    const { rows, findings } = await read(bytesOf('id,note\n1,ok\n2,"oops\n3,more\n'));
    expect(rows).toEqual([
      { line: 2, cells: ['1', 'ok'] },
      { line: 3, cells: ['2', 'oops\n3,more\n'] },
    ]);
    expect(findings).toEqual([{ code: 'unterminated_quote', line: 3, column: 'note' }]);
  });
});
