import { useEffect, useState } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import type { PodGraph } from '../../src/graph/types';
import type { ContainerState, Scenario } from '../../src/lifecycle/types';
import { useLifecycleTexts } from './lifecycleTexts';
import type { Selection } from '../state/types';
import { Controls } from './Controls';
import { TIMELINE_ID } from './ids';
import { LaneList } from './LaneList';
import { markTimelinePaintedAfterFrame } from './marks';
import { StepCaption } from './StepCaption';
import { usePlayer } from './usePlayer';
import { useScenario, useTimeline } from './useScenario';

export interface TimelinePanelProps {
  result: AnalysisResult;
  workload: number;
  graph: PodGraph;
  selection: Selection | null;
  onSelect: (selection: Selection) => void;
  /** Each container's state at the cursor, by name; null when the panel closes. */
  onStates: (states: Readonly<Record<string, ContainerState>> | null) => void;
  onClose: () => void;
}

/**
 * The pod over time beside the graph, under the editor: a lane per container in start order, the scenario's moments
 * on one axis, a cursor that plays, pauses and scrubs, and the "what if" switches. As the cursor
 * moves, the graph's cards show each container's state.
 */
export function TimelinePanel(props: TimelinePanelProps) {
  const { result, workload, graph, selection, onSelect, onStates, onClose } = props;
  const T = useLifecycleTexts();
  const [scenario, setScenario] = useState<Scenario>('start');
  const timeline = useTimeline(result, workload);
  const played = useScenario(timeline, scenario);
  const steps = played?.steps ?? [];
  const player = usePlayer(steps.length, `${workload}:${scenario}`);
  const step = steps[player.index];

  useEffect(() => onStates(step?.states ?? null), [step, onStates]);
  useEffect(() => () => onStates(null), [onStates]);
  useEffect(() => markTimelinePaintedAfterFrame(), []);

  const selectedId = selection?.kind === 'node' ? selection.id : null;
  const selectedName = graph.nodes.find((n) => n.id === selectedId && n.kind === 'container')?.name;
  const select = (name: string): void => {
    const id = graph.nodes.find((n) => n.kind === 'container' && n.name === name)?.id;
    if (id) onSelect({ kind: 'node', id });
  };
  const choose = (s: Scenario): void => {
    setScenario(s);
    player.restart();
  };

  return (
    <section
      id={TIMELINE_ID}
      aria-label={T.label}
      data-timeline=""
      className="flex max-h-[65%] min-h-[14rem] shrink-0 flex-col border-t-2 border-slate-300 bg-white text-slate-900 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100"
    >
      <Controls
        scenario={scenario}
        onScenario={choose}
        player={player}
        steps={steps}
        onClose={onClose}
      />
      {played ? (
        <div className="min-h-0 flex-1 overflow-y-auto">
          <StepCaption step={step} index={player.index} total={steps.length} />
          <LaneList
            played={played}
            scenario={scenario}
            index={player.index}
            selected={selectedName}
            onSelect={select}
          />
        </div>
      ) : (
        <p className="px-3 py-2 text-[15px] text-slate-600 dark:text-slate-300">{T.nothing}</p>
      )}
    </section>
  );
}
