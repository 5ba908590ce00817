import { describe, expect, it } from 'vitest';
import {
  CARD_PADDING,
  containerInner,
  containerSize,
  DETAIL_LINE_HEIGHT,
  detailLineCount,
  LINE_HEIGHT,
  overviewLines,
  TITLE_HEIGHT,
  titleRoom,
  TYPE,
  volumeSize,
} from '../../src/graph/sizes';
import { wrappedLines } from '../../src/graph/text';
import type { VolumeNode } from '../../src/graph/types';
import { containerLines, volumeLines } from './cardLines';
import { graphOf, SHOP } from './testGraph';
import { toFlow } from './toFlow';

function cards(yaml: string) {
  const { graph, layout } = graphOf(yaml);
  const flow = toFlow(graph, layout);
  const containers = flow.nodes.flatMap((n) => (n.type === 'container' ? [n.data] : []));
  const volumes = graph.nodes.filter((n): n is VolumeNode => n.kind === 'volume');
  return { containers, volumes };
}

const height = (lines: number) => CARD_PADDING * 2 + TITLE_HEIGHT + lines * LINE_HEIGHT;

const BUSY = `apiVersion: v1
kind: Pod
metadata: { name: busy }
spec:
  initContainers:
    - name: setup
      image: busybox:1.36
      volumeMounts: [{ name: missing, mountPath: /x }]
  containers:
    - name: gateway
      image: envoyproxy/envoy:v1.31.0
      ports: [{containerPort: 1}, {containerPort: 2}, {containerPort: 3}, {containerPort: 4},
              {containerPort: 5}, {containerPort: 6}, {containerPort: 7}]
      readinessProbe: { tcpSocket: { port: 1 } }
      securityContext: { privileged: true, capabilities: { add: [NET_ADMIN] } }
      volumeMounts:
        - { name: a, mountPath: /a }
        - { name: a, mountPath: /b, subPath: b }
  ephemeralContainers:
    - name: debugger
      image: nicolaka/netshoot
      targetContainerName: gateway
  volumes:
    - name: a
      emptyDir: { medium: Memory, sizeLimit: 64Mi }
status:
  containerStatuses:
    - name: gateway
      restartCount: 4
      lastState: { terminated: { reason: OOMKilled, exitCode: 137 } }
`;

describe('containerLines', () => {
  it('sizes each card for the taller of its overview and its detail lines', () => {
    for (const yaml of [SHOP, BUSY]) {
      for (const { node, mounts } of cards(yaml).containers) {
        const lines = containerLines(node, mounts);
        expect(lines.length, node.name).toBe(detailLineCount(node));
        const { width, height: boxHeight } = containerSize(node);
        const titles = wrappedLines(
          node.name,
          TYPE.title * 1.08,
          titleRoom(containerInner(width), node),
        );
        const content = Math.max(
          lines.length * DETAIL_LINE_HEIGHT,
          overviewLines(node, containerInner(width)) * LINE_HEIGHT,
        );
        expect(boxHeight, node.name).toBe(CARD_PADDING * 2 + titles * TITLE_HEIGHT + content);
      }
    }
  });

  it('keeps the key facts on the overview: image, two bars, and a pill per risk', () => {
    const gateway = cards(BUSY).containers.find((c) => c.node.name === 'gateway');
    if (!gateway) throw new Error('no gateway card');
    const inner = containerInner(containerSize(gateway.node).width);
    // image, cpu, memory, then pills: privileged, +NET_ADMIN, restarts, last reason.
    expect(overviewLines(gateway.node, inner)).toBeGreaterThanOrEqual(4);
    const debuggerCard = cards(BUSY).containers.find((c) => c.node.name === 'debugger');
    if (!debuggerCard) throw new Error('no debugger card');
    // Ephemeral containers have no resources: the image and the target pill.
    expect(
      overviewLines(debuggerCard.node, containerInner(containerSize(debuggerCard.node).width)),
    ).toBe(2);
  });

  it('lists the app card top to bottom: image, cpu, memory, port, mount', () => {
    const app = cards(SHOP).containers.find((c) => c.node.name === 'app');
    expect(app && containerLines(app.node, app.mounts)).toEqual([
      { kind: 'image', image: 'eclipse-temurin:21-jre' },
      { kind: 'bar', resource: 'cpu' },
      { kind: 'bar', resource: 'memory' },
      { kind: 'port', port: { port: 8080, protocol: 'TCP', name: 'http' } },
      { kind: 'mount', mount: { mountPath: '/data', volume: 'shared-data', readOnly: false } },
    ]);
  });

  it('caps ports at five lines and counts the rest', () => {
    const gateway = cards(BUSY).containers.find((c) => c.node.name === 'gateway');
    if (!gateway) throw new Error('no gateway card');
    const lines = containerLines(gateway.node, gateway.mounts);
    expect(lines.filter((l) => l.kind === 'port')).toHaveLength(5);
    expect(lines).toContainEqual({ kind: 'more', count: 2 });
    expect(lines).toContainEqual({ kind: 'status', restartCount: 4, reason: 'OOMKilled' });
    expect(lines).toContainEqual({
      kind: 'security',
      flags: ['privileged', 'capabilities.add:NET_ADMIN'],
    });
  });

  it('keeps a line for a mount whose volume does not exist, and no bars on ephemeral cards', () => {
    const { containers } = cards(BUSY);
    const setup = containers.find((c) => c.node.name === 'setup');
    expect(setup && containerLines(setup.node, setup.mounts).at(-1)).toEqual({
      kind: 'missing-mount',
    });
    const debuggerCard = containers.find((c) => c.node.name === 'debugger');
    const lines = debuggerCard ? containerLines(debuggerCard.node, debuggerCard.mounts) : [];
    expect(lines.some((l) => l.kind === 'bar')).toBe(false);
    expect(lines).toContainEqual({ kind: 'identity', wellKnown: undefined, target: 'gateway' });
  });
});

describe('volumeLines', () => {
  it('gives each volume card the lines its box was sized for', () => {
    for (const yaml of [SHOP, BUSY])
      for (const v of cards(yaml).volumes)
        expect(height(volumeLines(v).length), v.name).toBe(volumeSize(v).height);
  });

  it('says what a volume is, what it refers to and who shares it', () => {
    const { volumes } = cards(SHOP);
    const byName = (name: string) => volumes.find((v) => v.name === name) as VolumeNode;
    expect(volumeLines(byName('shared-data'))).toEqual([
      { kind: 'type', text: 'emptyDir · 500Mi' },
      { kind: 'shared', by: ['app', 'log-shipper'] },
    ]);
    expect(volumeLines(byName('config'))).toEqual([
      { kind: 'type', text: 'configMap' },
      { kind: 'reference', text: 'prom-config' },
    ]);
    expect(volumeLines(cards(BUSY).volumes[0])[0]).toEqual({
      kind: 'type',
      text: 'emptyDir · Memory · 64Mi',
    });
  });
});
