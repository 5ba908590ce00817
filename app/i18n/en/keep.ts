// What the page says about keeping the text: storage refused, newer work in another tab.

export const keep = {
  /** The working copy was not stored. */
  notSaved: {
    quota:
      'Not saved: this browser’s storage for podscope is full. Your text is still in the editor; copy or download it before you close this tab, or free some space (older versions in Versions).',
    unavailable:
      'Not saved: this browser does not let podscope store anything here (a private window, or storage blocked for this site). Your text stays in the editor only while this tab is open.',
    failed:
      'Not saved: the browser could not store the text. Your text is still in the editor; copy or download it before you close this tab.',
  },
  /** A version could not be kept in the history (the working copy may still be stored). */
  versionNotKept: {
    quota:
      'The version history could not keep this version: this browser’s storage for podscope is full. Clear older versions in Versions.',
    unavailable:
      'The version history is not available in this browser (a private window, or storage blocked for this site).',
    failed: 'The version history could not keep this version.',
  },
  other: (source: string, time: string): string =>
    `Another tab saved newer work${source ? ` (${source})` : ''} at ${time}.`,
  openOther: 'Open it here',
  openOtherTitle:
    'Replace this tab’s text with the other tab’s work (Ctrl+Z in the editor brings this text back)',
  dismiss: 'Dismiss',
};

export type KeepTexts = typeof keep;
