import { describe, expect, it } from 'vitest';
import type { FindingLocation, FindingParams } from '../src/findings/definition.js';
import type { TextInput } from '../src/read/json-table.js';
import { readNdjson } from '../src/read/ndjson-reader.js';
import { DEFAULT_LIMITS, type ReadLimits, type SourceRow } from '../src/read/types.js';

interface Reported extends FindingLocation {
  code: string;
  params: FindingParams | undefined;
}

function textOf(chunks: Iterable<string>): TextInput {
  return {
    bytesRead: () => 0,
    chunks: (async function* () {
      yield* chunks;
    })(),
  };
}

function* split(text: string, size: number): Generator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}

async function read(input: string | Iterable<string>, limits: Partial<ReadLimits> = {}) {
  const findings: Reported[] = [];
  const sink = {
    report: (code: string, location: FindingLocation, params?: FindingParams) =>
      findings.push({ code, ...location, params }),
  };
  const table = await readNdjson(textOf(typeof input === 'string' ? [input] : input), { name: 'in.ndjson' }, sink, {
    ...DEFAULT_LIMITS,
    ...limits,
  });
  const rows: SourceRow[] = [];
  for await (const batch of table.batches) rows.push(...batch);
  return { table, rows, findings, summary: findings.map((f) => [f.code, f.line]) };
}

describe('readNdjson', () => {
  const text = '{"id":1,"race":"W"}\r\n\n  \n{"id":2,"race":"B","tags":["a"]}\n{"id":3}';

  it('reads one object per line with its line number, skipping blank lines, with or without a final newline', async () => {
    const { table, rows, findings } = await read(text);
    expect(table.info.format).toBe('ndjson');
    expect(table.header).toEqual(['id', 'race', 'tags']);
    expect(rows).toEqual([
      { line: 1, cells: [1, 'W', null] },
      { line: 4, cells: [2, 'B', '["a"]'] },
      { line: 5, cells: [3, null, null] },
    ]);
    // ["a"] is a flat list of values, as the standard writes a list field: not a nested value.
    expect(findings.map((f) => f.code)).toEqual([]);
  });

  it('gives the same rows when lines are split across chunks', async () => {
    expect((await read(split(text, 3))).rows).toEqual((await read(text)).rows);
  });

  it('reports invalid bytes (read as U+FFFD) once per line, and counts that row as a row with an error', async () => {
    const text = '{"id":1,"note":"ok"}\n{"id":2,"note":"caf\uFFFD \uFFFD"}\n{"id":3}\n';
    for (const input of [text, split(text, 7)]) {
      const { rows, summary } = await read(input);
      expect(summary).toEqual([['invalid_utf8', 2]]);
      expect(rows.map((row) => row.flawed === true)).toEqual([false, true, false]);
    }
  });

  it('ends lines at LF, CRLF and a lone CR alike, however the text is cut', async () => {
    const lines = ['{"id":1}', '{"id":2', '{"id":3}'];
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = `${lines.join(eol)}${eol}`;
      for (const input of [text, split(text, 1), split(text, 5)]) {
        const { rows, summary } = await read(input);
        expect(
          rows.map((row) => row.line),
          JSON.stringify(eol),
        ).toEqual([1, 3]);
        expect(summary).toEqual([['json_syntax_error', 2]]);
      }
    }
  });

  it('reports a broken line with its column and goes on with the next line', async () => {
    const { rows, findings } = await read('{"id":1}\n{"id":2,}\n{"id":3\n{"id":4} {"id":5}\n[1]\n"x"\n{"id":6}\n');
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 1],
      [7, 6],
    ]);
    expect(findings).toEqual([
      {
        code: 'json_syntax_error',
        file: 'in.ndjson',
        line: 2,
        params: { found: "'}'", expected: "a key in double quotes (a comma before '}' is not allowed)", column: 9 },
      },
      {
        code: 'json_syntax_error',
        file: 'in.ndjson',
        line: 3,
        params: { found: 'the end of the line', expected: "',' or '}'", column: 8 },
      },
      {
        code: 'json_syntax_error',
        file: 'in.ndjson',
        line: 4,
        params: { found: "'{'", expected: 'the end of the line', column: 10 },
      },
      { code: 'json_not_object', file: 'in.ndjson', line: 5, params: { found: 'an array' } },
      { code: 'json_not_object', file: 'in.ndjson', line: 6, params: { found: 'a string ("x")' } },
    ]);
  });

  it('skips a line longer than maxRecordChars as it streams past, and reads on', async () => {
    const long = `{"id":2,"text":"${'z'.repeat(5000)}"}`;
    const { rows, summary } = await read(split(`{"id":1}\n${long}\n{"id":3}\n`, 100), { maxRecordChars: 1000 });
    expect(rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [1, 1],
      [3, 3],
    ]);
    expect(summary).toEqual([['json_record_too_large', 2]]);
  });

  it('skips a line holding a 50 MB string without keeping it', async () => {
    const chunks = [
      '{"id":1}\n{"id":2,"narrative":"',
      ...split('x'.repeat(50 * 1024 * 1024), 65_536),
      '"}\n{"id":3}\n',
    ];
    const { rows, summary } = await read(chunks);
    expect(rows.map((r) => r.cells[0])).toEqual([1, 3]);
    expect(summary).toEqual([['json_record_too_large', 2]]);
  });

  it('skips a line nested too deeply, however deep, and reads on', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const nested = `{"a":${'{"b":'.repeat(80)}1${'}'.repeat(80)}}`;
    const { rows, summary } = await read(`${deep}\n${nested}\n{"id":3}\n`);
    expect(rows.map((r) => r.line)).toEqual([3]);
    expect(summary).toEqual([
      ['json_not_object', 1],
      ['json_depth_limit', 2],
    ]);
  });

  it('reports a file of blank lines as having no records', async () => {
    expect((await read('\n \n\n')).summary).toEqual([['no_records', 1]]);
    expect((await read('')).summary).toEqual([]);
  });
});
