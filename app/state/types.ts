// What the page's parts say to each other. The shell (App.tsx) owns the state; components get
// it as props and report user actions through callbacks.
import type { ElementRef } from '../../src/graph/elements';
import type { VersionKind } from '../storage/db';

/** What is selected: a graph element (node, mount edge, port chip) or a finding. */
export type Selection = ElementRef | { kind: 'finding'; index: number };

/** A range the editor should select and scroll into view; `seq` changes on every request. */
export interface RevealRequest {
  from: number;
  to: number;
  seq: number;
}

/** A manifest the user brought in (upload, drop, gallery), with where it came from. */
export interface LoadedManifest {
  text: string;
  /** File name or example title, shown in the status line. */
  source: string;
  /**
   * How it came, when the history should keep it as a version; a load without one (a new empty
   * manifest, a version restored from the history, another tab's work) is not kept again.
   */
  kind?: VersionKind;
}
