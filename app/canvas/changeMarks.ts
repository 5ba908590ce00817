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

/** How a port chip changed, with the change's icon and word in the page's language. */
export interface PortMark {
  change: 'added' | 'removed' | 'changed';
  /** The old number of a port whose number was edited: the chip reads `old → new`. */
  from?: string;
  /** The width the chip of an edited port takes beyond its own: its old chip's room. */
  room?: number;
  /** An old chip drawn inside the changed chip of this key, which takes its room on the hub. */
  into?: string;
  symbol: string;
  word: string;
  /** The chip's outline in the change's colour (classes). */
  tone: string;
}

/** Compare mode: the network hub's port chips that changed, by chip key (graph/marks chipKey). */
export const ChangedPortsContext = createContext<ReadonlyMap<string, PortMark> | null>(null);
