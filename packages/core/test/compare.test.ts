// The comparison: manifests read with every mistake at its line, scorecards built with the same
// formulas for every source, report diffs, and renderers that never let data become markup or a
// spreadsheet formula. Real files are compared end to end in test/compare.test.ts at the root.
import { createAjv } from '@policedata/schemas';
import { describe, expect, it } from 'vitest';
import { countShown, DIFF_SCHEMA_ID, diffReports } from '../src/compare/diff.js';
import { parseManifest, resolveSource } from '../src/compare/manifest.js';
import { renderDiffMarkdown } from '../src/compare/render-diff-markdown.js';
import { renderScorecardCsv } from '../src/compare/render-scorecard-csv.js';
import { renderScorecardHtml } from '../src/compare/render-scorecard-html.js';
import { renderScorecardMarkdown } from '../src/compare/render-scorecard-markdown.js';
import { buildScorecard, SCORECARD_SCHEMA_ID } from '../src/compare/scorecard.js';
import { ManifestError } from '../src/errors.js';
import { validateRows } from '../src/validate-source.js';

const problems = (text: string): string[] => {
  try {
    parseManifest(text, 'm.yaml');
  } catch (error) {
    if (error instanceof ManifestError) return error.problems.map((p) => `${p.where}: ${p.message}`);
    throw error;
  }
  return [];
};

describe('parseManifest', () => {
  it('reads a manifest and says where each source is', () => {
    const { manifest, sourceAt } = parseManifest(
      'policedata_compare: 1\nsources:\n  - agency: { name: Dallas PD }\n    dataset_type: stops\n    files: a.csv\n',
      'm.yaml',
    );
    expect(manifest.sources[0]?.files).toBe('a.csv');
    expect(sourceAt).toEqual(['m.yaml:3:5']);
  });

  it('reports every mistake at its line and column, with a did-you-mean', () => {
    expect(
      problems(
        'policedata_compare: 1\ntitel: x\nsources:\n  - agency: { name: Dallas PD, citty: Dallas }\n    dataset_type: use-of-forse\n    file: a.csv\n',
      ),
    ).toEqual([
      'm.yaml:2:1: unknown key "titel". Did you mean "title"?',
      'm.yaml:4:32: unknown key "citty". Did you mean "city"?',
      'm.yaml:5:19: dataset_type must be one of stops, use-of-force, officer-involved-shootings, complaints, calls-for-service, arrests, citations, crime-incidents, assaults-on-officers, vehicle-pursuits, employees, not "use-of-forse". Did you mean "use-of-force"?',
      'm.yaml:6:5: unknown key "file". Did you mean "files"?',
    ]);
  });

  it('asks for files and an agency when no descriptor gives them', () => {
    expect(problems('policedata_compare: 1\nsources:\n  - dataset_type: stops\n')).toEqual([
      'm.yaml:3:5: give "files" (or a "descriptor" naming its data).',
      'm.yaml:3:5: give "agency" with its name (or a "descriptor").',
    ]);
  });

  it('reports YAML syntax errors and a wrong version', () => {
    expect(problems('policedata_compare: 1\nsources: [\n')[0]).toMatch(/^m\.yaml:\d+:\d+: /);
    expect(problems('policedata_compare: 2\nsources: []\n')).toEqual([
      'm.yaml:1:21: policedata_compare must be 1.',
      'm.yaml:2:10: sources must not be empty.',
    ]);
  });

  it("fills a source from its descriptor, the source's own values winning", () => {
    const descriptor = {
      agency: { name: 'Austin Police Department', city: 'Austin' },
      dataset_type: 'use-of-force',
      title: 'R2R',
      data: 'austin.csv',
      mapping: 'austin.yaml',
      coverage_start: '2016-01-01',
    };
    expect(resolveSource({ descriptor: 'd.json', release: '2016' }, descriptor, 'm.yaml', 'm.yaml:3:5')).toEqual({
      agency: descriptor.agency,
      datasetType: 'use-of-force',
      files: [{ path: 'austin.csv', from: 'descriptor' }],
      mapping: { path: 'austin.yaml', from: 'descriptor' },
      release: '2016',
      declared: { start: '2016-01-01' },
    });
    expect(() =>
      resolveSource({ descriptor: 'd.json', dataset_type: 'stops' }, descriptor, 'm.yaml', 'm.yaml:3:5'),
    ).toThrow('dataset_type is stops but the descriptor d.json says use-of-force');
    expect(() =>
      resolveSource({ descriptor: 'd.json' }, { ...descriptor, data: undefined }, 'm.yaml', 'm.yaml:3:5'),
    ).toThrow('does not name its data file');
  });
});

