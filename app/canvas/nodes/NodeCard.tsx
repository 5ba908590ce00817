import type { ReactNode } from 'react';
import type { GraphNodeKind } from '../../../src/graph/types';
import type { Severity } from '../../../src/types';
import { selectionRing } from '../styles';

interface NodeCardProps {
  kind: GraphNodeKind;
  name: string;
  severity?: Severity;
  selected: boolean;
  touched?: boolean;
  /** The pod frame's Pod Security Standards level (the `data-pod-security` hook). */
  podSecurity?: string;
  className: string;
  children: ReactNode;
}

/**
 * The outermost element of every node's content: the stable test hooks (`data-kind`,
 * `data-name`, `data-severity`) and the selection ring. React Flow's wrapper around it is the
 * node's labelled group (see toFlow); the title is the button that takes focus (NodeTitle), and
 * a click anywhere on the card reaches the canvas's node click.
 */
export function NodeCard(props: NodeCardProps) {
  return (
    <div
      data-kind={props.kind}
      data-name={props.name}
      data-severity={props.severity}
      data-pod-security={props.podSecurity}
      data-selected={props.selected ? 'true' : undefined}
      data-touched={props.touched ? 'true' : undefined}
      className={`${props.className} ${selectionRing(props.selected, props.touched)}`}
    >
      {props.children}
    </div>
  );
}
