// The diff of real manifests from public projects: rewritten in another style they mean the same,
// and one value changed is that one change.
import { parseAllDocuments, stringify } from 'yaml';
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { valueAt } from '../parse/path';
import { corpusFilesIfPresent, NEEDS_CORPUS } from '../testing/corpus';
import { compareTexts } from './compare';

const files = corpusFilesIfPresent();

// Every document as plain data, written again in flow style with sorted keys: comments, key
// order, quoting, block style and anchors all change; the meaning does not.
function rewritten(text: string, change?: (docs: unknown[]) => void): string {
  const docs = parseAllDocuments(text);
  const values = (Array.isArray(docs) ? docs : []).map((d) => d.toJS() as unknown);
  change?.(values);
  return values
    .map((v) => stringify(v, { collectionStyle: 'flow', sortMapEntries: true }))
    .join('---\n');
}

describe('diff of the public corpus', NEEDS_CORPUS, () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const [file, text] of files) {
    it(`${file}: rewritten in flow style with sorted keys and no comments, nothing changes`, () => {
      const c = compareTexts(text, rewritten(text));
      expect(c.diff.workloads.filter((w) => w.change !== 'unchanged')).toEqual([]);
      expect(c.diff.changed).toBe(false);
      expect(c.diff.findings.new).toEqual([]);
      expect(c.diff.findings.fixed).toEqual([]);
    });

    it(`${file}: another image for its first container is that one change`, () => {
      const w = analyze(text).workloads[0];
      if (!w) return;
      const container = w.model.containers[0];
      const b = rewritten(text, (docs) => {
        const entry = valueAt(docs[w.ref.document], container.path) as { image?: string };
        entry.image = `${entry.image ?? 'busybox'}-next`;
      });
      const d = compareTexts(text, b).diff;
      const changed = d.workloads.filter((x) => x.change !== 'unchanged');
      expect(changed.map((x) => [x.kind, x.name])).toEqual([[w.ref.kind, w.ref.name]]);
      expect(changed[0].elements).toEqual([
        expect.objectContaining({
          id: `container:${container.name}`,
          fields: [
            {
              path: 'image',
              from: container.image ?? null,
              to: `${container.image ?? 'busybox'}-next`,
            },
          ],
        }),
      ]);
    });
  }
});