const header = ['stop_id', 'stop_date', 'subject_race', 'subject_sex', 'officer_race'];
const rowsOf = (cells: string[][]) => cells.map((row, index) => ({ line: index + 2, cells: row }));
const cityA = await validateRows(
  header,
  rowsOf([
    ['1', '2019-06-14', 'black', 'male', 'white'],
    ['2', '2019-06-15', 'Martian', 'female', 'white'],
    ['3', '2019-06-16', 'white', 'male', ''],
    ['4', '2019-06-17', '=HYPERLINK("http://x")', 'male', 'black'],
  ]),
  { type: 'stops', asOf: '2026-01-01', fileName: 'a.csv' },
);
const cityB = await validateRows(
  ['stop_id', 'stop_date', 'subject_sex'],
  rowsOf([
    ['1', '2019-07-01', 'male'],
    ['2', '2019-07-02', 'female'],
  ]),
  { type: 'stops', asOf: '2026-01-01', fileName: 'b.csv' },
);
const cityB2 = await validateRows(['stop_id', 'stop_date', 'subject_sex'], rowsOf([['3', '2019-08-01', 'female']]), {
  type: 'stops',
  asOf: '2026-01-01',
  fileName: 'b2.csv',
});
const card = buildScorecard(
  [
    {
      agency: { name: 'City <A> PD', city: 'A' },
      datasetType: 'stops',
      files: ['a.csv'],
      reports: [cityA],
      release: '2019',
    },
    { agency: { name: 'City B PD' }, datasetType: 'stops', files: ['b.csv', 'b2.csv'], reports: [cityB, cityB2] },
  ],
  { title: 'Two cities' },
);
const sourceA = card.sources[0];
const sourceB = card.sources[1];
const field = (source: typeof sourceA, name: string) => source?.fields.find((entry) => entry.name === name);

