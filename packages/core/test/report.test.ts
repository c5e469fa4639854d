// The report: valid against its own JSON Schema, exact counts, and renderers that never let a cell
// value become markup or a terminal escape sequence.
import { createAjv } from '@policedata/schemas';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/report/render-markdown.js';
import { renderText } from '../src/report/render-text.js';
import { REPORT_SCHEMA_ID } from '../src/report/report.js';
import { validateRows, validateSource } from '../src/validate-source.js';

const header = ['stop_id', 'stop_date', 'subject_race', 'subject_sex', 'search_basis', 'notes'];
const rows = [
  ['1', '2019-06-14', 'black', 'male', '', 'ok'],
  ['2', '2019-06-15', 'W', 'female', 'consent', '<script>alert(1)</script>'],
  ['2', '06/16/2019', 'white', 'M', '', '\u001b[31mred\u001b[0m | <img src=x onerror=alert(1)>'],
  ['4', '2031-01-01', 'NULL', 'female', '', 'call 317-555-0123'],
  ['5', '<script>alert(1)</script>', 'white', '\u001b[31mred\u001b[0m', '', '<img src=x onerror=alert(1)>'],
].map((cells, index) => ({ line: index + 2, cells }));

const report = await validateRows(header, rows, { type: 'stops', asOf: '2026-01-01' });
const count = (code: string) => report.findings.find((group) => group.code === code)?.count ?? 0;

describe('a report', () => {
  it('matches the report schema', () => {
    const validate = createAjv().getSchema(REPORT_SCHEMA_ID);
    expect(validate?.(JSON.parse(JSON.stringify(report))), JSON.stringify(validate?.errors)).toBe(true);
  });

  it('counts each finding exactly, with its line', () => {
    expect(report.rows).toBe(5);
    expect(count('unmapped_code')).toBe(3); // W, M and the escape sequence
    expect(count('invalid_date')).toBe(1);
    expect(count('rule_violation')).toBe(1); // search_basis without search_conducted
    expect(count('duplicate_key')).toBe(1);
    expect(count('future_date')).toBe(1);
    expect(count('required_value_missing')).toBe(1); // NULL race
    expect(count('pii_value')).toBe(1);
    const duplicate = report.findings.find((group) => group.code === 'duplicate_key')?.samples[0];
    expect(duplicate).toMatchObject({ line: 4, params: { firstLine: 3 } });
    expect(report.coverage).toEqual({ field: 'stop_date', start: '2019-06-14', end: '2031-01-01' });
    expect(report.conformance.level).toBe('none');
  });

  it('escapes cell values in text and Markdown', () => {
    const text = renderText(report, { samples: 20 });
    expect(text).not.toContain('\u001b');
    expect(text).toContain('\\x1b[31mred');
    const markdown = renderMarkdown(report, { samples: 20 });
    expect(markdown).not.toMatch(/<script>|<img/);
    expect(markdown).toContain('&lt;script&gt;');
  });

  it('says how many there are when no example is kept, instead of "… 3 more" under nothing', () => {
    const bare = { ...report, findings: report.findings.map((group) => ({ ...group, samples: [] })) };
    const text = renderText(bare);
    expect(text).toContain('  3 in all; no examples kept');
    expect(text).not.toContain('… 3 more');
    expect(renderMarkdown(bare)).toContain('- 3 in all; no examples kept');
  });

  it('counts findings and rows in words that agree with the number (1 warning, 2 warnings)', () => {
    const one = { ...report, rows: 1, summary: { error: 1, warning: 1, info: 0 } };
    expect(renderText(one)).toContain('  Findings  1 error, 1 warning, 0 info');
    expect(renderText(report)).toMatch(/ {2}Findings {2}\d+ errors, \d+ warnings?, \d+ info/);
  });

  it('escapes column names in text too (a line break in a header)', async () => {
    const named = await validateRows(
      ['stop_id', 'stop\ndate', 'subject_race'],
      [{ line: 3, cells: ['1', '2019-13-01', 'white'] }],
      {
        type: 'stops',
        mapping: { policedata_mapping: 1, type: 'stops', fields: { stop_date: 'stop\ndate' } },
      },
    );
    const text = renderText(named, { samples: 20 });
    expect(text).toContain('column "stop\\x0adate" = "2019-13-01"');
  });
});

