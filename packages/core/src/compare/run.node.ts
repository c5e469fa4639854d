// Validates every file of a comparison plan (as `validate` would, one file at a time) and builds
// the scorecard from the reports.
import { type FileValidateOptions, validateFile } from '../node.js';
import type { Progress } from '../options.js';
import type { Report } from '../report/report.js';
import type { ComparisonPlan, InputFile } from './load.node.js';
import { buildScorecard, type Scorecard, type ScorecardInput } from './scorecard.js';

export interface CompareOptions {
  title?: string;
  workers?: number;
  /** Called before each file; the returned function gets its progress, and `done` after it. */
  onFile?: (file: InputFile) => { update(progress: Progress): void; done(): void };
  /** Today's date (`YYYY-MM-DD`) for future-date checks; fixed in generated docs. */
  asOf?: string;
}

export async function compareSources(plan: ComparisonPlan, options: CompareOptions = {}): Promise<Scorecard> {
  const inputs: ScorecardInput[] = [];
  for (const planned of plan.sources) {
    const reports: Report[] = [];
    for (const file of planned.files) {
      const bar = options.onFile?.(file);
      const validateOptions: FileValidateOptions = {
        type: planned.datasetType,
        fileName: file.name,
        ...(planned.mapping ? { mapping: planned.mapping.file, mappingName: planned.mapping.name } : {}),
        ...(options.workers !== undefined ? { workers: options.workers } : {}),
        ...(options.asOf ? { asOf: options.asOf } : {}),
        ...(bar ? { onProgress: (progress: Progress) => bar.update(progress) } : {}),
      };
      try {
        reports.push(await validateFile(file.path, validateOptions));
      } finally {
        bar?.done();
      }
    }
    const { source } = planned;
    inputs.push({
      agency: source.agency,
      datasetType: planned.datasetType,
      files: planned.files.map((file) => file.name),
      reports,
      ...(source.label ? { label: source.label } : {}),
      ...(source.release ? { release: source.release } : {}),
      ...(planned.mapping ? { mapping: planned.mapping.name } : {}),
      ...(source.declared ? { declared: source.declared } : {}),
    });
  }
  const title = options.title ?? plan.title;
  return buildScorecard(inputs, title ? { title } : {});
}
