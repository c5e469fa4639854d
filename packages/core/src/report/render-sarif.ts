// SARIF 2.1.0 (the Static Analysis Results Interchange Format that GitHub code scanning and editors
// read): one run for one or more reports, rule metadata from the findings catalogue, one result
// per kept sample with the file and line. Exact counts go in properties, since samples are capped.
import { findingDefinition, isFindingCode } from '../findings/catalogue.js';
import type { FindingGroup, Sample } from '../findings/collector.js';
import type { Severity } from '../findings/definition.js';
import { artifactUri } from './artifact-uri.js';
import { escapeTerminal } from './escape.js';
import { workbookSheet } from './format.js';
import type { Report } from './report.js';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
export const POLICEDATA_URI = 'https://policedata.dev';

export interface SarifOptions {
  /** The working directory: absolute file names become URIs relative to it. */
  cwd?: string;
  /**
   * Reports that passed their own bar (a dataset whose `fail_on` is looser): their errors are
   * results of level warning, as the GitHub Action's annotations show them, so that code scanning
   * does not fail a dataset the run passed.
   */
  passing?: ReadonlySet<Report>;
}

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const MESSAGE_MAX = 2000;
const VALUE_MAX = 200;

/** Plain text: control and bidi characters made visible, so a cell cannot hide or reorder text. */
const plain = (text: string, max = MESSAGE_MAX) => escapeTerminal(text, max);

function rule(group: FindingGroup) {
  const known = isFindingCode(group.code) ? findingDefinition(group.code) : undefined;
  return {
    id: group.code,
    shortDescription: { text: known?.title ?? group.title },
    fullDescription: { text: known?.description ?? group.title },
    help: { text: known?.fix ?? group.fix },
    defaultConfiguration: { level: LEVEL[known?.severity ?? group.severity] },
    properties: { category: group.category, tags: ['policedata', group.category] },
  };
}

/** `sheet`: the workbook's sheet ('' when unnamed), undefined for a text file (see workbookSheet). */
function messageText(sample: Sample, sheet: string | undefined): string {
  const context: string[] = [];
  // A workbook's rows are not lines of the file: the place goes in the message instead.
  if (sheet !== undefined && sample.line !== undefined && sample.line > 0) {
    const inSheet = sample.sheet || sheet;
    context.push(`${inSheet ? `sheet "${plain(inSheet, VALUE_MAX)}", ` : ''}row ${sample.line}`);
  }
  if (sample.value !== undefined) context.push(`value "${plain(sample.value, VALUE_MAX)}"`);
  if (sample.column) context.push(`column "${plain(sample.column, VALUE_MAX)}"`);
  else if (sample.field) context.push(`field ${plain(sample.field, VALUE_MAX)}`);
  if (sample.sheet && sheet === undefined) context.push(`sheet "${plain(sample.sheet, VALUE_MAX)}"`);
  const where = context.length ? ` (${context.join(', ')})` : '';
  return `${plain(sample.message)}${where}`;
}

function location(uri: string, index: number, line?: number) {
  return {
    physicalLocation: {
      artifactLocation: { uri, index },
      ...(line !== undefined && line >= 1 ? { region: { startLine: line } } : {}),
    },
  };
}

function sampleProperties(group: FindingGroup, sample?: Sample) {
  const properties: Record<string, string | number> = { count: group.count, samples: group.samples.length };
  if (sample?.column) properties.column = sample.column;
  if (sample?.field) properties.field = sample.field;
  if (sample?.value !== undefined) properties.value = sample.value;
  if (sample?.sheet) properties.sheet = sample.sheet;
  return properties;
}

export function renderSarif(input: Report | readonly Report[], options: SarifOptions = {}): string {
  const reports: readonly Report[] = Array.isArray(input) ? input : [input as Report];
  const ruleIndex = new Map<string, number>();
  const rules: ReturnType<typeof rule>[] = [];
  const results: unknown[] = [];
  const artifacts = reports.map((report) => ({
    location: { uri: artifactUri(report.file.name || 'data', options.cwd) },
    ...(report.file.size !== undefined ? { length: report.file.size } : {}),
  }));
  reports.forEach((report, index) => {
    const uri = artifacts[index]?.location.uri ?? 'data';
    for (const group of report.findings) {
      if (!ruleIndex.has(group.code)) {
        ruleIndex.set(group.code, rules.length);
        rules.push(rule(group));
      }
      const shownAs = group.severity === 'error' && options.passing?.has(report) ? 'warning' : group.severity;
      const base = { ruleId: group.code, ruleIndex: ruleIndex.get(group.code), level: LEVEL[shownAs] };
      if (group.samples.length === 0) {
        const text = `${plain(group.title)}: ${group.count} occurrence${group.count === 1 ? '' : 's'} (no samples kept).`;
        results.push({
          ...base,
          message: { text },
          locations: [location(uri, index)],
          properties: sampleProperties(group),
        });
      }
      const sheet = workbookSheet(report);
      for (const sample of group.samples) {
        results.push({
          ...base,
          message: { text: messageText(sample, sheet) },
          // A region's lines are lines of text: a workbook is not one.
          locations: [location(uri, index, sheet === undefined ? sample.line : undefined)],
          properties: sampleProperties(group, sample),
        });
      }
    }
  });
  const [first] = reports;
  const version = first?.tool.version ?? '0.0.0';
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: { name: 'policedata', version, semanticVersion: version, informationUri: POLICEDATA_URI, rules },
        },
        artifacts,
        results,
        properties: {
          reports: reports.map((report, index) => ({
            file: artifacts[index]?.location.uri,
            type: report.dataset.type,
            rows: report.rows,
            level: report.conformance.level,
            score: report.conformance.score,
            summary: report.summary,
          })),
        },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
