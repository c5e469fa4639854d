// The HTML report, checked without a browser: parsed as a browser parses it (parse5), it must be
// well formed, self-contained and accessible, and no cell value may become markup or a script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseMapping } from '../src/mapping/mapping-file.js';
import { validateFile } from '../src/node.js';
import { escapeTerminal } from '../src/report/escape.js';
import { HTML_STYLES } from '../src/report/html/styles.js';
import { renderHtml } from '../src/report/render-html.js';
import type { Report } from '../src/report/report.js';
import { HOSTILE_FILE_NAME, hostileFileReport, hostileRowsReport, PAYLOADS, RAW_CONTROL } from './hostile-cells.js';
import { type HtmlElement, parseHtml } from './html-tree.js';

const ROOT = join(import.meta.dirname, '../../..');
const DATA = join(ROOT, '../shared/data');

/** Every element the renderer writes; anything else in a page came from the data. */
const ALLOWED = new Set(
  'html head meta title style body header main footer section article nav h1 h2 h3 h4 p div span strong code ul ol li dl dt dd table caption thead tbody tr th td details summary br a'.split(
    ' ',
  ),
);

function checkSafe(html: string) {
  const { elements, errors, comments } = parseHtml(html);
  expect(errors.map((error) => `${error.code} at ${error.startLine}:${error.startCol}`)).toEqual([]);
  expect(comments).toEqual([]);
  for (const element of elements) {
    expect(ALLOWED, `unexpected <${element.tag}>`).toContain(element.tag);
    for (const [name, value] of Object.entries(element.attrs)) {
      expect(name, `event handler attribute on <${element.tag}>`).not.toMatch(/^on/i);
      expect(value, `script URL in ${name}`).not.toMatch(/javascript:/i);
      expect(value, `markup in ${name}`).not.toMatch(/[<>]/);
      if (name === 'href') expect(value).toMatch(/^#r\d+$/);
      expect(['src', 'srcset', 'action', 'formaction', 'background', 'poster', 'data']).not.toContain(name);
    }
  }
  const styles = elements.filter((element) => element.tag === 'style');
  expect(styles.map((style) => style.text)).toEqual([HTML_STYLES]);
  expect(html).not.toMatch(RAW_CONTROL);
  return elements;
}

const shownValues = (elements: HtmlElement[]) =>
  elements
    .filter((element) => element.tag === 'code' && element.attrs.class === 'value')
    .map((element) => element.text);

describe('HTML report with hostile cells', () => {
  let reports: Report[];
  beforeAll(async () => {
    reports = [await hostileRowsReport(), await hostileFileReport()];
  });

  it('plants every payload in the report samples (so the checks below mean something)', () => {
    const [rows] = reports;
    const values = new Set(rows?.findings.flatMap((group) => group.samples.map((sample) => sample.value)));
    for (const payload of PAYLOADS) expect(values).toContain(payload.trim());
  });

  it.each([0, 1])('renders every payload as text, never as markup (report %i)', (index) => {
    const report = reports[index] as Report;
    const html = renderHtml(report, { samples: 100 });
    const elements = checkSafe(html);
    for (const payload of PAYLOADS) {
      if (/[<>"']/.test(payload)) expect(html).not.toContain(payload.trim());
    }
    const values = shownValues(elements);
    const expected = PAYLOADS.filter((payload) => index === 0 || !payload.includes('\u0000'));
    for (const payload of expected) expect(values).toContain(escapeTerminal(payload.trim(), 200));
    expect(values).toContain('\\x1b[31mred\\x1b[0m\\x1b]8;;http://evil\\x07link');
    expect(values).toContain('\\u202eexe.txt');
    expect(values).toContain('{{7*7}}');
    const h1 = elements.find((element) => element.tag === 'h1');
    expect(h1?.text).toBe(escapeTerminal(HOSTILE_FILE_NAME));
    const codes = elements.filter((element) => element.tag === 'code').map((element) => element.text);
    expect(codes).toContain('<script>alert("header")</script>');
  });

  it('keeps several hostile reports safe together, and with a hostile title', () => {
    checkSafe(renderHtml(reports, { title: '</title><script>alert(1)</script>' }));
  });
});

/** Heading levels in document order never skip a level going down. */
function checkHeadings(elements: HtmlElement[]) {
  const levels = elements.filter((element) => /^h[1-6]$/.test(element.tag)).map((element) => Number(element.tag[1]));
  expect(levels[0]).toBe(1);
  expect(levels.filter((level) => level === 1)).toHaveLength(1);
  for (let i = 1; i < levels.length; i++)
    expect(levels[i] as number).toBeLessThanOrEqual((levels[i - 1] as number) + 1);
}

function checkTables(elements: HtmlElement[]) {
  const headers = elements.filter((element) => element.tag === 'th');
  expect(headers.length).toBeGreaterThan(0);
  for (const th of headers) expect(['col', 'row']).toContain(th.attrs.scope);
  const tables = elements.filter((element) => element.tag === 'table').length;
  expect(elements.filter((element) => element.tag === 'thead')).toHaveLength(tables);
}

describe('HTML report of a real file (Dallas use of force 2013, with its mapping)', () => {
  let report: Report;
  let html: string;
  let elements: HtmlElement[];
  beforeAll(async () => {
    const mapping = parseMapping(
      readFileSync(join(ROOT, 'examples/mappings/dallas-use-of-force-2013.yaml'), 'utf8'),
      'dallas-use-of-force-2013.yaml',
    );
    report = await validateFile(join(DATA, 'use-of-force/dallas-2013.csv'), {
      mapping,
      mappingName: 'examples/mappings/dallas-use-of-force-2013.yaml',
      fileName: 'use-of-force/dallas-2013.csv',
    });
    html = renderHtml(report);
    elements = checkSafe(html);
  });

  const byClass = (name: string) => elements.filter((element) => element.attrs.class?.split(' ').includes(name));

  it('is one self-contained, accessible document', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    const meta = elements.filter((element) => element.tag === 'meta');
    expect(meta.some((element) => element.attrs.charset === 'utf-8')).toBe(true);
    const csp = meta.find((element) => element.attrs['http-equiv'] === 'Content-Security-Policy');
    expect(csp?.attrs.content).toMatch(/^default-src 'none'; style-src 'unsafe-inline';/);
    expect(elements.find((element) => element.tag === 'title')?.text).toBe(
      'policedata report: use-of-force/dallas-2013.csv',
    );
    expect(HTML_STYLES).not.toMatch(/@import|@font-face|url\(/);
    checkHeadings(elements);
    checkTables(elements);
    const ids = elements.map((element) => element.attrs.id).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    for (const element of elements.filter((e) => e.attrs['aria-labelledby'])) {
      expect(ids).toContain(element.attrs['aria-labelledby']);
    }
  });

  it('summarises the file: level in plain words, score, counts by severity, the reasons', () => {
    const level = byClass('level')[0];
    expect(level?.text).toContain('Basic');
    expect(level?.text).toContain('every required field is present and valid in at least 95% of rows');
    expect(elements.find((element) => element.attrs['aria-current'] === 'step')?.text).toBe('Basic');
    expect(byClass('score')[0]?.text).toContain(`${report.conformance.score.toFixed(1)} / 100`);
    const counts = byClass('count').map((element) => element.text.replace(/\s+/g, ' '));
    expect(counts[0]).toMatch(/^[\d,]+errors/);
    expect(counts).toHaveLength(3);
    const facts = elements.find((element) => element.tag === 'dl')?.text ?? '';
    expect(facts).toContain('4,221');
    expect(facts).toContain('2013-01-01 to 2013-12-31');
    expect(facts).toContain('examples/mappings/dallas-use-of-force-2013.yaml');
    expect(byClass('reasons')[0]?.text).toContain(
      'Recommended fields missing: subject_hospitalized, subject_age, officer_id.',
    );
  });

  it('shows the privacy findings first, open', () => {
    const order = ['summary', 'privacy', 'coverage', 'findings'].map((name) =>
      elements.findIndex((element) => element.tag === 'section' && element.attrs.class === name),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const privacy = elements.filter((element) => element.path.includes('section') && element.tag === 'details');
    const first = privacy[0];
    expect(first?.attrs.open).toBe('');
    expect(first?.text).toContain('exact_address');
  });

  it('draws a coverage bar per field with its shares as text', () => {
    const bars = byClass('bar');
    const shown = report.fields.filter((field) => field.status === 'mapped' || field.level !== 'optional');
    expect(bars).toHaveLength(shown.length);
    for (const bar of bars) expect(bar.attrs.role).toBe('img');
    const race = report.fields.find((field) => field.name === 'subject_race');
    const raceBar = bars.find((bar) => bar.attrs['aria-label']?.startsWith('subject_race:'));
    expect(raceBar?.attrs['aria-label']).toMatch(/^subject_race: \d+\.\d% valid, \d+\.\d% placeholder/);
    const percent = (Math.round((race?.completeness ?? 0) * 1000) / 10).toFixed(1);
    expect(raceBar?.attrs['aria-label']).toContain(`${percent}% valid`);
    expect(bars.filter((bar) => bar.attrs['aria-label']?.endsWith(': not in the file'))).toHaveLength(3);
  });

  it('lists each finding code as a collapsible group with severity, count, samples and the fix', () => {
    const groups = elements.filter((element) => element.tag === 'details');
    expect(groups).toHaveLength(report.findings.length);
    const unmapped = groups.find((group) => group.text.includes('unmapped_code'));
    expect(unmapped?.attrs.class).toBe('finding sev-error');
    expect(unmapped?.text).toContain('A value that is not in the code list');
    expect(unmapped?.text).toContain('3,355');
    expect(unmapped?.text).toContain("FD-Officer's Gun");
    expect(unmapped?.text).toContain('How to fix it:');
    expect(html).toContain('<code class="value">FD-Officer&#39;s Gun</code>');
    expect(elements.filter((element) => element.tag === 'summary')).toHaveLength(groups.length);
  });

  it('renders several files as a summary table, then one section each', () => {
    const many = renderHtml([report, report], { samples: 2 });
    const parsed = checkSafe(many);
    checkHeadings(parsed);
    checkTables(parsed);
    const overview = parsed.filter((element) => element.tag === 'tr' && element.path.includes('tbody'));
    expect(overview.length).toBeGreaterThanOrEqual(2);
    const links = parsed.filter((element) => element.tag === 'a').map((element) => element.attrs.href);
    expect(links).toEqual(['#r1', '#r2']);
    const articles = parsed.filter((element) => element.tag === 'article');
    expect(articles).toHaveLength(2);
    expect(parsed.find((element) => element.tag === 'h1')?.text).toBe('2 files');
  });
});

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((at) => {
      const c = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * (r as number) + 0.7152 * (g as number) + 0.0722 * (b as number);
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi as number) + 0.05) / ((lo as number) + 0.05);
}

describe('HTML report colours', () => {
  const variable = (name: string) => new RegExp(`--${name}:(#[0-9a-f]{6})`).exec(HTML_STYLES)?.[1] ?? '';
  it.each([
    ['ink', 'card'],
    ['muted', 'card'],
    ['muted', 'bg'],
    ['err', 'err-bg'],
    ['warn', 'warn-bg'],
    ['info', 'info-bg'],
    ['ok', 'ok-bg'],
  ])('text --%s on --%s has a contrast of at least 4.5:1', (text, background) => {
    expect(contrast(variable(text), variable(background))).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps every bar colour at 3:1 against white (non-text contrast)', () => {
    for (const name of ['valid', 'placeholder', 'invalid']) {
      expect(contrast(variable(name), '#ffffff'), name).toBeGreaterThanOrEqual(3);
    }
  });
});
