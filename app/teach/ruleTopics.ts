// A rule's topic for the inspector: its lesson (src/rules/<id>/teach.ts) with the rule's own
// fix, in both languages, and its documentation link.
import { ruleMeta } from '../../src/rules/catalog';
import { RULE_LESSONS } from '../../src/rules/lessons.generated';
import { ZH_CN_RULES } from '../../src/rules/zh-CN.generated';
import type { Topic } from '../../src/teach/lesson';

/** The topic of rule `id`, or undefined for an id without a rule folder. */
export function ruleTopic(id: string): Topic | undefined {
  const lesson = Object.hasOwn(RULE_LESSONS, id) ? RULE_LESSONS[id] : undefined;
  const rule = ruleMeta(id);
  const zh = Object.hasOwn(ZH_CN_RULES, id) ? ZH_CN_RULES[id] : undefined;
  if (!lesson || !rule || !zh) return undefined;
  return {
    docs: rule.docs,
    en: { ...lesson.en, fix: rule.fix },
    'zh-CN': { ...lesson['zh-CN'], fix: zh.fix },
    commands: lesson.commands,
  };
}

/**
 * A graph element whose lesson is a rule's (the host network namespace and the host-network
 * rule are one fact), with the element's own documentation link.
 */
export function ruleAsElement(id: string, docs: string): Topic {
  const topic = ruleTopic(id);
  if (!topic) throw new Error(`no rule folder src/rules/${id}/`);
  return { ...topic, docs };
}
