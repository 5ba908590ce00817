// Compare mode's marks on the graph: how each element changed from version A and what the card
// shows for it (a change badge, old → new values, a ghost's former mounts). The marks and their
// drawing come from the compare chunk (app/compare/); the first load holds only this context.
import { createContext, type ReactNode } from 'react';
import type { GraphNodeKind } from '../../src/graph/types';

export interface ChangeMark {
  change: 'added' | 'removed' | 'changed';
  /** Drawn inside the card's outermost element (NodeCard), over the card's own lines. */
  decoration: ReactNode;
}

/** The mark of the element of `kind` named `name`, when compare mode is on and it changed. */
export type ChangeMarks = (kind: GraphNodeKind, name: string) => ChangeMark | undefined;

export const ChangeMarksContext = createContext<ChangeMarks | null>(null);

/** Compare mode: the graph edges (by id) that B added, or A had and B removed (drawn as ghosts). */
export const ChangedEdgesContext = createContext<ReadonlyMap<string, 'added' | 'removed'> | null>(
  null,
);
