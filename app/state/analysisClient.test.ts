import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../../src/analysis/result';
import { analyze } from '../../src/analysis/analyze';
import { applyEdit, minimalEdit } from '../../src/analysis/textEdit';
import { AnalysisClient, type WorkerLike } from './analysisClient';
import { AnalysisHost } from './analysisHost';
import type { AnalyzeRequest, WorkerReply, WorkerRequest } from './protocol';

// A worker that answers only when told to, so tests decide the order things happen in.
class FakeWorker implements WorkerLike {
  onmessage: ((e: MessageEvent<WorkerReply>) => void) | null = null;
  readonly requests: AnalyzeRequest[] = [];
  /** The text of every request, as the worker rebuilds it. */
  readonly texts: string[] = [];
  private readonly host = new AnalysisHost((reply) => {
    if (!this.muted) this.reply(reply);
  });
  private muted = false;
  terminated = false;

  /** Every message in the order sent: a text's version, or what was to be stored. */
  readonly log: string[] = [];

  postMessage(request: WorkerRequest): void {
    if ('store' in request) {
      this.log.push(`store ${request.store}`);
      return;
    }
    this.log.push(`text ${request.version}`);
    this.requests.push(request);
    const before = this.texts.at(-1) ?? '';
    this.texts.push('text' in request ? request.text : request.edits.reduce(applyEdit, before));
  }

  /** The texts of the requests not answered yet. */
  pending(): string[] {
    return this.texts.slice(this.texts.length - this.requests.length);
  }

  /** Answers the oldest request with the real worker's code. */
  answer(): void {
    const r = this.requests.shift();
    if (!r) throw new Error('no request to answer');
    this.host.handle(r);
  }

