import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/analysis';
import { analyze } from '../../src/analyze';
import { PieceCache } from '../../src/pieceCache';
import { AnalysisClient, type WorkerLike } from './analysisClient';
import type { AnalyzeRequest, WorkerReply } from './protocol';

// A worker that answers only when told to, so tests decide the order things happen in.
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  readonly requests: AnalyzeRequest[] = [];
  private readonly cache = new PieceCache();
  terminated = false;

  postMessage(request: AnalyzeRequest): void {
    this.requests.push(request);
  }

  /** Answers the oldest request the way the real worker does. */
  answer(): void {
    const r = this.requests.shift();
    if (!r) throw new Error('no request to answer');
    const update = this.cache.update(r.text);
    this.reply({ type: 'pieces', version: r.version, added: update.added });
    this.reply({ type: 'done', version: r.version, places: update.places });
  }

  reply(data: WorkerReply): void {
    this.onmessage?.({ data } as MessageEvent<WorkerReply>);
  }

  terminate(): void {
    this.terminated = true;
  }
}

const pod = (image: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers: [{name: app, image: ${image}}]\n`;

function setup() {
  const worker = new FakeWorker();
  const results: string[] = [];
  const client = new AnalysisClient(worker, {
    result: (r) => results.push(r.text),
    progress: () => undefined,
    failed: (m) => results.push(`failed: ${m}`),
  });
  return { worker, client, results };
}

describe('AnalysisClient', () => {
  it('sends one text at a time and then only the newest of those typed meanwhile', () => {
    const { worker, client, results } = setup();
    client.analyze(pod('a'));
    client.analyze(pod('b'));
    client.analyze(pod('c'));
    expect(worker.requests.map((r) => r.text)).toEqual([pod('a')]);
    worker.answer();
    expect(worker.requests.map((r) => r.text)).toEqual([pod('c')]);
    worker.answer();
    expect(results).toEqual([pod('a'), pod('c')]);
  });

  it('never lets a reply for an older text replace a newer result', () => {
    const { worker, client, results } = setup();
    client.analyze(pod('a'));
    worker.answer();
    client.analyze(pod('b'));
    worker.reply({ type: 'done', version: 1, places: [] });
    worker.answer();
    expect(results).toEqual([pod('a'), pod('b')]);
  });

  it('assembles the same result the engine gives for the text, reusing unchanged documents', () => {
    const worker = new FakeWorker();
    const got: AnalysisResult[] = [];
    const client = new AnalysisClient(worker, {
      result: (r) => got.push(r),
      progress: () => undefined,
      failed: () => undefined,
    });
    const first = `${pod('nginx')}---\n${pod('nginx:latest')}`;
    const second = `${pod('nginx')}---\n${pod('busybox')}`;
    client.analyze(first);
    worker.answer();
    client.analyze(second);
    worker.answer();
    expect(got).toEqual([analyze(first), analyze(second)]);
  });

  it('reports a failure and carries on with the next text', () => {
    const { worker, client, results } = setup();
    client.analyze(pod('a'));
    client.analyze(pod('b'));
    worker.requests.shift();
    worker.reply({ type: 'failed', version: 1, message: 'boom' });
    worker.answer();
    expect(results).toEqual(['failed: boom', pod('b')]);
  });

  it('stops the worker when disposed', () => {
    const { worker, client } = setup();
    client.dispose();
    expect(worker.terminated).toBe(true);
  });
});
