// The words of a step's caption that need no teaching content: what kind of element it is,
// its name, and for a finding its message. Pure; the teaching text comes from useStepLesson.
import type { PodGraph } from '../../../src/graph/types';
import type { Lang } from '../../../src/i18n/lang';
import type { WalkTexts } from '../../i18n/en/walk';
import { localizeFinding } from '../../i18n/ruleTexts';
import type { WalkStep } from './walkSteps';

export interface CaptionHead {
  /** What the element is, above its name. */
  kicker: string;
  /** The element's name, the rule id, or the workload. */
  title: string;
  /** Said before the teaching text: a finding's message. */
  lead?: string;
}

/** The caption's head for `step` of `steps`, in the language of `T` and `lang`. */
export function captionHead(
  step: WalkStep,
  steps: readonly WalkStep[],
  graph: PodGraph,
  T: WalkTexts,
  lang: Lang,
): CaptionHead {
  switch (step.kind) {
    case 'overview': {
      const count = (kind: WalkStep['kind']) => steps.filter((s) => s.kind === kind).length;
      return {
        kicker: T.overview.summary(count('container'), count('volume'), count('finding')),
        title: `${graph.workload.kind} ${graph.workload.name}`,
      };
    }
    case 'hub':
      return { kicker: T.hub[step.node.scope], title: step.node.name };
    case 'container': {
      const { role, initStep, name } = step.node;
      const order = initStep !== undefined ? ` · ${T.startsAs(initStep)}` : '';
      return { kicker: `${T.role[role]}${order}`, title: name };
    }
    case 'volume':
      return { kicker: T.volume(step.node.type, step.node.mountedBy), title: step.node.name };
    case 'finding': {
      const findings = steps.filter((s) => s.kind === 'finding');
      const f = localizeFinding(step.finding, lang);
      return {
        kicker: T.finding(findings.indexOf(step) + 1, findings.length, T.severity[f.severity]),
        title: f.ruleId,
        lead: f.message,
      };
    }
  }
}
