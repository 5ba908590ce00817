// Every visible string of sharing: the button, its confirmations, the secrets warning and the
// messages about links that cannot be opened.

export type SecretWhat = 'secret-data' | 'secret-string-data' | 'env-value';

export const share = {
  button: 'Share',
  title:
    'Put a link to this manifest in the address bar and on the clipboard. The whole text travels inside the link; nothing is uploaded.',
  copied: (size: string): string =>
    `Link copied (${size}). Anyone who has it can read the whole manifest.`,
  copiedCompare: (size: string): string =>
    `Link copied (${size}). It opens this comparison: anyone who has it can read both versions.`,
  notCopied: (size: string): string =>
    `The link (${size}) is in the address bar; the browser did not let the page copy it, so copy it from there.`,
  large: (size: string): string =>
    `This link is ${size} long. Browsers open it, but chat tools and e-mail may cut long links short; send the file itself if it arrives broken.`,
  dialog: {
    title: 'This manifest seems to hold secrets',
    intro:
      'A share link carries the whole manifest text. Anyone who gets the link can read these values:',
    what: {
      'secret-data': 'Secret data key',
      'secret-string-data': 'Secret stringData key',
      'env-value': 'Environment variable',
    } satisfies Record<SecretWhat, string>,
    introCompare:
      'The link carries both versions, A and B, whole. Anyone who gets it can read these values:',
    line: (n: number): string => `line ${n}`,
    lineIn: (version: 'A' | 'B', n: number): string => `${version}, line ${n}`,
    advice:
      'Remove or replace the values before sharing, or reference them with valueFrom.secretKeyRef instead of writing them out.',
    listLabel: 'What the link would share',
    shareAnyway: 'Share anyway',
    cancel: 'Cancel',
  },
  source: 'Shared link',
  /** `reason` is the codec's sentence, already in the page's language. */
  broken: (reason: string): string =>
    `${reason} The editor was not changed; ask for the link again, copied whole.`,
  failed: 'A share link could not be made for this text.',
  notLoaded:
    'The share link could not be opened: part of the page did not load. The editor was not changed; reload the page to try again.',
};

export type ShareTexts = typeof share;
