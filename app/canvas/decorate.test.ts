import { describe, expect, it } from 'vitest';
import type { StatusExplanation } from '../../src/lifecycle/types';
import {
  decorateEdges,
  decorateLifecycle,
  decorateNodes,
  DIMMED_CLASS,
  type CanvasState,
} from './decorate';
import type { FlowNode } from './flowTypes';
import { sharedWith } from './dimming';
import { graphOf, SHOP } from './testGraph';
import { toFlow } from './toFlow';

const { graph, layout } = graphOf(SHOP);
const flow = toFlow(graph, layout);
const idle: CanvasState = {
  positions: {},
  selection: null,
  touched: new Set(),
  bright: null,
  hovered: null,
};

describe('decorateNodes', () => {
  it('returns the very same node objects when nothing applies to them', () => {
    const out = decorateNodes(flow.nodes, idle);
    out.forEach((n, i) => expect(n).toBe(flow.nodes[i]));
  });

  it('puts dragged nodes where the user left them and leaves the rest alone', () => {
    const out = decorateNodes(flow.nodes, {
      ...idle,
      positions: { 'container:app': { x: 7, y: 9 } },
    });
    expect(out.find((n) => n.id === 'container:app')?.position).toEqual({ x: 7, y: 9 });
    const other = flow.nodes.findIndex((n) => n.id === 'volume:config');
    expect(out[other]).toBe(flow.nodes[other]);
  });

  it('selects a node, emphasises a finding’s nodes, and tells the network hub its selected chip', () => {
    const out = decorateNodes(flow.nodes, {
      ...idle,
      selection: { kind: 'node', id: 'volume:shared-data' },
      touched: new Set(['container:app']),
    });
    const by = (id: string) => out.find((n) => n.id === id);
    expect(by('volume:shared-data')?.selected).toBe(true);
    expect(by('container:app')?.selected).toBeUndefined();
    expect(by('container:app')?.data.touched).toBe(true);

    const chip = decorateNodes(flow.nodes, {
      ...idle,
      selection: { kind: 'port', key: 'port:app:8080/TCP' },
    }).find((n) => n.id === 'namespace:network');
    expect(chip?.type === 'network' && chip.data.selectedChip).toBe('port:app:8080/TCP');
  });

  it('dims what a hovered container does not share', () => {
    const out = decorateNodes(flow.nodes, {
      ...idle,
      hovered: 'container:app',
      bright: sharedWith(graph, 'container:app'),
    });
    const dimmed = out.filter((n) => n.className?.includes(DIMMED_CLASS)).map((n) => n.id);
    expect(dimmed.sort()).toEqual([
      'container:prom-agent',
      'object:ConfigMap/prom-config',
      'volume:config',
    ]);
  });
});

describe('decorateEdges', () => {
  it('reveals the hovered container’s membership lines, dims the unrelated edges', () => {
    const out = decorateEdges(flow.edges, {
      ...idle,
      hovered: 'container:app',
      bright: sharedWith(graph, 'container:app'),
    });
    const shown = out.filter((e) => e.data?.edge.kind === 'member' && !e.hidden).map((e) => e.id);
    expect(shown.sort()).toEqual(['member:app:ipc', 'member:app:network', 'member:app:uts']);
    const config = out.find((e) => e.id === 'mount:prom-agent:config:0');
    expect(config?.className).toBe(DIMMED_CLASS);
    expect(config?.data?.dimmed).toBe(true);
    expect(out.find((e) => e.id === 'mount:log-shipper:shared-data:0')?.className).toBeUndefined();
  });

  it('selects a mount edge, and a selected hub shows every member line', () => {
    const out = decorateEdges(flow.edges, {
      ...idle,
      selection: { kind: 'edge', id: 'mount:app:shared-data:0' },
    });
    expect(out.find((e) => e.id === 'mount:app:shared-data:0')?.selected).toBe(true);
    const hub = decorateEdges(flow.edges, {
      ...idle,
      selection: { kind: 'node', id: 'namespace:ipc' },
    });
    const shown = hub
      .filter((e) => e.data?.edge.kind === 'member' && !e.hidden)
      .map((e) => e.source);
    expect(shown).toEqual(['container:app', 'container:log-shipper', 'container:prom-agent']);
  });
});

describe('decorateLifecycle', () => {
  const base = decorateNodes(flow.nodes, idle);
  const status: StatusExplanation = {
    phase: 'Running',
    ready: false,
    readyContainers: 1,
    totalContainers: 3,
    blockers: [],
    containers: [
      {
        name: 'app',
        state: 'waiting',
        reason: 'CrashLoopBackOff',
        lastReason: 'OOMKilled',
        lastExitCode: 137,
        restartCount: 5,
        ready: false,
        advice: [],
        commands: [],
      },
      {
        name: 'log-shipper',
        state: 'running',
        restartCount: 0,
        ready: true,
        advice: [],
        commands: [],
      },
    ],
  };
  const container = (nodes: FlowNode[], name: string) =>
    nodes.find((n) => n.type === 'container' && n.data.node.name === name);

  it('leaves the nodes alone without a timeline or a status', () => {
    expect(decorateLifecycle(base, { states: null, status: null })).toBe(base);
  });

  it('puts each container’s state at the cursor on its card', () => {
    const out = decorateLifecycle(base, {
      states: { app: 'ready', 'log-shipper': 'starting' },
      status: null,
    });
    const app = container(out, 'app');
    expect(app?.type === 'container' && app.data.state).toBe('ready');
    const shipper = container(out, 'log-shipper');
    expect(shipper?.type === 'container' && shipper.data.state).toBe('starting');
    // Nodes that are not containers keep their identity.
    const volume = out.findIndex((n) => n.id === 'volume:config');
    expect(out[volume]).toBe(base[volume]);
  });

  it('gives cards their status and the frame kubectl’s READY count and STATUS', () => {
    const out = decorateLifecycle(base, { states: null, status });
    const app = container(out, 'app');
    expect(app?.type === 'container' && app.data.status?.reason).toBe('CrashLoopBackOff');
    const pod = out.find((n) => n.type === 'pod');
    expect(pod?.type === 'pod' && pod.data.ready).toEqual({
      ready: 1,
      total: 3,
      trouble: true,
      reason: 'CrashLoopBackOff',
    });
  });

  it('counts a pod whose containers are all running as no trouble', () => {
    const fine: StatusExplanation = {
      ...status,
      ready: true,
      readyContainers: 1,
      totalContainers: 1,
      containers: [status.containers[1]],
    };
    const pod = decorateLifecycle(base, { states: null, status: fine }).find(
      (n) => n.type === 'pod',
    );
    expect(pod?.type === 'pod' && pod.data.ready).toEqual({
      ready: 1,
      total: 1,
      trouble: false,
      reason: undefined,
    });
  });
});
