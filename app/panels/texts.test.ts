import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/index';
import { panelTexts } from './panelTexts';
import { findingsText, plural, qosReasonText, statusText } from './texts';
import { loadLang } from '../i18n/zhTexts';

// The page fetches its Chinese tables on first use; these tests read them, so load them first.
await loadLang('zh-CN');

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
    expect(findingsText.location(14, 24)).toBe('14:24');
  });

  it('says the same things in Chinese, with measure words instead of plurals', () => {
    const zh = panelTexts['zh-CN'];
    expect(zh.status.count.warning(2)).toBe('2 个警告');
    expect(zh.status.documents(1)).toBe('1 个文档');
    expect(zh.findings.suppressed(undefined)).toBe('已抑制（未说明原因）');
    expect(zh.qosReason.requestNotLimit('app', 'cpu', '250m', '1')).toBe(
      'app 的 cpu 请求为 250m，限制却是 1',
    );
    expect(zh.findings.locationLabel(14, 24)).toBe('第 14 行，第 24 列');
  });

  it('has a summary, a fix and a kubernetes.io link for every rule the inspector can show', () => {
    for (const rule of RULES) {
      expect(rule.summary, rule.id).not.toBe('');
      expect(rule.fix, rule.id).not.toBe('');
      expect(rule.docs, rule.id).toMatch(/^https:\/\/kubernetes\.io\//);
    }
  });
});
