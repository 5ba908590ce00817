import { useRef, type ReactNode, type RefObject } from 'react';
import { useTexts } from '../i18n/useTexts';
import { HideButton } from './HideButton';
import { RAIL } from './paneLayout';
import { PANE_HEADER, RAIL_FRAME } from './paneStyles';
import { PresentationExit } from '../present/presentationExit';
import { RailButton } from './RailButton';
import { SidePanel } from './SidePanel';
import { Splitter } from './Splitter';
import type { Panes } from './usePaneSizes';
import { usePaneFocus } from './usePaneFocus';
import { usePresentationFocus } from './usePresentationFocus';

interface Props {
  panes: Panes;
  presenting: boolean;
  onExitPresentation: () => void;
  findingsCount: number;
  graphRef: RefObject<HTMLElement | null>;
  findingsRef: RefObject<HTMLDivElement | null>;
  editor: ReactNode;
  canvas: ReactNode;
  inspector: ReactNode;
  findings: ReactNode;
}

/**
 * The page's panes: editor | graph | side panel, each side pane collapsible to a rail and
 * resizable with its splitter. In presentation mode only the graph shows; the panes are hidden,
 * not unmounted, so they come back exactly as they were.
 */
export function Workspace({
  panes,
  presenting,
  onExitPresentation,
  findingsCount,
  graphRef,
  findingsRef,
  editor,
  canvas,
  inspector,
  findings,
}: Props) {
  const { layout, choose, toggle } = panes;
  const T = useTexts('layout');
  const S = useTexts('shell');
  const editorPane = useRef<HTMLElement>(null);
  const editorRail = useRef<HTMLDivElement>(null);
  const editorShow = useRef<HTMLButtonElement>(null);
  const editorHide = useRef<HTMLButtonElement>(null);
  const sidePane = useRef<HTMLElement>(null);
  const sideRail = useRef<HTMLDivElement>(null);
  const sideShow = useRef<HTMLButtonElement>(null);
  const sideReturn = useRef<HTMLButtonElement>(null);
  usePaneFocus(layout.editorCollapsed, {
    pane: editorPane,
    rail: editorRail,
    show: editorShow,
    hide: editorHide,
  });
  usePaneFocus(layout.sideCollapsed, {
    pane: sidePane,
    rail: sideRail,
    show: sideShow,
    hide: sideReturn,
  });
  usePresentationFocus(presenting, graphRef);
  const { editorCollapsed, sideCollapsed, limits } = layout;

  return (
    <main className="flex min-h-0 flex-1">
      <div
        ref={editorRail}
        hidden={presenting || !editorCollapsed}
        className={`${RAIL_FRAME} border-r`}
        style={{ width: RAIL }}
      >
        <RailButton
          ref={editorShow}
          pane="editor"
          text={T.editor.title}
          label={T.editor.show}
          onClick={() => toggle('editor')}
        />
      </div>
      <section
        ref={editorPane}
        hidden={presenting || editorCollapsed}
        aria-label={S.manifestPane}
        className="flex min-w-0 shrink-0 flex-col"
        style={{ width: layout.editor }}
      >
        <div className={`${PANE_HEADER} justify-between`}>
          <span className="px-1">{T.editor.title}</span>
          <HideButton
            ref={editorHide}
            pane="editor"
            label={T.editor.hide}
            onClick={() => toggle('editor')}
          />
        </div>
        {editor}
      </section>
      {!presenting && !editorCollapsed && (
        <Splitter
          orientation="vertical"
          label={S.resizeEditor}
          value={layout.editor}
          min={limits.editor.min}
          max={limits.editor.max}
          onChange={(editor) => choose({ editor })}
        />
      )}
      <section
        ref={graphRef}
        tabIndex={-1}
        aria-label={S.graphPane}
        className="relative min-w-0 flex-1 outline-none"
      >
        <PresentationExit value={onExitPresentation}>{canvas}</PresentationExit>
      </section>
      {!presenting && !sideCollapsed && (
        <Splitter
          orientation="vertical"
          label={S.resizeSidebar}
          value={layout.sidebar}
          after
          min={limits.sidebar.min}
          max={limits.sidebar.max}
          onChange={(sidebar) => choose({ sidebar })}
        />
      )}
      <SidePanel
        ref={sidePane}
        layout={layout}
        hidden={presenting || sideCollapsed}
        findingsCount={findingsCount}
        inspector={inspector}
        findings={findings}
        findingsRef={findingsRef}
        returnRef={sideReturn}
        choose={choose}
        onHide={() => toggle('side')}
      />
      <div
        ref={sideRail}
        hidden={presenting || !sideCollapsed}
        className={`${RAIL_FRAME} border-l`}
        style={{ width: RAIL }}
      >
        <RailButton
          ref={sideShow}
          pane="side"
          text={T.side.inspector}
          label={T.side.showInspector}
          onClick={() => choose({ sideCollapsed: false, sideTab: 'inspector' })}
        />
        <RailButton
          pane="side"
          text={T.side.findings(findingsCount)}
          label={T.side.showFindings(findingsCount)}
          onClick={() => choose({ sideCollapsed: false, sideTab: 'findings' })}
        />
      </div>
    </main>
  );
}
