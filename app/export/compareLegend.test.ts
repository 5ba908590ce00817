import { describe, expect, it } from 'vitest';
import { compareTexts } from '../../src/diff/compare';
import { diffTexts } from '../../src/diff/texts';
import { yaml } from '../../src/testing/manifest';
import { hiddenValues } from './compareLegend';

const pod = (memory: string, cpu: string): string =>
  yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: web}',
    'spec:',
    '  containers:',
    '  - name: app',
    '    image: nginx:1.27',
    `    resources: {limits: {memory: ${memory}}, requests: {cpu: ${cpu}, memory: 128Mi}}`,
  );

describe('the values a compare image writes out under its legend', () => {
  const { diff } = compareTexts(pod('512Mi', '100m'), pod('256Mi', '200m'));
  const listed = hiddenValues(diff.workloads[0], diffTexts('en'));

  it('names every card with more than one changed value, with all of them', () => {
    const app = listed.find((l) => l.element === 'container app');
    expect(app?.lines).toEqual(
      expect.arrayContaining(['limits[memory]: 512Mi → 256Mi', 'requests[cpu]: 100m → 200m']),
    );
  });

  it('leaves out cards whose one value the card shows itself', () => {
    const one = compareTexts(pod('512Mi', '100m'), pod('256Mi', '100m')).diff;
    const names = hiddenValues(one.workloads[0], diffTexts('en')).map((l) => l.element);
    expect(names).not.toContain('container app');
  });
});
