import type { ReactNode } from 'react';
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

/**
 * A node's title as its keyboard handle. It has no click handler of its own: Enter and Space
 * click it, the click bubbles to React Flow's node wrapper, and the canvas's node click
 * selects the node, the same way a mouse click anywhere on the card does.
 */
export function NodeTitle(props: NodeTitleProps) {
  const reveal = useRevealOnFocus(props.id);
  return (
    <button
      type="button"
      aria-label={props.label}
      aria-current={props.selected ? 'true' : undefined}
      onFocus={(e) => {
        reveal(e.currentTarget);
        props.onFocusChange?.(true);
      }}
      onBlur={() => props.onFocusChange?.(false)}
      className={`node-title flex min-w-0 cursor-pointer items-center gap-1.5 text-left outline-none ${props.className ?? ''}`}
    >
      {props.children}
    </button>
  );
}
