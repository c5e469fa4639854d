// Paths that can be read only once (a FIFO, a pipe) are copied as they stream, so that the engine,
// which reads a file more than once (to sniff it, then its rows), gets every row.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openFileSource, validateFile } from '../src/node.js';

const csv = 'stop_id,stop_date,subject_race,subject_sex\n1,2019-01-01,white,male\n2,2019-01-02,black,female\n';

describe('openFileSource', () => {
  it.skipIf(process.platform === 'win32')('reads a FIFO once, and validateFile gets every row', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policedata-fifo-'));
    const fifo = join(dir, 'stops.csv');
    execFileSync('mkfifo', [fifo]);
    // The writer blocks until the FIFO is opened for reading; a child process keeps this one free.
    const writer = import('node:child_process').then(({ spawn }) => {
      const child = spawn('sh', ['-c', `cat > "${fifo}"`], { stdio: ['pipe', 'ignore', 'ignore'] });
      child.stdin.end(csv);
      return new Promise((resolve) => child.on('close', resolve));
    });
    const report = await validateFile(fifo, { type: 'stops' });
    await writer;
    expect(report.rows).toBe(2);
    expect(report.findings.map((group) => group.code)).not.toContain('empty_file');
  });

  it.skipIf(process.platform === 'win32')('copies no more than the first 64 KiB of binary input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policedata-fifo-'));
    const fifo = join(dir, 'noise.csv');
    execFileSync('mkfifo', [fifo]);
    const noise = new Uint8Array(4 * 1024 * 1024).map((_, i) => (i * 7919) % 251);
    const writer = import('node:child_process').then(({ spawn }) => {
      const child = spawn('sh', ['-c', `cat > "${fifo}"`], { stdio: ['pipe', 'ignore', 'ignore'] });
      child.stdin.on('error', () => {}); // the reader stops early: the rest cannot be written
      child.stdin.end(noise);
      return new Promise((resolve) => child.on('close', resolve));
    });
    const opened = await openFileSource(fifo);
    await writer;
    // Its size is not known (only its start was kept), and what can be read is that start.
    expect(opened.source.size).toBeUndefined();
    const kept = await new Response(opened.source.stream()).arrayBuffer();
    expect(kept.byteLength).toBeLessThan(256 * 1024);
    await opened.close();
  });

  it('reads a regular file where it is, and close leaves it alone', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'policedata-plain-'));
    const path = join(dir, 'stops.csv');
    writeFileSync(path, csv);
    const plain = await openFileSource(path);
    await plain.close();
    expect(readFileSync(path, 'utf8')).toBe(csv);
    expect(readdirSync(dir)).toEqual(['stops.csv']);
    expect(existsSync(path)).toBe(true);
  });
});
