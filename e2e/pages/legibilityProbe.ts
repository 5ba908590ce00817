// How legible the graph is, measured inside the page: the e2e spec (e2e/legibility.spec.ts)
// asserts on these figures and `npm run bench` prints them, so both read the canvas the same way.
//
// The two exported functions run in the browser through `page.evaluate`, which sends their source
// text alone: they may use nothing from this module's scope, so their helpers live inside them.
// They read the DOM through the few members declared below rather than lib.dom, because the
// bench imports this module and is type-checked for Node, without DOM types.

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

interface Styles {
  fontSize: string;
  transform: string;
  scale: string;
  zoom: string;
  overflowX: string;
  overflowY: string;
  webkitLineClamp: string;
  visibility: string;
}

interface DomNode {
  textContent: string | null;
  parentElement: DomElement | null;
}

interface DomElement extends DomNode {
  style: { transform: string };
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
  getBoundingClientRect(): Box;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  closest(selector: string): DomElement | null;
  contains(other: DomNode): boolean;
  getAttribute(name: string): string | null;
  checkVisibility(options: { opacityProperty: boolean; visibilityProperty: boolean }): boolean;
}

interface ProbeWindow {
  innerWidth: number;
  document: {
    querySelector(selector: string): DomElement | null;
    querySelectorAll(selector: string): ArrayLike<DomElement>;
    createTreeWalker(root: DomElement, whatToShow: number): { nextNode(): DomNode | null };
    createRange(): { selectNodeContents(node: DomNode): void; getClientRects(): ArrayLike<Box> };
  };
  getComputedStyle(element: DomElement): Styles;
  requestAnimationFrame(callback: () => void): number;
}

/** A piece of text on the canvas and what it belongs to (`container app`, `mount label …`). */
export interface TextRun {
  text: string;
  owner: string;
  /** Its rendered size in screen pixels: CSS font size times every scale above it. */
  px: number;
}

/** What one state of the page measures; see docs/ARCHITECTURE.md, "Benchmark". */
export interface LegibilityFigures {
  /** React Flow's zoom: the scale of `.react-flow__viewport`. */
  zoom: number;
  /** The smallest and the median rendered text size over the visible text on the canvas. */
  minText: number;
  medianText: number;
  smallest: TextRun | null;
  textRuns: number;
  /** The pod frame on screen: the larger of its share of the canvas's width and height. */
  frameShare: number;
  /** The canvas's share of the window's width. */
  canvasShare: number;
  /** Text cut by CSS (overflow, ellipsis, line clamp), innermost element first. */
  truncated: string[];
  /** Text of different nodes or mount labels drawn over each other; mount labels over cards. */
  overlaps: string[];
  /** Nodes not wholly inside the canvas. */
  offscreen: string[];
}

