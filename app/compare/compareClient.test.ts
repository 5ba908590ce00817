import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import type { AnalysisResult } from '../../src/analysis/result';
import { diffResults } from '../../src/diff';
import { SHOP_A, SHOP_B } from '../../src/diff/testing';
import { CompareClient, type Compared, type CompareWorkerLike } from './compareClient';
import { CompareHost } from './compareHost';
import type { CompareReply, CompareRequest } from './compareProtocol';

// The real host behind a fake worker: replies are held until the test delivers them.
class FakeWorker implements CompareWorkerLike {
  onmessage: ((e: MessageEvent<CompareReply>) => void) | null = null;
  readonly held: CompareReply[] = [];
  private readonly tasks: (() => void)[] = [];
  private readonly host = new CompareHost(
    (r) => this.held.push(r),
    (t) => this.tasks.push(t),
  );
  terminated = false;

  postMessage(request: CompareRequest): void {
    this.host.handle(request);
  }

  /** Runs the host's deferred diff, then delivers every reply held. */
  deliver(): void {
    this.tasks.splice(0).forEach((t) => t());
    for (const data of this.held.splice(0))
      this.onmessage?.({ data } as MessageEvent<CompareReply>);
  }

  terminate(): void {
    this.terminated = true;
  }
}

function setup() {
  const worker = new FakeWorker();
  const compared: Compared[] = [];
  const failures: string[] = [];
  const client = new CompareClient(worker, {
    compared: (c) => compared.push(c),
    failed: (m) => failures.push(m),
  });
  return { worker, client, compared, failures };
}

describe('CompareClient', () => {
  it('pairs the diff with the result of B it was made from and with A as analysed', () => {
    const { worker, client, compared } = setup();
    client.setA(SHOP_A);
    client.follow({ version: 7, text: SHOP_B });
    const b = analyze(SHOP_B);
    worker.deliver();
    // The diff is there, but not the page's result of version 7: nothing to show yet.
    expect(compared).toEqual([]);
    client.resultOfB(7, b);
    expect(compared).toHaveLength(1);
    expect(compared[0].version).toBe(7);
    expect(compared[0].b).toBe(b);
    expect(compared[0].a).toEqual(analyze(SHOP_A));
    expect(compared[0].diff).toEqual(diffResults(analyze(SHOP_A), b));
  });

  it('never pairs a diff with another version of B', () => {
    const { worker, client, compared } = setup();
    client.setA(SHOP_A);
    client.resultOfB(1, analyze(SHOP_A));
    client.follow({ version: 2, text: SHOP_B });
    worker.deliver();
    expect(compared).toEqual([]);
    const b2: AnalysisResult = analyze(SHOP_B);
    client.resultOfB(2, b2);
    expect(compared.map((c) => [c.version, c.b])).toEqual([[2, b2]]);
  });

  it('drops what was made against an earlier A', () => {
    const { worker, client, compared } = setup();
    client.setA(SHOP_A);
    client.follow({ version: 1, text: SHOP_B });
    client.resultOfB(1, analyze(SHOP_B));
    // A is swapped before the worker's replies about the old A arrive.
    expect(worker.held.some((r) => r.type !== 'failed' && r.generation === 1)).toBe(true);
    client.setA(SHOP_B);
    worker.deliver();
    expect(compared).toHaveLength(1);
    expect(compared[0].diff.changed).toBe(false);
    expect(compared[0].a).toEqual(analyze(SHOP_B));
  });

  it('passes a failure of the worker on and ends the worker when disposed', () => {
    const { worker, client, failures } = setup();
    worker.onmessage?.({
      data: { type: 'failed', message: 'boom' },
    } as MessageEvent<CompareReply>);
    expect(failures).toEqual(['boom']);
    client.dispose();
    expect(worker.terminated).toBe(true);
    expect(worker.onmessage).toBeNull();
  });
});
