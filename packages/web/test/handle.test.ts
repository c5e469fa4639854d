// The worker's requests, run in Node over real files as File objects: the page gets the report the
// CLI engine gives, a mapping proposal, a normalized file, and clear errors for bad input.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMapping, type Report } from '@policedata/core';
import { validateFile } from '@policedata/core/node';
import { describe, expect, it } from 'vitest';
import { datasetTypes, handleRequest } from '../src/engine/handle.js';
import type { Reply, Request } from '../src/engine/protocol.js';

const root = join(import.meta.dirname, '../../..');
const ois = join(root, 'examples/data/indianapolis-officer-involved-shootings-2019-10-31.csv');
const oisMapping = join(root, 'examples/mappings/indianapolis-officer-involved-shootings-2019-10-31.yaml');

function fileOf(path: string, name = path.split('/').pop() ?? 'file'): File {
  return new File([readFileSync(path)], name);
}

async function run(request: Request): Promise<Reply[]> {
  const replies: Reply[] = [];
  await handleRequest(request, (reply) => replies.push(reply));
  return replies;
}

const last = (replies: Reply[]) => replies[replies.length - 1];
const codes = (report: Pick<Report, 'findings'>) => report.findings.map((group) => [group.code, group.count]);

describe('handleRequest', () => {
  it('lists the dataset types for the type selector', () => {
    const types = datasetTypes();
    expect(types.map((info) => info.type)).toContain('use-of-force');
    expect(types.every((info) => info.title.length > 0)).toBe(true);
  });

  it('validates a File as validateFile does a path, and renders HTML, JSON and Markdown', async () => {
    const mapping = { name: 'ois.yaml', text: readFileSync(oisMapping, 'utf8') };
    const replies = await run({ kind: 'validate', id: 7, file: fileOf(ois), mapping });
    const reply = last(replies);
    if (reply?.kind !== 'report') throw new Error(`expected a report, got ${JSON.stringify(reply)}`);
    const cli = await validateFile(ois, { mapping: parseMapping(readFileSync(oisMapping, 'utf8'), oisMapping) });
    const json = JSON.parse(reply.renderings.json) as Report;
    expect(codes(json)).toEqual(codes(cli));
    expect(json.conformance).toEqual(cli.conformance);
    expect(reply.facts).toMatchObject({
      type: 'officer-involved-shootings',
      typeSource: 'mapping',
      rows: 118,
      level: cli.conformance.level,
      score: cli.conformance.score,
    });
    expect(reply.facts.privacy.map((finding) => finding.code)).toEqual(['exact_address']);
    expect(reply.renderings.html).toMatch(/^<!doctype html>/);
    expect(reply.renderings.markdown).toContain('officer-involved-shootings');
    expect(reply.id).toBe(7);
  });

  it('reports progress with the request id', async () => {
    const replies = await run({ kind: 'validate', id: 3, file: fileOf(ois) });
    expect(replies.filter((reply) => reply.kind === 'progress').every((reply) => reply.id === 3)).toBe(true);
    expect(last(replies)).toMatchObject({ kind: 'report', facts: { typeSource: 'detected', rows: 118 } });
  });

  it('turns a mapping file with mistakes into an error naming the line', async () => {
    const text = 'policedata_mapping: 1\ntype: officer-involved-shootings\nfields:\n  incident_dat: OCCURRED_DT\n';
    const replies = await run({ kind: 'validate', id: 1, file: fileOf(ois), mapping: { name: 'bad.yaml', text } });
    const reply = last(replies);
    expect(reply?.kind).toBe('error');
    expect(reply?.kind === 'error' && reply.message).toMatch(/bad\.yaml:4:\d+.*incident_dat/s);
  });

  it('says plainly that a mapping is written for another type than the one chosen (not an unexpected error)', async () => {
    const mapping = { name: 'ois.yaml', text: readFileSync(oisMapping, 'utf8') };
    const reply = last(await run({ kind: 'validate', id: 3, file: fileOf(ois), mapping, type: 'stops' }));
    expect(reply?.kind).toBe('error');
    const message = reply?.kind === 'error' ? reply.message : '';
    expect(message).toMatch(/^the mapping file ois\.yaml is written for officer-involved-shootings, not stops/);
    expect(message).not.toMatch(/unexpected/);
  });

  it('proposes a mapping file as policedata map does', async () => {
    const reply = last(await run({ kind: 'propose-mapping', id: 2, file: fileOf(ois) }));
    if (reply?.kind !== 'mapping') throw new Error(`expected a mapping, got ${JSON.stringify(reply)}`);
    expect(reply.type).toBe('officer-involved-shootings');
    expect(() => parseMapping(reply.yaml, 'proposed.yaml')).not.toThrow();
  });

  it('says to choose a type when a mapping cannot be proposed for an unknown kind of file', async () => {
    const file = new File(['a,b\n1,2\n'], 'numbers.csv');
    const reply = last(await run({ kind: 'propose-mapping', id: 4, file }));
    expect(reply).toMatchObject({ kind: 'error', message: expect.stringMatching(/choose the dataset type/) });
  });

  it('writes the normalized file as one Blob, one line per row plus the header', async () => {
    const mapping = { name: 'ois.yaml', text: readFileSync(oisMapping, 'utf8') };
    const reply = last(await run({ kind: 'normalize', id: 5, file: fileOf(ois), mapping, format: 'csv' }));
    if (reply?.kind !== 'normalized') throw new Error(`expected a normalized file, got ${JSON.stringify(reply)}`);
    const text = await reply.blob.text();
    expect(reply.rows).toBe(118);
    expect(text.split('\n')[0]).toMatch(/^incident_id,/);
    expect(text.trimEnd().split('\n').length).toBeGreaterThanOrEqual(119);
  });

  it('asks for a mapping or a type before normalizing', async () => {
    const reply = last(await run({ kind: 'normalize', id: 6, file: fileOf(ois), format: 'ndjson' }));
    expect(reply).toMatchObject({ kind: 'error', message: expect.stringMatching(/needs a mapping file/) });
  });
});