/** Measures the graph as it is drawn now (run it in the page, after the viewport settled). */
export function measureLegibility(): LegibilityFigures {
  const w = globalThis as unknown as ProbeWindow;
  const doc = w.document;
  const canvasEl = doc.querySelector('.react-flow');
  const viewport = canvasEl?.querySelector('.react-flow__viewport');
  if (!canvasEl || !viewport) throw new Error('no React Flow canvas on the page');
  const canvas = canvasEl.getBoundingClientRect();
  const styles = new Map<DomElement, Styles>();
  const style = (el: DomElement): Styles => {
    let s = styles.get(el);
    if (!s) styles.set(el, (s = w.getComputedStyle(el)));
    return s;
  };
  const clean = (s: string | null): string => (s ?? '').replace(/\s+/g, ' ').trim();
  const short = (s: string): string => (s.length > 60 ? `${s.slice(0, 57)}…` : s);
  const round = (x: number): number => Math.round(x * 100) / 100;

  // The vertical scale one element adds: its transform, its `scale` property and CSS zoom.
  const ownScale = (el: DomElement): number => {
    const s = style(el);
    let k = Number(s.zoom) || 1;
    if (s.transform !== 'none') {
      const m = s.transform
        .slice(s.transform.indexOf('(') + 1, -1)
        .split(',')
        .map(Number);
      k *= m.length === 16 ? Math.hypot(m[4], m[5], m[6]) : Math.hypot(m[2], m[3]);
    }
    if (s.scale !== 'none') {
      const parts = s.scale.split(' ').map(Number);
      k *= parts.length > 1 ? parts[1] : parts[0];
    }
    return k;
  };
  const scales = new Map<DomElement, number>();
  const scaleOf = (el: DomElement | null): number => {
    if (!el) return 1;
    let k = scales.get(el);
    if (k === undefined) scales.set(el, (k = ownScale(el) * scaleOf(el.parentElement)));
    return k;
  };

  const intersect = (a: Box, b: Box): Box => {
    const left = Math.max(a.left, b.left);
    const top = Math.max(a.top, b.top);
    const right = Math.min(a.right, b.right);
    const bottom = Math.min(a.bottom, b.bottom);
    return {
      left,
      top,
      right,
      bottom,
      width: Math.max(0, right - left),
      height: Math.max(0, bottom - top),
    };
  };
  // More than a pixel both ways.
  const seen = (b: Box): boolean => b.width > 1 && b.height > 1;
  // What of a box is left after every clipping ancestor up to the canvas, and the canvas itself.
  const visiblePart = (from: DomElement, box: Box): Box => {
    let b = intersect(box, canvas);
    for (let e: DomElement | null = from; e && e !== canvasEl; e = e.parentElement) {
      const s = style(e);
      if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
      const r = e.getBoundingClientRect();
      b = intersect(b, {
        left: s.overflowX === 'visible' ? -Infinity : r.left,
        right: s.overflowX === 'visible' ? Infinity : r.right,
        top: s.overflowY === 'visible' ? -Infinity : r.top,
        bottom: s.overflowY === 'visible' ? Infinity : r.bottom,
        width: 0,
        height: 0,
      });
    }
    return b;
  };
  const visible = (el: DomElement): boolean =>
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
  const ownerOf = (el: DomElement): string => {
    const label = el.closest('[data-edge]');
    if (label) return `mount label ${label.getAttribute('data-edge')}`;
    const card = el.closest('[data-kind]');
    if (card) return `${card.getAttribute('data-kind')} ${card.getAttribute('data-name')}`;
    const node = el.closest('.react-flow__node');
    return node ? `node ${node.getAttribute('data-id')}` : 'canvas';
  };

  // Every visible run of text on the canvas: node content and mount labels.
  const runs: (TextRun & { boxes: Box[] })[] = [];
  const walker = doc.createTreeWalker(viewport, 4 /* NodeFilter.SHOW_TEXT */);
  const range = doc.createRange();
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = clean(n.textContent);
    const parent = n.parentElement;
    if (!text || !parent || !visible(parent)) continue;
    range.selectNodeContents(n);
    // Seen in the element's own pixels: zoomed in, a one-pixel sr-only box grows on screen.
    const scale = scaleOf(parent);
    const boxes = Array.from(range.getClientRects())
      .map((r) => visiblePart(parent, r))
      .filter((b) => b.width / scale > 1 && b.height / scale > 1);
    if (boxes.length === 0) continue;
    const px = parseFloat(style(parent).fontSize) * scale;
    runs.push({ text, owner: ownerOf(parent), px, boxes });
  }
  const sizes = runs.map((r) => r.px).sort((a, b) => a - b);
  const smallest = runs.reduce<(typeof runs)[number] | null>(
    (min, r) => (min === null || r.px < min.px ? r : min),
    null,
  );

  // Text cut by CSS: overflow hidden or clip (with or without an ellipsis), or a line clamp.
  const cut: DomElement[] = [];
  for (const el of Array.from(viewport.querySelectorAll('*'))) {
    // Layout pixels (zoom aside): a visually hidden text's box is one pixel.
    if (el.clientWidth <= 1 || el.clientHeight <= 1) continue;
    if (
      !clean(el.textContent) ||
      !visible(el) ||
      !seen(visiblePart(el, el.getBoundingClientRect()))
    ) {
      continue;
    }
    const s = style(el);
    const clips = (overflow: string): boolean => overflow === 'hidden' || overflow === 'clip';
    const wide = clips(s.overflowX) && el.scrollWidth > el.clientWidth + 1;
    const tall =
      (clips(s.overflowY) || s.webkitLineClamp !== 'none') && el.scrollHeight > el.clientHeight + 1;
    if (wide || tall) cut.push(el);
  }
  const truncated = cut
    .filter((el) => !cut.some((other) => other !== el && el.contains(other)))
    .map((el) => `"${short(clean(el.textContent))}" in ${ownerOf(el)}`);

  // Text of different owners drawn over each other, by more than a pixel both ways.
  const overlaps = new Set<string>();
  for (let i = 0; i < runs.length; i++) {
    for (let j = i + 1; j < runs.length; j++) {
      const a = runs[i];
      const b = runs[j];
      if (a.owner === b.owner) continue;
      if (a.boxes.some((x) => b.boxes.some((y) => seen(intersect(x, y))))) {
        overlaps.add(`"${short(a.text)}" (${a.owner}) × "${short(b.text)}" (${b.owner})`);
      }
    }
  }
  // A mount label over a card other than its container's and its volume's (ids are
  // `mount:<container>:<volume>:<index>`; the pod frame holds them all, so it does not count).
  const cards = Array.from(viewport.querySelectorAll('[data-kind]')).filter(
    (c) => c.getAttribute('data-kind') !== 'pod' && visible(c),
  );
  for (const label of Array.from(viewport.querySelectorAll('[data-edge]'))) {
    const id = label.getAttribute('data-edge') ?? '';
    const [, container, volume] = id.split(':');
    const box = visiblePart(label, label.getBoundingClientRect());
    if (!visible(label) || !seen(box)) continue;
    // Its visible words (its accessible name adds a description for listeners).
    const owner = `mount label ${id}`;
    const shown = short(
      runs
        .filter((r) => r.owner === owner)
        .map((r) => r.text)
        .join(' '),
    );
    for (const card of cards) {
      const kind = card.getAttribute('data-kind');
      const name = card.getAttribute('data-name');
      if ((kind === 'container' && name === container) || (kind === 'volume' && name === volume)) {
        continue;
      }
      if (seen(intersect(box, card.getBoundingClientRect()))) {
        overlaps.add(`mount label ${id} "${shown}" over ${kind} ${name}`);
      }
    }
  }

  // Nodes not wholly inside the canvas (half a pixel of rounding allowed).
  const offscreen: string[] = [];
  for (const node of Array.from(viewport.querySelectorAll('.react-flow__node'))) {
    const r = node.getBoundingClientRect();
    const inside =
      r.left >= canvas.left - 0.5 &&
      r.top >= canvas.top - 0.5 &&
      r.right <= canvas.right + 0.5 &&
      r.bottom <= canvas.bottom + 0.5;
    if (!inside && r.width > 0) offscreen.push(ownerOf(node.querySelector('[data-kind]') ?? node));
  }

  const pod = viewport.querySelector('[data-kind="pod"]');
  const frame = pod ? visiblePart(pod, pod.getBoundingClientRect()) : null;
  return {
    zoom: round(ownScale(viewport)),
    minText: round(sizes[0] ?? 0),
    medianText: round(sizes[Math.floor(sizes.length / 2)] ?? 0),
    smallest: smallest && {
      text: short(smallest.text),
      owner: smallest.owner,
      px: round(smallest.px),
    },
    textRuns: runs.length,
    frameShare: frame
      ? round(Math.max(frame.width / canvas.width, frame.height / canvas.height))
      : 0,
    canvasShare: round(canvas.width / w.innerWidth),
    truncated,
    overlaps: [...overlaps],
    offscreen,
  };
}

