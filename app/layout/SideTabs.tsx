import { useRef, type KeyboardEvent, type Ref } from 'react';
import type { SideTab } from './paneLayout';
import { tabKey } from './tabKeys';

export interface TabSpec {
  id: SideTab;
  label: string;
  /** The id of the tab's own element, and of the panel it controls. */
  tabId: string;
  panelId: string;
}

interface Props {
  label: string;
  tabs: readonly TabSpec[];
  selected: SideTab;
  onSelect: (tab: SideTab) => void;
  /** Receives the selected tab's element, where the focus goes when the panel comes back. */
  selectedRef?: Ref<HTMLButtonElement>;
}

/** The side panel's tabs: one Tab stop, the arrow keys move between them and select. */
export function SideTabs({ label, tabs, selected, onSelect, selectedRef }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>, from: number): void => {
    const to = tabKey(e.key, from, tabs.length);
    if (to === null) return;
    e.preventDefault();
    onSelect(tabs[to].id);
    list.current?.querySelectorAll<HTMLButtonElement>('[role="tab"]')[to]?.focus();
  };
  return (
    <div ref={list} role="tablist" aria-label={label} className="flex min-w-0 items-stretch gap-1">
      {tabs.map((tab, i) => {
        const on = tab.id === selected;
        return (
          <button
            key={tab.id}
            ref={on ? selectedRef : undefined}
            id={tab.tabId}
            type="button"
            role="tab"
            aria-selected={on}
            aria-controls={tab.panelId}
            tabIndex={on ? 0 : -1}
            data-side-tab={tab.id}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(e) => onKeyDown(e, i)}
            className="rounded px-2 py-1 text-xs font-semibold tracking-wide whitespace-nowrap text-slate-500 normal-case hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 aria-selected:bg-indigo-50 aria-selected:text-indigo-700 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white dark:focus-visible:outline-indigo-400 dark:aria-selected:bg-indigo-500/20 dark:aria-selected:text-indigo-200"
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
