// Where the page's panes sit: a pure function of the window's size and of what the user chose.
// Defaults give the graph most of the screen at every width; a choice the user made (a size, a
// collapsed pane, a tab) wins over the default and stays when the window is resized.

export type SideTab = 'inspector' | 'findings';

/** What the user chose; a missing field follows the default for the window's width. */
export interface PaneChoices {
  editor?: number;
  sidebar?: number;
  inspector?: number;
  editorCollapsed?: boolean;
  sideCollapsed?: boolean;
  sideTab?: SideTab;
}

export interface PaneLayout {
  editor: number;
  sidebar: number;
  inspector: number;
  editorCollapsed: boolean;
  sideCollapsed: boolean;
  /** The inspector and the findings share one tabbed panel instead of sitting one above the other. */
  tabs: boolean;
  sideTab: SideTab;
  /** What the splitters may reach at this width. */
  limits: { editor: Range; sidebar: Range; inspector: Range };
}

export interface Range {
  min: number;
  max: number;
}

/** Below this width the inspector and the findings share one tabbed panel. */
export const TABS_BELOW = 1200;
/** Below this width the side panel starts collapsed to a rail. */
export const RAIL_BELOW = 1150;
/** Width of a collapsed pane's rail, and of a splitter, in pixels. */
export const RAIL = 36;
export const SPLITTER = 4;

const clamp = (n: number, { min, max }: Range): number =>
  Math.min(max, Math.max(min, Math.round(n)));

// A pane may take up to about half the width; the findings keep a few rows under the inspector.
function limitsFor(width: number, height: number): PaneLayout['limits'] {
  return {
    editor: { min: 240, max: Math.max(240, Math.round(width * 0.5)) },
    sidebar: { min: 260, max: Math.max(260, Math.round(width * 0.45)) },
    inspector: { min: 120, max: Math.max(120, height - 260) },
  };
}

/**
 * The layout of a user who chose nothing: the editor about a quarter of the width, the side panel
 * about a fifth, and the inspector a little over half the side panel's height.
 */
export function defaultPanes(width: number, height = 720): Required<PaneChoices> {
  return {
    editor: clamp(width * 0.24, { min: 260, max: 460 }),
    sidebar: clamp(width * 0.2, { min: 288, max: 400 }),
    inspector: clamp((height - 110) * 0.58, { min: 200, max: 640 }),
    editorCollapsed: false,
    sideCollapsed: width < RAIL_BELOW,
    sideTab: 'inspector',
  };
}

/** The layout to draw: the user's choices over the defaults, sizes kept within this window's limits. */
export function resolvePanes(width: number, height: number, choices: PaneChoices): PaneLayout {
  const d = { ...defaultPanes(width, height), ...choices };
  const limits = limitsFor(width, height);
  return {
    editor: clamp(d.editor, limits.editor),
    sidebar: clamp(d.sidebar, limits.sidebar),
    inspector: clamp(d.inspector, limits.inspector),
    editorCollapsed: d.editorCollapsed,
    sideCollapsed: d.sideCollapsed,
    tabs: width < TABS_BELOW,
    sideTab: d.sideTab,
    limits,
  };
}

/** How wide the graph is in this layout: the window less the panes, rails and splitters. */
export function canvasWidth(width: number, layout: PaneLayout): number {
  const editor = layout.editorCollapsed ? RAIL : layout.editor + SPLITTER;
  const side = layout.sideCollapsed ? RAIL : layout.sidebar + SPLITTER;
  return width - editor - side;
}

/** Names the arrangement of the panes, so the canvas can refit when it changes. */
export function arrangementName(layout: PaneLayout, presenting: boolean): string {
  if (presenting) return 'presenting';
  const parts = ['normal'];
  if (layout.editorCollapsed) parts.push('editor-collapsed');
  if (layout.sideCollapsed) parts.push('side-collapsed');
  return parts.join(':');
}
