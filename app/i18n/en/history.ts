// Every visible string of the version history: the header button and the Versions dialog (its
// list, the preview of a version, Restore and Clear history).
import type { VersionKind } from '../../storage/db';
import { plural } from './plural';

export const history = {
  button: 'Versions',
  buttonTitle: 'Earlier texts of the editor, kept in this browser: see one, or put it back',
  heading: 'Versions',
  intro:
    'Earlier texts of the editor, newest first. Choose one to see it; Restore puts it back in the editor, and Ctrl+Z there brings back the text it replaced.',
  close: 'Close',
  loading: 'Loading the history…',
  notLoaded: 'This part of the page did not load.',
  retry: 'Try again',
  listLabel: 'Kept versions',
  /** How a version came to be kept. */
  kind: {
    example: 'Example',
    upload: 'Upload',
    drop: 'Dropped file',
    link: 'Share link',
    paste: 'Paste',
    typing: 'Typing',
    restore: 'Restored',
  } satisfies Record<VersionKind, string>,
  documents: (n: number): string => plural(n, 'document'),
  /** After the first few workload names. */
  more: (n: number): string => `+${n} more`,
  noWorkloads: 'no workloads',
  /** When a version was kept a few seconds ago. */
  justNow: 'just now',
  empty: {
    title: 'No versions kept yet',
    what: 'A version is kept each time the editor’s text is replaced (an example, a file you upload or drop, a share link, a paste over everything, a restore) and, while you type, at most once a minute.',
    bound: (count: number, size: string): string =>
      `The history holds at most ${count} versions and ${size}; the oldest go first.`,
    local: 'It is stored in this browser only: nothing leaves this device.',
  },
  /** Under the list: where the history lives and its bounds. */
  kept: (count: number, size: string): string =>
    `Stored in this browser only, up to ${count} versions and ${size}.`,
  unavailable:
    'This browser does not let the page use its storage here (private browsing can turn it off), so there is no history to show. The editor works as before.',
  failed:
    'The history could not be read from this browser’s storage. Close this dialog and open it again to retry.',
  choose: 'Choose a version to see its text.',
  previewLabel: 'Text of the chosen version',
  previewLoading: 'Reading the text…',
  gone: 'This version is no longer kept: the history dropped it or was cleared.',
  textFailed: 'This version’s text could not be read from this browser’s storage.',
  lines: (shown: number, total: number): string =>
    shown < total ? `The first ${shown} of ${total} lines` : plural(total, 'line'),
  restore: 'Restore',
  restoreTitle: 'Put this text in the editor (Ctrl+Z in the editor brings back the current text)',
  clear: 'Clear history',
  clearAsk: (n: number): string =>
    `Delete ${n === 1 ? 'the one kept version' : `all ${n} kept versions`} from this browser? This cannot be undone; the text in the editor stays.`,
  clearYes: 'Delete all',
  clearNo: 'Cancel',
  clearFailed: 'The history could not be cleared from this browser’s storage.',
};

export type HistoryTexts = typeof history;
