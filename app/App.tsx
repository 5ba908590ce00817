import { useCallback, useMemo, useRef, useState } from 'react';
import { localizeFindings } from '../src/i18n/localize';
import type { TextChange } from '../src/textEdit';
import { PodCanvas } from './canvas/PodCanvas';
import { ExportMenu } from './export/ExportMenu';
import { LanguageSwitch } from './i18n/LanguageSwitch';
import { useI18n } from './i18n/useI18n';
import { PresentButton } from './present/PresentButton';
import { ThemeSwitch } from './present/ThemeSwitch';
import { Tour } from './present/Tour';
import { usePresentation } from './present/usePresentation';
import { ShareButton } from './share/ShareButton';
import { useShareLink } from './share/useShareLink';
import { ManifestEditor } from './editor/ManifestEditor';
import { DropOverlay } from './input/DropOverlay';
import { Gallery } from './input/Gallery';
import { Notice } from './input/Notice';
import { UploadButton } from './input/UploadButton';
import { useFileDrop } from './input/useFileDrop';
import { EmptyGraph } from './layout/EmptyGraph';
import { SkipLinks } from './layout/SkipLinks';
import { Splitter } from './layout/Splitter';
import { usePaneSizes } from './layout/usePaneSizes';
import { FindingsPanel } from './panels/FindingsPanel';
import { Inspector } from './panels/Inspector';
import { panelTexts } from './panels/panelTexts';
import { StatusLine } from './panels/StatusLine';
import { WorkloadPicker } from './panels/WorkloadPicker';
import type { LoadedManifest } from './state/types';
import { useAnalysis } from './state/useAnalysis';
import { useManifest } from './state/useManifest';
import { usePaintMark } from './state/usePaintMark';
import { usePodView } from './state/usePodView';
import { useSelection } from './state/useSelection';
import { findWorkload, touchedNodes, workloadAtOffset, workloadKey } from './state/view';

