import { useCallback, useRef, type KeyboardEvent, type PointerEvent } from 'react';

interface SplitterProps {
  /** 'vertical' separates columns (drag left/right); 'horizontal' separates rows. */
  orientation: 'vertical' | 'horizontal';
  label: string;
  /** Current size of the pane the splitter resizes, in pixels. */
  value: number;
  /** True when that pane comes after the splitter (dragging towards it shrinks it). */
  after?: boolean;
  min: number;
  max: number;
  onChange: (size: number) => void;
}

const STEP = 24;

/** A draggable, keyboard-operable divider between two panes (WAI-ARIA window splitter). */
export function Splitter({
  orientation,
  label,
  value,
  after = false,
  min,
  max,
  onChange,
}: SplitterProps) {
  const start = useRef<{ pointer: number; size: number } | null>(null);
  const vertical = orientation === 'vertical';
  const clamp = useCallback((n: number) => Math.min(max, Math.max(min, Math.round(n))), [min, max]);

  const onPointerDown = (e: PointerEvent<HTMLDivElement>): void => {
    e.currentTarget.setPointerCapture(e.pointerId);
    start.current = { pointer: vertical ? e.clientX : e.clientY, size: value };
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>): void => {
    if (!start.current) return;
    const delta = (vertical ? e.clientX : e.clientY) - start.current.pointer;
    onChange(clamp(start.current.size + (after ? -delta : delta)));
  };
  const onPointerUp = (): void => {
    start.current = null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    const towardsStart = vertical ? 'ArrowLeft' : 'ArrowUp';
    const towardsEnd = vertical ? 'ArrowRight' : 'ArrowDown';
    const less = after ? towardsEnd : towardsStart;
    const more = after ? towardsStart : towardsEnd;
    if (e.key === less) onChange(clamp(value - STEP));
    else if (e.key === more) onChange(clamp(value + STEP));
    else if (e.key === 'Home') onChange(min);
    else if (e.key === 'End') onChange(max);
    else return;
    e.preventDefault();
  };

  return (
    // A focusable separator is the WAI-ARIA window splitter: interactive, though jsx-a11y lists
    // `separator` among the non-interactive roles.
    // eslint-disable-next-line jsx-a11y/no-noninteractive-element-interactions
    <div
      role="separator"
      aria-label={label}
      aria-orientation={orientation}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex -- see above
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onKeyDown={onKeyDown}
      className={`group relative shrink-0 touch-none bg-slate-200 transition-colors hover:bg-indigo-300 focus-visible:bg-indigo-500 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 dark:bg-slate-700 dark:focus-visible:outline-indigo-400 ${
        vertical ? 'w-1 cursor-col-resize' : 'h-1 cursor-row-resize'
      }`}
    />
  );
}
