// The page's side of the worker, with a stand-in worker: replies reach the right request, a cancel
// ends the worker and starts another, late replies of a cancelled request are dropped, and a crash
// is reported rather than lost.
import { describe, expect, it } from 'vitest';
import { CancelledError, EngineClient, EngineError } from '../src/engine/engine-client.js';
import type { Reply, Request } from '../src/engine/protocol.js';

class FakeWorker extends EventTarget {
  readonly sent: Request[] = [];
  terminated = false;
  postMessage(request: Request): void {
    this.sent.push(request);
  }
  terminate(): void {
    this.terminated = true;
  }
  reply(reply: Reply): void {
    this.dispatchEvent(new MessageEvent('message', { data: reply }));
  }
  crash(message: string): void {
    this.dispatchEvent(Object.assign(new Event('error', { cancelable: true }), { message }));
  }
}

function setup() {
  const workers: FakeWorker[] = [];
  const crashes: string[] = [];
  const client = new EngineClient(
    () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker as unknown as Worker;
    },
    (message) => crashes.push(message),
  );
  return { client, workers, crashes };
}

const file = new File(['a,b\n'], 'x.csv');
const facts = {
  fileName: 'x.csv',
  type: null,
  typeSource: 'none' as const,
  rows: 0,
  level: 'none' as const,
  score: 0,
  summary: { error: 0, warning: 0, info: 0 },
  privacy: [],
};
const renderings = { html: '', json: '{}', markdown: '' };

describe('EngineClient', () => {
  it('hands out the dataset types once the worker is ready', async () => {
    const { client, workers } = setup();
    workers[0]?.reply({ kind: 'ready', types: [{ type: 'stops', title: 'Stops' }] });
    await expect(client.types).resolves.toEqual([{ type: 'stops', title: 'Stops' }]);
  });

  it('passes progress on and resolves with the reply to its own request', async () => {
    const { client, workers } = setup();
    const progress: number[] = [];
    const result = client.validate({ file }, (reply) => progress.push(reply.rows));
    const [worker] = workers;
    const id = worker?.sent[0]?.id ?? -1;
    worker?.reply({ kind: 'progress', id: id + 1, rows: 99, bytesRead: 1 });
    worker?.reply({ kind: 'progress', id, rows: 10, bytesRead: 1 });
    worker?.reply({ kind: 'report', id, facts, renderings, millis: 1 });
    await expect(result).resolves.toMatchObject({ kind: 'report', id });
    expect(progress).toEqual([10]);
  });

  it('cancels by ending the worker and starting a fresh one; the next request goes to it', async () => {
    const { client, workers } = setup();
    const first = client.validate({ file }, () => undefined);
    const second = client.normalize({ file, type: 'stops' }, 'csv', () => undefined);
    await expect(first).rejects.toBeInstanceOf(CancelledError);
    expect(workers).toHaveLength(2);
    expect(workers[0]?.terminated).toBe(true);
    const request = workers[1]?.sent[0];
    expect(request).toMatchObject({ kind: 'normalize', format: 'csv', type: 'stops' });
    // A late reply from the ended worker is not taken for the new request's.
    workers[0]?.reply({ kind: 'report', id: workers[0]?.sent[0]?.id ?? 0, facts, renderings, millis: 1 });
    const blob = new Blob(['x']);
    workers[1]?.reply({ kind: 'normalized', id: request?.id ?? 0, blob, rows: 1, columns: 1 });
    await expect(second).resolves.toMatchObject({ kind: 'normalized', rows: 1 });
  });

  it("rejects with the engine's message, and reports a crash with no request running", async () => {
    const { client, workers, crashes } = setup();
    const run = client.proposeMapping({ file });
    workers[0]?.reply({ kind: 'error', id: workers[0]?.sent[0]?.id ?? 0, message: 'bad.yaml: 1 problem' });
    await expect(run).rejects.toEqual(new EngineError('bad.yaml: 1 problem'));
    const running = client.validate({ file }, () => undefined);
    workers[0]?.crash('out of memory');
    await expect(running).rejects.toThrow(/engine stopped \(out of memory\)/);
    workers[0]?.crash('script error');
    expect(crashes).toEqual(['the checking engine stopped (script error). Reload the page.']);
  });
});
