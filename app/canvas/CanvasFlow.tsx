import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  Background,
  BackgroundVariant,
  Panel,
  ReactFlow,
  useReactFlow,
  useStore,
  type NodeChange,
  type NodeMouseHandler,
  type ReactFlowState,
} from '@xyflow/react';
import { layoutCandidates, MAX_FIT_ZOOM, pickLayout } from '../../src/graph/layout';
import { CanvasActionsContext } from './canvasActions';
import { useTexts } from '../i18n/useTexts';
import { decorateEdges, decorateLifecycle, decorateNodes, type CanvasState } from './decorate';
import { sharedWith } from './dimming';
import type { FlowEdge, FlowNode } from './flowTypes';
import { Legend } from './Legend';
import { Overview } from './Overview';
import { useResolvedTheme } from '../present/useTheme';
import { edgeTypes, nodeTypes } from './nodeTypes';
import type { PodCanvasProps } from './canvasProps';
import { StaleBanner } from './StaleBanner';
import { toFlow } from './toFlow';
import { Toolbar } from './Toolbar';
import { useActions } from './useActions';
import { usePositions } from './usePositions';
import { useRevealSelection } from './useRevealSelection';
import { PresentWalk } from '../present/walk/PresentWalk';
import { presentingRoom } from '../present/walk/room';

// Room for the controls along the top, so fitting never hides a node under them.
const PAD = { top: 56, bottom: 16, left: 16, right: 16 };
const FIT = {
  padding: {
    top: `${PAD.top}px`,
    bottom: `${PAD.bottom}px`,
    left: `${PAD.left}px`,
    right: `${PAD.right}px`,
  },
  maxZoom: MAX_FIT_ZOOM,
} as const;

const paneWidth = (s: ReactFlowState): number => s.width;
const paneHeight = (s: ReactFlowState): number => s.height;

export function CanvasFlow(props: PodCanvasProps) {
  const { graph, workloadKey, selection, touched, stale, onSelect, arrangement } = props;
  const T = useTexts('canvas');
  // Presentation mode draws compact cards (name and key badges) into the room the walk's
  // caption leaves, so the whole pod reads from the back of a room.
  const presenting = arrangement === 'presenting';
  // The arrangement that Fit shows biggest in this pane; the same object while the choice holds,
  // so resizing the window redraws nothing until a different arrangement wins.
  const candidates = useMemo(
    () => layoutCandidates(graph, presenting ? 'compact' : 'full'),
    [graph, presenting],
  );
  const width = useStore(paneWidth);
  const height = useStore(paneHeight);
  const layout = useMemo(
    () =>
      width > 0 && height > 0
        ? pickLayout(
            candidates,
            presenting
              ? presentingRoom(width, height)
              : { width: width - PAD.left - PAD.right, height: height - PAD.top - PAD.bottom },
          )
        : candidates[0],
    [candidates, width, height, presenting],
  );
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
  const { states = null, status = null } = props;
  const nodes = useMemo(
    () => decorateLifecycle(decorateNodes(base.nodes, state), { states, status }),
    [base.nodes, state, states, status],
  );
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
  // A new pane size or arrangement fits again too, unless the user has panned or zoomed since
  // the last fit: then the view is theirs.
  const { fitView } = useReactFlow();
  const moved = useRef(false);
  const [fitRequest, setFitRequest] = useState({ seq: 0, animate: false });
  useEffect(() => {
    moved.current = false;
    void fitView({ ...FIT, duration: fitRequest.animate ? 200 : 0 });
  }, [fitView, workloadKey, fitRequest]);
  useEffect(() => {
    if (!moved.current && width > 0 && height > 0) void fitView({ ...FIT, duration: 0 });
  }, [fitView, layout, width, height]);
  const fit = useCallback(() => setFitRequest((r) => ({ seq: r.seq + 1, animate: true })), []);
  const userMoved = useCallback(() => {
    moved.current = true;
  }, []);
  // Programmatic moves (fitting, the walk through the pod) come without an event.
  const onMoveStart = useCallback((event: MouseEvent | TouchEvent | null) => {
    if (event) moved.current = true;
  }, []);
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
          onMoveStart={onMoveStart}
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
          attributionPosition={presenting ? 'top-right' : 'bottom-right'}
        >
          <Background variant={BackgroundVariant.Dots} gap={16} size={1} />
          {/* One strip of controls along the top, so Fit keeps the rest of the pane for the
              graph; the legend opens downwards over the graph, above the minimap. Presenting,
              the walk moves the view and its caption holds the controls. */}
          {!presenting && (
            <Panel position="top-right" style={{ zIndex: 6 }}>
              <div className="flex items-start gap-2">
                <Legend />
                <Toolbar onFit={fit} onRelayout={relayout} onZoom={userMoved} />
              </div>
            </Panel>
          )}
          <Overview />
          {presenting && <PresentWalk graph={graph} findings={props.findings} />}
        </ReactFlow>
        {stale && <StaleBanner />}
      </div>
    </CanvasActionsContext>
  );
}
