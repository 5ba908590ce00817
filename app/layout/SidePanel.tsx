import { useId, type ReactNode, type Ref } from 'react';
import { useTexts } from '../i18n/useTexts';
import { HideButton } from './HideButton';
import type { PaneChoices, PaneLayout, SideTab } from './paneLayout';
import { PANE_HEADER } from './paneStyles';
import { SideTabs } from './SideTabs';
import { Splitter } from './Splitter';

interface Props {
  ref?: Ref<HTMLElement>;
  layout: PaneLayout;
  hidden: boolean;
  findingsCount: number;
  inspector: ReactNode;
  findings: ReactNode;
  findingsRef: Ref<HTMLDivElement>;
  /** The element the focus goes to when the panel comes back: the hide button or the tab. */
  returnRef: Ref<HTMLButtonElement>;
  choose: (patch: PaneChoices) => void;
  onHide: () => void;
}

/**
 * The inspector above the findings, with a splitter between them; in a narrow window the two
 * share the panel as tabs. Both stay mounted either way, so the findings list keeps its state.
 */
export function SidePanel({
  ref,
  layout,
  hidden,
  findingsCount,
  inspector,
  findings,
  findingsRef,
  returnRef,
  choose,
  onHide,
}: Props) {
  const T = useTexts('layout').side;
  const S = useTexts('shell');
  const id = useId();
  const { tabs, sideTab } = layout;
  const specs = [
    { id: 'inspector', label: T.inspector, tabId: `${id}-it`, panelId: `${id}-ip` },
    { id: 'findings', label: T.findings(findingsCount), tabId: `${id}-ft`, panelId: `${id}-fp` },
  ] as const;
  const panel = (tab: SideTab) => {
    if (!tabs) return {};
    const spec = tab === 'inspector' ? specs[0] : specs[1];
    return {
      role: 'tabpanel',
      id: spec.panelId,
      'aria-labelledby': spec.tabId,
      hidden: tab !== sideTab,
    } as const;
  };

  return (
    <aside
      ref={ref}
      hidden={hidden}
      aria-label={S.details}
      className="flex min-h-0 shrink-0 flex-col bg-white dark:bg-slate-900"
      style={{ width: layout.sidebar }}
    >
      <div className={PANE_HEADER}>
        <HideButton
          pane="side"
          label={T.hide}
          onClick={onHide}
          ref={tabs ? undefined : returnRef}
        />
        {tabs ? (
          <SideTabs
            label={T.tabs}
            tabs={specs}
            selected={sideTab}
            onSelect={(sideTab) => choose({ sideTab })}
            selectedRef={returnRef}
          />
        ) : (
          <span className="px-1">{T.title}</span>
        )}
      </div>
      <div
        {...panel('inspector')}
        className={`min-h-0 overflow-auto ${tabs ? 'flex-1' : 'shrink-0'}`}
        style={tabs ? undefined : { height: layout.inspector }}
      >
        {inspector}
      </div>
      {!tabs && (
        <Splitter
          orientation="horizontal"
          label={S.resizeInspector}
          value={layout.inspector}
          min={layout.limits.inspector.min}
          max={layout.limits.inspector.max}
          onChange={(inspector) => choose({ inspector })}
        />
      )}
      <div
        ref={findingsRef}
        tabIndex={-1}
        {...panel('findings')}
        className="min-h-0 flex-1 outline-none"
      >
        {findings}
      </div>
    </aside>
  );
}
