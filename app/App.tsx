import { useCallback, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { nodesTouchedBy } from '../src/graph/touched';
import { localizeFindings } from './i18n/ruleTexts';
import type { TextChange } from '../src/analysis/textEdit';
import { PodCanvas } from './canvas/PodCanvas';
import { ChangedEdgesContext, ChangedPortsContext, ChangeMarksContext } from './canvas/changeMarks';
import { CompareButton } from './compare/CompareButton';
import { TextDiffSlot } from './compare/textDiff/TextDiffSlot';
import { useCompare } from './compare/useCompare';
import { usePortChanges } from './compare/usePortChanges';
import { ExportMenu } from './export/ExportMenu';
import { LanguageSwitch } from './i18n/LanguageSwitch';
import { panels } from './i18n/en/panels';
import { useI18n } from './i18n/useI18n';
import { useTexts } from './i18n/useTexts';
import { PresentButton } from './present/PresentButton';
import { ThemeSwitch } from './present/ThemeSwitch';
import { Tour } from './present/Tour';
import { usePresentation } from './present/usePresentation';
import { walkFindings } from './present/walk/walkFindings';
import { ShareButton } from './share/ShareButton';
import { useShareLink } from './share/useShareLink';
import { ManifestEditor } from './editor/ManifestEditor';
import { DropOverlay } from './input/DropOverlay';
import { Gallery } from './input/Gallery';
import { Notice } from './input/Notice';
import { UploadButton } from './input/UploadButton';
import { NewButton } from './input/NewButton';
import { useFileDrop } from './input/useFileDrop';
import { EmptyGraph } from './layout/EmptyGraph';
import { SkipLinks } from './layout/SkipLinks';
import { arrangementName } from './layout/paneLayout';
import { usePaneShortcuts } from './layout/usePaneShortcuts';
import { usePaneSizes } from './layout/usePaneSizes';
import { Workspace } from './layout/Workspace';
import { countFindings } from './panels/findingGroups';
import { FindingsPanel } from './panels/FindingsPanel';
import { Inspector } from './panels/Inspector';
import { StatusLine } from './panels/StatusLine';
import { WorkloadPicker } from './panels/WorkloadPicker';
import type { LoadedManifest } from './state/types';
import { useAnalysis } from './state/useAnalysis';
import { DEFAULT_EXAMPLE, defaultExampleText } from './examples/index';
import { VersionsButton } from './history/VersionsButton';
import { KeepNotices } from './storage/KeepNotices';
import type { Restored } from './storage/restore';
import { useKeeping } from './storage/useKeeping';
import { useManifest } from './state/useManifest';
import { usePaintMark } from './state/usePaintMark';
import { usePodView } from './state/usePodView';
import { useSelection } from './state/useSelection';
import { useDrawn } from './state/useDrawn';
import type { ContainerState } from '../src/lifecycle/types';
import { TimelineButton } from './timeline/TimelineButton';
import { TimelineSlot } from './timeline/TimelineSlot';
import { useStatusExplanation } from './timeline/useStatusExplanation';
import { workloadAtOffset, workloadKey } from './state/view';

interface Props {
  /** The text to open with (see restoreWork); the default example when undefined. */
  restored?: Restored;
  /** This tab's id, once claimed (see claimTab). */
  tab: Promise<string>;
}

/** The page: editor, graph, inspector and findings around one manifest. */
export function App({ restored, tab }: Props) {
  const { lang } = useI18n();
  // Read once: a later change of language leaves the editor's text as it is.
  const manifest = useManifest(
    restored ?? { text: defaultExampleText(lang), source: DEFAULT_EXAMPLE.title },
  );
  const analysis = useAnalysis(manifest.text, manifest.change);
  const { current, lastGood, ready, progress, error } = analysis;
  const keeping = useKeeping({
    text: manifest.text,
    source: manifest.source,
    loads: manifest.loads,
    loaded: manifest.loaded,
    keep: analysis.keep,
    onStored: analysis.onStored,
    tab,
    restored,
  });
  const { beforeReplace } = keeping;
  const [wantedKey, setWantedKey] = useState('');
  const [lastIndex, setLastIndex] = useState(0);
  const { result: shown, workload, stale } = useDrawn(current, lastGood, wantedKey, lastIndex);
  const view = usePodView(shown, workload);
  usePaintMark(view);
  // Compare mode: version A against the editor's text (B); see app/compare/.
  const compare = useCompare(analysis, workload, stale, view?.graph, lang);
  const cmp = compare.module;
  const ports = usePortChanges(cmp, compare.comparison, compare.graph, lang);
  const { selection, reveal, select, selectAtOffset, revealRange } = useSelection(
    current,
    view,
    stale,
  );
  const [notice, setNotice] = useState<string | null>(null);
  // The timeline beside the graph, and each container's state at its cursor for the cards.
  const [timelineOpen, setTimelineOpen] = useState(false);
  const [states, setStates] = useState<Readonly<Record<string, ContainerState>> | null>(null);
  const status = useStatusExplanation(shown.workloads[workload]?.model);
  const [dismissedError, setDismissedError] = useState<string | null>(null);
  const panes = usePaneSizes();
  // The timeline shows in the editor's pane: a collapsed pane comes back for it.
  const toggleTimeline = useCallback(
    (open: boolean) => {
      if (open && panes.layout.editorCollapsed) panes.choose({ editorCollapsed: false });
      setTimelineOpen(open);
    },
    [panes],
  );

  const chooseWorkload = useCallback(
    (index: number) => {
      setWantedKey(workloadKey(shown, index));
      setLastIndex(index);
      select(null);
    },
    [shown, select],
  );

  const load = useCallback(
    (m: LoadedManifest) => {
      setNotice(null);
      setWantedKey('');
      setLastIndex(0);
      select(null);
      beforeReplace();
      manifest.load(m);
    },
    [manifest, select, beforeReplace],
  );
  const restoreVersion = useCallback(
    (text: string, source: string) => load({ text, source }),
    [load],
  );
  const { takeOther } = keeping;
  const openOther = useCallback(() => {
    void takeOther().then((m) => m && load(m));
  }, [takeOther, load]);
  const loadUpload = useCallback((m: LoadedManifest) => load({ ...m, kind: 'upload' }), [load]);
  const loadDrop = useCallback((m: LoadedManifest) => load({ ...m, kind: 'drop' }), [load]);
  const drop = useFileDrop(loadDrop, setNotice);
  const { a: versionA, setA: setVersionA } = compare;
  // The text diff takes the editor's pane (a collapsed pane comes back for it), so the graph
  // keeps its size; kept across a swap, off again when compare mode ends.
  const [textDiff, setTextDiff] = useState(false);
  const diffed = textDiff && versionA ? compare.comparison : null;
  const toggleTextDiff = useCallback(
    (on: boolean) => {
      if (on && panes.layout.editorCollapsed) panes.choose({ editorCollapsed: false });
      setTextDiff(on);
    },
    [panes],
  );
  useShareLink(load, setNotice, setVersionA);
  const swapVersions = useCallback(() => {
    if (!versionA) return;
    setVersionA({ text: manifest.text, source: manifest.source });
    load({ text: versionA.text, source: versionA.source || panels.status.pasted });
  }, [versionA, setVersionA, manifest.text, manifest.source, load]);
  // What the export needs of compare mode (the review is written from both texts).
  const { comparison } = compare;
  const compareExport = useMemo(
    () =>
      comparison && versionA
        ? {
            a: versionA.text,
            aSource: versionA.source,
            b: manifest.text,
            bSource: manifest.source,
            workload: comparison.workload,
          }
        : null,
    [comparison, versionA, manifest.text, manifest.source],
  );
  // The engine failing in either worker (a bug): the page keeps what it showed and says so.
  const failure = error ?? compare.failed;
  const { presenting, setPresenting } = usePresentation();
  usePaneShortcuts(panes.toggle, !presenting);
  const T = useTexts('shell');
  // Messages in the chosen language; same order and positions as the engine's findings.
  const findings = useMemo(() => localizeFindings(current.findings, lang), [current, lang]);
  const findingsCount = useMemo(() => {
    const counts = countFindings(current.findings);
    return counts.error + counts.warning + counts.info;
  }, [current]);

  const graphPane = useRef<HTMLElement>(null);
  const findingsPane = useRef<HTMLDivElement>(null);
  // The findings may hide in a collapsed side panel or behind a tab: the skip link shows them.
  const { layout: paneLayout, choose: choosePanes, peek } = panes;
  const findingsHidden =
    paneLayout.sideCollapsed || (paneLayout.tabs && paneLayout.sideTab !== 'findings');
  const skipTargets = useMemo(
    () => [
      { label: T.skipToGraph, target: graphPane },
      {
        label: T.skipToFindings,
        target: findingsPane,
        reveal: findingsHidden
          ? () => choosePanes({ sideCollapsed: false, sideTab: 'findings' })
          : undefined,
      },
    ],
    [T, findingsHidden, choosePanes],
  );

  // A paste over the whole text is a new manifest: the status line stops naming the old source.
  const { setText } = manifest;
  const { analyzeNow } = analysis;
  const { pasted: keepPasted } = keeping;
  const onEdit = useCallback(
    (text: string, pasted: boolean, change: TextChange | null, source?: string) => {
      if (pasted) beforeReplace();
      analyzeNow(text, change);
      if (pasted) keepPasted(panels.status.pasted, text);
      setText(text, pasted ? panels.status.pasted : source, change);
    },
    [setText, analyzeNow, beforeReplace, keepPasted],
  );

  // The cursor in another workload's document switches the graph to that workload.
  const onCursor = useCallback(
    (offset: number) => {
      const there = stale ? -1 : workloadAtOffset(current, offset);
      if (there !== -1 && there !== workload) chooseWorkload(there);
      else selectAtOffset(offset);
    },
    [current, stale, workload, chooseWorkload, selectAtOffset],
  );

  // New puts the cursor in the editor: a collapsed editor comes back for it first.
  const loadNew = useCallback(
    (m: LoadedManifest) => {
      if (paneLayout.editorCollapsed) flushSync(() => choosePanes({ editorCollapsed: false }));
      load(m);
    },
    [paneLayout.editorCollapsed, choosePanes, load],
  );

  // What is picked on the graph is shown in the inspector, even on a narrow window.
  const selectOnGraph = useCallback(
    (s: Parameters<typeof select>[0]) => {
      select(s);
      if (s) peek('inspector');
    },
    [select, peek],
  );

  const selectFinding = useCallback(
    (index: number) => select({ kind: 'finding', index }),
    [select],
  );

  const touched = useMemo(() => {
    const finding = selection?.kind === 'finding' ? current.findings[selection.index] : undefined;
    return finding && view ? nodesTouchedBy(finding, view.graph) : [];
  }, [selection, view, current]);

  return (
    <div
      className={`flex h-full flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100 ${presenting ? 'presenting' : ''}`}
    >
      {!presenting && <SkipLinks label={T.skipLinks} targets={skipTargets} />}
      {/* One row at every width: the buttons drop their labels when the header is narrow. */}
      <header
        hidden={presenting}
        className="flex items-center gap-2 border-b border-slate-200 bg-white px-3 py-1.5 dark:border-slate-800 dark:bg-slate-900"
      >
        <h1 className="mr-1 shrink-0 text-lg font-semibold tracking-tight whitespace-nowrap">
          pod<span className="text-indigo-600 dark:text-indigo-400">scope</span>
        </h1>
        <Gallery onLoad={load} />
        <UploadButton onLoad={loadUpload} onError={setNotice} />
        <NewButton onLoad={loadNew} />
        <VersionsButton onRestore={restoreVersion} />
        {workload !== -1 && (
          <WorkloadPicker result={shown} value={workload} onChange={chooseWorkload} />
        )}
        <div className="ml-auto flex shrink-0 items-center gap-2">
          <CompareButton
            active={versionA !== null}
            onPick={(text, source) => setVersionA({ text, source })}
          />
          <TimelineButton open={timelineOpen} onToggle={toggleTimeline} />
          <ShareButton
            text={manifest.text}
            result={current}
            compareA={versionA}
            onError={setNotice}
          />
          <ExportMenu result={shown} workload={workload} view={view} compare={compareExport} />
          <PresentButton active={presenting} onToggle={setPresenting} />
          <ThemeSwitch />
          <LanguageSwitch />
        </div>
      </header>
      {!presenting && versionA && cmp && (
        <cmp.CompareBar
          comparison={compare.comparison}
          source={versionA.source}
          onSwap={swapVersions}
          onLeave={() => {
            setVersionA(null);
            setTextDiff(false);
          }}
          textDiff={textDiff}
          onTextDiff={toggleTextDiff}
          workload={workload}
          onPickWorkload={chooseWorkload}
        />
      )}
      {!presenting && notice && <Notice message={notice} onDismiss={() => setNotice(null)} />}
      {!presenting && <KeepNotices {...keeping} openOther={openOther} />}
      {!presenting && failure && failure !== dismissedError && (
        <Notice
          message={`${T.analysisFailed} ${failure}`}
          onDismiss={() => setDismissedError(failure)}
        />
      )}
      <Workspace
        panes={panes}
        presenting={presenting}
        onExitPresentation={() => setPresenting(false)}
        findingsCount={findingsCount}
        graphRef={graphPane}
        findingsRef={findingsPane}
        editor={
          // The timeline sits under the editor, beside the graph: the graph keeps its size (and
          // its type stays legible at Fit), and an edit replays on the timeline at once.
          <>
            {diffed && (
              <TextDiffSlot
                a={diffed.a.text}
                resultA={diffed.a}
                workloadA={diffed.workload?.a}
                b={manifest.text}
                rangesB={!stale && view ? view.ranges : []}
                selection={selection}
              />
            )}
            {/* Hidden, not unmounted, under the text diff: its undo history and place stay. */}
            <div hidden={diffed !== null} className="flex min-h-0 flex-1 flex-col">
              <ManifestEditor
                value={manifest.text}
                valueLoads={manifest.loads}
                source={manifest.source}
                onChange={onEdit}
                findings={findings}
                findingsText={current.text}
                result={current}
                reveal={reveal}
                onCursor={onCursor}
                label={T.editorLabel}
              />
            </div>
            {timelineOpen && view && (
              <TimelineSlot
                result={shown}
                workload={workload}
                graph={view.graph}
                selection={selection}
                onSelect={selectOnGraph}
                onStates={setStates}
                onClose={() => setTimelineOpen(false)}
              />
            )}
          </>
        }
        canvas={
          view ? (
            <ChangeMarksContext.Provider value={compare.marks}>
              <ChangedEdgesContext.Provider value={compare.edges}>
                <ChangedPortsContext.Provider value={ports.marks}>
                  <PodCanvas
                    graph={ports.graph ?? view.graph}
                    workloadKey={workloadKey(shown, workload)}
                    selection={selection}
                    touched={touched}
                    stale={stale}
                    onSelect={selectOnGraph}
                    arrangement={arrangementName(panes.layout, presenting)}
                    findings={presenting ? walkFindings(shown, workload) : undefined}
                    states={states}
                    status={status}
                  />
                </ChangedPortsContext.Provider>
              </ChangedEdgesContext.Provider>
            </ChangeMarksContext.Provider>
          ) : ready ? (
            <EmptyGraph result={current} />
          ) : (
            <p
              role="status"
              className="flex h-full items-center justify-center text-sm text-slate-600 dark:text-slate-300"
            >
              {T.analysing}
            </p>
          )
        }
        inspector={
          view && (
            <Inspector
              result={shown}
              workload={workload}
              graph={view.graph}
              // While stale the list's findings are newer than the drawn result: no mixing.
              selection={stale && selection?.kind === 'finding' ? null : selection}
              onSelect={select}
              // A stale graph's positions no longer match the text.
              onReveal={stale ? undefined : revealRange}
            />
          )
        }
        findings={
          cmp && compare.comparison ? (
            <cmp.CompareFindings
              comparison={compare.comparison}
              findings={findings}
              findingsA={compare.findingsA}
              selectedIndex={selection?.kind === 'finding' ? selection.index : null}
              onSelect={selectFinding}
            />
          ) : (
            <FindingsPanel
              findings={findings}
              documents={current.documents}
              selectedIndex={selection?.kind === 'finding' ? selection.index : null}
              onSelect={selectFinding}
            />
          )
        }
      />
      <StatusLine
        hidden={presenting}
        result={current}
        workload={workload}
        stale={stale}
        source={manifest.source}
        progress={progress}
        compare={compare.summary}
      />
      <DropOverlay {...drop} />
      <Tour />
    </div>
  );
}
