import { describe, expect, it } from 'vitest';
import {
  arrangementName,
  canvasWidth,
  defaultPanes,
  RAIL_BELOW,
  resolvePanes,
  TABS_BELOW,
} from './paneLayout';

const widths = (from: number, to: number, step = 8): number[] =>
  Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, i) => from + i * step);

describe('defaultPanes', () => {
  it('gives the graph at least half of every window from 1150 px up', () => {
    for (const w of widths(RAIL_BELOW, 2560)) {
      const share = canvasWidth(w, resolvePanes(w, 800, {})) / w;
      expect(share, `${w} px`).toBeGreaterThanOrEqual(0.5);
    }
  });

  it('gives the graph at least 60 % below 1150 px, down to 1024', () => {
    for (const w of widths(1024, RAIL_BELOW - 1, 4)) {
      const share = canvasWidth(w, resolvePanes(w, 800, {})) / w;
      expect(share, `${w} px`).toBeGreaterThanOrEqual(0.6);
    }
  });

  it('sizes the editor about a quarter and the side panel about a fifth, within bounds', () => {
    expect(defaultPanes(1440)).toMatchObject({ editor: 346, sidebar: 288 });
    expect(defaultPanes(1280)).toMatchObject({ editor: 307, sidebar: 288 });
    // Very wide: the panes stop growing, the graph takes the rest.
    expect(defaultPanes(3840)).toMatchObject({ editor: 460, sidebar: 400 });
    // Narrow: the panes keep a readable width.
    expect(defaultPanes(900)).toMatchObject({ editor: 260, sidebar: 288 });
  });

  it('gives the inspector a little over half of the side panel’s height', () => {
    expect(defaultPanes(1280, 720).inspector).toBe(354);
    expect(defaultPanes(1920, 1080).inspector).toBe(563);
    expect(defaultPanes(1024, 400).inspector).toBe(200);
    expect(defaultPanes(2560, 1600).inspector).toBe(640);
  });

  it('collapses the side panel by default below 1150 px only', () => {
    expect(defaultPanes(1024).sideCollapsed).toBe(true);
    expect(defaultPanes(RAIL_BELOW - 1).sideCollapsed).toBe(true);
    expect(defaultPanes(RAIL_BELOW).sideCollapsed).toBe(false);
    expect(defaultPanes(1024).editorCollapsed).toBe(false);
  });
});

describe('resolvePanes', () => {
  it('puts inspector and findings in tabs below 1200 px and in one column above', () => {
    expect(resolvePanes(TABS_BELOW - 1, 800, {}).tabs).toBe(true);
    expect(resolvePanes(TABS_BELOW, 800, {}).tabs).toBe(false);
  });

  it('keeps the user’s choices over the defaults of any width', () => {
    const choices = { editor: 500, sideCollapsed: false, editorCollapsed: true };
    for (const w of [1024, 1280, 1920]) {
      expect(resolvePanes(w, 800, choices)).toMatchObject(choices);
      // What was not chosen follows the width.
      expect(resolvePanes(w, 800, choices).sidebar).toBe(defaultPanes(w).sidebar);
    }
  });

  it('keeps a chosen size inside what this window allows, without forgetting it', () => {
    const choices = { editor: 900 };
    expect(resolvePanes(1024, 768, choices).editor).toBe(512);
    expect(resolvePanes(1920, 1080, choices).editor).toBe(900);
    expect(resolvePanes(1280, 720, { sidebar: 10 }).sidebar).toBe(260);
    // The findings keep some rows under a tall inspector.
    expect(resolvePanes(1280, 720, { inspector: 900 }).inspector).toBe(460);
    expect(resolvePanes(1920, 1200, { inspector: 900 }).inspector).toBe(900);
  });
});

describe('arrangementName', () => {
  it('changes when a pane collapses, and names presentation mode alone', () => {
    const open = resolvePanes(1440, 900, {});
    expect(arrangementName(open, false)).toBe('normal');
    expect(arrangementName(resolvePanes(1440, 900, { editorCollapsed: true }), false)).toBe(
      'normal:editor-collapsed',
    );
    expect(arrangementName(resolvePanes(1024, 768, {}), false)).toBe('normal:side-collapsed');
    expect(arrangementName(open, true)).toBe('presenting');
  });
});