describe('rows with an error', () => {
  const rowsOf = (table: string[][]) => table.map((cells, index) => ({ line: index + 2, cells }));
  const table = rowsOf([
    ['1', '2019-06-14', 'black', 'male'],
    ['1', '2019-06-15', 'white', 'female'], // the key repeats: an error
    ['1', '2019-13-40', 'white', 'female'], // the key repeats, and the date is impossible: one row
    ['4', '2031-01-01', 'white', 'female'], // a future date: an error
    ['5', '2019-06-17', 'white', 'female'],
  ]);
  const columns = ['stop_id', 'stop_date', 'subject_race', 'subject_sex'];

  it('counts a row whose key repeats or whose date is in the future, once each', async () => {
    const checked = await validateRows(columns, table, { type: 'stops', asOf: '2026-01-01' });
    expect(checked.findings.find((group) => group.code === 'duplicate_key')?.count).toBe(2);
    expect(checked.findings.find((group) => group.code === 'future_date')?.count).toBe(1);
    expect(checked.invalid_rows).toBe(3);
  });

  it('leaves them out when those findings are warnings or ignored', async () => {
    const options = { type: 'stops', asOf: '2026-01-01' } as const;
    const warned = await validateRows(columns, table, { ...options, severity: { duplicate_key: 'warning' } });
    expect(warned.invalid_rows).toBe(2); // the impossible date and the future date
    const ignored = await validateRows(columns, table, { ...options, ignore: ['future_date'] });
    expect(ignored.invalid_rows).toBe(2); // the two repeated keys
  });
});

describe('files cut short or holding invalid bytes', () => {
  const source = (name: string, text: string) => ({
    name,
    stream: () => new Blob([text]).stream() as ReadableStream<Uint8Array>,
  });
  const stops = 'stop_id,stop_date,subject_race,subject_sex\n';

  it('is level none, with where reading stopped, and a score for the rows read', async () => {
    const cut = `${stops}1,2019-01-01,white,male\n2,2019-01-02,"black,female\n3,2019-01-03,white,male\n`;
    const report = await validateSource(source('cut.csv', cut), { type: 'stops' });
    expect(report.conformance.level).toBe('none');
    expect(report.conformance.reasons).toEqual([
      'Reading stopped at line 3 (unterminated_quote): anything after that point was not checked, so the level is none.',
    ]);
    expect(report.conformance.score).toBeGreaterThan(0);
  });

  it('counts a row holding invalid bytes as a row with an error', async () => {
    // A byte order mark says UTF-8 (without one, a small file with a stray byte reads as Windows-1252).
    const bytes = new Uint8Array([
      0xef,
      0xbb,
      0xbf,
      ...new TextEncoder().encode(`${stops}1,2019-01-01,white,male\n2,2019-01-02,black,female,`),
      0xff,
      ...new TextEncoder().encode('\n3,2019-01-03,white,male\n'),
    ]);
    const named = { name: 'bytes.csv', stream: () => new Blob([bytes]).stream() as ReadableStream<Uint8Array> };
    const report = await validateSource(named, { type: 'stops' });
    expect(report.findings.find((group) => group.code === 'invalid_utf8')?.samples[0]?.line).toBe(3);
    // The row is also ragged (five cells): counted once.
    expect(report.invalid_rows).toBe(1);
    // Only an unmapped note holds the bad byte: the row has no other error.
    const clean = new TextEncoder().encode(
      '\ufeffstop_id,stop_date,subject_race,subject_sex,notes\n1,2019-01-01,white,male,caf\u00e9\n',
    );
    const bad = new Uint8Array([...clean.slice(0, -3), 0xe9, 0x0a]);
    const one = await validateSource(
      { name: 'one.csv', stream: () => new Blob([bad]).stream() as ReadableStream<Uint8Array> },
      { type: 'stops' },
    );
    expect(one.findings.map((group) => group.code)).toContain('invalid_utf8');
    expect(one.invalid_rows).toBe(1);
    // Not while invalid_utf8 is ignored or lowered, as for the other findings that count rows.
    const quiet = await validateSource(
      { name: 'one.csv', stream: () => new Blob([bad]).stream() as ReadableStream<Uint8Array> },
      { type: 'stops', ignore: ['invalid_utf8'] },
    );
    expect(quiet.invalid_rows).toBe(0);
  });

  it('is not when a bad NDJSON line is skipped and reading goes on', async () => {
    const lines = [
      '{"stop_id":"1","stop_date":"2019-01-01","subject_race":"white","subject_sex":"male"}',
      '{"stop_id":"2",',
      '{"stop_id":"3","stop_date":"2019-01-03","subject_race":"black","subject_sex":"female"}',
    ];
    const report = await validateSource(source('stops.ndjson', `${lines.join('\n')}\n`), { type: 'stops' });
    expect(report.findings.map((group) => group.code)).toContain('json_syntax_error');
    expect(report.conformance.reasons.join(' ')).not.toContain('Reading stopped');
  });
});

