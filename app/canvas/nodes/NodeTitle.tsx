import type { ReactNode } from 'react';
import { useStore } from '@xyflow/react';
import { useArrowMove } from '../useArrowMove';
import { useRevealOnFocus } from '../useRevealOnFocus';

interface NodeTitleProps {
  /** The React Flow node id. */
  id: string;
  /** Starts with the visible title, so the name a listener hears holds what a sighted user reads. */
  label: string;
  selected: boolean;
  onFocusChange?: (focused: boolean) => void;
  className?: string;
  children: ReactNode;
}

// React Flow's own element holding the node keyboard help (ariaLabelConfig, in the page's
// language). The graph's nodes are not focusable themselves, so the title points to it.
const NODE_HELP = 'react-flow__node-desc';

/**
 * A node's title as its keyboard handle. It has no click handler of its own: Enter and Space
 * click it, the click bubbles to React Flow's node wrapper, and the canvas's node click
 * selects the node, the same way a mouse click anywhere on the card does. Once the node is
 * selected, the arrow keys move it.
 */
export function NodeTitle(props: NodeTitleProps) {
  const reveal = useRevealOnFocus(props.id);
  const arrowMove = useArrowMove(props.id);
  const rfId = useStore((s) => s.rfId);
  return (
    <button
      type="button"
      aria-label={props.label}
      aria-current={props.selected ? 'true' : undefined}
      aria-describedby={`${NODE_HELP}-${rfId}`}
      onFocus={(e) => {
        reveal(e.currentTarget);
        props.onFocusChange?.(true);
      }}
      onBlur={() => props.onFocusChange?.(false)}
      onKeyDown={(e) => {
        if (props.selected && !e.altKey && !e.ctrlKey && !e.metaKey && arrowMove(e.key, e.shiftKey))
          e.preventDefault();
      }}
      className={`node-title flex min-w-0 cursor-pointer items-center gap-1.5 text-left outline-none ${props.className ?? ''}`}
    >
      {props.children}
    </button>
  );
}
