// The part queue keeps both cores busy: the main thread validates parts itself while a worker is
// busy, merges strictly in file order, and waits only when too many parts are unmerged.
import { describe, expect, it } from 'vitest';
import type { ChunkValidator } from '../src/parallel/chunk-validator.js';
import { PartQueue } from '../src/parallel/part-queue.js';
import type { WorkerPool } from '../src/parallel/pool.js';
import type { ChunkJob, ChunkResult } from '../src/parallel/protocol.js';

const result = (job: ChunkJob) => ({ id: job.id, aligned: true }) as unknown as ChunkResult;

/** One worker that answers only when told. */
function slowPool() {
  const waiting: Array<() => void> = [];
  const pool: WorkerPool & { answer(): void } = {
    size: 1,
    get pending() {
      return waiting.length;
    },
    setup() {},
    run: (job) =>
      new Promise((resolve) => {
        waiting.push(() => resolve(result(job)));
      }),
    close: async () => {},
    answer: () => waiting.shift()?.(),
  };
  return pool;
}

const part = (n: number) => ({ texts: [`row ${n}\n`], line: n + 1 });

describe('PartQueue', () => {
  it('validates parts on the main thread while the worker is busy, and merges in file order', async () => {
    const pool = slowPool();
    const local: number[] = [];
    const merged: number[] = [];
    const validator = {
      run: (job: ChunkJob) => {
        local.push(job.id);
        return result(job);
      },
    } as unknown as ChunkValidator;
    const queue = new PartQueue(pool, 2, validator, (done) => merged.push(done.id), 6);
    for (let n = 0; n < 6; n++) await queue.send(part(n), false);
    // Two parts went to the worker (its depth), the next four were validated here without waiting.
    expect(pool.pending).toBe(2);
    expect(local).toEqual([2, 3, 4, 5]);
    // Nothing merges before the worker's first part: file order.
    expect(merged).toEqual([]);
    // The seventh part is one too many unmerged: send waits until the worker answers.
    let sent = false;
    const seventh = queue.send(part(6), false).then(() => {
      sent = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sent).toBe(false);
    pool.answer();
    await seventh;
    expect(sent).toBe(true);
    expect(merged).toEqual([0]);
    pool.answer();
    await queue.drain();
    expect(merged).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('gives up when a worker fails: nothing after the failed part is merged, and the caller is told why', async () => {
    const merged: number[] = [];
    const pool: WorkerPool = {
      size: 1,
      pending: 0,
      setup() {},
      run: (job) =>
        job.id === 1 ? Promise.reject(new Error('worker stopped (exit code 1)')) : Promise.resolve(result(job)),
      close: async () => {},
    };
    const validator = { run: result } as unknown as ChunkValidator;
    const queue = new PartQueue(pool, 8, validator, (done) => merged.push(done.id), 8);
    for (let n = 0; n < 4; n++) await queue.send(part(n), false);
    await queue.drain();
    expect(merged).toEqual([0]);
    expect(queue.gaveUp?.message).toBe('worker stopped (exit code 1)');
    expect(queue.stopped).toBe(true);
    await queue.send(part(4), true);
    await queue.drain();
    expect(merged).toEqual([0]);
  });

  it('gives up when a part did not end where a row ended', async () => {
    const merged: number[] = [];
    const pool: WorkerPool = {
      size: 1,
      pending: 0,
      setup() {},
      run: (job) => Promise.resolve({ ...result(job), aligned: job.id !== 2 }),
      close: async () => {},
    };
    const validator = { run: result } as unknown as ChunkValidator;
    const queue = new PartQueue(pool, 8, validator, (done) => merged.push(done.id), 8);
    for (let n = 0; n < 4; n++) await queue.send(part(n), false);
    await queue.drain();
    expect(merged).toEqual([0, 1]);
    expect(queue.gaveUp?.message).toBe('a part of the file did not end where a row ended');
  });
});
