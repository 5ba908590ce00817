import { useContext, type ReactNode } from 'react';
import type { GraphNodeKind } from '../../../src/graph/types';
import type { Severity } from '../../../src/types';
import { ChangeMarksContext } from '../changeMarks';
import { selectionRing } from '../styles';

interface NodeCardProps {
  kind: GraphNodeKind;
  name: string;
  severity?: Severity;
  selected: boolean;
  touched?: boolean;
  /** The pod frame's Pod Security Standards level (the `data-pod-security` hook). */
  podSecurity?: string;
  /** A container's state at the timeline's cursor (the `data-state` hook). */
  state?: string;
  /** The reason the input's status gives for a container's state (`data-status-reason`). */
  statusReason?: string;
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
  // Compare mode: `data-change` and the change drawn on the card (see changeMarks.ts).
  const mark = useContext(ChangeMarksContext)?.(props.kind, props.name);
  return (
    <div
      data-kind={props.kind}
      data-name={props.name}
      data-severity={props.severity}
      data-pod-security={props.podSecurity}
      data-state={props.state}
      data-status-reason={props.statusReason}
      data-selected={props.selected ? 'true' : undefined}
      data-touched={props.touched ? 'true' : undefined}
      data-change={mark?.change}
      className={`${props.className} ${selectionRing(props.selected, props.touched)}${mark ? ' change-' + mark.change : ''}`}
    >
      {props.children}
      {mark?.decoration}
    </div>
  );
}
