import { describe, expect, it } from 'vitest';
import { ruleText } from '../../i18n/localize';
import { findingsOf, yaml } from '../../testing/manifest';
import { meta } from './meta';

const ID = 'latest-tag';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);
const image = (ref: string): string => pod('  containers:', `    - {name: app, image: "${ref}"}`);

describe(ID, () => {
  it('reports an image without a tag on the image value', () => {
    const text = pod('  containers:', '    - name: app', '      image: nginx');
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.containers[0].image',
      line: 8,
      column: 14,
      containers: ['app'],
    });
    expect(found[0].message).toContain('has no tag, so it means :latest');
  });

  it('reports :latest, and a registry port is not a tag', () => {
    expect(findingsOf(image('nginx:latest'), ID)[0].message).toContain('uses the tag latest');
    expect(findingsOf(image('localhost:5000/team/app'), ID)[0].message).toContain('has no tag');
  });

  it('is silent for version tags and for digests, even next to latest', () => {
    for (const ref of [
      'nginx:1.27.3',
      'localhost:5000/app:2.1',
      'nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31',
      'nginx:latest@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31',
    ]) {
      expect(findingsOf(image(ref), ID)).toEqual([]);
    }
  });

  it('checks init containers and sidecars but not ephemeral debug containers', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: setup, image: busybox}',
      '  containers:',
      '    - {name: app, image: app:2}',
      '  ephemeralContainers:',
      '    - {name: debug, image: busybox}',
    );
    expect(findingsOf(text, ID).map((f) => f.path)).toEqual(['spec.initContainers[0].image']);
  });

  it('uses the template path of a Deployment', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers:',
      '        - name: web',
      '          image: ghcr.io/acme/web:latest',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.template.spec.containers[0].image',
      line: 11,
      column: 18,
    });
  });

  it('has one fix, set off by commas, in the reports and the lesson alike', () => {
    expect(meta.fix).toBe(
      'Pin a version tag (nginx:1.27.3) or, better, a digest (nginx@sha256:…).',
    );
    expect(ruleText(ID, 'en').fix).toBe(meta.fix);
    expect(ruleText(ID, 'zh-CN').fix).toBe(
      '固定一个版本 tag（nginx:1.27.3），更好的做法是固定 digest（nginx@sha256:…）。',
    );
  });
});
