// The legend an image of a compare view carries, so it reads without the page: which version is
// which, the three change badges as the cards wear them (icon, word and colour), and every changed
// value of the cards that show only their first one (the rest open on hover). It is put in
// the graph's viewport for the moment the drawing is read, under everything drawn, and read like
// the cards, so its colours and fonts are the page's own.
import type { WorkloadDiff } from '../../src/diff';
import { diffTexts, type DiffTexts } from '../../src/diff/texts';
import type { Lang } from '../../src/i18n/lang';
import { CHANGE_TONE, fieldText } from '../compare/marks';
import type { Rect } from './rect';
import type { ScreenFrame } from './screenFrame';

export interface CompareLegend {
  /** `Changes from A (before.yaml) to B`. */
  title: string;
  /** The language of the badges' words. */
  lang: Lang;
  /** The drawn workload's changes. */
  workload?: WorkloadDiff;
}

const CHANGES = ['added', 'removed', 'changed'] as const;

/** Each card with more than one changed value, and all its values (`limits[memory]: 1 → 2`). */
export function hiddenValues(
  w: WorkloadDiff | undefined,
  T: DiffTexts,
): { element: string; lines: string[] }[] {
  return (w?.elements ?? [])
    .filter((e) => (e.fields?.length ?? 0) > 1)
    .map((e) => ({
      element: `${T.element[e.kind]} ${e.name}`,
      lines: (e.fields ?? []).map((f) => fieldText(f, T)),
    }));
}

const BADGE =
  'inline-flex items-center gap-1 rounded-full border px-1.5 text-[14px] leading-5 font-semibold whitespace-nowrap';

function span(className: string, text: string): HTMLSpanElement {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = text;
  return el;
}

/**
 * Puts `legend` in `viewport` with its top-left corner at `at` (graph units); returns where it is
 * drawn and how to take it out again.
 */
export function placeLegend(
  viewport: HTMLElement,
  frame: ScreenFrame,
  legend: CompareLegend,
  at: { x: number; y: number },
): { rect: Rect; remove: () => void } {
  const box = document.createElement('div');
  box.dataset.compareLegend = '';
  box.className =
    'absolute flex flex-col gap-1.5 text-[14px] leading-5 whitespace-nowrap text-slate-800 dark:text-slate-100';
  box.style.left = `${at.x}px`;
  box.style.top = `${at.y}px`;
  const row = document.createElement('div');
  row.className = 'flex items-center gap-2';
  row.append(span('font-semibold', legend.title));
  const T = diffTexts(legend.lang);
  for (const change of CHANGES) {
    const badge = span(`${BADGE} ${CHANGE_TONE[change]}`, '');
    badge.dataset.change = change;
    badge.append(span('font-mono', T.symbol[change]), document.createTextNode(T.change[change]));
    row.append(badge);
  }
  box.append(row);
  for (const { element, lines } of hiddenValues(legend.workload, T)) {
    const values = document.createElement('div');
    values.className = 'flex gap-2';
    const list = document.createElement('div');
    list.className = 'flex flex-col font-mono';
    list.append(...lines.map((line) => span('', line)));
    values.append(span('font-semibold', element), list);
    box.append(values);
  }
  viewport.append(box);
  return { rect: frame.rect(box.getBoundingClientRect()), remove: () => box.remove() };
}
