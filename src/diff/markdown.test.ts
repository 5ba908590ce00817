import { describe, expect, it } from 'vitest';
import { yaml } from '../testing/manifest';
import { compareTexts } from './compare';
import { toDiffMarkdown } from './markdown';
import { SHOP_A, SHOP_B } from './testing';

const files = { a: 'before.yaml', b: 'after.yaml' };

describe('the Markdown change review', () => {
  const a = yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: web}',
    'spec:',
    '  containers:',
    '  - name: app',
    '    image: nginx:1.27',
    '    volumeMounts: [{name: scratch, mountPath: /scratch}]',
    '  volumes:',
    '  - {name: scratch, emptyDir: {}}',
  );
  const b = yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: web}',
    'spec:',
    '  containers:',
    '  - name: app',
    '    image: nginx:1.27',
  );
  const md = toDiffMarkdown(compareTexts(a, b), files);

  it('draws a removed volume as a ghost with its former mount on the graph of B', () => {
    const graph = md.slice(md.indexOf('```mermaid'), md.lastIndexOf('```'));
    const ghost = /(n\d+)\[\("− removed<br\/>scratch<br\/>emptyDir/.exec(graph);
    expect(ghost).not.toBeNull();
    expect(graph).toMatch(new RegExp(`n1 -->\\|"− removed /scratch rw"\\| ${ghost?.[1]}`));
    expect(graph).toContain(`class ${ghost?.[1]} removed`);
    expect(graph).toMatch(/classDef removed [^\n]*stroke-dasharray/);
    expect(graph).toMatch(/linkStyle \d+ [^\n]*stroke-dasharray/);
  });

  it('lists the removed volume with its former mount, and the fixed finding', () => {
    expect(md).toContain('| volume `scratch` | − removed |  | was mounted by app at /scratch |  |');
    expect(md).toMatch(
      /## Fixed findings\n\n\| Severity \| Rule \| Where \| Message \|\n\| --- \| --- \| --- \| --- \|\n\| warning \| `emptydir-no-size-limit` \| `before\.yaml:10` Pod\/web `spec\.volumes\[scratch\]\.emptyDir\.sizeLimit` \|/,
    );
    expect(md).toContain('## New findings\n\nNone.');
  });

  it('says there is no change in the pod when there is none', () => {
    const same = toDiffMarkdown(compareTexts(SHOP_A, SHOP_A), files);
    expect(same).toContain('**No change in the pod.**');
    expect(same).not.toContain('```mermaid');
    expect(same).toMatch(/\d+ findings? (?:is|are) in both versions\./);
  });

  it('puts the QoS and effective resources before → after, in Chinese too', () => {
    const zh = toDiffMarkdown(compareTexts(SHOP_A, SHOP_B), files, 'zh-CN');
    expect(zh).toContain('# podscope 变更评审：before.yaml → after.yaml');
    expect(zh).toContain('| QoS 类 | Burstable | Burstable |');
    expect(zh).toContain('| Pod 限制（limit）memory | 512Mi | 1280Mi |');
    expect(zh).toContain(
      '| 容器 `istio-proxy`（应用容器，docker.io/istio/proxyv2:1.22.1） | + 新增 |',
    );
  });
});