  /** Takes the oldest request in, then fails it (what the worker does when the engine throws). */
  fail(message: string): void {
    const r = this.requests.shift();
    if (!r) throw new Error('no request to fail');
    this.muted = true;
    this.host.handle(r);
    this.muted = false;
    this.reply({ type: 'failed', version: r.version, message });
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
    expect(worker.pending()).toEqual([pod('a')]);
    worker.answer();
    expect(worker.pending()).toEqual([pod('c')]);
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

  it('tells a follower the text sent last, then every request as sent, with its version', () => {
    const { worker, client } = setup();
    const heard: AnalyzeRequest[] = [];
    client.analyze(pod('a'));
    const stop = client.follow((r) => heard.push(r));
    expect(heard).toEqual([{ version: 1, text: pod('a') }]);
    worker.answer();
    client.analyze(pod('b'));
    expect(heard.slice(1)).toEqual(worker.requests);
    // Rebuilt from what it heard, the follower holds the text the worker holds.
    const rebuilt = heard.reduce(
      (text, r) => ('text' in r ? r.text : r.edits.reduce(applyEdit, text)),
      '',
    );
    expect(rebuilt).toBe(pod('b'));
    stop();
    worker.answer();
    client.analyze(pod('c'));
    expect(heard).toHaveLength(2);
  });

  it('reports a failure and carries on with the next text', () => {
    const { worker, client, results } = setup();
    client.analyze(pod('a'));
    client.analyze(pod('b'));
    worker.fail('boom');
    worker.answer();
    expect(results).toEqual(['failed: boom', pod('b')]);
  });

  it('sends the first text whole and after that only what changed', () => {
    const { worker, client, results } = setup();
    const big = Array.from({ length: 200 }, (_, i) => pod(`img-${i}`)).join('---\n');
    const edited = big.replace('img-100', 'img-100-b');
    client.analyze(big);
    worker.answer();
    client.analyze(edited);
    const [request] = worker.requests;
    expect(request).toEqual({
      version: 2,
      edits: [{ from: big.indexOf('img-100') + 7, to: big.indexOf('img-100') + 7, insert: '-b' }],
    });
    worker.answer();
    // Asked again for the same text (the page asks on the edit and again once it has rendered):
    // nothing more to send.
    client.analyze(edited);
    expect(worker.requests).toEqual([]);
    expect(results).toEqual([big, edited]);
  });

  it("sends the editor's own account of a change when it starts from the text sent last", () => {
    const { worker, client, results } = setup();
    const a = pod('nginx:1.26');
    const b = pod('nginx:1.27');
    const c = pod('nginx:1.28');
    client.analyze(a);
    worker.answer();
    // Not the smallest replacement, but the one the editor made: sent as it is.
    const whole = { from: 0, to: a.length, insert: b };
    client.analyze(b, { base: a, edit: whole });
    expect(worker.requests[0]).toEqual({ version: 2, edits: [whole] });
    worker.answer();
    // A change from some other text is not trusted: the difference is worked out instead.
    client.analyze(c, { base: a, edit: { from: 0, to: a.length, insert: c } });
    expect(worker.requests[0]).toEqual({
      version: 3,
      edits: [{ from: c.indexOf('1.28') + 3, to: c.indexOf('1.28') + 4, insert: '8' }],
    });
    worker.answer();
    expect(results).toEqual([a, b, c]);
    expect(worker.texts).toEqual([a, b, c]);
  });

  it('sends keystrokes typed while the worker was busy as the edits the editor made', () => {
    const { worker, client, results } = setup();
    const a = pod('nginx');
    client.analyze(a);
    worker.answer();
    const at = a.indexOf('nginx') + 5;
    const keys = [':', '1', '.', '2', '7'];
    let text = a;
    let first = '';
    for (const [i, key] of keys.entries()) {
      const edit = { from: at + i, to: at + i, insert: key };
      const next = applyEdit(text, edit);
      client.analyze(next, { base: text, edit });
      if (i === 0) first = next;
      text = next;
    }
    // The first keystroke went at once; the other four waited and go together, as typed.
    const editsOf = (r: AnalyzeRequest) => ('edits' in r ? r.edits : []);
    expect(worker.requests.map(editsOf)).toEqual([[{ from: at, to: at, insert: ':' }]]);
    worker.answer();
    expect(worker.requests.map(editsOf)[0]).toHaveLength(4);
    worker.answer();
    expect(results).toEqual([a, first, pod('nginx:1.27')]);
  });

  it('works the change out when a waiting text was not made from the one before it', () => {
    const { worker, client, results } = setup();
    const a = pod('nginx');
    const b = pod('nginx:1.27');
    const c = pod('redis');
    client.analyze(a);
    worker.answer();
    client.analyze(b, { base: a, edit: { from: 0, to: a.length, insert: b } });
    client.analyze(pod('busybox'), { base: b, edit: { from: 0, to: b.length, insert: 'x' } });
    // A load replaces the waiting text with no account of the change.
    client.analyze(c);
    worker.answer();
    expect(worker.requests[0]).toEqual({ version: 3, edits: [minimalEdit(b, c)] });
    worker.answer();
    expect(results).toEqual([a, b, c]);
  });

  it('asks the worker to store a text right after that text, even when newer ones follow', () => {
    const { worker, client, results } = setup();
    client.analyze(pod('a'));
    client.analyze(pod('b'));
    client.keep({ store: 'version', kind: 'typing', source: '', at: 1 });
    client.analyze(pod('c'));
    client.analyze(pod('d'));
    worker.answer();
    worker.answer();
    worker.answer();
    // b is not skipped (it is to be kept); c is (nothing to keep of it).
    expect(worker.log).toEqual(['text 1', 'text 2', 'store version', 'text 3']);
    expect(results).toEqual([pod('a'), pod('b'), pod('d')]);
    // With nothing waiting, a store request goes at once: the worker holds the text.
    client.keep({ store: 'work', tab: 't', source: '', at: 2 });
    expect(worker.log.at(-1)).toBe('store work');
  });

  it('stops the worker when disposed', () => {
    const { worker, client } = setup();
    client.dispose();
    expect(worker.terminated).toBe(true);
  });
});
