// The parts of a file being validated and not yet merged, in file order (see parallel-csv.ts).

import type { ChunkValidator } from './chunk-validator.js';
import type { TextPart } from './chunker.js';
import type { WorkerPool } from './pool.js';
import type { ChunkJob, ChunkResult } from './protocol.js';

/** Unmerged parts at most (see PartQueue): about 40 KB of results each, so a few MB in all. */
export const MAX_UNMERGED_PARTS = 64;

interface Entry {
  result?: ChunkResult;
  pending?: Promise<ChunkResult>;
}

/**
 * Parts being validated and not yet merged, in file order. A part goes to the workers while they
 * have fewer than `depth` parts each; otherwise the main thread validates it itself, so that both
 * cores work whatever the speed of each side. The main thread does not wait for a worker's part to
 * merge it while it has parts of its own to validate: it waits only when `maxQueued` parts are
 * unmerged (their results are small: counts, findings and hashes, so this bounds memory without
 * leaving a core idle). Finished parts are merged from the oldest.
 *
 * A part's text is not kept once it is handed out: kept, the text of every part in flight outlived
 * V8's young generation and piled up as garbage in the old one (about 20 MB of peak memory on a
 * million rows). So when a worker fails, or a part did not end on a row boundary, the queue just
 * stops (`gaveUp` says why) and the caller reads the file again in one pass.
 */
export class PartQueue {
  /** Why the parts could not all be merged; then the file must be read again in one pass. */
  gaveUp: Error | undefined;
  private readonly queue: Entry[] = [];
  private next = 0;

  constructor(
    private readonly pool: WorkerPool,
    private readonly depth: number,
    private readonly local: ChunkValidator,
    private readonly merge: (result: ChunkResult) => void,
    private readonly maxQueued = MAX_UNMERGED_PARTS,
  ) {}

  get stopped(): boolean {
    return this.gaveUp !== undefined;
  }

  async send(part: TextPart, final: boolean): Promise<void> {
    if (this.stopped) return;
    if (part.texts.some((text) => text !== '')) {
      const job: ChunkJob = { id: this.next++, texts: part.texts, line: part.line, final };
      if (this.pool.pending < this.pool.size * this.depth) {
        const entry: Entry = { pending: this.pool.run(job) };
        entry.pending?.then(
          (result) => {
            entry.result = result;
          },
          () => {}, // rethrown when the part is merged
        );
        this.queue.push(entry);
      } else this.queue.push({ result: this.local.run(job) });
    }
    while (!this.stopped && this.queue[0]?.result) this.mergeOldest(this.queue[0].result);
    while (!this.stopped && this.queue.length > Math.max(this.maxQueued, this.pool.size * this.depth)) {
      await this.settleOldest();
    }
  }

  async drain(): Promise<void> {
    while (!this.stopped && this.queue.length > 0) await this.settleOldest();
  }

  private async settleOldest(): Promise<void> {
    const oldest = this.queue[0];
    if (!oldest) return;
    let result = oldest.result;
    if (!result) {
      try {
        result = await oldest.pending;
      } catch (error) {
        // A worker that failed (out of memory, killed, a bug): the file is read again in one pass, so
        // the report is the same, only later.
        this.stop(error instanceof Error ? error : new Error(String(error)));
        return;
      }
    }
    this.mergeOldest(result);
  }

  private stop(reason: Error): void {
    this.gaveUp = reason;
    this.queue.length = 0;
  }

  private mergeOldest(result: ChunkResult | undefined): void {
    if (!result) throw new Error('PartQueue: a part finished without a result');
    if (!result.aligned) {
      this.stop(new Error('a part of the file did not end where a row ended'));
      return;
    }
    this.queue.shift();
    this.merge(result);
  }
}
