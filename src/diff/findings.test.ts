import { describe, expect, it } from 'vitest';
import { yaml } from '../testing/manifest';
import { compareTexts } from './compare';

const pod = (...containers: string[]) =>
  yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: web}',
    'spec:',
    '  containers:',
    ...containers,
  );

// Two containers on one port: a port clash (warning) between them.
const web = '  - {name: web, image: nginx:1.27, ports: [{containerPort: 8080}]}';
const api = '  - {name: api, image: httpd:2.4, ports: [{containerPort: 8080}]}';
const metrics =
  '  - {name: metrics, image: prom/statsd-exporter:v0.27.1, ports: [{containerPort: 9102}]}';

const tags = (a: string, b: string) => {
  const c = compareTexts(a, b);
  const rule = (r: { ruleId: string }) => r.ruleId;
  return {
    fresh: c.diff.findings.new.map((j) => rule(c.b.findings[j])),
    fixed: c.diff.findings.fixed.map((i) => rule(c.a.findings[i])),
    unchanged: c.diff.findings.unchanged.map(([, j]) => rule(c.b.findings[j])),
    c,
  };
};

describe('findings matched by meaning', () => {
  it('keeps a finding unchanged when its container moves to another place in the list', () => {
    expect(compareTexts(pod(web, api, metrics), pod(web, metrics, api)).diff.changed).toBe(false);
    // web stays first (the main container); api moves behind metrics.
    const t = tags(pod(web, api, metrics), pod(web, metrics, api));
    expect(t.fresh).toEqual([]);
    expect(t.fixed).toEqual([]);
    expect(t.unchanged).toContain('port-clash');
    // The paths differ by index, the named paths do not.
    const [i, j] = t.c.diff.findings.unchanged.find(
      ([, b]) => t.c.b.findings[b].ruleId === 'port-clash',
    )!;
    expect(t.c.a.findings[i].path).not.toBe(t.c.b.findings[j].path);
    expect(t.c.diff.findings.namedPathsA[i]).toBe(t.c.diff.findings.namedPathsB[j]);
    expect(t.c.diff.findings.namedPathsB[j]).toBe(
      'spec.containers[api].ports[8080/TCP].containerPort',
    );
  });

  it('makes a finding about another element new, and the old one fixed', () => {
    const other = '  - {name: api, image: httpd:2.4, ports: [{containerPort: 9102}]}';
    const t = tags(pod(web, api, metrics), pod(web, other, metrics));
    expect(t.fixed).toEqual(['port-clash']);
    expect(t.fresh).toEqual(['port-clash']);
    const fresh = t.c.b.findings[t.c.diff.findings.new[0]];
    expect(fresh.ports).toEqual(['metrics:9102/TCP', 'api:9102/TCP'].sort());
  });

  it('counts repeated findings: one more of the same is new', () => {
    const twice =
      '  - {name: twice, image: busybox:1.36, command: [sleep, "1"], ports: [{containerPort: 7000}, {containerPort: 7000}]}';
    const once =
      '  - {name: twice, image: busybox:1.36, command: [sleep, "1"], ports: [{containerPort: 7000}]}';
    const t = tags(pod(once), pod(twice));
    expect(t.fresh).toContain('port-clash');
    expect(t.fixed).toEqual([]);
  });
});
