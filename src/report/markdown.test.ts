import { describe, expect, it } from 'vitest';
import { escapeText, toMarkdown } from './markdown';
import { finding, podWorkload, result, rule } from '../testing/report';

const RULES = [rule('port-clash', 'warning'), rule('unused-volume', 'info')];

describe('toMarkdown', () => {
  it('renders workloads with QoS, a findings table with fixes, and counts', () => {
    const findings = [
      finding({
        ruleId: 'unused-volume',
        severity: 'info',
        line: 20,
        column: 5,
        path: 'spec.volumes[0]',
        message: 'Volume cache is not mounted.',
      }),
      finding({
        ruleId: 'port-clash',
        severity: 'warning',
        line: 15,
        column: 22,
        path: 'spec.containers[1].ports[0].containerPort',
        message: 'Port 8080/TCP is also declared by container app.',
        suppressed: true,
        suppressReason: 'different hostIP',
      }),
    ];
    expect(
      toMarkdown(
        [{ file: 'web.yaml', result: result(findings, [podWorkload('web', 'Guaranteed')]) }],
        RULES,
      ),
    ).toBe(
      [
        '# podscope review',
        '',
        '## web.yaml',
        '',
        '| Workload | Document | Pod spec | QoS |',
        '| --- | ---: | --- | --- |',
        '| Pod/web | 0 | `spec` | Guaranteed |',
        '',
        '| Severity | Rule | Line | Path | Message | Fix |',
        '| --- | --- | ---: | --- | --- | --- |',
        '| warning (suppressed: different hostIP) | `port-clash` | 15 | `spec.containers[1].ports[0].containerPort` | Port 8080/TCP is also declared by container app. | Fix port-clash. |',
        '| info | `unused-volume` | 20 | `spec.volumes[0]` | Volume cache is not mounted. | Fix unused-volume. |',
        '',
        '**0 errors, 0 warnings, 1 info, 1 suppressed**',
        '',
      ].join('\n'),
    );
  });

  it('says so when a file has no workload and no findings', () => {
    const md = toMarkdown([{ file: 'svc.yaml', result: result([]) }], RULES);
    expect(md).toContain(
      '## svc.yaml\n\nNo workloads (no pod template found).\n\nNo findings.\n\n**0 errors, 0 warnings, 0 info**\n',
    );
  });

  it('labels templates of custom resources and leaves the fix empty for unknown rules', () => {
    const ray = {
      ref: { document: 0, kind: 'RayCluster', name: 'raycluster', templateLabel: 'headGroupSpec' },
      qosClass: 'Burstable' as const,
      podSpecPath: 'spec.headGroupSpec.template.spec',
      podSecurity: { level: 'baseline' as const },
    };
    const md = toMarkdown(
      [
        {
          file: 'ray.yaml',
          result: result(
            [finding({ ruleId: 'other', severity: 'error', line: 3, column: 1 })],
            [ray],
          ),
        },
      ],
      RULES,
    );
    expect(md).toContain(
      '| RayCluster/raycluster (headGroupSpec) | 0 | `spec.headGroupSpec.template.spec` | Burstable |',
    );
    expect(md).toContain('| error | `other` | 3 |  | other message |  |');
  });

  it('escapes table pipes and HTML in names and messages', () => {
    const f = finding({
      ruleId: 'port-clash',
      severity: 'warning',
      line: 2,
      column: 1,
      path: 'metadata.annotations[a|b]',
      message: 'a|b <script>alert(1)</script>',
    });
    const md = toMarkdown([{ file: 'x.yaml', result: result([f]) }], RULES);
    expect(md).toContain(
      '| `metadata.annotations[a\\|b]` | a\\|b &lt;script&gt;alert(1)&lt;/script&gt; |',
    );
    expect(md).not.toContain('<script>');
  });
});

describe('escapeText', () => {
  it('escapes Markdown emphasis, code, links and headings, and flattens newlines', () => {
    expect(escapeText('*a* _b_ `c` [d](e) # f\ng')).toBe(
      '\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\# f g',
    );
    expect(escapeText('a & b')).toBe('a &amp; b');
  });
});
