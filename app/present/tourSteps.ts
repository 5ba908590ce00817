// The tour's stops and what each points at. Every stop lists alternatives, tried in order: the
// first one that finds anything on the page wins, and all its selectors' elements are framed
// together (the IPC and UTS hubs as one). A pod on the host network has no network hub: the host
// node stands in for it. After the graph come the ways in: the editor for the visitor's own
// manifest, the Examples button, and the Present button. Header buttons are found by what they
// do (the one button that opens a dialog, the one that P presses), not by their words, which
// change with the language.
import type { PresentTexts } from '../i18n/en/present';

export type TourStepId = keyof PresentTexts['tour']['steps'];

export interface TourStep {
  id: TourStepId;
  targets: readonly (readonly string[])[];
  /** Scroll the target into view first (the findings list scrolls; the canvas must not). */
  scroll?: boolean;
}

const hub = (name: string): string => `[data-kind="namespace"][data-name="${name}"]`;

export const TOUR_STEPS: readonly TourStep[] = [
  { id: 'network', targets: [[hub('network')], ['[data-kind="host"]']] },
  { id: 'ipcUts', targets: [[hub('ipc'), hub('uts')], ['[data-kind="host"]']] },
  { id: 'volume', targets: [['[data-kind="volume"]']] },
  { id: 'finding', targets: [['[data-rule-id]']], scroll: true },
  { id: 'inspector', targets: [['[data-inspector]']] },
  { id: 'editor', targets: [['.cm-editor']] },
  { id: 'examples', targets: [['button[aria-haspopup="dialog"]']] },
  { id: 'present', targets: [['button[aria-keyshortcuts="P"]']] },
];

/** What the tour waits for before it opens: the drawn pod. */
export const TOUR_READY = '[data-kind="pod"]';
