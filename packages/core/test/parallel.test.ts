// Validating a CSV file with worker threads gives the report one pass gives. Runs the built package
// (worker threads load dist/parallel/worker.node.js; `npm test` builds first), typed by the sources.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ResourceLimits } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorkerPool } from '../src/parallel/pool.js';
import { random } from './random.js';

const dist = (path: string) => new URL(`../dist/${path}`, import.meta.url).href;
const { fileByteSource, validateFile } = (await import(dist('node.js'))) as typeof import('../src/node.js');
const { startNodePool } = (await import(
  dist('parallel/pool.node.js')
)) as typeof import('../src/parallel/pool.node.js');
const { validateSource } = (await import(dist('validate-source.js'))) as typeof import('../src/validate-source.js');

const HEADER =
  'stop_id,stop_date,stop_time,stop_type,location_address,subject_race,subject_sex,subject_age,search_conducted,reason_for_stop';

/** A stops file with a bit of everything that could come out differently when read in parts. */
function plantedFile(rows: number): Buffer {
  const rand = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rand() * list.length)] as T;
  const lines: string[] = [];
  const chunks: Buffer[] = [Buffer.from(`Stops published by the city\n${HEADER}\n`)];
  for (let i = 1; i <= rows; i++) {
    const kind = rand();
    const date =
      kind < 0.01
        ? '2019-02-30'
        : `2019-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const race = kind < 0.02 ? 'W' : pick(['white', 'black', 'asian', 'NULL', '']);
    const age = kind < 0.03 ? '140' : String(16 + (i % 60));
    const address = kind < 0.04 ? `${100 + i} MAIN ST` : `${i % 90}XX MAIN ST`;
    const reason = pick([
      'SPEEDING',
      '"MOVING VIOLATION, OTHER"',
      '"DUI ""SUSPECTED"""',
      '"two\nlines"',
      'ab"c',
      '"x\r\ny"',
    ]);
    let line = [
      `S-${i}`,
      date,
      '12:30',
      'vehicular',
      address,
      race,
      pick(['male', 'M', 'female']),
      age,
      pick(['true', 'false', 'maybe']),
      reason,
    ].join(',');
    if (i % 97 === 0 && lines.length > 500)
      line = lines[lines.length - 400 - (i % 300)] as string; // a duplicate row, far back
    else if (i % 89 === 0) line = line.replace(`S-${i},`, `S-${i - 1000},`); // a duplicate key
    if (i % 61 === 0) line += ',extra'; // ragged
    if (i % 67 === 0) line = line.split(',').slice(0, 6).join(','); // ragged, short (quotes may now be open)
    if (i % 71 === 0) line = `,,,,,,,,S-${i},`; // an unfilled form line
    lines.push(line);
    const ending = i % 13 === 0 ? '\r\n' : '\n';
    chunks.push(Buffer.from(line + ending));
    if (i % 53 === 0) chunks.push(Buffer.from('\n\n')); // blank lines
    // Invalid UTF-8, after the first 64 KB (from which the encoding is guessed).
    if (i > 2000 && i % 211 === 0) chunks.push(Buffer.from([0x53, 0x2d, 0xff, 0xfe, 0x2c, 0x0a]));
  }
  return Buffer.concat(chunks);
}

const strip = (report: { validated_at?: string }) => ({ ...report, validated_at: '' });

let dir: string;
let file: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'policedata-parallel-'));
  file = join(dir, 'stops.csv');
  writeFileSync(file, plantedFile(30_000));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Validates with a pool that counts the parts it was given (and, if told, fails the `failOn`th). */
async function withCountingPool(
  path: string,
  partChars: number,
  workers = 2,
  maxPartChars?: number,
  failOn?: number,
  limits?: ResourceLimits,
) {
  let parts = 0;
  let failed = false;
  const start = async (): Promise<WorkerPool | undefined> => {
    const pool = await startNodePool(workers, limits);
    if (!pool) return undefined;
    return {
      get size() {
        return pool.size;
      },
      get pending() {
        return pool.pending;
      },
      setup: (setup) => pool.setup(setup),
      run: (job) => {
        parts += 1;
        if (parts === failOn) {
          failed = true;
          return Promise.reject(new Error('worker stopped (exit code 134)'));
        }
        return pool.run(job).catch((error) => {
          failed = true;
          throw error;
        });
      },
      close: () => pool.close(),
    };
  };
  const parallel = { start, partChars, ...(maxPartChars ? { maxPartChars } : {}) };
  const again = new Set<string>();
  const onProgress = (progress: { again?: string }) => progress.again && again.add(progress.again);
  let plans = 0;
  const onPlan = () => {
    plans += 1;
  };
  const report = await validateSource(fileByteSource(path), { asOf: '2025-01-01', onProgress, onPlan }, parallel);
  return { report, parts, failed, again: [...again], plans };
}

describe('validating in parallel', () => {
  it('gives the same report as one pass, whatever the size of the parts', async () => {
    const single = await validateFile(file, { asOf: '2025-01-01', workers: 0 });
    // One pass takes the fast path for ordinary rows (see FastRows); the plain reader agrees.
    const plain = await validateSource(
      fileByteSource(file),
      { asOf: '2025-01-01' },
      { start: async () => undefined, fastRows: false },
    );
    expect(strip(plain)).toEqual(strip(single));
    const codes = single.findings.map((group) => group.code);
    for (const code of ['duplicate_row', 'duplicate_key', 'ragged_row', 'blank_rows', 'invalid_utf8', 'stray_quote']) {
      expect(codes).toContain(code);
    }
    // Rows spanning lines give later samples a spreadsheet row: each part's are added in order.
    expect(single.findings.flatMap((group) => group.samples).filter((sample) => sample.row).length).toBeGreaterThan(20);
    for (const partChars of [200_000, 20_000, 3_000]) {
      const { report, parts } = await withCountingPool(file, partChars);
      expect(parts).toBeGreaterThan(5);
      expect(strip(report)).toEqual(strip(single));
    }
  });

  it('reads the rest in one pass when no row ends within the bound (an unterminated quote)', async () => {
    const path = join(dir, 'open-quote.csv');
    const unquoted = plantedFile(3000).toString().replace(/"/g, '');
    writeFileSync(path, `${plantedFile(3000)}S-x,"never closed\n${unquoted}`);
    const single = await validateFile(path, { asOf: '2025-01-01', workers: 0 });
    expect(single.findings.map((group) => group.code)).toContain('unterminated_quote');
    const { report, parts } = await withCountingPool(path, 20_000, 2, 100_000);
    expect(parts).toBeGreaterThan(5);
    expect(strip(report)).toEqual(strip(single));
  });

  it('says a column of dates that all read both ways the same way in parts as in one pass', async () => {
    const path = join(dir, 'ambiguous-dates.csv');
    const lines = Array.from({ length: 20_000 }, (_, i) => `S-${i},${1 + (i % 12)}/${1 + ((i * 7) % 12)}/2019,white`);
    writeFileSync(path, `stop_id,stop_date,subject_race\n${lines.join('\n')}\n`);
    const single = await validateFile(path, { asOf: '2025-01-01', workers: 0 });
    const found = single.findings.find((group) => group.code === 'date_order_ambiguous');
    // The first date whose two numbers differ: line 3 (line 2 is 1/1/2019).
    expect(found?.samples[0]?.params).toEqual({ example: '2/8/2019', dayFirst: 'D/M/YYYY' });
    const { report, parts } = await withCountingPool(path, 20_000);
    expect(parts).toBeGreaterThan(5);
    expect(strip(report)).toEqual(strip(single));
  });

  it('reports a header with no rows below it, however many blank lines follow', async () => {
    const path = join(dir, 'header-only.csv');
    writeFileSync(path, `${HEADER}\n${'\n'.repeat(200_000)}`);
    const single = await validateFile(path, { workers: 0 });
    const { report, parts } = await withCountingPool(path, 5_000);
    expect(parts).toBeGreaterThan(5);
    expect(report.findings.find((group) => group.code === 'header_only')?.count).toBe(1);
    expect(strip(report)).toEqual(strip(single));
  });

  it('reads the file again in one pass when a worker fails, with the same report', async () => {
    const single = await validateFile(file, { asOf: '2025-01-01', workers: 0 });
    const { report, parts, failed, plans } = await withCountingPool(file, 20_000, 1, undefined, 6);
    expect(failed).toBe(true);
    expect(plans).toBe(1);
    expect(parts).toBeGreaterThan(3);
    expect(strip(report)).toEqual(strip(single));
  });

  it('reads the file again in one pass when a worker runs out of memory (a row of millions of characters)', async () => {
    const path = join(dir, 'huge-row.csv');
    writeFileSync(
      path,
      Buffer.concat([plantedFile(3000), Buffer.from(`S-huge,2019-01-01,"${'x'.repeat(12_000_000)}"\n`)]),
    );
    const single = await validateFile(path, { asOf: '2025-01-01', workers: 0 });
    const small = { maxOldGenerationSizeMb: 10, maxYoungGenerationSizeMb: 4 };
    const { report, failed, again } = await withCountingPool(path, 20_000, 1, undefined, undefined, small);
    expect(failed).toBe(true);
    // Progress starts again from zero, and says why.
    expect(again).toEqual([expect.stringMatching(/memory/)]);
    expect(strip(report)).toEqual(strip(single));
  });

  it('takes the number of workers and the size of parts from validateFile', async () => {
    const single = await validateFile(file, { asOf: '2025-01-01', workers: 0 });
    const report = await validateFile(file, { asOf: '2025-01-01', workers: 1, partChars: 50_000 });
    expect(report.rows).toBeGreaterThan(29_000);
    expect(strip(report)).toEqual(strip(single));
  });
});
