import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/rules/index';
import { panels as zh } from '../zh-CN/panels';
import { panels } from './panels';
import { plural } from './plural';

const { findings, qosReason, status } = panels;

describe('the panels texts', () => {
  it('count in English plurals; info is a mass noun', () => {
    expect(plural(1, 'error')).toBe('1 error');
    expect(plural(0, 'error')).toBe('0 errors');
    expect(status.count.warning(2)).toBe('2 warnings');
    expect(status.count.info(3)).toBe('3 info');
    expect(status.documents(1)).toBe('1 document');
  });

  it('say why a finding is suppressed, or that no reason was given', () => {
    expect(findings.suppressed('reviewed: the agent is tiny')).toBe(
      'suppressed: reviewed: the agent is tiny',
    );
    expect(findings.suppressed(undefined)).toBe('suppressed (no reason given)');
  });

  it('put the reader’s values into the sentences', () => {
    expect(qosReason.requestNotLimit('app', 'cpu', '250m', '1')).toBe(
      'app requests 250m of cpu but limits it to 1',
    );
    expect(findings.location(14, 24)).toBe('14:24');
  });

  it('say the same things in Chinese, with measure words instead of plurals', () => {
    expect(zh.status.count.warning(2)).toBe('2 个警告');
    expect(zh.status.documents(1)).toBe('1 个文档');
    expect(zh.findings.suppressed(undefined)).toBe('已抑制（未说明原因）');
    expect(zh.qosReason.requestNotLimit('app', 'cpu', '250m', '1')).toBe(
      'app 的 cpu 请求为 250m，限制却是 1',
    );
    expect(zh.findings.locationLabel(14, 24)).toBe('第 14 行，第 24 列');
  });
});

describe('the rules the inspector can show', () => {
  it('each have a summary, a fix and a kubernetes.io link', () => {
    for (const rule of RULES) {
      expect(rule.summary, rule.id).not.toBe('');
      expect(rule.fix, rule.id).not.toBe('');
      expect(rule.docs, rule.id).toMatch(/^https:\/\/kubernetes\.io\//);
    }
  });
});
