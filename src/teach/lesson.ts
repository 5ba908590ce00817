// The shape of the teaching content: one explanation per element kind and per rule, in every
// language of the page, with kubectl commands built from the inspected pod's real names. The
// page's inspector shows it; a rule's lesson lives in its folder (src/rules/<id>/teach.ts).
import type { Lang } from '../i18n/lang';
import type { WorkloadRef } from '../model/types';
import type { ProbeNeeds } from './probes';

/** A string in every language of the page. */
export type Localized = Readonly<Record<Lang, string>>;

/** A short titled aside: a trap, a tip or a design question that belongs to the element. */
export interface Note {
  title: string;
  text: string;
}

/** What the inspector teaches about one element or rule, in one language. */
export interface Explanation {
  /** What it is and what the containers share through it. */
  what: string;
  /** Why it matters: what goes wrong, what it enables. */
  why: string;
  /** The same idea in everyday life (the pod as a flat that containers share). */
  analogy: string;
  /** How to fix it, or how to use it well when nothing is wrong. */
  fix: string;
  /** Traps, tips and design questions; the same number in every language. */
  notes?: readonly Note[];
  /** Said instead of commands when a live cluster has nothing to show. */
  unobservable?: string;
}

/** One command line for a terminal, with what it shows. Command text is shell: never translated. */
export interface Command {
  label: Localized;
  command: string;
  /** The program the command runs in the pod and the images that ship it (probes.ts). */
  needs?: ProbeNeeds;
}

export interface SceneMount {
  container: string;
  volume: string;
  path: string;
  readOnly: boolean;
}

export interface ScenePort {
  container: string;
  port: number;
  protocol: string;
}

/**
 * The real names around the inspected element, from which commands are filled in. `focus`
 * holds the containers the element or finding is about; `running` the containers one can
 * exec into (app containers and native sidecars).
 */
export interface Scene {
  ref: WorkloadRef;
  running: readonly string[];
  focus: readonly string[];
  mounts: readonly SceneMount[];
  ports: readonly ScenePort[];
  volume?: { name: string; type: string; reference?: string };
  /** The container an ephemeral container targets. */
  target?: string;
  /** The Service inspected (a Service of the same input that selects the pod). */
  service?: string;
  /** Extended resources (GPUs…) the focus containers ask for. */
  extended: readonly string[];
}

/** Everything the inspector says about one kind of element or one rule. */
export interface Topic {
  /** The kubernetes.io page (English URL) that explains it. */
  docs: string;
  en: Explanation;
  'zh-CN': Explanation;
  commands: (scene: Scene) => readonly (Command | undefined)[];
}

/** A rule's explanation without its fix: the lesson's fix is the rule's own (meta.ts, zh-CN.ts). */
export type RuleExplanation = Omit<Explanation, 'fix'>;

/**
 * What a rule folder's teach.ts holds. Its documentation link and its fix are the rule's own, so
 * the inspector, the reports and SARIF say the same thing.
 */
export interface RuleLesson {
  en: RuleExplanation;
  'zh-CN': RuleExplanation;
  commands: Topic['commands'];
}
