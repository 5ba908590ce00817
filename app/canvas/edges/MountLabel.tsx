import { useCanvasActions } from '../canvasActions';
import { selectionRing } from '../styles';

interface MountLabelProps {
  edgeId: string;
  text: string;
  description: string;
  readOnly: boolean;
  shared: boolean;
  /** A mount of injected plumbing: a plain grey pill. */
  quiet: boolean;
  selected: boolean;
  dimmed: boolean;
  x: number;
  y: number;
}

/**
 * The mountPath and ro/rw of a mount, as a pill on its edge; clicking it selects the mount.
 * Edges touching the frame's children are lifted above it, so the pill is lifted above them.
 */
export function MountLabel(props: MountLabelProps) {
  const { select } = useCanvasActions();
  // Faded like the cards (canvas.css): the words keep their contrast, the pill's colour goes.
  const tone = props.dimmed
    ? 'border-slate-200 text-[#5b6678] shadow-none dark:border-slate-800 dark:text-slate-400'
    : props.quiet
      ? 'border-dashed border-slate-300 text-slate-600 dark:border-slate-700 dark:text-slate-400'
      : props.shared
        ? 'border-indigo-300 text-indigo-900 shadow-sm dark:border-indigo-700 dark:text-indigo-100'
        : 'border-slate-300 text-slate-700 shadow-sm dark:border-slate-600 dark:text-slate-200';
  return (
    <button
      type="button"
      data-edge={props.edgeId}
      aria-current={props.selected ? 'true' : undefined}
      onClick={() => select({ kind: 'edge', id: props.edgeId })}
      style={{ transform: `translate(-50%, -50%) translate(${props.x}px, ${props.y}px)` }}
      className={`nodrag nopan pointer-events-auto absolute z-[5] cursor-pointer rounded-full border bg-white px-2 font-mono text-[14px] leading-[22px] whitespace-nowrap transition-colors duration-150 dark:bg-slate-900 ${tone} ${props.readOnly ? '' : 'font-semibold'} ${selectionRing(props.selected, false)}`}
    >
      {props.text}
      {/* The name keeps the visible text first (label in name) and says the rest for listeners. */}
      <span className="sr-only">, {props.description}</span>
    </button>
  );
}
