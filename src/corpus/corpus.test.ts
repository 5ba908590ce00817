// Every manifest of the public corpus through the whole engine, against expectations worked out
// by hand from Kubernetes semantics and RULES.md (src/corpus/expected/).
import { describe, expect, it } from 'vitest';
import type { AnalysisResult } from '../analysis/result';
import { analyze } from '../analysis/analyze';
import { corpusFilesIfPresent, NEEDS_CORPUS } from '../testing/corpus';
import { EXPECTATIONS } from './expected/index';
import { canonical, observedDocuments, observedWorkload, sorted } from './observe';

const texts = new Map(corpusFilesIfPresent());
const results = new Map<string, AnalysisResult>();

function analysisOf(file: string): AnalysisResult {
  let result = results.get(file);
  if (!result) {
    const text = texts.get(file);
    if (text === undefined) throw new Error(`no corpus file ${file}`);
    result = analyze(text);
    results.set(file, result);
  }
  return result;
}

const asKey = ([ruleId, severity, path]: readonly string[]): string =>
  `${ruleId} ${severity} ${path}`;

describe('public corpus: expectations cover the corpus', NEEDS_CORPUS, () => {
  it('has exactly one expectation per corpus file', () => {
    expect(EXPECTATIONS.map((e) => e.file).sort()).toEqual([...texts.keys()].sort());
  });
});

for (const exp of EXPECTATIONS) {
  describe(`public corpus: ${exp.file}`, NEEDS_CORPUS, () => {
    it('documents: kinds, names and which hold workloads', () => {
      expect(observedDocuments(analysisOf(exp.file))).toEqual(exp.documents);
    });

    it('workloads: kind, name, pod spec path, QoS, Pod Security and effective pod resources', () => {
      const result = analysisOf(exp.file);
      expect(result.workloads).toHaveLength(exp.workloads.length);
      exp.workloads.forEach((w, i) => {
        const seen = observedWorkload(result, i);
        expect({
          document: seen.document,
          kind: seen.kind,
          name: seen.name,
          podSpecPath: seen.podSpecPath,
          qosClass: seen.qosClass,
          podSecurity: seen.podSecurity,
          requests: seen.requests,
          limits: seen.limits,
          unboundedLimits: seen.unboundedLimits,
        }).toEqual({
          document: w.document,
          kind: w.kind,
          name: w.name,
          podSpecPath: w.podSpecPath,
          qosClass: w.qosClass,
          podSecurity: w.podSecurity,
          requests: canonical(w.requests),
          limits: canonical(w.limits),
          unboundedLimits: w.unboundedLimits,
        });
      });
    });

    it('graph: containers in start order, volumes, mounts, shared volumes, port chips, namespaces', () => {
      const result = analysisOf(exp.file);
      exp.workloads.forEach((w, i) => {
        const seen = observedWorkload(result, i);
        expect(seen.containers).toEqual(w.containers);
        expect(seen.volumes).toEqual(w.volumes);
        expect(sorted(seen.mounts)).toEqual(sorted(w.mounts));
        expect(sorted(seen.shared)).toEqual(sorted(w.shared));
        expect(sorted(seen.ports)).toEqual(sorted(w.ports));
        expect(seen.namespaces).toEqual(w.namespaces);
      });
    });

    it('findings: every rule, severity and path the catalog implies, and nothing else', () => {
      const result = analysisOf(exp.file);
      const seen = result.findings.map((f) => asKey([f.ruleId, f.severity, f.path])).sort();
      expect(seen).toEqual(exp.findings.map(asKey).sort());
    });

    it('findings: in the workload document, none suppressed', () => {
      const result = analysisOf(exp.file);
      const documents = new Set(exp.workloads.map((w) => w.document));
      const stray = result.findings.filter((f) => !documents.has(f.document) || f.suppressed);
      expect(
        stray.map((f) => `${f.document} ${f.ruleId} ${f.path} suppressed=${f.suppressed}`),
      ).toEqual([]);
    });

    it('findings: lines counted in the file', () => {
      const result = analysisOf(exp.file);
      const seen = exp.lines.map(([ruleId, path]) => {
        const f = result.findings.find((x) => x.ruleId === ruleId && x.path === path);
        return [ruleId, path, f ? f.line : 'no such finding'];
      });
      expect(seen).toEqual(exp.lines);
    });
  });
}