/** The page: editor, graph, inspector and findings around one manifest. */
export function App() {
  const manifest = useManifest();
  const analysis = useAnalysis(manifest.text, manifest.change);
  const { current, shown, stale, ready, progress, error } = analysis;
  const [wantedKey, setWantedKey] = useState('');
  const [lastIndex, setLastIndex] = useState(0);
  // Compares thousands of workload keys in a big input: once per result, not on every keystroke.
  const workload = useMemo(
    () => findWorkload(shown, wantedKey, lastIndex),
    [shown, wantedKey, lastIndex],
  );
  const view = usePodView(shown, workload);
  usePaintMark(view);
  const { selection, reveal, select, selectAtOffset } = useSelection(current, view, stale);
  const [notice, setNotice] = useState<string | null>(null);
  const [dismissedError, setDismissedError] = useState<string | null>(null);
  const [sizes, setSizes] = usePaneSizes();

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
      manifest.load(m);
    },
    [manifest, select],
  );
  const drop = useFileDrop(load, setNotice);
  useShareLink(load, setNotice);
  const { presenting, setPresenting } = usePresentation();
  const { t, lang } = useI18n();
  // Messages in the chosen language; same order and positions as the engine's findings.
  const findings = useMemo(() => localizeFindings(current.findings, lang), [current, lang]);

  const graphPane = useRef<HTMLElement>(null);
  const findingsPane = useRef<HTMLDivElement>(null);
  const skipTargets = useMemo(
    () => [
      { label: t('app.skipToGraph'), target: graphPane },
      { label: t('app.skipToFindings'), target: findingsPane },
    ],
    [t],
  );

  // A paste over the whole text is a new manifest: the status line stops naming the old source.
  const { setText } = manifest;
  const onEdit = useCallback(
    (text: string, pasted: boolean, change: TextChange | null) =>
      setText(text, pasted ? panelTexts.en.status.pasted : undefined, change),
    [setText],
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

  const selectFinding = useCallback(
    (index: number) => select({ kind: 'finding', index }),
    [select],
  );

  const touched = useMemo(
    () =>
      selection?.kind === 'finding' && view
        ? touchedNodes(current.findings[selection.index], view.graph)
        : [],
    [selection, view, current],
  );

  return (
    <div
      className={`flex h-full flex-col bg-slate-50 text-slate-900 dark:bg-slate-950 dark:text-slate-100 ${presenting ? 'presenting' : ''}`}
    >
      <SkipLinks label={t('app.skipLinks')} targets={skipTargets} />
      <header className="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-4 py-2 dark:border-slate-800 dark:bg-slate-900">
        <h1 className="text-lg font-semibold tracking-tight">
          pod<span className="text-indigo-600 dark:text-indigo-400">scope</span>
        </h1>
        <Gallery onLoad={load} />
        <UploadButton onLoad={load} onError={setNotice} />
        {workload !== -1 && (
          <WorkloadPicker result={shown} value={workload} onChange={chooseWorkload} />
        )}
        <div className="ml-auto flex flex-wrap items-center gap-2">
          <p className="text-xs text-slate-500 dark:text-slate-400">{t('app.private')}</p>
          <ShareButton text={manifest.text} result={current} onError={setNotice} />
          <ExportMenu result={shown} workload={workload} view={view} />
          <PresentButton active={presenting} onToggle={setPresenting} />
          <ThemeSwitch />
          <LanguageSwitch />
        </div>
      </header>
      {notice && <Notice message={notice} onDismiss={() => setNotice(null)} />}
      {error && error !== dismissedError && (
        <Notice
          message={`${t('app.analysisFailed')} ${error}`}
          onDismiss={() => setDismissedError(error)}
        />
      )}
      <main className="flex min-h-0 flex-1">
        <section
          hidden={presenting}
          aria-label={t('app.manifestPane')}
          className="flex min-w-0 flex-col"
          style={{ width: sizes.editor }}
        >
          <ManifestEditor
            value={manifest.text}
            valueLoads={manifest.loads}
            onChange={onEdit}
            findings={findings}
            findingsText={current.text}
            reveal={reveal}
            onCursor={onCursor}
            label={t('app.editorLabel')}
          />
        </section>
        {!presenting && (
          <Splitter
            orientation="vertical"
            label={t('app.resizeEditor')}
            value={sizes.editor}
            min={240}
            max={1200}
            onChange={(editor) => setSizes({ editor })}
          />
        )}
        <section
          ref={graphPane}
          tabIndex={-1}
          aria-label={t('app.graphPane')}
          className="relative min-w-0 flex-1 outline-none"
        >
          {view ? (
            <PodCanvas
              graph={view.graph}
              layout={view.layout}
              workloadKey={workloadKey(shown, workload)}
              selection={selection}
              touched={touched}
              stale={stale}
              onSelect={select}
              arrangement={presenting ? 'presenting' : 'normal'}
            />
          ) : ready ? (
            <EmptyGraph result={current} />
          ) : (
            <p
              role="status"
              className="flex h-full items-center justify-center text-sm text-slate-600 dark:text-slate-300"
            >
              {t('app.analysing')}
            </p>
          )}
        </section>
        <Splitter
          orientation="vertical"
          label={t('app.resizeSidebar')}
          value={sizes.sidebar}
          after
          min={260}
          max={800}
          onChange={(sidebar) => setSizes({ sidebar })}
        />
        <aside
          aria-label={t('app.details')}
          className="flex min-h-0 flex-col"
          style={{ width: sizes.sidebar }}
        >
          <div className="min-h-0 overflow-auto" style={{ height: sizes.inspector }}>
            {view && (
              <Inspector
                result={shown}
                workload={workload}
                graph={view.graph}
                // While stale the list's findings are newer than the drawn result: no mixing.
                selection={stale && selection?.kind === 'finding' ? null : selection}
                onSelect={select}
              />
            )}
          </div>
          <Splitter
            orientation="horizontal"
            label={t('app.resizeInspector')}
            value={sizes.inspector}
            min={120}
            max={900}
            onChange={(inspector) => setSizes({ inspector })}
          />
          <div ref={findingsPane} tabIndex={-1} className="min-h-0 flex-1 outline-none">
            <FindingsPanel
              findings={findings}
              documents={current.documents}
              selectedIndex={selection?.kind === 'finding' ? selection.index : null}
              onSelect={selectFinding}
            />
          </div>
        </aside>
      </main>
      <StatusLine
        result={current}
        workload={workload}
        stale={stale}
        source={manifest.source}
        progress={progress}
      />
      <DropOverlay {...drop} />
      <Tour />
    </div>
  );
}
