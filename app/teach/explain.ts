// From an inspected target to what the inspector teaches about it: the topic, its text in the
// page's language, its commands filled in with the real names, and its documentation links.
import type { WorkloadAnalysis } from '../../src/analysis/result';
import type { GraphNode, PodGraph } from '../../src/graph/types';
import type { Lang } from '../../src/i18n/lang';
import type { WellKnownKind } from '../../src/k8s/wellknown';
import type { Target } from '../state/target';
import {
  hostNode,
  NAMESPACE_TOPICS,
  podFrame,
  ROLE_TOPICS,
  serviceNode,
  VOLUME_TOPICS,
  volumeKind,
} from './catalog';
import { docsLinks, type DocsLink } from './docs';
import { ruleTopic } from './ruleTopics';
import { findPods, POD_PLACEHOLDER } from '../../src/teach/kubectl';
import { HELPER_NOTES } from './topics/helpers';
import { sceneFor } from './scene';
import type { Command, Explanation, Note, Topic } from '../../src/teach/lesson';
import type { ProbeNeeds } from '../../src/teach/probes';

const OBJECT_TOPICS = {
  ConfigMap: VOLUME_TOPICS.configMap,
  Secret: VOLUME_TOPICS.secret,
  PersistentVolumeClaim: VOLUME_TOPICS.persistentVolumeClaim,
} as const;

function nodeTopic(node: GraphNode): Topic {
  switch (node.kind) {
    case 'pod':
      return podFrame;
    case 'container':
      return ROLE_TOPICS[node.role];
    case 'volume':
      return VOLUME_TOPICS[volumeKind(node)];
    case 'namespace':
      return NAMESPACE_TOPICS[node.name][node.scope];
    case 'host':
      return hostNode;
    case 'object':
      return OBJECT_TOPICS[node.objectKind];
    case 'service':
      return serviceNode;
  }
}

/** The topic that explains a target; for an edge, the element it teaches about. */
export function topicFor(target: Target, graph: PodGraph): Topic | undefined {
  const node = (id: string) => graph.nodes.find((n) => n.id === id);
  switch (target.kind) {
    case 'finding':
      return ruleTopic(target.finding.ruleId);
    case 'node':
      return nodeTopic(target.node);
    case 'port':
      return NAMESPACE_TOPICS.network[target.hub.scope];
    case 'mount':
    case 'edge': {
      const { kind, source, target: to } = target.edge;
      const about =
        kind === 'order' || kind === 'reference' || kind === 'targets' ? node(source) : node(to);
      if (kind === 'uses-host') return hostNode;
      return about && nodeTopic(about);
    }
  }
}

/** What the inspector shows for one target in one language. */
export interface Lesson {
  text: Explanation;
  /** Notes about a well-known helper (mesh proxy, log shipper…), after the topic's own. */
  notes: readonly Note[];
  commands: readonly { label: string; command: string; needs?: ProbeNeeds }[];
  docs: readonly DocsLink[];
}

function commandsOf(topic: Topic, w: WorkloadAnalysis, graph: PodGraph, target: Target): Command[] {
  const scene = sceneFor(w, graph, target);
  const all = topic.commands(scene).filter((c): c is Command => c !== undefined);
  const unique = all.filter((c, i) => all.findIndex((d) => d.command === c.command) === i);
  // A workload that is not a Pod names no pod: first show how to find one to put in its place.
  if (!unique.some((c) => c.command.includes(POD_PLACEHOLDER))) return unique;
  return [
    {
      label: {
        en: `Find a pod of ${w.model.workload.kind} ${w.model.workload.name}; use its name for ${POD_PLACEHOLDER}`,
        'zh-CN': `找到 ${w.model.workload.kind} ${w.model.workload.name} 的一个 Pod，用它的名字替换 ${POD_PLACEHOLDER}`,
      },
      command: findPods(w.model.workload),
    },
    ...unique,
  ];
}

function helperNotes(target: Target, lang: Lang): Note[] {
  if (target.kind !== 'node' || target.node.kind !== 'container') return [];
  const kind = target.node.wellKnown;
  const note =
    kind && Object.hasOwn(HELPER_NOTES, kind) ? HELPER_NOTES[kind as WellKnownKind] : undefined;
  return note ? [note[lang]] : [];
}

/** The lesson for a target, or undefined when there is nothing to teach about it. */
export function lessonFor(
  w: WorkloadAnalysis,
  graph: PodGraph,
  target: Target,
  lang: Lang,
): Lesson | undefined {
  const topic = topicFor(target, graph);
  if (!topic) return undefined;
  return {
    text: topic[lang],
    notes: [...(topic[lang].notes ?? []), ...helperNotes(target, lang)],
    commands: commandsOf(topic, w, graph, target).map((c) => ({
      label: c.label[lang],
      command: c.command,
      ...(c.needs && { needs: c.needs }),
    })),
    docs: docsLinks(topic.docs, lang),
  };
}
