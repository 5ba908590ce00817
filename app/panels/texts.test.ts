import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index';
import {
  findingsText,
  inspectorText,
  namespaceText,
  plural,
  qosReasonText,
  roleText,
  statusText,
} from './texts';

describe('texts', () => {
  it('counts in English plurals; info is a mass noun', () => {
    expect(plural(1, 'error')).toBe('1 error');
    expect(plural(0, 'error')).toBe('0 errors');
    expect(statusText.count.warning(2)).toBe('2 warnings');
    expect(statusText.count.info(3)).toBe('3 info');
    expect(statusText.documents(1)).toBe('1 document');
  });

  it('says why a finding is suppressed, or that no reason was given', () => {
    expect(findingsText.suppressed('reviewed: the agent is tiny')).toBe(
      'suppressed: reviewed: the agent is tiny',
    );
    expect(findingsText.suppressed(undefined)).toBe('suppressed (no reason given)');
  });

  it('puts the reader’s values into the sentences', () => {
    expect(qosReasonText.requestNotLimit('app', 'cpu', '250m', '1')).toBe(
      'app requests 250m of cpu but limits it to 1',
    );
    expect(inspectorText.sharedYes(3)).toBe('yes, by 3 containers');
    expect(findingsText.location(14, 24)).toBe('14:24');
  });

  it('explains every role and namespace, at pod and host scope', () => {
    for (const role of ['init', 'sidecar', 'app', 'ephemeral'] as const)
      expect(roleText[role].meaning.length).toBeGreaterThan(40);
    for (const ns of ['network', 'ipc', 'uts', 'pid'] as const) {
      expect(namespaceText[ns].pod).not.toBe(namespaceText[ns].host);
      expect(namespaceText[ns].host.length).toBeGreaterThan(40);
    }
  });

  it('has a summary, a fix and a kubernetes.io link for every rule the inspector can show', () => {
    for (const rule of RULES) {
      expect(rule.summary, rule.id).not.toBe('');
      expect(rule.fix, rule.id).not.toBe('');
      expect(rule.docs, rule.id).toMatch(/^https:\/\/kubernetes\.io\//);
    }
  });
});
