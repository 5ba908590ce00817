import { describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { Keeper } from '../storage/keeper';
import { listVersions, readVersion } from '../storage/history';
import { readTabWork } from '../storage/restore';
import type { WorkSaved } from '../storage/channel';
import { AnalysisHost } from './analysisHost';
import type { WorkerReply } from './protocol';

const pod = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers: [{name: app, image: nginx}]\n`;

function setup() {
  const factory = new IDBFactory();
  const replies: WorkerReply[] = [];
  const announced: WorkSaved[] = [];
  const host = new AnalysisHost(
    (r) => replies.push(r),
    new Keeper(factory),
    (m) => announced.push(m),
  );
  const stored = () => replies.filter((r) => r.type === 'stored');
  return { factory, host, replies, announced, stored };
}

describe('AnalysisHost storing', () => {
  it('stores the text it holds, edits included, as the working copy and tells other tabs', async () => {
    const { factory, host, announced, stored } = setup();
    const text = pod('a');
    host.handle({ version: 1, text });
    host.handle({
      version: 2,
      edits: [{ from: text.length, to: text.length, insert: '# mine\n' }],
    });
    host.handle({ store: 'work', tab: 'tab-1', source: 'a.yaml', at: 42 });
    await vi.waitFor(() => expect(stored()).toHaveLength(1));
    expect(stored()[0]).toMatchObject({ outcome: { ok: true } });
    expect(await readTabWork('tab-1', factory)).toEqual({
      tab: 'tab-1',
      text: `${text}# mine\n`,
      source: 'a.yaml',
      at: 42,
    });
    expect(announced).toEqual([
      { type: 'work-saved', tab: 'tab-1', source: 'a.yaml', at: 42, bytes: text.length + 7 },
    ]);
  });

  it('keeps a version with its documents and workload names', async () => {
    const { factory, host, stored } = setup();
    const text = [pod('a'), 'kind: ConfigMap\nmetadata: {name: c}\n', pod('b')].join('---\n');
    host.handle({ version: 1, text });
    host.handle({ store: 'version', kind: 'upload', source: 'three.yaml', at: 7 });
    await vi.waitFor(() => expect(stored()).toHaveLength(1));
    const [v] = await listVersions(factory);
    expect(v).toMatchObject({
      kind: 'upload',
      source: 'three.yaml',
      documents: 3,
      workloads: ['Pod/a', 'Pod/b'],
      bytes: text.length,
    });
    expect(await readVersion(v.id, factory)).toBe(text);
  });
});