describe('limits reached', () => {
  it('lists every limit the run reached, not only the duplicate check', async () => {
    const header = 'stop_id,stop_date,subject_race,subject_sex,notes\n';
    const text = `${header}1,2019-01-01,white,male,${'x'.repeat(2000)}\n`;
    const report = await validateSource(
      { name: 'long.csv', stream: () => new Blob([text]).stream() as ReadableStream<Uint8Array> },
      { type: 'stops', limits: { maxCellChars: 1000 } },
    );
    expect(report.findings.map((group) => group.code)).toContain('cell_size_limit');
    expect(report.limits_reached).toEqual(['cell_size_limit']);
    const ignored = await validateSource(
      { name: 'long.csv', stream: () => new Blob([text]).stream() as ReadableStream<Uint8Array> },
      { type: 'stops', limits: { maxCellChars: 1000 }, ignore: ['cell_size_limit'] },
    );
    expect(ignored.findings.map((group) => group.code)).not.toContain('cell_size_limit');
    expect(ignored.limits_reached).toEqual(['cell_size_limit']);
  });
});

describe('reading that stops in nested JSON', () => {
  it('is level none whatever the samples kept (the stop may not be among them)', async () => {
    const deep = `${'['.repeat(200)}${']'.repeat(200)}`;
    const records = [
      `{"arrest_id":"1","nested":${deep}}`, // skipped: too deep (stopped: false)
      '{"arrest_id":"2","arrest_date":"2019-01-01"}',
      `{"arrest_id":"3","nested":${'['.repeat(100_000)}`, // past the hard limit: reading stops
    ];
    const text = `[${records.join(',\n')}]`;
    for (const maxSamples of [0, 1, 20]) {
      const report = await validateSource(
        { name: 'deep.json', stream: () => new Blob([text]).stream() as ReadableStream<Uint8Array> },
        { type: 'arrests', maxSamples, limits: { maxJsonDepth: 64 } },
      );
      expect(report.findings.map((group) => group.code)).toContain('json_depth_limit');
      expect(report.conformance.level, `maxSamples ${maxSamples}`).toBe('none');
      expect(report.conformance.reasons[0]).toMatch(/^Reading stopped.*\(json_depth_limit\)/);
    }
  });
});