describe('buildScorecard', () => {
  it('matches the scorecard schema', () => {
    const validate = createAjv().getSchema(SCORECARD_SCHEMA_ID);
    expect(validate?.(JSON.parse(JSON.stringify(card))), JSON.stringify(validate?.errors)).toBe(true);
  });

  it('puts each dataset in its agency and dataset type', () => {
    expect(card.agencies.map((agency) => [agency.name, agency.sources])).toEqual([
      ['City <A> PD', ['s1']],
      ['City B PD', ['s2']],
    ]);
    expect(card.dataset_types.map((type) => [type.dataset_type, type.sources])).toEqual([['stops', ['s1', 's2']]]);
    expect(sourceA?.label).toBe('A 2019');
    expect(sourceB?.label).toBe('City B PD');
  });

  it('gives the share of rows with a valid value, and marks what is not published', () => {
    expect(field(sourceA, 'subject_race')).toMatchObject({
      status: 'published',
      valid: 2,
      invalid: 2,
      completeness: 0.5,
    });
    expect(field(sourceA, 'officer_race')).toMatchObject({
      status: 'published',
      valid: 3,
      empty: 1,
      completeness: 0.75,
    });
    expect(field(sourceB, 'subject_race')).toMatchObject({ status: 'not_published', completeness: 0 });
    expect(sourceB?.not_published).toContain('subject_race');
  });

  it('keeps the values that could not be crosswalked, with their rows', () => {
    expect(field(sourceA, 'subject_race')?.not_crosswalked).toEqual({
      rows: 2,
      values: ['Martian', '=HYPERLINK("http://x")'],
    });
  });

  it('counts a dataset published as several files as one, with the same formula', () => {
    expect(sourceB).toMatchObject({ rows: 3, files: ['b.csv', 'b2.csv'] });
    expect(sourceB?.coverage).toEqual({ field: 'stop_date', start: '2019-07-01', end: '2019-08-01' });
    expect(field(sourceB, 'subject_sex')).toMatchObject({ valid: 3, completeness: 1 });
    // Subject race is required and not published: level none, as for a single file.
    expect(sourceB?.level).toBe('none');
    expect(sourceB?.reasons[0]).toContain('subject_race');
  });

  it('puts the focus fields first and rates each concept by its best field', () => {
    const type = card.dataset_types[0];
    expect(type?.fields.slice(0, 4)).toEqual(['subject_race', 'subject_sex', 'subject_age', 'officer_race']);
    const concepts = Object.fromEntries((sourceA?.focus ?? []).map((entry) => [entry.concept, entry.completeness]));
    expect(concepts).toMatchObject({
      subject_race: 0.5,
      subject_sex: 1,
      subject_age: null,
      officer_race: 0.75,
      date: 1,
    });
  });
});

describe('scorecard renderers', () => {
  it('escapes data in Markdown and marks not published and not crosswalked cells', () => {
    const md = renderScorecardMarkdown(card);
    expect(md).toContain('City &lt;A&gt; PD');
    expect(md).not.toContain('<A>');
    expect(md).toMatch(/\| \*\*`subject_race`\*\* ★ \| required \| 50\.0% ⚠ 2 \| — \|/);
    expect(md).toContain('“Martian”');
  });

  it('writes a self-contained HTML page with charts and no script', () => {
    const html = renderScorecardHtml(card);
    expect(html).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|\ssrc=|\shref=/i);
    expect(html).toContain('City &lt;A&gt; PD');
    expect(html).toMatch(
      /<svg class="chart score-chart" role="img" aria-label="Scores: A 2019: [\d.]+ \(none\); City B PD: [\d.]+ \(none\)"/,
    );
    expect(html).toContain('class="chart heat-map"');
    expect(html).toContain('=HYPERLINK(&quot;');
  });

  it('writes one long CSV table, defended against formula injection', () => {
    const csv = renderScorecardCsv(card);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]?.split(',').slice(0, 3)).toEqual(['source_id', 'label', 'agency']);
    expect(lines.length).toBe(1 + (sourceA?.fields.length ?? 0) + (sourceB?.fields.length ?? 0));
    const race = lines.find((line) => line.startsWith('s1,') && line.includes(',subject_race,'));
    expect(race).toContain(`,2,2,"Martian; =HYPERLINK(""http://x"")"`);
    const hostile = renderScorecardCsv({
      ...card,
      sources: card.sources.map((source) => ({ ...source, agency: '=cmd|calc', label: '-2+3' })),
    });
    expect(hostile.split('\r\n')[1]).toMatch(/^s1,"'-2\+3","'=cmd\|calc",stops,/);
  });
});

