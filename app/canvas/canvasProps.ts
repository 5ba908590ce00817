// What the page gives the canvas. Its own module, so PodCanvas (the provider) and CanvasFlow (the
// drawing inside it) both name it without importing each other.
import type { PodGraph } from '../../src/graph/types';
import type { ContainerState, StatusExplanation } from '../../src/lifecycle/types';
import type { Finding } from '../../src/types';
import type { Selection } from '../state/types';

export interface PodCanvasProps {
  graph: PodGraph;
  /** Identity of the drawn workload (e.g. `${document}:${kind}/${name}`): when it changes, drop dragged positions and fit. */
  workloadKey: string;
  /** Highlights the selected node, mount edge or port chip. */
  selection: Selection | null;
  /** Node ids to emphasise: the nodes the selected finding touches. */
  touched: readonly string[];
  /** The YAML is currently invalid: the graph is the last valid one, drawn dimmed. */
  stale: boolean;
  /** A node, mount edge or port chip was clicked; null when the empty pane was. */
  onSelect: (selection: Selection | null) => void;
  /**
   * Names the page's arrangement around the canvas (e.g. presentation mode): when it changes,
   * the graph is fitted again to the canvas's new size.
   */
  arrangement?: string;
  /** The drawn workload's findings, for presentation mode's walk through the pod. */
  findings?: readonly Finding[];
  /** Each container's state at the timeline's cursor, by name, while the timeline is shown. */
  states?: Readonly<Record<string, ContainerState>> | null;
  /** What the input's status (`kubectl get pod -o yaml`) says, explained. */
  status?: StatusExplanation | null;
}
