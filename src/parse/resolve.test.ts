import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest';
import { resolvePath } from './resolve';
import type { FieldPath } from '../types';

const text = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: demo',
  'spec:',
  '  containers:',
  '  - name: app',
  '    image: nginx:1.27',
  '    ports: [{containerPort: 8080}]',
  '    resources:',
  '      limits:',
  '        cpu: 500m',
  '',
].join('\n');

function at(path: FieldPath): string {
  const m = parseManifest(text);
  const r = resolvePath(m.documents[0].ast, path, text);
  return text.slice(r.offset, r.endOffset);
}

describe('resolvePath', () => {
  it('points at the value when it exists', () => {
    expect(at(['spec', 'containers', 0, 'image'])).toBe('nginx:1.27');
    expect(at(['spec', 'containers', 0, 'ports', 0, 'containerPort'])).toBe('8080');
    expect(at(['spec', 'containers', 0, 'resources', 'limits', { key: 'cpu' }])).toBe('500m');
  });

  it('points at the key when the value is a block collection', () => {
    expect(at(['spec', 'containers', 0, 'resources'])).toBe('resources');
  });

  it('falls back to the nearest existing parent', () => {
    expect(at(['spec', 'containers', 0, 'resources', 'limits', { key: 'memory' }])).toBe('limits');
    expect(at(['spec', 'containers', 0, 'securityContext', 'privileged'])).toBe('name: app');
    expect(at(['spec', 'volumes', 0])).toBe('spec');
  });

  it('gives a one-line range for a flow item', () => {
    expect(at(['spec', 'containers', 0, 'ports', 0])).toBe('{containerPort: 8080}');
  });
});
