// The work a worker does: validate one part of a CSV file exactly as the single-pass engine would
// validate those rows (same tokenizer, same data-row rules, same row stage), with findings counted
// in a collector of its own and duplicates recorded as hashes for the main thread to check in
// file order. Web-standard code: a browser worker can run it as well as a Node worker thread.
import { registry, type SchemaDocument } from '@policedata/schemas';
import { FindingCollector } from '../findings/collector.js';
import { buildPlan, type Plan } from '../mapping/plan.js';
import { DataRowFilter, RowPump } from '../read/csv-reader.js';
import { RecordingDuplicateCheck } from '../validate/duplicates.js';
import { FastRows } from '../validate/fast-rows.js';
import { createRowProcessor, RowStage } from '../validate/row-stage.js';
import type { ChunkJob, ChunkResult, FindingRecord, WorkerSetup } from './protocol.js';

/** Characters read at once by the fast path: below V8's large-object size, so collected young. */
const GROUP_CHARS = 96 * 1024;

export class ChunkValidator {
  private readonly plan: Plan;
  private readonly schema: SchemaDocument;
  private readonly keys: readonly string[];
  /** The fast path for ordinary rows (see FastRows): made with the first part, undefined if the plan cannot take it. */
  private fast: FastRows | undefined | null = null;

  constructor(private readonly setup: WorkerSetup) {
    this.schema = registry.getSchema(setup.type) as SchemaDocument;
    this.keys = registry.getDatasetType(setup.type)?.keys ?? [];
    // Built once per file: coercers keep what they learnt (remembered values) from part to part.
    this.plan = buildPlan(setup.header, setup.type, setup.mapping);
  }

  run(job: ChunkJob): ChunkResult {
    const { setup } = this;
    const sink = new FindingCollector(setup.fileName, {
      severity: setup.severity,
      ignore: new Set(setup.ignore),
      maxSamples: setup.maxSamples,
    });
    const duplicates = new RecordingDuplicateCheck();
    const processor = createRowProcessor(this.plan, this.schema, setup.header, sink, {
      asOf: setup.asOf,
      keys: this.keys,
      duplicates,
    });
    const stage = new RowStage(sink, setup.header.length, processor);
    const filter = new DataRowFilter(setup.header.length, sink, setup.sourceName);
    const pump = new RowPump(undefined, setup, setup.limits, sink, setup.sourceName, job.line);
    pump.releaseIssues(setup.names);
    pump.onRow = (cells, line, damaged) => {
      {
        const row = filter.row(cells, line, damaged);
        if (row) stage.add(row);
      }
    };
    if (this.fast === null && setup.fastRows !== false) {
      this.fast = FastRows.for(processor, setup.header, setup);
    }
    const accepted = this.fast?.accepted ?? 0;
    if (this.fast) {
      // In groups of pieces joined up to GROUP_CHARS: the part joined whole would be a large object,
      // which only a full GC frees.
      const part = { processor, stage, filter, duplicates, pump };
      let group: string[] = [];
      let chars = 0;
      for (const piece of job.texts) {
        if (chars + piece.length > GROUP_CHARS && group.length > 0) {
          this.fast.feed(group, part);
          group = [];
          chars = 0;
        }
        group.push(piece);
        chars += piece.length;
      }
      if (group.length > 0) this.fast.feed(group, part);
      this.fast.flush(part);
    } else for (const piece of job.texts) pump.push(piece);
    const aligned = job.final || pump.atRowStart;
    if (job.final) pump.finish();
    const { valid, empty, sentinel, invalid } = processor.counts;
    return {
      id: job.id,
      aligned,
      rows: stage.rows,
      dataRows: filter.rows,
      invalidRows: processor.invalidRows,
      valid,
      empty,
      sentinel,
      invalid,
      dateRanges: processor.dateRanges,
      dateFormats: processor.dateFormats,
      findings: records(sink),
      reported: [...sink.reported],
      duplicates: duplicates.take(),
      spans: sink.spans.take(),
      fastRows: (this.fast?.accepted ?? 0) - accepted,
    };
  }
}

function records(sink: FindingCollector): FindingRecord[] {
  return sink.groups().map((group) => ({
    code: group.code,
    count: group.count,
    samples: group.samples.map(({ message: _message, params, ...location }) => ({ location, params })),
  }));
}
