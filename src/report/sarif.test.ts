import { describe, expect, it } from 'vitest';
import { SARIF_SCHEMA, toSarif, toSarifLog } from './sarif';
import { finding, result, rule } from '../testing/report';
import type { SarifLog, SarifRegion } from './sarif-types';
import { STDIN_NAME } from './uri';
import { VERSION } from '../version';

// Two app containers both declare containerPort 8080 (one network namespace: the second bind
// fails), and the first image has no tag (it resolves to :latest).
const POD = [
  'apiVersion: v1', //            1
  'kind: Pod', //                 2
  'metadata:', //                 3
  '  name: web', //               4
  'spec:', //                     5
  '  containers:', //             6
  '  - name: app', //             7
  '    image: nginx', //          8  value at columns 12–16
  '    ports:', //                9
  '    - containerPort: 8080', // 10
  '  - name: proxy', //          11
  '    image: envoy:v1.30', //   12
  '    ports:', //               13
  '    - containerPort: 8080', // 14  value at columns 22–25
].join('\n');

const RULES = [
  rule(
    'yaml-syntax',
    'error',
    'https://kubernetes.io/docs/concepts/overview/working-with-objects/',
  ),
  rule(
    'port-clash',
    'warning',
    'https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking',
  ),
  rule(
    'latest-tag',
    'warning',
    'https://kubernetes.io/docs/concepts/containers/images/#image-names',
  ),
  rule('unused-volume', 'info', 'https://kubernetes.io/docs/concepts/storage/volumes/'),
];

const FINDINGS = [
  finding({
    ruleId: 'port-clash',
    severity: 'warning',
    line: 14,
    column: 22,
    endLine: 14,
    endColumn: 26,
    path: 'spec.containers[1].ports[0].containerPort',
    message: 'Port 8080/TCP is also declared by container app.',
  }),
  finding({
    ruleId: 'latest-tag',
    severity: 'warning',
    line: 8,
    column: 12,
    endLine: 8,
    endColumn: 17,
    path: 'spec.containers[0].image',
    message: 'Image nginx has no tag.',
    suppressed: true,
    suppressReason: 'pinned by the registry mirror',
  }),
];

function log(file = 'manifests/web.yaml', findings = FINDINGS): SarifLog {
  return toSarifLog([{ file, result: result(findings) }], RULES);
}

// Reads a SARIF region back out of the text: 1-based lines, UTF-16 columns, end exclusive.
function regionText(text: string, r: SarifRegion | undefined): string {
  if (!r) throw new Error('expected a region');
  const lines = text.split('\n');
  if (r.startLine === r.endLine)
    return lines[r.startLine - 1].slice(r.startColumn - 1, r.endColumn - 1);
  const middle = lines.slice(r.startLine, r.endLine - 1);
  return [
    lines[r.startLine - 1].slice(r.startColumn - 1),
    ...middle,
    lines[r.endLine - 1].slice(0, r.endColumn - 1),
  ].join('\n');
}

describe('toSarifLog: the log and its driver', () => {
  it('declares SARIF 2.1.0 with one run and UTF-16 columns', () => {
    const l = log();
    expect(l.$schema).toBe(SARIF_SCHEMA);
    expect(l.version).toBe('2.1.0');
    expect(l.runs).toHaveLength(1);
    expect(l.runs[0].columnKind).toBe('utf16CodeUnits');
  });

  it('names the tool and its version', () => {
    const driver = log().runs[0].tool.driver;
    expect(driver.name).toBe('podscope');
    expect(driver.version).toBe(VERSION);
  });

  it('describes every rule, including those without results, in catalog order', () => {
    const rules = log().runs[0].tool.driver.rules;
    expect(rules.map((r) => r.id)).toEqual([
      'yaml-syntax',
      'port-clash',
      'latest-tag',
      'unused-volume',
    ]);
    expect(rules[1]).toEqual({
      id: 'port-clash',
      name: 'PortClash',
      shortDescription: { text: 'Summary of port-clash.' },
      fullDescription: {
        text: 'Summary of port-clash. Severity warning: the pod runs, but something real goes wrong.',
      },
      help: {
        text: 'Fix port-clash. See https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking',
        markdown:
          'Fix port-clash.\n\n[Kubernetes documentation](https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking)',
      },
      helpUri: 'https://kubernetes.io/docs/concepts/workloads/pods/#pod-networking',
      defaultConfiguration: { level: 'warning' },
    });
  });

  it('maps severities to SARIF levels: error, warning, note', () => {
    expect(log().runs[0].tool.driver.rules.map((r) => r.defaultConfiguration.level)).toEqual([
      'error',
      'warning',
      'warning',
      'note',
    ]);
  });

  it('gives every rule a kubernetes.io help link and descriptions that are not empty', () => {
    for (const r of log().runs[0].tool.driver.rules) {
      expect(new URL(r.helpUri).hostname).toBe('kubernetes.io');
      expect(r.shortDescription.text.length).toBeGreaterThan(0);
      expect(r.fullDescription.text.startsWith(r.shortDescription.text)).toBe(true);
      expect(r.help.markdown).toContain(`(${r.helpUri})`);
    }
  });
});

