// Folds a worker's result for one part into the main thread's state. Parts are merged in file
// order, so the outcome is the one a single pass gives: counts add up, date ranges widen,
// duplicates are checked against every earlier row, and samples are chosen as a single collector
// would choose them.
import type { FindingCollector } from '../findings/collector.js';
import type { FindingSink } from '../read/types.js';
import type { LocalDuplicateCheck } from '../validate/duplicates.js';
import type { RowStage } from '../validate/row-stage.js';
import type { ChunkResult, FindingRecord } from './protocol.js';

export function mergeChunk(
  result: ChunkResult,
  stage: RowStage,
  duplicates: LocalDuplicateCheck,
  sink: FindingCollector,
) {
  const processor = stage.processor;
  if (!processor) throw new Error('mergeChunk: the main row stage has no processor');
  const { counts } = processor;
  for (let slot = 0; slot < counts.valid.length; slot++) {
    counts.valid[slot]! += result.valid[slot] ?? 0;
    counts.empty[slot]! += result.empty[slot] ?? 0;
    counts.sentinel[slot]! += result.sentinel[slot] ?? 0;
    counts.invalid[slot]! += result.invalid[slot] ?? 0;
  }
  stage.rows += result.rows;
  processor.rows += result.rows;
  processor.invalidRows += result.invalidRows;
  result.dateRanges.forEach((theirs, index) => {
    const ours = processor.dateRanges[index];
    if (!ours) return;
    if (theirs.min !== undefined && (ours.min === undefined || theirs.min < ours.min)) ours.min = theirs.min;
    if (theirs.max !== undefined && (ours.max === undefined || theirs.max > ours.max)) ours.max = theirs.max;
  });
  result.dateFormats.forEach((theirs, index) => {
    const ours = processor.dateFormats[index];
    if (!ours) return;
    for (const [format, rows] of theirs.formats) ours.formats.set(format, (ours.formats.get(format) ?? 0) + rows);
    ours.largestDay = Math.max(ours.largestDay, theirs.largestDay);
    // The first such date in file order: parts are merged in order.
    if (ours.twoWays === '') ours.twoWays = theirs.twoWays;
  });
  sink.spans.append(result.spans);
  replayFindings(sink, result.findings);
  // Parts are merged in file order: the first part to report a code has its first line.
  for (const [code, line] of result.reported) if (!sink.reported.has(code)) sink.reported.set(code, line);
  duplicates.replay(result.duplicates);
}

/**
 * Reports a part's findings again, into the main collector. A worker's collector kept, per code,
 * the first samples it met (one per distinct field and value), up to the cap; replayed in order,
 * they are exactly the candidates a single collector would have taken from those rows, since at
 * most as many of them can repeat a value already sampled as there are samples already. The
 * occurrences that were not sampled are counted by reporting an already-sampled location again:
 * when the collector is below its cap, every one of them repeats a sampled value (the worker would
 * otherwise have sampled it), so it is counted and not sampled; at the cap nothing is sampled.
 */
export function replayFindings(sink: FindingSink, records: readonly FindingRecord[]): void {
  for (const { code, count, samples } of records) {
    for (const { location, params } of samples) sink.report(code, location, params);
    const repeat = samples.find((sample) => sample.location.value !== undefined) ?? samples[0];
    for (let left = count - samples.length; left > 0; left--) {
      sink.report(code, repeat?.location ?? {}, repeat?.params ?? {});
    }
  }
}