describe('invalid bytes with each line ending', () => {
  it('are found on their own lines, and count their own rows, with LF, CRLF and lone CR alike', async () => {
    const enc = (text: string) => [...new TextEncoder().encode(text)];
    for (const eol of ['\n', '\r\n', '\r']) {
      const bytes = new Uint8Array([
        0xef,
        0xbb,
        0xbf,
        ...enc(`stop_id,stop_date,subject_race,subject_sex,notes${eol}1,2019-01-01,white,male,a${eol}`),
        ...enc('2,2019-01-01,white,male,b'),
        0xff, // line 3, at the end of its row
        ...enc(eol),
        0xff, // line 4, first in its row
        ...enc(`3,2019-01-01,white,male,c${eol}4,2019-01-01,white,male,d${eol}`),
      ]);
      const report = await validateSource(
        { name: 'eol.csv', stream: () => new Blob([bytes]).stream() as ReadableStream<Uint8Array> },
        { type: 'stops' },
      );
      const bad = report.findings.find((group) => group.code === 'invalid_utf8');
      expect(
        bad?.samples.map((sample) => sample.line),
        JSON.stringify(eol),
      ).toEqual([3, 4]);
      // Line 4 holds a whole row whose first cell is "\uFFFD3": five cells, no other error.
      expect(report.invalid_rows, JSON.stringify(eol)).toBe(2);
    }
  });
});

describe('reading that stopped, whatever is sampled or ignored', () => {
  const source = (name: string, text: string) => ({
    name,
    stream: () => new Blob([text]).stream() as ReadableStream<Uint8Array>,
  });

  it('names the line where it stopped, and stays level none when the finding is ignored', async () => {
    const good = (id: number) => `{"arrest_id":"${id}","arrest_date":"2019-01-01"}`;
    const skipped = (id: number) => `{"arrest_id":"${id}","x":${'['.repeat(100)}${']'.repeat(100)}}`;
    const records = [
      ...Array.from({ length: 5 }, (_, i) => good(i)),
      ...Array.from({ length: 5 }, (_, i) => skipped(10 + i)), // too deep, skipped: lines 7 to 11
      `{"arrest_id":"99","x":${'['.repeat(100_000)}`, // past the hard limit on line 12: reading stops
    ];
    const text = `[\n${records.join(',\n')}\n]`;
    const options = { type: 'arrests', maxSamples: 2, limits: { maxJsonDepth: 64 } } as const;
    const report = await validateSource(source('deep.json', text), options);
    expect(report.conformance.reasons[0]).toBe(
      'Reading stopped at line 12 (json_depth_limit): anything after that point was not checked, so the level is none.',
    );
    const ignored = await validateSource(source('deep.json', text), { ...options, ignore: ['json_depth_limit'] });
    expect(ignored.findings.map((group) => group.code)).not.toContain('json_depth_limit');
    expect(ignored.conformance.level).toBe('none');
    const quoted = await validateSource(
      source('cut.csv', 'stop_id,stop_date,subject_race,subject_sex\n1,2019-01-01,white,male\n2,"2019\n'),
      { type: 'stops', ignore: ['unterminated_quote'] },
    );
    expect(quoted.conformance.reasons[0]).toMatch(/^Reading stopped at line 3 \(unterminated_quote\)/);
  });
});

describe('a gzip stream whose name does not say what it holds', () => {
  it('is read as what its content is: JSON, NDJSON (or a workbook)', async () => {
    const { gzipSync } = await import('node:zlib');
    const record = (id: number) =>
      `{"stop_id":"${id}","stop_date":"2019-01-01","subject_race":"white","subject_sex":"male"}`;
    for (const [text, format] of [
      [`[${record(1)},${record(2)}]`, 'json'],
      [`${record(1)}\n${record(2)}\n`, 'ndjson'],
    ] as const) {
      const bytes = gzipSync(text);
      const report = await validateSource(
        { name: 'stdin', stream: () => new Blob([bytes]).stream() as ReadableStream<Uint8Array> },
        { type: 'stops' },
      );
      expect(report.file).toMatchObject({ format, compressed: 'gzip' });
      expect(report.rows).toBe(2);
    }
  });
});