describe('toSarifLog: results', () => {
  it('sorts results by position and points ruleIndex at the matching rule', () => {
    const l = log();
    const { results } = l.runs[0];
    expect(results.map((r) => r.ruleId)).toEqual(['latest-tag', 'port-clash']);
    for (const r of results)
      expect(l.runs[0].tool.driver.rules[r.ruleIndex as number].id).toBe(r.ruleId);
    expect(results.map((r) => r.ruleIndex)).toEqual([2, 1]);
  });

  it('carries level, message, artifact, region and the field path as a logical location', () => {
    const portClash = log().runs[0].results[1];
    expect(portClash).toMatchObject({
      ruleId: 'port-clash',
      level: 'warning',
      message: { text: 'Port 8080/TCP is also declared by container app.' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'manifests/web.yaml' },
            region: { startLine: 14, startColumn: 22, endLine: 14, endColumn: 26 },
          },
          logicalLocations: [{ fullyQualifiedName: 'spec.containers[1].ports[0].containerPort' }],
        },
      ],
    });
    expect(portClash).not.toHaveProperty('suppressions');
  });

  it('has regions that select the offending value in the manifest', () => {
    const regions = log().runs[0].results.map((r) => r.locations[0].physicalLocation.region);
    expect(regions.map((region) => regionText(POD, region))).toEqual(['nginx', '8080']);
  });

  it('records suppressions as inSource with the annotation reason as justification', () => {
    const latest = log().runs[0].results[0];
    expect(latest.suppressions).toEqual([
      { kind: 'inSource', justification: 'pinned by the registry mirror' },
    ]);
    const bare = log('p.yaml', [
      finding({ ruleId: 'unused-volume', severity: 'info', line: 3, column: 5, suppressed: true }),
    ]).runs[0].results[0];
    expect(bare.level).toBe('note');
    expect(bare.suppressions).toEqual([{ kind: 'inSource' }]);
  });

  it('omits the logical location when a finding has no field path (a syntax error)', () => {
    const syntax = finding({
      ruleId: 'yaml-syntax',
      severity: 'error',
      line: 3,
      column: 1,
      endLine: 3,
      endColumn: 9,
      message: 'Implicit keys need to be on a single line',
    });
    const [r] = log('chart.yaml', [syntax]).runs[0].results;
    expect(r.locations[0]).not.toHaveProperty('logicalLocations');
    expect(r.ruleIndex).toBe(0);
    expect(r.level).toBe('error');
  });

  it('leaves ruleIndex out for an id the catalog does not hold', () => {
    const [r] = log('p.yaml', [
      finding({ ruleId: 'not-in-catalog', severity: 'warning', line: 1, column: 1 }),
    ]).runs[0].results;
    expect(r.ruleId).toBe('not-in-catalog');
    expect(r).not.toHaveProperty('ruleIndex');
  });

  it('uses file URIs for absolute paths and a described stdin artifact for standard input', () => {
    expect(
      log('/srv/k8s/web pod.yaml').runs[0].results[0].locations[0].physicalLocation
        .artifactLocation,
    ).toEqual({
      uri: 'file:///srv/k8s/web%20pod.yaml',
    });
    expect(
      log(STDIN_NAME).runs[0].results[0].locations[0].physicalLocation.artifactLocation,
    ).toEqual({
      uri: 'stdin',
      description: { text: 'standard input' },
    });
  });

  it('collects the results of several files into one run', () => {
    const l = toSarifLog(
      [
        { file: 'a.yaml', result: result([FINDINGS[0]]) },
        { file: 'b.yaml', result: result([FINDINGS[1]]) },
      ],
      RULES,
    );
    expect(l.runs).toHaveLength(1);
    expect(
      l.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri),
    ).toEqual(['a.yaml', 'b.yaml']);
  });
});

describe('toSarif', () => {
  it('writes a log whose every result satisfies the schema constraints on regions and levels', () => {
    const parsed = JSON.parse(
      toSarif([{ file: 'web.yaml', result: result(FINDINGS) }], RULES),
    ) as SarifLog;
    expect(parsed.version).toBe('2.1.0');
    const ruleCount = parsed.runs[0].tool.driver.rules.length;
    for (const r of parsed.runs[0].results) {
      expect(['none', 'note', 'warning', 'error']).toContain(r.level);
      expect(r.message.text.length).toBeGreaterThan(0);
      expect(r.ruleIndex).toBeGreaterThanOrEqual(0);
      expect(r.ruleIndex).toBeLessThan(ruleCount);
      const region = r.locations[0].physicalLocation.region;
      if (!region) throw new Error('expected a region');
      const { startLine, startColumn, endLine, endColumn } = region;
      for (const n of [startLine, startColumn, endLine, endColumn]) {
        expect(Number.isInteger(n)).toBe(true);
        expect(n).toBeGreaterThanOrEqual(1);
      }
      expect(endLine > startLine || (endLine === startLine && endColumn >= startColumn)).toBe(true);
    }
  });
});
