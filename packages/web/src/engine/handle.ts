// What the worker does with each request: the same core calls as `policedata validate`, `map` and
// `normalize`, over the File the page passed. Kept apart from the worker's message loop so that it
// runs (and is tested) in Node as well.
import {
  blobByteSource,
  normalizeSource,
  PolicedataError,
  parseMapping,
  proposeMappingForSource,
  type Report,
  renderHtml,
  renderJson,
  renderMarkdown,
  UnknownDatasetTypeError,
  type ValidateOptions,
  validateSource,
  writeMappingYaml,
} from '@policedata/core';
import { registry } from '@policedata/schemas';
import type { DatasetTypeOption, Reply, ReportFacts, Request, RunInput } from './protocol.js';

/** Progress messages are sent at most this often: enough for a smooth bar, few enough to be free. */
export const PROGRESS_INTERVAL_MS = 100;

/** Normalized output is gathered into Blobs of about this size, so the strings can be collected. */
const BLOB_PART_CHARS = 8 * 1024 * 1024;

export type Post = (reply: Reply) => void;

export function datasetTypes(): DatasetTypeOption[] {
  return registry.listDatasetTypes().map((info) => ({ type: info.type, title: info.title }));
}

/** Engine options from what the page chose: a parsed mapping (its problems throw) and the type. */
function runOptions(input: RunInput, id: number, post: Post): ValidateOptions {
  let last = 0;
  const options: ValidateOptions = {
    fileName: input.file.name,
    onProgress: (progress) => {
      const now = performance.now();
      if (now - last < PROGRESS_INTERVAL_MS) return;
      last = now;
      post({ kind: 'progress', id, ...progress });
    },
  };
  if (input.mapping) {
    options.mapping = parseMapping(input.mapping.text, input.mapping.name);
    options.mappingName = input.mapping.name;
    // A mapping is written for one type: checking the file as another would drop its fields silently.
    if (input.type && input.type !== options.mapping.type) {
      throw new PolicedataError(
        `the mapping file ${input.mapping.name} is written for ${options.mapping.type}, not ${input.type}: remove the mapping to check the file as ${input.type}, or choose ${options.mapping.type}.`,
      );
    }
  }
  if (input.type) options.type = input.type;
  return options;
}

export function reportFacts(report: Report): ReportFacts {
  const facts: ReportFacts = {
    fileName: report.file.name,
    type: report.dataset.type,
    typeSource: report.dataset.type_source,
    rows: report.rows,
    level: report.conformance.level,
    score: report.conformance.score,
    summary: report.summary,
    privacy: report.findings
      .filter((group) => group.category === 'privacy')
      .map((group) => ({ code: group.code, title: group.title, severity: group.severity, count: group.count })),
  };
  if (report.dataset.confidence !== undefined) facts.confidence = report.dataset.confidence;
  const message = (code?: string) =>
    report.findings.find((group) => (code ? group.code === code : group.severity === 'error'))?.samples[0]?.message;
  const problem = report.rows === 0 ? message() : message('mapping_not_for_file');
  if (problem) facts.problem = problem;
  return facts;
}

async function validate(request: Extract<Request, { kind: 'validate' }>, post: Post): Promise<void> {
  const started = performance.now();
  const report = await validateSource(blobByteSource(request.file), runOptions(request, request.id, post));
  const renderings = { html: renderHtml(report), json: renderJson(report), markdown: renderMarkdown(report) };
  post({ kind: 'report', id: request.id, facts: reportFacts(report), renderings, millis: performance.now() - started });
}

async function proposeMapping(request: Extract<Request, { kind: 'propose-mapping' }>, post: Post): Promise<void> {
  try {
    // A mapping already loaded may give the delimiter the file needs to be read at all.
    const delimiter = request.mapping ? parseMapping(request.mapping.text, request.mapping.name).delimiter : undefined;
    const proposal = await proposeMappingForSource(blobByteSource(request.file), {
      fileName: request.file.name,
      ...(request.type ? { type: request.type } : {}),
      ...(delimiter !== undefined ? { delimiter } : {}),
    });
    post({ kind: 'mapping', id: request.id, yaml: writeMappingYaml(proposal), type: proposal.type });
  } catch (error) {
    if (error instanceof UnknownDatasetTypeError && !request.type) {
      throw new PolicedataError(
        `cannot tell the dataset type of ${request.file.name} from its column names: choose the dataset type, then ask for the mapping again.`,
      );
    }
    throw error;
  }
}

async function normalize(request: Extract<Request, { kind: 'normalize' }>, post: Post): Promise<void> {
  const options = runOptions(request, request.id, post);
  if (!options.mapping && !options.type) {
    throw new PolicedataError(
      "a normalized file needs a mapping file, or a dataset type chosen for a file that already uses the standard's column names and codes.",
    );
  }
  const parts: Blob[] = [];
  let pending: string[] = [];
  let pendingChars = 0;
  const flush = () => {
    parts.push(new Blob(pending, { type: 'text/plain;charset=utf-8' }));
    pending = [];
    pendingChars = 0;
  };
  const result = await normalizeSource(blobByteSource(request.file), {
    ...options,
    format: request.format,
    write: (text) => {
      pending.push(text);
      pendingChars += text.length;
      if (pendingChars >= BLOB_PART_CHARS) flush();
    },
  });
  flush();
  const type = request.format === 'csv' ? 'text/csv;charset=utf-8' : 'application/x-ndjson;charset=utf-8';
  const blob = new Blob(parts, { type });
  post({ kind: 'normalized', id: request.id, blob, rows: result.report.rows, columns: result.columns.length });
}

/**
 * Runs one request and posts its result; a usage error (a mapping file with mistakes, a type that
 * cannot be detected) becomes an `error` reply with core's message, never an uncaught exception.
 */
export async function handleRequest(request: Request, post: Post): Promise<void> {
  try {
    if (request.kind === 'validate') await validate(request, post);
    else if (request.kind === 'propose-mapping') await proposeMapping(request, post);
    else await normalize(request, post);
  } catch (error) {
    const message =
      error instanceof PolicedataError
        ? error.message
        : `the check stopped on an unexpected error (${error instanceof Error ? error.message : String(error)}). Please report it with the file's format and size.`;
    post({ kind: 'error', id: request.id, message });
  }
}
