import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FindingLocation, FindingParams } from '../src/findings/definition.js';
import { readJson } from '../src/read/json-reader.js';
import type { TextInput } from '../src/read/json-table.js';
import { DEFAULT_LIMITS, type ReadLimits, type SourceRow } from '../src/read/types.js';

interface Reported extends FindingLocation {
  code: string;
  params: FindingParams | undefined;
}

/** Decoded text made of the given chunks, as decode.ts would hand them over. */
function textOf(chunks: Iterable<string>): TextInput {
  let read = 0;
  return {
    encoding: 'utf-8',
    bytesRead: () => read,
    chunks: (async function* () {
      for (const chunk of chunks) {
        read += chunk.length;
        yield chunk;
      }
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
  const table = await readJson(textOf(typeof input === 'string' ? [input] : input), { name: 'in.json' }, sink, {
    ...DEFAULT_LIMITS,
    ...limits,
  });
  const rows: SourceRow[] = [];
  for await (const batch of table.batches) rows.push(...batch);
  return { table, rows, findings, codes: findings.map((f) => f.code) };
}

describe('readJson: arrays of records', () => {
  const text = '[\n  {"id": 1, "race": "W", "age": 34},\n  {"id": 2, "race": "B",\n   "age": null},\n  {"id": 3}\n]\n';

  it('gives each row the line where its object starts, and keeps values as parsed', async () => {
    const { table, rows, findings } = await read(text);
    expect(table.header).toEqual(['id', 'race', 'age']);
    expect(table.headerLine).toBe(2);
    expect(table.info).toEqual({ format: 'json', encoding: 'utf-8' });
    expect(rows).toEqual([
      { line: 2, cells: [1, 'W', 34] },
      { line: 3, cells: [2, 'B', null] },
      { line: 5, cells: [3, null, null] },
    ]);
    expect(findings).toEqual([]);
  });

  it('reports invalid bytes (read as U+FFFD) once per line, however the text arrives', async () => {
    const text = '[\n{"id":1,"note":"caf\uFFFD \uFFFD"},\n{"id":2},\n{"id":3,"note":"\uFFFD"}\n]';
    for (const input of [text, split(text, 1)]) {
      const { rows, findings } = await read(input);
      expect(findings.map((f) => [f.code, f.line])).toEqual([
        ['invalid_utf8', 2],
        ['invalid_utf8', 4],
      ]);
      expect(rows).toHaveLength(3);
    }
    // Lone CR line endings (old Mac files) count lines too, however the text is cut.
    const mac = '[\r{"id":1},\r{"id":2,"note":"\uFFFD"},\r\r{"id":3} x]';
    for (const input of [mac, split(mac, 1)]) {
      expect((await read(input)).findings.map((f) => [f.code, f.line])).toEqual([
        ['invalid_utf8', 3],
        ['json_syntax_error', 5],
      ]);
    }
    // Nothing after a syntax error is read, so nothing there is reported, however the text is cut.
    const broken = '[{"a":1} x\n\n{"b":"\uFFFD"}]';
    for (const input of [broken, split(broken, 3)]) {
      expect((await read(input)).codes).toEqual(['json_syntax_error']);
    }
  });

  it('gives the same rows when the text arrives one character at a time', async () => {
    const whole = await read(text);
    const trickle = await read(split(text, 1));
    expect(trickle.rows).toEqual(whole.rows);
  });

  it('handles escapes, numbers and literals split across chunks', async () => {
    const tricky = '[{"s":"a\\"\\u00e9\\n","n":-12.5e-1,"t":true,"f":false,"z":null}]';
    const whole = await read(tricky);
    expect(whole.rows[0]?.cells).toEqual(['a"é\n', -1.25, true, false, null]);
    for (const size of [1, 2, 3, 5]) expect((await read(split(tricky, size))).rows).toEqual(whole.rows);
  });

  it('reports an empty records array once, ignoring later members', async () => {
    const { codes } = await read('{"data": [], "rows": [], "meta": {}}');
    expect(codes).toEqual(['json_records_path', 'no_records']);
  });

  it('keeps numbers a double would change as text, and decodes escapes', async () => {
    const { rows } = await read('[{"id": 12345678901234567890, "big": 1e400, "x": -0.5e2, "s": "a\\"\\u00e9\\n\\/"}]');
    expect(rows[0]?.cells).toEqual(['12345678901234567890', '1e400', -50, 'a"é\n/']);
  });

  it('keeps nested values as compact JSON text and reports each such column once', async () => {
    const { rows, findings } = await read(
      '[{"id":1,"officer":{"race":"W","ids":[1, 2, {"a":[]}]},"tags":[],"pairs":["a"]},\n{"id":2,"officer":{"race":"B"},"tags":["x","y"],"pairs":[["a","b"]]}]',
    );
    expect(rows.map((r) => r.cells)).toEqual([
      [1, '{"race":"W","ids":[1,2,{"a":[]}]}', '[]', '["a"]'],
      [2, '{"race":"B"}', '["x","y"]', '[["a","b"]]'],
    ]);
    // A flat list of values (`tags`) is how the standard writes a list field: not a nested value.
    expect(findings.map((f) => [f.code, f.line, f.column, f.params?.kind])).toEqual([
      ['nested_value', 1, 'officer', 'object'],
      ['nested_value', 2, 'pairs', 'array'],
    ]);
  });

  it('adds a key first seen after the first batch to the header, once, with a finding', async () => {
    const records = Array.from({ length: 700 }, (_, i) => (i === 600 || i === 650 ? { id: i, late: 'x' } : { id: i }));
    // Small chunks, so that record 600 arrives after the first batch (and its header) was handed out.
    const { table, rows, findings } = await read(split(JSON.stringify(records), 1000));
    expect(table.header).toEqual(['id', 'late']);
    expect(rows).toHaveLength(700);
    expect(rows[599]?.cells).toEqual([599]);
    expect(rows[600]?.cells).toEqual([600, 'x']);
    expect(rows[601]?.cells).toEqual([601, null]);
    expect(findings).toEqual([
      { code: 'json_new_key', file: 'in.json', line: 1, column: 'late', params: { key: 'late' } },
    ]);
  });

  it('uses the union of the first batch keys as the header, padding earlier rows', async () => {
    const { table, rows } = await read('[{"a":1},{"b":2}]');
    expect(table.header).toEqual(['a', 'b']);
    expect(rows.map((r) => r.cells)).toEqual([
      [1, null],
      [null, 2],
    ]);
  });

  it('checks the keys like any header: stray spaces, blank names', async () => {
    const { table, findings } = await read('[{" RIN": 1, "": 2}]');
    expect(table.header).toEqual([' RIN', '']);
    expect(findings.map((f) => [f.code, f.line, f.column])).toEqual([
      ['header_whitespace', 1, ' RIN'],
      ['blank_header', 1, 'column_2'],
    ]);
  });

  it('reports a repeated key and keeps the last value', async () => {
    const { rows, codes } = await read('[{"a":1,"a":2}]');
    expect(rows[0]?.cells).toEqual([2]);
    expect(codes).toEqual(['json_duplicate_key']);
  });

  it('skips records that are not objects, and reports an empty array', async () => {
    const mixed = await read('[{"a":1}, [1,2], "x", 5, null, {"a":2}]');
    expect(mixed.rows.map((r) => r.cells)).toEqual([[1], [2]]);
    expect(mixed.findings.map((f) => f.params?.found)).toEqual(['an array', 'a string ("x")', 'a number (5)', 'null']);
    expect((await read('[ ]')).codes).toEqual(['no_records']);
  });
});

describe('readJson: wrapper objects', () => {
  it('reads records from "data" after skipping metadata, and says so', async () => {
    const { rows, findings } = await read(
      '{"meta": {"view": {"columns": [{"a": 1}]}},\n "data": [{"id": 1}, {"id": 2}], "rows": [{"no": 1}]}',
    );
    expect(rows).toEqual([
      { line: 2, cells: [1] },
      { line: 2, cells: [2] },
    ]);
    expect(findings).toEqual([{ code: 'json_records_path', file: 'in.json', line: 2, params: { path: 'data' } }]);
  });

  it.each(['records', 'rows'])('reads records from "%s"', async (key) => {
    const { rows } = await read(`{"${key}": [{"id": 7}]}`);
    expect(rows[0]?.cells).toEqual([7]);
  });

  it('reads ArcGIS features[].attributes, skipping fields and geometry', async () => {
    const arcgis = JSON.stringify(
      {
        fields: [{ name: 'OBJECTID', type: 'esriFieldTypeOID' }],
        features: [
          { attributes: { OBJECTID: 1, RACE: 'W' }, geometry: { x: -86.1, y: 39.7 } },
          { geometry: { x: 1, y: 2 }, attributes: { OBJECTID: 2, RACE: 'B' } },
          { geometry: null },
        ],
      },
      null,
      1,
    );
    const { table, rows, findings } = await read(arcgis);
    expect(table.header).toEqual(['OBJECTID', 'RACE']);
    expect(rows.map((r) => r.cells)).toEqual([
      [1, 'W'],
      [2, 'B'],
    ]);
    expect(rows[0]?.line).toBe(10);
    expect(findings.map((f) => [f.code, f.params?.path ?? f.params?.found])).toEqual([
      ['json_records_path', 'features[].attributes'],
      ['json_not_object', 'a feature with no "attributes" or "properties" object'],
    ]);
  });

  it('reads GeoJSON features[].properties', async () => {
    const geo =
      '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[1,2]},"properties":{"id":"A1"}}]}';
    const { rows, findings } = await read(geo);
    expect(rows[0]?.cells).toEqual(['A1']);
    expect(findings[0]?.params).toEqual({ path: 'features[].properties' });
  });

  it('reports an object that holds no records array, and a lone value', async () => {
    const object = await read('{"incidents": [{"a": 1}], "count": 1}');
    expect(object.rows).toEqual([]);
    expect(object.findings).toEqual([
      {
        code: 'json_not_table',
        file: 'in.json',
        line: 1,
        params: { found: 'an object with the keys "incidents", "count"' },
      },
    ]);
    expect((await read('"hello"')).findings[0]?.params).toEqual({ found: 'a string ("hello")' });
  });
});

describe('readJson: broken and hostile input', () => {
  const cases: [string, string, number, number, string, string][] = [
    [
      'trailing comma',
      '[{"a":1},\n{"a":2,}]',
      2,
      8,
      "'}'",
      "a key in double quotes (a comma before '}' is not allowed)",
    ],
    [
      'trailing comma in array',
      '[{"a":1},\n]',
      2,
      1,
      "']'",
      "a value (an object, array, string, number, true, false or null) (a comma before ']' is not allowed)",
    ],
    ['single quotes', "[{'a':1}]", 1, 3, "'''", "a key in double quotes or '}'"],
    ['NaN', '[{"a":NaN}]', 1, 7, "'N'", 'a value (an object, array, string, number, true, false or null)'],
    ['missing comma', '[{"a":1}\n {"a":2}]', 2, 2, "'{'", "',' or ']'"],
    [
      'leading zero',
      '[{"a":012}]',
      1,
      7,
      "'012'",
      'a number such as 12, -3.5 or 1e6 (no leading zeros, + signs or trailing dots)',
    ],
    ['bad literal', '[{"a":tru}]', 1, 10, "'}'", "'true'"],
    ['bad escape', '[{"a":"\\x"}]', 1, 9, "'x'", 'an escape sequence (\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX)'],
    [
      'raw line break in a string',
      '[{"a":"x\ny"}]',
      1,
      9,
      'a line break',
      `'"' to close the string before a line break (write it as an escape such as \\n)`,
    ],
    ['junk after the array', '[{"a":1}] x', 1, 11, "'x'", 'the end of the file'],
    [
      'truncated file',
      '[{"a":1},\n{"a":2},\n{"a":',
      3,
      6,
      'the end of the file',
      'a value (an object, array, string, number, true, false or null)',
    ],
  ];

  it.each(cases)(
    '%s: reports line, column, what was expected and what was found',
    async (_name, text, line, column, found, expected) => {
      const { findings } = await read(text);
      expect(findings).toEqual([
        { code: 'json_syntax_error', file: 'in.json', line, params: { found, expected, column } },
      ]);
    },
  );

  it('yields the rows before a syntax error, then stops', async () => {
    const { rows, codes } = await read('[{"a":1},\n{"a":2},\n{"a":3 "b":4},\n{"a":5}]');
    expect(rows.map((r) => r.cells)).toEqual([[1], [2]]);
    expect(codes).toEqual(['json_syntax_error']);
  });

  it('says "the end of the file" when the file is cut inside a string', async () => {
    const { findings } = await read('[{"a":"abc');
    expect(findings[0]?.params).toEqual({
      found: 'the end of the file',
      expected: `'"' to close the string`,
      column: 11,
    });
  });

  it('survives 100,000 nested brackets without recursion, reporting the depth limit', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const { rows, findings } = await read(split(deep, 65_536));
    expect(rows).toEqual([]);
    expect(findings.map((f) => f.code)).toEqual(['json_not_object', 'json_depth_limit']);
    expect(findings[1]?.params).toEqual({ limit: 4096, stopped: true });
  });

  it('skips a record nested past maxJsonDepth and reads on', async () => {
    const nested = `${'{"x":'.repeat(70)}1${'}'.repeat(70)}`;
    const { rows, findings } = await read(`[{"a":1},\n{"a":2,"deep":${nested}},\n{"a":3}]`);
    expect(rows.map((r) => r.cells[0])).toEqual([1, 3]);
    // The record is skipped before its nested value closes: only the limit is reported.
    expect(findings.map((f) => [f.code, f.line, f.params])).toEqual([
      ['json_depth_limit', 2, { limit: 64, stopped: false }],
    ]);
  });

  it('skips a record holding a 50 MB string without keeping it, and reads on', async () => {
    const huge = 'x'.repeat(50 * 1024 * 1024);
    const chunks = ['[{"id":1},\n{"id":2,"narrative":"', ...split(huge, 65_536), '"},\n{"id":3}]'];
    const { table, rows, findings } = await read(chunks);
    // The key was seen before the record grew too large, so it stays a column.
    expect(table.header).toEqual(['id', 'narrative']);
    expect(rows.map((r) => r.cells)).toEqual([
      [1, null],
      [3, null],
    ]);
    expect(rows[1]?.line).toBe(3);
    expect(findings).toEqual([
      { code: 'json_record_too_large', file: 'in.json', line: 2, params: { limit: 16 * 1024 * 1024 } },
    ]);
  });

  it('truncates a string cell longer than maxCellChars and reports it', async () => {
    const { rows, findings } = await read(`[{"n":"${'y'.repeat(50)}"}]`, { maxCellChars: 10 });
    expect(rows[0]?.cells).toEqual(['y'.repeat(10)]);
    expect(findings[0]).toMatchObject({ code: 'cell_size_limit', line: 1, column: 'n' });
  });

  it('drops keys past maxColumns and reports once', async () => {
    const { table, rows, codes } = await read('[{"a":1,"b":2,"c":3},{"d":4}]', { maxColumns: 2 });
    expect(table.header).toEqual(['a', 'b']);
    expect(rows.map((r) => r.cells)).toEqual([
      [1, 2],
      [null, null],
    ]);
    expect(codes).toEqual(['column_limit']);
  });

  it('reports nothing for empty text (the decode stage reports an empty file)', async () => {
    expect((await read('')).findings).toEqual([]);
    expect((await read('  \n')).codes).toEqual(['json_syntax_error']);
  });
});

describe('readJson: a real file converted to JSON', () => {
  // The Washington Post 2015 file: quoted values, commas and line breaks inside descriptions.
  const csv = readFileSync(
    new URL('../../../../shared/data/deaths-national/washington-post-2015.csv', import.meta.url),
    'utf8',
  );
  const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });

  it('reads every record with the CSV header, values and computed line numbers', async () => {
    const fields = parsed.meta.fields ?? [];
    expect(fields).toHaveLength(18);
    // Pretty-printed with 2 spaces: "[" then per record "{", one line per key, "}," -> 20 lines a record.
    const json = JSON.stringify(parsed.data, null, 2);
    const { table, rows, findings } = await read(split(json, 65_536));
    expect(findings).toEqual([]);
    expect(table.header).toEqual(fields);
    expect(rows).toHaveLength(parsed.data.length);
    expect(rows).toHaveLength(912); // python3 csv.reader on the same file: 912 records, 18 columns
    expect(rows.map((r) => r.line).slice(0, 3)).toEqual([2, 22, 42]);
    expect(rows.at(-1)?.line).toBe(2 + 911 * 20);
    expect(rows[0]?.cells.slice(0, 3)).toEqual(['3', '2015-01-02', parsed.data[0]?.description]);
    const original = parsed.data.map((record) => fields.map((f) => record[f]));
    expect(rows.map((r) => r.cells)).toEqual(original);
  });
});
