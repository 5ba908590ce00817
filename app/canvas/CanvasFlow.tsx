import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  BackgroundVariant,
  Panel,
  ReactFlow,
  useReactFlow,
  type NodeChange,
  type NodeMouseHandler,
} from '@xyflow/react';
import { CanvasActionsContext } from './canvasActions';
import { useTexts } from '../i18n/useTexts';
import { canvasTexts } from './canvasText';
import { decorateEdges, decorateNodes, type CanvasState } from './decorate';
import { sharedWith } from './dimming';
import type { FlowEdge, FlowNode } from './flowTypes';
import { Legend } from './Legend';
import { Overview } from './Overview';
import { useResolvedTheme } from '../present/useTheme';
import { edgeTypes, nodeTypes } from './nodeTypes';
import type { PodCanvasProps } from './PodCanvas';
import { StaleBanner } from './StaleBanner';
import { toFlow } from './toFlow';
import { Toolbar } from './Toolbar';
import { useActions } from './useActions';
import { usePositions } from './usePositions';
import { useRevealSelection } from './useRevealSelection';

// Room for the toolbar above and the legend button below, so fitting never hides a node.
const FIT = {
  padding: { top: '56px', bottom: '52px', left: '24px', right: '24px' },
  maxZoom: 1,
} as const;

export function CanvasFlow(props: PodCanvasProps) {
  const { graph, layout, workloadKey, selection, touched, stale, onSelect, arrangement } = props;
  const T = useTexts(canvasTexts);
  const base = useMemo(() => toFlow(graph, layout, T), [graph, layout, T]);
  const { positions, move, reset } = usePositions(workloadKey);
  const [hovered, setHovered] = useState<string | null>(null);
  const actions = useActions(onSelect, setHovered, move);
  const theme = useResolvedTheme();

  const touchedSet = useMemo(() => new Set(touched), [touched]);
  const bright = useMemo(
    () =>
      hovered !== null && graph.nodes.some((n) => n.id === hovered)
        ? sharedWith(graph, hovered)
        : null,
    [graph, hovered],
  );
  const state: CanvasState = useMemo(
    () => ({ positions, selection, touched: touchedSet, bright, hovered }),
    [positions, selection, touchedSet, bright, hovered],
  );
  const nodes = useMemo(() => decorateNodes(base.nodes, state), [base.nodes, state]);
  const edges = useMemo(() => decorateEdges(base.edges, state), [base.edges, state]);
  useRevealSelection(selection, touched, base.edges);

  // Only moves are taken from React Flow: sizes come from the layout and selection from the
  // shell, so the canvas never disagrees with the editor about what is selected.
  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      for (const c of changes) if (c.type === 'position' && c.position) move(c.id, c.position);
    },
    [move],
  );

  // Fit on the first draw, on a new workload, and on request; live edits keep the viewport.
  const { fitView } = useReactFlow();
  const [fitRequest, setFitRequest] = useState({ seq: 0, animate: false });
  useEffect(() => {
    void fitView({ ...FIT, duration: fitRequest.animate ? 200 : 0 });
  }, [fitView, workloadKey, fitRequest]);
  const fit = useCallback(() => setFitRequest((r) => ({ seq: r.seq + 1, animate: true })), []);
  // A new arrangement of the page (presentation mode) gives the canvas a new size, which React
  // Flow measures in the frame after; fitting waits for that frame.
  const drawn = useRef(false);
  useEffect(() => {
    // The first draw is fitted above.
    if (!drawn.current) {
      drawn.current = true;
      return;
    }
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(fit);
    });
    return () => cancelAnimationFrame(frame);
  }, [arrangement, fit]);
  const relayout = useCallback(() => {
    reset();
    fit();
  }, [reset, fit]);

  const onNodeMouseEnter: NodeMouseHandler<FlowNode> = useCallback((_, node) => {
    if (node.type === 'container') setHovered(node.id);
  }, []);
  const onNodeMouseLeave: NodeMouseHandler<FlowNode> = useCallback((_, node) => {
    if (node.type === 'container') setHovered((h) => (h === node.id ? null : h));
  }, []);
  // A click anywhere on a node, or Enter on its title button (which clicks it), selects it.
  // Chips and mount labels stop their clicks: they select themselves.
  const onNodeClick: NodeMouseHandler<FlowNode> = useCallback(
    (_, node) => onSelect({ kind: 'node', id: node.id }),
    [onSelect],
  );
  const onEdgeClick = useCallback(
    (_: unknown, edge: FlowEdge) => {
      if (edge.data?.edge.kind === 'mount') onSelect({ kind: 'edge', id: edge.id });
    },
    [onSelect],
  );
  const onPaneClick = useCallback(() => onSelect(null), [onSelect]);

  return (
    <CanvasActionsContext value={actions}>
      <div className="relative h-full min-h-[320px] w-full" data-stale={stale ? 'true' : undefined}>
        <ReactFlow<FlowNode, FlowEdge>
          aria-label={T.ui.region}
          ariaLabelConfig={T.flow}
          className={stale ? 'podscope-stale' : undefined}
          nodes={nodes}
          edges={edges}
          nodeTypes={nodeTypes}
          edgeTypes={edgeTypes}
          onNodesChange={onNodesChange}
          onNodeMouseEnter={onNodeMouseEnter}
          onNodeMouseLeave={onNodeMouseLeave}
          onNodeClick={onNodeClick}
          onEdgeClick={onEdgeClick}
          onPaneClick={onPaneClick}
          nodesConnectable={false}
          // Each node's title is a real button in the Tab order (NodeTitle): Enter and Space
          // click it like a mouse, and it carries the node's name and React Flow's keyboard
          // help. Focusable wrappers would add a second Tab stop per node, and their Enter only
          // selects inside React Flow, which leaves the selection to the page here. Mounts are
          // reached through their label buttons, so edges need no focus of their own either.
          nodesFocusable={false}
          edgesFocusable={false}
          elementsSelectable={false}
          elevateNodesOnSelect={false}
          deleteKeyCode={null}
          minZoom={0.1}
          maxZoom={2}
          colorMode={theme}
        >
          <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
          <Panel position="top-right">
            <Toolbar onFit={fit} onRelayout={relayout} />
          </Panel>
          {/* Above the minimap: opened, the legend may reach under it in a narrow pane. */}
          <Panel position="bottom-left" style={{ zIndex: 6 }}>
            <Legend />
          </Panel>
          <Overview />
        </ReactFlow>
        {stale && <StaleBanner />}
      </div>
    </CanvasActionsContext>
  );
}