/**
 * Resolves once the graph has been fitted: every node measured (React Flow hides a node until
 * it knows its size) and the viewport's transform and the canvas's size unchanged for `frames`
 * animation frames in a row. Rejects after about 20 seconds of frames without settling.
 */
export function waitForSteadyViewport(frames: number): Promise<void> {
  const w = globalThis as unknown as ProbeWindow;
  const doc = w.document;
  return new Promise((resolve, reject) => {
    let last = '';
    let steady = 0;
    let left = 1200;
    const tick = (): void => {
      const viewport = doc.querySelector('.react-flow__viewport');
      const canvas = doc.querySelector('.react-flow')?.getBoundingClientRect();
      const nodes = Array.from(doc.querySelectorAll('.react-flow__node'));
      const measured =
        nodes.length > 0 && nodes.every((n) => w.getComputedStyle(n).visibility !== 'hidden');
      const now = `${viewport?.style.transform} ${canvas?.width}×${canvas?.height} ${nodes.length}`;
      steady = measured && now === last ? steady + 1 : 0;
      last = now;
      if (steady >= frames) resolve();
      else if (--left === 0) reject(new Error(`the graph's viewport did not settle (${now})`));
      else w.requestAnimationFrame(tick);
    };
    w.requestAnimationFrame(tick);
  });
}