describe('diffReports', () => {
  const diff = diffReports(cityA, { ...cityB, file: { ...cityB.file, name: 'b.csv' } });

  it('matches the report-diff schema', () => {
    const validate = createAjv().getSchema(DIFF_SCHEMA_ID);
    expect(validate?.(JSON.parse(JSON.stringify(diff))), JSON.stringify(validate?.errors)).toBe(true);
  });

  it('lists fixed findings, dropped columns and fields no longer published', () => {
    expect(diff.findings.find((finding) => finding.code === 'unmapped_code')).toMatchObject({
      status: 'fixed',
      old_count: 2,
      new_count: 0,
      old_fields: ['subject_race'],
    });
    expect(diff.columns).toEqual([
      { kind: 'dropped', old: 'subject_race', fields: ['subject_race', 'subject_race_raw'] },
      { kind: 'dropped', old: 'officer_race', fields: ['officer_race', 'officer_race_raw'] },
    ]);
    expect(diff.fields.find((entry) => entry.name === 'subject_race')).toEqual({
      name: 'subject_race',
      level: 'required',
      status: 'no_longer_published',
      before: 0.5,
      after: null,
    });
  });

  it('says when a finding went away with its field, and compares findings about values per row', async () => {
    // cityA's unmapped codes were all in subject_race, which b.csv does not publish.
    expect(diff.notes).toContain(
      'unmapped_code is gone only because subject_race is no longer published, not because the values were corrected.',
    );
    const options = { type: 'stops', asOf: '2026-01-01' } as const;
    const small = await validateRows(
      ['stop_id', 'subject_sex'],
      rowsOf([
        ['1', 'M'],
        ['2', 'female'],
      ]),
      { ...options, fileName: 'small.csv' },
    );
    const large = await validateRows(
      ['stop_id', 'subject_sex'],
      rowsOf(Array.from({ length: 10 }, (_, i) => [String(i + 1), i < 2 ? 'M' : 'female'])),
      { ...options, fileName: 'large.csv' },
    );
    // 1 of 2 rows, then 2 of 10: more codes, but a smaller share of the rows.
    const grown = diffReports(small, large);
    expect(grown.findings.find((finding) => finding.code === 'unmapped_code')).toMatchObject({
      status: 'fewer',
      old_count: 1,
      new_count: 2,
    });
    expect(grown.notes).toContain(
      'The releases have 2 and 10 rows: findings about values are compared by their share of the rows, so "more" or "fewer" can go against the counts (a larger share of fewer rows, or a smaller share of more rows).',
    );
  });

  it('says when the two reports were made with different mapping files', () => {
    const mapped = { ...cityB, dataset: { ...cityB.dataset, mapping: 'city-b.yaml' } };
    expect(diffReports(cityA, mapped).notes).toContain(
      'The old report was made without a mapping file and the new one with city-b.yaml: some changes may come from the mapping, not the data.',
    );
    expect(diffReports(mapped, mapped).notes.join(' ')).not.toContain('mapping file');
    const dotted = { ...cityB, dataset: { ...cityB.dataset, mapping: './maps/../city-b.yaml' } };
    expect(diffReports(mapped, dotted).notes.join(' ')).not.toContain('mapping file');
  });

  it('renders Markdown with the data escaped', () => {
    const md = renderDiffMarkdown(diff);
    expect(md).toContain('| **fixed** | error | `unmapped_code` | 2 (50.0% of rows) | 0 (0.0% of rows) |');
    // A finding raised for several fields of a row can outnumber the rows: no share above 100 %.
    expect(countShown(9, 4, { compared_per_row: true })).toBe('9 (2.25 per row)');
    expect(countShown(9, 4, { compared_per_row: false })).toBe('9');
    expect(md).toContain('**Dropped columns**');
  });
});

describe('plain messages for hand-written files', () => {
  it('says what ajv says in plain words', async () => {
    const { plainMessage } = await import('../src/plain-errors.js');
    const at = (keyword: string, params: Record<string, unknown>) => plainMessage({ keyword, params, message: 'raw' });
    expect(at('minLength', { limit: 2 })).toBe('must have at least 2 characters');
    expect(at('minLength', { limit: 1 })).toBe('must not be empty');
    expect(at('type', { type: 'array' })).toBe('must be a list');
    expect(at('type', { type: 'string,integer' })).toBe('must be text or a whole number');
    expect(at('minimum', { limit: 0 })).toBe('must be 0 or more');
    expect(at('somethingElse', {})).toBe('raw');
  });
});
