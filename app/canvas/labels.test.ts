import { describe, expect, it } from 'vitest';
import type { GraphNode } from '../../src/graph/types';
import { canvas as EN } from '../i18n/en/canvas';
import { canvas as ZH } from '../i18n/zh-CN/canvas';
import { edgeAriaLabel, nodeAriaLabel } from './labels';
import { graphOf, SHOP } from './testGraph';
import { toFlow } from './toFlow';

const { graph, layout } = graphOf(SHOP);
const node = (id: string): GraphNode => {
  const n = graph.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id}`);
  return n;
};

describe('canvas labels in both languages', () => {
  it('names a container by its visible title first, then its role and image', () => {
    expect(nodeAriaLabel(node('container:app'), EN)).toMatch(
      /^app, app container, image eclipse-temurin:21-jre/,
    );
    expect(nodeAriaLabel(node('container:app'), ZH)).toMatch(
      /^app，应用容器，镜像 eclipse-temurin:21-jre/,
    );
  });

  it('counts a container’s ports and its findings after its image', () => {
    // prom-agent declares one port (9090). No requests, no memory limit, no limits at all on a
    // helper container, and privilege escalation left allowed: four findings, two warnings worst.
    expect(nodeAriaLabel(node('container:prom-agent'), EN)).toBe(
      'prom-agent, app container, image prom/prometheus:v3.5.0, 1 port; 4 findings, worst: warning',
    );
    expect(nodeAriaLabel(node('container:prom-agent'), ZH)).toBe(
      'prom-agent，应用容器，镜像 prom/prometheus:v3.5.0，1 个端口；4 个问题，最严重：警告',
    );
    // log-shipper declares no port: nothing is said about ports. Its one finding is the
    // privilege escalation it does not turn off.
    expect(nodeAriaLabel(node('container:log-shipper'), EN)).toBe(
      'log-shipper, app container, image busybox:1.36; 1 finding, worst: info',
    );
  });

  it('says how many containers share a volume', () => {
    // shared-data is mounted by app and log-shipper.
    expect(nodeAriaLabel(node('volume:shared-data'), EN)).toBe(
      'shared-data, emptyDir volume, shared by 2 containers',
    );
    expect(nodeAriaLabel(node('volume:shared-data'), ZH)).toBe(
      'shared-data，emptyDir 卷，由 2 个容器共享',
    );
  });

  it('names namespace hubs by their title, spaced only where Latin letters meet Chinese', () => {
    const member = (ns: string) => graph.edges.find((e) => e.kind === 'member' && e.target === ns);
    const network = member('namespace:network');
    const ipc = member('namespace:ipc');
    if (!network || !ipc) throw new Error('the pod shares network and IPC');
    expect(edgeAriaLabel(network, 'app', 'network', EN)).toBe('app is in the Network namespace');
    expect(edgeAriaLabel(network, 'app', 'network', ZH)).toBe('app 属于网络命名空间');
    expect(edgeAriaLabel(ipc, 'app', 'ipc', ZH)).toBe('app 属于 IPC 命名空间');
    expect(nodeAriaLabel(node('namespace:ipc'), ZH)).toBe('IPC 命名空间，共享内存、信号量');
  });

  it('describes mount edges and what React Flow calls nodes and edges in the page language', () => {
    const zh = toFlow(graph, layout, ZH);
    const mount = zh.edges.find(
      (e) => e.id.startsWith('mount:') && e.source === 'container:log-shipper',
    );
    expect(mount?.ariaLabel).toBe('log-shipper 将 shared-data 挂载到 /logs，只读');
    expect(mount?.domAttributes).toEqual({ 'aria-roledescription': '连线' });
    expect(zh.nodes[0].domAttributes).toEqual({ 'aria-roledescription': '图元素' });
    // English keeps React Flow's own words.
    expect(toFlow(graph, layout).nodes[0].domAttributes).toEqual({
      'aria-roledescription': 'node',
    });
  });
});
