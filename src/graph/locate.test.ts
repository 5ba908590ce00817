import { describe, expect, it } from 'vitest';
import { documentText } from '../analysis/result';
import { drawn } from '../testing/graph';
import { elementAt, locateElements, rangeOf } from './locate';

const text = `apiVersion: v1
kind: ConfigMap
metadata: {name: unrelated}
---
apiVersion: v1
kind: Pod
metadata:
  name: demo
spec:
  containers:
  - name: app
    image: nginx:1.27
    ports:
    - containerPort: 8080
    volumeMounts:
    - name: data
      mountPath: /data
  volumes:
  - name: data
    emptyDir: {}
`;

function setup() {
  const { result, graph } = drawn(text);
  const doc = result.documents[1];
  const ranges = locateElements(documentText(result, doc), doc, graph);
  return { ranges };
}

describe('locateElements', () => {
  it('gives each container, volume, port and mount its YAML in the whole text', () => {
    const { ranges } = setup();
    const slice = (r: { offset: number; endOffset: number } | undefined) =>
      r ? text.slice(r.offset, r.endOffset) : undefined;
    expect(slice(rangeOf(ranges, { kind: 'node', id: 'container:app' }))).toMatch(
      /^name: app\n[\s\S]*mountPath: \/data$/,
    );
    expect(slice(rangeOf(ranges, { kind: 'node', id: 'volume:data' }))).toBe(
      'name: data\n    emptyDir: {}',
    );
    expect(slice(rangeOf(ranges, { kind: 'port', key: 'port:app:8080/TCP' }))).toBe(
      'containerPort: 8080',
    );
    expect(slice(rangeOf(ranges, { kind: 'edge', id: 'mount:app:data:0' }))).toBe(
      'name: data\n      mountPath: /data',
    );
  });

  it('finds the innermost element under the cursor', () => {
    const { ranges } = setup();
    expect(elementAt(ranges, text.indexOf('8080'))?.element).toEqual({
      kind: 'port',
      key: 'port:app:8080/TCP',
    });
    expect(elementAt(ranges, text.indexOf('nginx'))?.element).toEqual({
      kind: 'node',
      id: 'container:app',
    });
    expect(elementAt(ranges, text.indexOf('emptyDir'))?.element).toEqual({
      kind: 'node',
      id: 'volume:data',
    });
    expect(elementAt(ranges, text.indexOf('unrelated'))).toBeUndefined();
  });
});

describe('hubs without a field of their own', () => {
  it('have no range, so selecting them does not select the whole pod spec', () => {
    const { ranges } = setup();
    expect(rangeOf(ranges, { kind: 'node', id: 'namespace:network' })).toBeUndefined();
    expect(rangeOf(ranges, { kind: 'node', id: 'pod' })).toBeDefined();
  });
});
