import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import type { WorkloadDiff } from '../../src/diff';
import { useI18n } from '../i18n/useI18n';
import { useTexts } from '../i18n/useTexts';
import { HEADER_BUTTON, HEADER_LABEL } from '../input/buttonStyle';
import { useResolvedTheme } from '../present/useTheme';
import { StatusBubble } from '../share/StatusBubble';
import type { PodView } from '../state/usePodView';
import { changeReview } from './changeReview';
import { downloadBlob } from './download';
import { exportFileName } from './fileName';
import { menuKey } from './menuKeys';

/** Compare mode as the export needs it: both versions, their names and the drawn changes. */
export interface CompareExport {
  /** Version A's text and name as the compare bar shows it ('' for pasted text). */
  a: string;
  aSource: string;
  /** The editor's text and name. */
  b: string;
  bSource: string;
  /** The drawn workload's changes. */
  workload?: WorkloadDiff;
}

interface Props {
  result: AnalysisResult;
  workload: number;
  view: PodView | null;
  /** Set in compare mode: the change review, and images with the changes' legend. */
  compare: CompareExport | null;
}

type Kind = 'png' | 'svg' | 'report' | 'changes';
type Status = { text: string; tone: 'ok' | 'warn' | 'error' } | null;

/**
 * The Export menu button: the graph as PNG or SVG, and the Markdown review report; in compare
 * mode also the Markdown change review of A → B, and images carry the changes' legend.
 */
export function ExportMenu({ result, workload, view, compare }: Props) {
  const T = useTexts('export');
  const C = useTexts('compare');
  const { lang } = useI18n();
  const theme = useResolvedTheme();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const menuId = useId();
  const ref = result.workloads[workload]?.ref;
  const items: { kind: Kind; label: string }[] = [
    { kind: 'png', label: T.png },
    { kind: 'svg', label: T.svg },
    ...(compare ? [{ kind: 'changes' as const, label: T.changeReview }] : []),
    { kind: 'report', label: T.report },
  ];
  const aName = compare ? compare.aSource || C.pasted : '';

  const menuItems = (): HTMLButtonElement[] => [
    ...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? []),
  ];

  const close = (focusButton: boolean): void => {
    setOpen(false);
    if (focusButton) button.current?.focus();
  };

  // A click anywhere else closes the menu.
  useEffect(() => {
    if (!open) return;
    const onPointerDown = (e: PointerEvent): void => {
      const t = e.target as Node;
      if (!menu.current?.contains(t) && !button.current?.contains(t)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (which: 'first' | 'last'): void => {
    setOpen(true);
    // The items exist after this render; focus goes to them on the next frame.
    requestAnimationFrame(() => {
      const all = menuItems();
      all[which === 'first' ? 0 : all.length - 1]?.focus();
    });
  };

  const onButtonKey = (e: KeyboardEvent<HTMLButtonElement>): void => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      openAt(e.key === 'ArrowDown' ? 'first' : 'last');
    }
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>): void => {
    const all = menuItems();
    const move = menuKey(
      e.key,
      all.indexOf(document.activeElement as HTMLButtonElement),
      all.length,
    );
    if (move === null) return;
    if (move === 'close') {
      if (e.key === 'Escape') e.preventDefault();
      close(e.key === 'Escape');
      return;
    }
    e.preventDefault();
    all[move.focus]?.focus();
  };

  const run = async (kind: Kind): Promise<void> => {
    close(true);
    const w = ref && { kind: ref.kind, name: ref.name };
    setBusy(true);
    setStatus({ text: T.working, tone: 'ok' });
    try {
      let file: string;
      if (kind === 'report') {
        file = exportFileName(w, 'review', 'md');
        const { reviewReport } = await import('../../src/report/review');
        const md = reviewReport(result, workload, lang);
        downloadBlob(new Blob([md], { type: 'text/markdown;charset=utf-8' }), file);
      } else if (kind === 'changes') {
        if (!compare) throw new Error('not comparing');
        file = exportFileName(w, 'change-review', 'md');
        // The same review `podscope diff --format markdown` prints, with the page's names.
        const { a, b, bSource } = compare;
        const md = await changeReview({ a, b, files: { a: aName, b: bSource }, lang });
        downloadBlob(new Blob([md], { type: 'text/markdown;charset=utf-8' }), file);
      } else {
        if (!view) throw new Error('no graph');
        file = exportFileName(w, compare ? 'changes' : 'graph', kind);
        // The image export's code comes with the first export, not with the page.
        const { graphPng, graphSvg } = await import('./graphImage');
        const legend = compare
          ? { title: T.legendTitle(aName), lang, workload: compare.workload }
          : undefined;
        const blob = await (kind === 'png' ? graphPng : graphSvg)(view.layout, theme, legend);
        downloadBlob(blob, file);
      }
      setStatus({ text: T.saved(file), tone: 'ok' });
    } catch {
      const image = kind === 'png' || kind === 'svg';
      setStatus({ text: !image || view ? T.failed : T.noGraph, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="relative">
      <button
        ref={button}
        type="button"
        className={HEADER_BUTTON}
        title={T.title}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        aria-busy={busy}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKey}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M2.5 11v2.5h11V11" />
        </svg>
        <span className={HEADER_LABEL}>{T.button}</span>
        <svg aria-hidden="true" viewBox="0 0 16 16" className="size-3" fill="currentColor">
          <path d="M4 6h8l-4 4.5z" />
        </svg>
      </button>
      {open && (
        <ul
          ref={menu}
          id={menuId}
          role="menu"
          aria-label={T.menu}
          onKeyDown={onMenuKey}
          className="absolute top-full right-0 z-40 mt-1 min-w-56 rounded-md border border-slate-200 bg-white py-1 shadow-lg dark:border-slate-700 dark:bg-slate-800"
        >
          {items.map((item) => {
            const disabled =
              item.kind === 'report' ? !ref : item.kind === 'changes' ? !compare : !view;
            return (
              <li key={item.kind} role="none">
                <button
                  type="button"
                  role="menuitem"
                  tabIndex={-1}
                  data-export={item.kind}
                  aria-disabled={disabled}
                  onClick={() => !disabled && void run(item.kind)}
                  className="block w-full px-3 py-1.5 text-left text-sm text-slate-700 hover:bg-indigo-50 hover:text-indigo-900 focus:bg-indigo-50 focus:text-indigo-900 focus:outline-none focus-visible:ring-2 focus-visible:ring-indigo-600 focus-visible:ring-inset dark:focus-visible:ring-indigo-400 aria-disabled:cursor-not-allowed aria-disabled:opacity-50 dark:text-slate-200 dark:hover:bg-indigo-500/20 dark:hover:text-white dark:focus:bg-indigo-500/20 dark:focus:text-white"
                >
                  {item.label}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <StatusBubble message={status} />
    </div>
  );
}
