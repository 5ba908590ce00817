import { expect, type Locator, type Page } from '@playwright/test';

export type NodeKind = 'pod' | 'container' | 'volume' | 'namespace' | 'host' | 'object';

/** A point in flow coordinates (zoom-independent), read from a node's transform. */
export interface FlowPoint {
  x: number;
  y: number;
}

function nodeSelector(kind: NodeKind, name: string): string {
  return `[data-kind="${kind}"][data-name="${name}"]`;
}

/**
 * The pod graph as a person uses it: click, drag and hover nodes, press the view buttons.
 * It reads back what is on screen: the stable `data-*` hooks, positions, opacity.
 */
export class CanvasPage {
  readonly root: Locator;

  constructor(readonly page: Page) {
    this.root = page.locator('.react-flow');
  }

  /** A node's outermost element (the one with `data-kind` and `data-name`). */
  node(kind: NodeKind, name: string): Locator {
    return this.root.locator(nodeSelector(kind, name));
  }

  nodes(kind?: NodeKind): Locator {
    return this.root.locator(kind ? `[data-kind="${kind}"]` : '[data-kind]');
  }

  /** Port chips on the network hub, e.g. `8080/TCP`; optionally only one container's. */
  portChip(port: string, container?: string): Locator {
    const who = container ? `[data-container="${container}"]` : '';
    return this.root.locator(`[data-port="${port}"]${who}`);
  }

  /** Rendered edges, optionally of one kind (`mount`, `member`, `order`, …). */
  edges(kind?: string): Locator {
    return this.root.locator(kind ? `.react-flow__edge[data-id^="${kind}:"]` : '.react-flow__edge');
  }

  /** The label pill of a mount edge, by its edge id. */
  mountLabel(edgeId: string): Locator {
    return this.root.locator(`button[data-edge="${edgeId}"]`);
  }

  button(name: string): Locator {
    return this.root.getByRole('button', { name, exact: true });
  }

  /** Waits until the pod frame is drawn: the named one, or any. */
  async waitForGraph(podName?: string): Promise<void> {
    const pod = podName ? this.node('pod', podName) : this.nodes('pod').first();
    await expect(pod).toBeVisible();
  }

  /** Clicks a node near its top-left corner, on its title, clear of chips and child nodes. */
  async clickNode(kind: NodeKind, name: string): Promise<void> {
    await this.node(kind, name).click({ position: { x: 24, y: 14 } });
  }

  /** Moves keyboard focus to a node's title, the button that stands for the node. */
  async focusNode(kind: NodeKind, name: string): Promise<void> {
    await this.node(kind, name).locator('.node-title').focus();
  }

  async hoverNode(kind: NodeKind, name: string): Promise<void> {
    await this.node(kind, name).hover({ position: { x: 24, y: 14 } });
  }

  /** Drags a node by its title with the mouse, by (dx, dy) screen pixels, in small steps. */
  async dragNode(kind: NodeKind, name: string, dx: number, dy: number): Promise<void> {
    const box = await this.node(kind, name).boundingBox();
    if (!box) throw new Error(`${kind} ${name} is not on screen`);
    const x = box.x + 24;
    const y = box.y + 14;
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    // The drag starts once the pointer has moved a little; a nudge starts it near the node.
    await this.page.mouse.move(x + 2, y);
    await this.page.mouse.move(x + dx, y + dy, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Where React Flow draws the node, in flow coordinates (absolute, independent of zoom). */
  async position(kind: NodeKind, name: string): Promise<FlowPoint> {
    const transform = await this.wrapper(kind, name).evaluate(
      (el) => (el as HTMLElement).style.transform,
    );
    const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(transform);
    if (!m) throw new Error(`no translate in ${transform}`);
    return { x: Number(m[1]), y: Number(m[2]) };
  }

  /**
   * Whether the node is drawn faded (what a hovered container does not share): its card loses
   * its colour, while its text keeps a readable contrast (see app/canvas/canvas.css).
   */
  async dimmed(kind: NodeKind, name: string): Promise<boolean> {
    return this.node(kind, name).evaluate((el) =>
      getComputedStyle(el).filter.includes('grayscale'),
    );
  }

  /** The opacity the node's wrapper is drawn with. */
  async opacity(kind: NodeKind, name: string): Promise<number> {
    return this.wrapper(kind, name).evaluate((el) => Number(getComputedStyle(el).opacity));
  }

  /** The viewport's zoom, from React Flow's transform. */
  async zoom(): Promise<number> {
    const transform = await this.root
      .locator('.react-flow__viewport')
      .evaluate((el) => (el as HTMLElement).style.transform);
    return Number(/scale\(([-\d.]+)\)/.exec(transform)?.[1] ?? NaN);
  }

  /** True when the node's box lies entirely inside the canvas. */
  async inView(kind: NodeKind, name: string): Promise<boolean> {
    const [outer, box] = await Promise.all([
      this.root.boundingBox(),
      this.node(kind, name).boundingBox(),
    ]);
    if (!outer || !box) return false;
    return (
      box.x >= outer.x - 1 &&
      box.y >= outer.y - 1 &&
      box.x + box.width <= outer.x + outer.width + 1 &&
      box.y + box.height <= outer.y + outer.height + 1
    );
  }

  private wrapper(kind: NodeKind, name: string): Locator {
    // `has` looks inside each wrapper, so its locator must not start from the canvas root.
    return this.root
      .locator('.react-flow__node')
      .filter({ has: this.page.locator(nodeSelector(kind, name)) });
  }
}
