// The messages between the page and the worker that runs the engine. Files travel as File objects
// (structured clone passes a reference to the bytes, not a copy), results as strings and Blobs.
import type { ConformanceLevel, NormalizeFormat, Severity } from '@policedata/core';

export interface MappingInput {
  name: string;
  text: string;
}

/** What a run checks: the file, an optional mapping file, and a dataset type ('' = detect). */
export interface RunInput {
  file: File;
  mapping?: MappingInput;
  type?: string;
}

export type Request =
  | ({ kind: 'validate'; id: number } & RunInput)
  | ({ kind: 'propose-mapping'; id: number } & RunInput)
  | ({ kind: 'normalize'; id: number; format: NormalizeFormat } & RunInput);

export interface DatasetTypeOption {
  type: string;
  title: string;
}

/** The report in a few facts for the page's own summary (the full report is in the renderings). */
export interface ReportFacts {
  fileName: string;
  type: string | null;
  typeSource: 'option' | 'mapping' | 'detected' | 'none';
  confidence?: number;
  rows: number;
  level: ConformanceLevel;
  score: number;
  summary: Record<Severity, number>;
  /** Personal-data findings: code, title, severity, count. */
  privacy: { code: string; title: string; severity: Severity; count: number }[];
  /**
   * What stands out, to say first: why no row could be read (the first error), or that the mapping
   * seems written for another file.
   */
  problem?: string;
}

export interface Renderings {
  html: string;
  json: string;
  markdown: string;
}

export type Reply =
  | { kind: 'ready'; types: DatasetTypeOption[] }
  | { kind: 'progress'; id: number; rows: number; bytesRead: number; totalBytes?: number }
  | { kind: 'report'; id: number; facts: ReportFacts; renderings: Renderings; millis: number }
  | { kind: 'mapping'; id: number; yaml: string; type: string }
  | { kind: 'normalized'; id: number; blob: Blob; rows: number; columns: number }
  | { kind: 'error'; id: number; message: string };
